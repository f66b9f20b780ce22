"""Frozen entry point of ``deskeditor-gui`` (the window, no console on Windows).

The same as the ``deskeditor-gui`` script of pyproject.toml: the command line's
parser, where no subcommand opens the window.
"""

from deskeditor.cli import main

raise SystemExit(main())
