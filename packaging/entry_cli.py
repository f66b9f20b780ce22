"""Frozen entry point of ``deskeditor`` (the command line, with a console)."""

from deskeditor.cli import main

raise SystemExit(main())
