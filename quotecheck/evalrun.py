"""Run quotecheck (or a baseline) over a gold file and score it with ``evaluate``.

The textacy baseline is the one place quotecheck imports textacy: ``direct_quotations`` is the
reference the project measures itself against, and ``import textacy`` costs about a second, so
it is imported only when ``--baseline textacy`` asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from . import lexicon
from .errors import InputError
from .evaluate import GoldDoc, Scores, read_gold, score
from .inflect import lemma_of
from .pipeline import Article, analyze_stream

if TYPE_CHECKING:
    from spacy.language import Language

SYSTEMS: tuple[str, ...] = ("quotecheck", "quotecheck-full", "textacy")
_SPEECH = lexicon.SPEECH_VERBS | lexicon.TELL_VERBS


def speech_cue(cue: str) -> bool:
    """Whether a gold cue is a verb of speech (or "according to"): reported speech proper."""
    lowered = cue.lower()
    if "according to" in lowered:
        return True
    return any(lemma_of(word) in _SPEECH for word in lowered.split())


def _quotecheck(golds: Sequence[GoldDoc], nlp: Language, batch_size: int, full: bool = False) -> Iterator[list[dict[str, Any]] | None]:
    articles = (Article(text=g.text, id=g.id) for g in golds)
    for report in analyze_stream(articles, nlp=nlp, batch_size=batch_size, full=full):
        yield [q.to_dict() for q in report.quotes]


def _quotecheck_full(golds: Sequence[GoldDoc], nlp: Language, batch_size: int) -> Iterator[list[dict[str, Any]] | None]:
    return _quotecheck(golds, nlp, batch_size, full=True)


def _textacy(golds: Sequence[GoldDoc], nlp: Language, batch_size: int) -> Iterator[list[dict[str, Any]] | None]:
    from textacy.extract.triples import direct_quotations

    def span(doc: Any, toks: Sequence[Any]) -> dict[str, Any] | None:
        if not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return {"start": start, "end": end, "text": doc.text[start:end]}

    import spacy

    # textacy reads lemmas and coarse tags, so it gets the full pipeline quotecheck skips.
    full = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    for doc in full.pipe((g.text for g in golds), batch_size=batch_size):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            yield None  # textacy gives up on the whole document at an odd quote mark
            continue
        quotes = []
        for n, (speaker, cue, content) in enumerate(triples):
            quotes.append(
                {
                    "id": f"q{n + 1}",
                    "type": "direct",
                    "content": [span(doc, list(content))],
                    "speaker": span(doc, list(speaker)),
                    "speaker_name": None,
                    "cue": span(doc, list(cue)),
                }
            )
        yield quotes


RUNNERS: dict[str, Callable[[Sequence[GoldDoc], Any, int], Iterator[list[dict[str, Any]] | None]]] = {
    "quotecheck": _quotecheck,
    "quotecheck-full": _quotecheck_full,
    "textacy": _textacy,
}


def evaluate_file(
    path: str,
    *,
    nlp: Language,
    system: str = "quotecheck",
    limit: int | None = None,
    batch_size: int = 32,
) -> Scores:
    """Score ``system`` on the gold JSONL at ``path``."""
    golds = list(read_gold(path))
    if not golds:
        # Scores over no documents are 0/0: a table of zeros would pass for a result.
        raise InputError("no gold documents in this file", source=path)
    if limit is not None:
        golds = golds[:limit]
    predictions = RUNNERS[system](golds, nlp, batch_size)
    return score(zip(golds, predictions), speech_cue=speech_cue)
