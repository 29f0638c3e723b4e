"""The Qt user interface. Only this package and planner/app.py import Qt."""

# Must run before any other Qt call of the program (see the module).
from planner.gui import _none_refs  # noqa: F401
