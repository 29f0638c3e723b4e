"""The Qt user interface. Only this package and planner/app.py import Qt."""
