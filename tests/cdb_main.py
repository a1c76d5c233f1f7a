"""`python tests/cdb_main.py ARGS` = `python -m conflict_db ARGS`, with the stand-in extractor
installed when the real `conflict_db.extract.extract_events` has not landed yet."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
try:
    import conflict_db  # noqa: F401
except ImportError:
    sys.path.insert(1, os.path.dirname(HERE))

from stand_in_extract import install  # noqa: E402

install()

from conflict_db.cli import app  # noqa: E402

app(prog_name="cdb")
