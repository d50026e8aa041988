"""`python -m caviewer`: the same entry point as the `caviewer` command."""

import sys

from caviewer.cli import main

sys.exit(main())
