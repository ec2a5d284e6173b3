"""Allow ``python -m postil``."""

from postil.cli import main

raise SystemExit(main())
