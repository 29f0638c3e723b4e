"""Helpers for the tests of files, autosave and changes on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planner import app
from planner.gui import commands
from planner.gui.main_window import MainWindow


def answer(monkeypatch: pytest.MonkeyPatch, owner: type, value, name: str = "ask") -> list:
    """Make ``owner.<name>`` return ``value`` (a callable gets the arguments); record calls."""
    calls: list = []

    def ask(cls, parent, *args):
        calls.append(args)
        return value(*args) if callable(value) else value

    monkeypatch.setattr(owner, name, classmethod(ask))
    return calls


def copy_plan(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    return target


def open_window(qtbot, path=None) -> MainWindow:
    window = app.build_window(path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def modify(window: MainWindow, cid: str = "i-wirt-1") -> None:
    """An unsaved change: take ``cid`` off the board."""
    document = window.document
    document.undo_stack.push(commands.unplace(document, cid))
    assert window.isWindowModified()
