"""Domain errors: the CLI turns these into a one-line `Error: ...` and exit status 1."""


class CdbError(Exception):
    """A problem the user can fix, stated in one line that names the input."""


class SourceError(CdbError):
    """An input file or record that cannot be read as an article."""


class DatabaseError(CdbError):
    """The database cannot be opened, migrated or written."""
