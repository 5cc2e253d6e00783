"""An article's report does not depend on how the parser's batches or the workers cut the stream.

Entities are recognised only in the sentences the frames read, and a paragraph opening with a
pronoun or a role ("He said ...", "The company said ...") sends the recognizer back to the last
sentence of the paragraph before: that sentence must get its entities whether or not the two
paragraphs share a parser batch (``--batch-size``) or a worker's task (``--jobs``).
"""

from __future__ import annotations

import pytest

from quotecheck.parallel import analyze_parallel
from quotecheck.parsing import parse
from quotecheck.pipeline import Article, analyze_stream

#: Short articles whose later paragraphs open with a pronoun or a role: the one they refer to is
#: named only in the last sentence of the paragraph before, which names nobody as a speaker.
ARTICLES = [
    Article(
        id="union",
        text=(
            "Train drivers returned to work on Friday after a two-week strike.\n\n"
            "Nobody expected the talks to end so soon. Marta Kowalczyk leads the union.\n\n"
            "She told reporters the deal was fair but late."
        ),
    ),
    Article(
        id="vote",
        text=(
            "Regulators approved the lithium mine on Wednesday.\n\n"
            "The vote was close. Erik Lund voted against it.\n\n"
            "He said the mine would ruin the river.\n\n"
            '"This is a sad day," he added.'
        ),
    ),
    Article(
        id="company",
        text=(
            "Regulators approved the lithium mine on Wednesday.\n\n"
            "The vote was close. The plan was drawn up by Norrland Lithium and Erik Lund.\n\n"
            "The company said the mine would employ 400 people."
        ),
    ),
]

#: Chunks per parser batch: one paragraph a batch, pairs, threes, and all in one batch.
BATCH_SIZES = [1, 2, 3, 64]


def _reports(nlp, batch_size: int) -> list[dict]:
    return [r.to_dict() for r in analyze_stream(ARTICLES, nlp=nlp, batch_size=batch_size)]


@pytest.fixture(scope="module")
def one_batch(nlp) -> list[dict]:
    """The reports with every paragraph in one batch."""
    return _reports(nlp, 64)


def test_the_paragraph_before_is_read(one_batch):
    # Otherwise the comparisons below would hold for an article the fix does not touch.
    quotes = {r["id"]: r["quotes"][0] for r in one_batch}
    assert quotes["vote"]["speaker_name"] == "Erik Lund"
    assert quotes["company"]["speaker_name"] == "Norrland Lithium"
    assert any(e["name"] == "Marta Kowalczyk" for e in one_batch[0]["entities"])


@pytest.mark.parametrize("batch_size", BATCH_SIZES[:-1], ids=[f"batch-{n}" for n in BATCH_SIZES[:-1]])
def test_report_independent_of_batch_size(nlp, one_batch, batch_size):
    assert _reports(nlp, batch_size) == one_batch


def test_report_independent_of_workers(nlp, one_batch):
    model = nlp.meta["lang"] + "_" + nlp.meta["name"]
    many = [r.to_dict() for r in analyze_parallel(iter(ARTICLES), jobs=2, model=model, batch_size=2, per_task=1)]
    assert many == one_batch


def test_zone_stays_open_until_may_close(nlp):
    # The pipeline keeps a batch's last Doc into the next batch while its article goes on: the
    # memory zone, whose strings that Doc uses, must not close under it.
    items = [("Zorblaxi spoke.", False), ("Then Quimblyo left.", True), ("Plain words here.", True)]
    open_at = [("Zorblaxi" in nlp.vocab.strings) for _ in parse(nlp, items, batch_size=1, zone_chars=1)]
    assert open_at == [True, False, False]
    held = [("Zorblaxi" in nlp.vocab.strings) for _ in parse(nlp, items, batch_size=1, zone_chars=1, may_close=bool)]
    assert held == [True, True, False]
