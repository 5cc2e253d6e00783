"""Build parsed spaCy Docs by hand, so that rules are tested without a statistical model."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc
import spacy

_VOCAB = spacy.blank("en").vocab


def make_doc(rows: Sequence[tuple[str, str, str, int, str]], *, spaces: Sequence[bool] | None = None) -> Doc:
    """``rows``: (word, tag, dep, head index, entity IOB such as "B-PERSON" or "O")."""
    words = [r[0] for r in rows]
    if spaces is None:
        # A space after every token except before punctuation that hugs the word before it.
        spaces = [
            i + 1 < len(words) and words[i + 1] not in {",", ".", ":", ";", "'s", "?", "!"} and words[i] not in {"“", '"'}
            for i in range(len(words))
        ]
        # a closing mark hugs the word before it
        for i, word in enumerate(words):
            if word in {"”"} and i > 0:
                spaces[i - 1] = False
    return Doc(
        _VOCAB,
        words=words,
        spaces=list(spaces),
        tags=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        ents=[r[4] for r in rows],
    )
