"""Packaging and CLI surface: every subpackage ships, every command has help with an example."""

from __future__ import annotations

import tomllib

import pytest

from conflict_db.cli import app
from conftest import REPO


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "conflict_db").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def _commands(typer_app, prefix=()):
    import typer.main

    group = typer.main.get_command(typer_app)
    stack = [(prefix, group)]
    while stack:
        path, command = stack.pop()
        sub = getattr(command, "commands", None)
        if sub:
            for name, child in sub.items():
                stack.append((path + (name,), child))
        else:
            yield path


COMMANDS = sorted(_commands(app))


def test_there_are_commands():
    assert ("ingest",) in COMMANDS and ("events",) in COMMANDS and ("db", "upgrade") in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: cdb " in result.output
