"""Allow ``python -m dipevents``."""

from ._cli import main


raise SystemExit(main())
