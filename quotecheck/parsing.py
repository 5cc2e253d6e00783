"""Running spaCy over chunks of articles, doing only the work the extraction needs.

The tagger and parser run on every chunk. The entity recognizer of ``en_core_web_sm`` has its own
embedding layer and costs about as much as tagger and parser together, yet quotecheck reads
entities only around attributions: speakers, carriers and hearers, and the names that later
pronouns and roles refer to, which stand in the same sentences almost always. So the chunks are
tagged and parsed first, and entities recognised only in the sentences whose cues have a named
speaker, hearer or carrier, or a pronoun or role to resolve (``frames.entity_sentences``), and
in those only around the words an entity can be made of (``name_windows``): 59% of the tokens of
the PolNeAR test articles. benchmarks/README.md has the figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TypeVar

from . import lexicon
from .inflect import FORM_TO_LEMMA

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

Ctx = TypeVar("Ctx")

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
#: A line is in title case when it has at least this many words and this share of them
#: start with a capital: a headline or subhead, not a sentence full of names.
TITLE_MIN_WORDS = 3
TITLE_CAPITALS = 0.7


def parser_text(text: str) -> str:
    """``text`` as the parser should read it: the same length and offsets, with each line in
    title case ("Clinton Says Russians Hacked DNC") given lower-case cue verbs and function words
    ("Clinton says Russians hacked DNC"), so that the tagger finds its verb, and guillemets read
    as curly marks ('had «chosen confrontation»' as 'had “chosen confrontation”'). The first
    word of a line and words in capitals ("SAYS") are left alone."""
    return _curly_guillemets(_lower_title_lines(text))


def _curly_guillemets(text: str) -> str:
    """``text`` with each guillemet replaced by the curly mark of its family that opens or closes
    as it does: "»Nein«, sagte er" reads as "“Nein”, sagte er". A mark after a word closes, one
    before a word after a space opens; a spaced "« oui »" keeps the French order."""
    if not any(mark in text for mark in lexicon.PARSER_GUILLEMETS):
        return text
    chars = list(text)
    for i, c in enumerate(text):
        if c not in lexicon.PARSER_GUILLEMETS:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if not before.isspace() and before not in "([{" and (after.isspace() or not after.isalnum()):
            opens = False
        elif (before.isspace() or before in "([{") and not after.isspace():
            opens = True
        else:
            opens = c in lexicon.OPENING_GUILLEMETS
        chars[i] = lexicon.PARSER_GUILLEMETS[c][0 if opens else 1]
    return "".join(chars)


def _lower_title_lines(text: str) -> str:
    """``text`` with the cue verbs and function words of its title-case lines in lower case."""
    if not any(c.isupper() for c in text):
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        words = list(_WORD.finditer(line))
        if len(words) < TITLE_MIN_WORDS or sum(w[0][0].isupper() for w in words) < TITLE_CAPITALS * len(words):
            continue
        chars = list(line)
        for match in words[1:]:
            word = match[0]
            if word[0].isupper() and word[1:].islower() and _common(word.lower()):
                chars[match.start()] = word[0].lower()
        lines[n] = "".join(chars)
    return "\n".join(lines)


def _common(word: str) -> bool:
    if word in lexicon.TITLE_CASE_NAMES:
        return False
    return word in FORM_TO_LEMMA or word in lexicon.TITLE_CASE_FUNCTION_WORDS


def abbreviation_stops(doc: Doc) -> Doc:
    """Mark sentence starts the parser would miss after an abbreviation's full stop.

    The tokenizer keeps the stop with the abbreviation ("2 a.m.", "the U.S."), so the parser
    runs the sentence on into the next one ("... at 2 a.m. She said she called 911"), and
    frames read across the two. A capitalised opener after such a token (``SENTENCE_OPENERS``)
    starts a sentence; the parser keeps boundaries set before it.
    """
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if (
            len(tok.text) > 1
            and tok.text.endswith(".")
            and any(c.isalpha() for c in tok.text)
            and tok.whitespace_
            and nxt.text[:1].isupper()
            and nxt.lower_ in lexicon.SENTENCE_OPENERS
        ):
            nxt.is_sent_start = True
    return doc


#: The name ``abbreviation_stops`` is registered under as a pipeline component.
ABBREVIATION_STOPS = "quotecheck_abbreviation_stops"


#: Stretches per recognizer batch: each is a few dozen tokens, so a batch four times a parser
#: batch's count of chunks keeps the recognizer's matrices as full (about 5% quicker than 64).
NER_BATCH = 256


def add_entities(
    nlp: Language, work: list[tuple[Doc, list[tuple[int, int]]]], *, batch_size: int = NER_BATCH, whole: bool = False
) -> list[Doc]:
    """Recognise entities in the given sentences of each doc, in place; returns the docs changed.

    The stretches of each sentence that may hold an entity (``name_windows``; with ``whole``,
    the whole sentence) go through the recognizer as small docs of their own and their entities
    are copied back. A doc may come more than once; each of its sentences is recognised once.
    """
    if "ner" not in nlp.pipe_names:
        return []
    from spacy.tokens import Span

    ner = nlp.get_pipe("ner")
    subdocs = []
    where = []
    seen: set[tuple[int, int]] = set()
    for doc, ranges in work:
        for sentence_start, sentence_end in ranges:
            if (id(doc), sentence_start) in seen:
                continue
            seen.add((id(doc), sentence_start))
            stretches = [(sentence_start, sentence_end)] if whole else name_windows(doc, sentence_start, sentence_end)
            for start, end in stretches:
                subdocs.append(_sentence_doc(doc, start, end))
                where.append((doc, start))
    found: dict[int, tuple[Doc, list[Any]]] = {}
    for sub, (doc, offset) in zip(ner.pipe(subdocs, batch_size=batch_size), where):
        spans = found.setdefault(id(doc), (doc, []))[1]
        spans.extend(Span(doc, offset + ent.start, offset + ent.end, label=ent.label_) for ent in sub.ents)
    changed = []
    for doc, spans in found.values():
        doc.set_ents(spans)
        changed.append(doc)
    return changed


#: Tokens of context kept on each side of a word that may begin or be part of an entity. The
#: recognizer's own token vectors see four tokens each side (a window of one, four layers
#: deep, in en_core_web_sm's config). With six, against whole sentences, 6 of 1,642 quotes
#: of PolNeAR dev change, each for the better ("Donald Trump" where "Trump Foundation" was
#: read; "Demonstrators" an unnamed group, not an organisation), and 4 of some 16,000 on
#: train, one for the worse ("Clintons" named for Bernie Sanders); with three, more worse ones
#: appear (a wrong person named).
NAME_WINDOW = 6


def _may_be_entity(token: Token) -> bool:
    """A proper noun, a capitalised word inside the sentence, a number, or a word of time:
    the words the entities quotecheck reads (names, dates and times) are made of."""
    return (
        token.tag_ in PROPER_TAGS
        or token.like_num
        or token.lower_ in lexicon.TIME_WORDS
        or (token.text[:1].isupper() and not token.is_sent_start)
    )


#: The tagger's tags of proper nouns.
PROPER_TAGS = frozenset({"NNP", "NNPS"})


def name_windows(doc: Doc, start: int, end: int, *, context: int = NAME_WINDOW) -> Iterator[tuple[int, int]]:
    """The stretches of the sentence ``doc[start:end]`` worth sending to the recognizer: each
    word that may be part of an entity with ``context`` tokens either side, overlapping
    stretches joined. Most news sentences are one stretch; one without a name, number or time
    is none, and a long one with a name at each end is two. A quarter fewer tokens go
    through the recognizer on PolNeAR, where it costs as much a token as the tagger and parser
    together."""
    window: tuple[int, int] | None = None
    for token in doc[start:end]:
        if not _may_be_entity(token):
            continue
        left, right = max(start, token.i - context), min(end, token.i + context + 1)
        if window is not None and left <= window[1]:
            window = (window[0], right)
            continue
        if window is not None:
            yield window
        window = (left, right)
    if window is not None:
        yield window


def _sentence_doc(doc: Doc, start: int, end: int) -> Doc:
    """The tokens ``doc[start:end]`` as a Doc of their own, with only what the recognizer reads:
    the words, their spacing and the norms the tokenizer's exceptions set ("Nov." is read as
    "november"). Seven times quicker than ``Span.as_doc``, which copies every attribute, and
    recognised the same (checked on 2,016 PolNeAR sentences)."""
    from spacy.tokens import Doc

    tokens = doc[start:end]
    sub = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    for token, copy in zip(tokens, sub):
        if token.norm != copy.norm:
            copy.norm_ = token.norm_
    return sub


#: Characters of text per parser batch: enough for the parser to batch well, few enough that
#: its working memory stays a fraction of the model's (benchmarks/memory.py).
BATCH_CHARS = 12_000
#: Characters of text per spaCy memory zone, which holds many parser batches. Each zone starts
#: without the words the zones before it met, so every word in it is looked up afresh ("said"
#: and "the" again in every zone): with a zone per parser batch the tokenizer took half as long
#: again (2.1 against 1.4 seconds over PolNeAR dev). A million characters (some 200 news
#: articles) add under 3 MiB of strings, dropped when the zone closes (benchmarks/README.md).
ZONE_CHARS = 1_000_000


def parse(
    nlp: Language,
    items: Iterable[tuple[str, Ctx]],
    *,
    batch_size: int = 64,
    max_chars: int | None = None,
    zone_chars: int = ZONE_CHARS,
    may_close: Callable[[Ctx], bool] | None = None,
) -> Iterator[list[tuple[Doc, Ctx]]]:
    """Tag and parse ``items`` in batches, without the entity recognizer (see ``add_entities``).

    Batches are parsed inside spaCy memory zones of ``zone_chars`` characters, and each batch
    must be used up before the next one is asked for: the strings its Docs added to the
    vocabulary are dropped when their zone closes, so a stream of any length runs in flat
    memory. With ``may_close``, a zone closes only after a batch whose last item passes it, so a
    caller may keep that item's Doc into the next batch (the rest of its article).
    """
    disable = [name for name in ("ner",) if name in nlp.pipe_names]
    batches = _batches(items, batch_size=batch_size, max_chars=max_chars or BATCH_CHARS)
    while True:
        with nlp.memory_zone():
            chars = 0
            for chunk in batches:
                yield list(nlp.pipe(chunk, as_tuples=True, batch_size=len(chunk), disable=disable))
                chars += sum(len(text) for text, _ in chunk)
                if chars >= zone_chars and (may_close is None or may_close(chunk[-1][1])):
                    break
            else:
                return


def _batches(items: Iterable[tuple[str, Ctx]], *, batch_size: int, max_chars: int) -> Iterator[list[tuple[str, Ctx]]]:
    """Up to ``batch_size`` items, cut earlier once they hold ``max_chars`` characters: the
    parser's working memory grows with the tokens of a batch, not with how many texts it has."""
    batch: list[tuple[str, Ctx]] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item[0])
        if len(batch) >= batch_size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
