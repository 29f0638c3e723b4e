"""Find bundled files (samples, icons, translations) wherever the program runs from.

In a checkout the files sit in ``resources/`` beside the package; an installed wheel
carries them as ``planner/_resources``; a frozen bundle sets ``sys._MEIPASS``. This
module alone knows that.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent

SAMPLE_PLAN = "samples/innovationstag-2019.agenda.json"
CONFLICTS_SAMPLE = "samples/innovationstag-conflicts.agenda.json"


def resources_dir() -> Path:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates += [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled resources folder is missing")


def resource_path(relative: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path(SAMPLE_PLAN)``."""
    return resources_dir() / relative


def sample_plan_path() -> Path:
    return resource_path(SAMPLE_PLAN)
