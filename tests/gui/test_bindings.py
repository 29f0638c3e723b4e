"""The Qt bindings we run on must not corrupt the interpreter.

PySide6 6.12.0 on CPython 3.11 gives back one reference to ``None`` more than it took
with every call of a Qt method that returns nothing; the GUI then dies with "Fatal
Python error: none_dealloc" after a few paints. pyproject.toml excludes that release;
this test fails loudly if a future lock picks a release with the same fault.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_refcount():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
