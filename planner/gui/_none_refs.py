"""Keep PySide6 6.12 on CPython 3.11 from crashing the program with "deallocating None".

In that combination every call of a Qt method that returns nothing (``setPen``,
``setText``, ``resize`` …) gives back one reference to ``None`` more than it took.
``None`` starts with a few thousand references, so painting the board a few times
ends the process with "Fatal Python error: none_dealloc". CPython 3.12 made ``None``
immortal, which is why the bindings no longer count; on 3.11 we do the same by
hand: if a probe shows the leak, ``None``'s reference count is raised so far that
the leak can never bring it to zero (2**50 calls). Nothing happens elsewhere.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_LARGE = 1 << 50


def _leaks_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 4


def protect_none() -> bool:
    """Raise ``None``'s reference count when the bindings leak it; True if done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not _leaks_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _LARGE:
        refcount.value += _LARGE
    return True


PROTECTED = protect_none()
