"""``python -m quotecheck``: the same as the ``quotecheck`` command."""

from .cli import main

main()
