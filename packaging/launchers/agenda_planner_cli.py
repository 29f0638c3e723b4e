"""Entry point of the bundled console executable ``agenda-planner``.

The bundle ships it next to the windowed ``Agenda Planner`` executable because a
windowed Windows program has no console to print to: ``check``, ``export`` and
``--version`` need this one. Without a subcommand it opens the window, exactly like the
``agenda-planner`` command of an installed wheel.
"""

from __future__ import annotations

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
