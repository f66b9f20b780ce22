"""Allow ``python -m deskeditor``."""

from deskeditor.cli import main

raise SystemExit(main())
