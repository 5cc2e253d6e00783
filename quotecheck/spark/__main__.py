"""``python -m quotecheck.spark INPUT OUTPUT``, and the file to give ``spark-submit``.

Both are ``quotecheck spark INPUT OUTPUT [OPTIONS]``. spark-submit runs this file as a script, so
the imports are absolute and this package's own folder is taken off ``sys.path`` first (its
modules would otherwise shadow top-level ones of the same name).
"""

from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0] or os.curdir) == _HERE:
    del sys.path[0]

from quotecheck.cli import main  # noqa: E402

main(["spark", *sys.argv[1:]], prog_name="quotecheck")
