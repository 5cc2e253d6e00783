"""quotecheck: who is quoted in a news article, through whom, and what an editor must check."""

from __future__ import annotations

__version__ = "0.1.0"
