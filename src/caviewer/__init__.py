"""caviewer: an offline desktop reference on China's relations with the five Central Asian states.

This module holds the version only and imports nothing, so that `caviewer --version` and the pure core
stay fast and Qt-free.
"""

__version__ = "0.1.0"
