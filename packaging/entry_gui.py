"""Frozen entry point of ``deskeditor-gui`` (the window, no console on Windows)."""

from deskeditor.app import main

raise SystemExit(main())
