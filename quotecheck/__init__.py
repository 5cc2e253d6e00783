"""quotecheck: who is quoted in a news article, through whom, and what an editor must check.

Importing the package is cheap: spaCy is imported only when a model is loaded.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, ModelNotFound, QuotecheckError
from .model import Entity, Finding, Hop, Publisher, Quote, Report, Span, Term
from .models import load_model
from .pipeline import Article, analyze, analyze_stream

__all__ = [
    "Article",
    "Entity",
    "Finding",
    "Hop",
    "InputError",
    "ModelNotFound",
    "Publisher",
    "Quote",
    "QuotecheckError",
    "Report",
    "Span",
    "Term",
    "analyze",
    "analyze_stream",
    "load_model",
    "__version__",
]
