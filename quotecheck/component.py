"""The spaCy component ``quotecheck``, registered through the ``spacy_factories`` entry point.

spaCy imports every registered entry point whenever any pipeline is created, so this module must
stay cheap to import: the extraction stages are imported only when the component is built.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language


@Language.factory("quotecheck", default_config={"publisher": None})
def make_quotecheck(nlp: Language, name: str, publisher: str | None) -> Any:
    from .pipeline import QuotecheckComponent

    return QuotecheckComponent(nlp, name, publisher=publisher)
