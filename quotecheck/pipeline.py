"""From article text to a ``Report``: the stages in order, for one article or a stream of them.

1. ``header``: the byline block, kept out of the quotes, and the outlet it names; ``wrapping``:
   a same-length view of the text with hard-wrapped lines joined, which the stages read (spans
   are cut from the article as written; "\r\n" line breaks are read as "\n" and the offsets
   moved back at the end, so CR LF text reads as its LF twin);
2. ``marks``: quotation marks paired over the raw text (no parse needed);
3. the text is cut into chunks on paragraph boundaries, so an article of any length parses
   within spaCy's ``max_length``, and the chunks of many articles share one ``nlp.pipe``;
4. ``extract.frames``: attribution frames of each parsed chunk, as character offsets;
5. ``extract.assemble``: quotations and frames become draft quotes;
6. ``extract.speakers``: speakers resolved to names and kinds;
7. ``chains``: who carried the words (``via``) and to whom they were said (``recipient``);
8. ``rules``: the citation checker's findings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, NamedTuple, Sequence

from . import lexicon, marks
from .extract import terms
from .extract.assemble import Draft, assemble, turn_label
from .extract.frames import (
    LONE_SUBJECT,
    NEW_HOLDER,
    ROLE_SUBJECT,
    UNREAD_NAME,
    Frame,
    Mention,
    ParsedChunk,
    Relay,
    name_mention,
    parse_frames,
)
from .extract.speakers import (
    PRONOUN_WINDOW,
    WRITER,
    FullNames,
    Registry,
    Resolved,
    build_registry,
    colon_subject,
    earlier_body_name,
    gender_of,
    kind_of,
    named_outlets,
    publication_name,
    share_of_people,
    writer_name,
)
from .header import Header, find_header
from .inflect import lemma_of
from .model import Hop, Publisher, Quote, Report, Span, SpanIndex, on_text, on_written_text
from .wrapping import line_ends_words, unwrapped

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: A paragraph longer than this (or than the model's ``max_length``, if smaller) is cut at
#: sentence ends: no limit is ever raised, an article of any size streams through the parser a
#: paragraph at a time, and a batch of chunks stays small in memory.
CHUNK_CHARS = 5_000


@dataclass(frozen=True, slots=True)
class Article:
    """One article to analyse, with what the caller knows about it."""

    text: str
    id: str | None = None
    source: str | None = None
    publisher: str | None = None
    meta: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """What is known before parsing: header, quotation marks, and the chunks to parse."""

    article: Article
    header: Header
    scan: marks.MarkScan
    chunks: tuple[Span, ...]
    #: Words inside closing quotation marks, which attribution clauses leave out. Only parts
    #: that end at a real closing mark count: a part left open at a paragraph end may be a typo
    #: that swallowed its own attribution (see ``assemble._split_swallowed``).
    quoted: tuple[Span, ...] = ()
    #: The text the analysis reads: the article's, with hard-wrapped lines joined by spaces
    #: (``wrapping.unwrapped``), the same length; None when that is the article's own text.
    view: str | None = None
    #: The article as written when it breaks its lines with "\r\n", which the plan reads as
    #: "\n" (spaCy would make the extra character a token of its own, and a name cut by a
    #: wrapped line break would lose its first part); None when the article is read as written.
    written: str | None = None

    @property
    def text(self) -> str:
        return self.article.text if self.view is None else self.view


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[Span]:
    """Cut one over-long paragraph at sentence ends (or, failing that, at spaces)."""
    pos = start
    while end - pos > limit:
        window_end = pos + limit
        cut = max(text.rfind(". ", pos, window_end), text.rfind("? ", pos, window_end), text.rfind("! ", pos, window_end))
        if cut <= pos:
            cut = text.rfind(" ", pos, window_end)
        if cut <= pos:
            cut = window_end - 1
        yield Span.of(text, pos, cut + 1)
        pos = cut + 1
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        yield Span.of(text, pos, end)


class _Covered:
    """Spans sorted once, to ask in log time whether a position lies strictly inside one."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among the spans up to each one, for spans that overlap.
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def covers(self, i: int) -> bool:
        """Whether some span has ``start < i < end``."""
        k = bisect.bisect_left(self._starts, i)
        return k > 0 and self._reach[k - 1] > i


#: The first character that is not white space: what opens the next line.
_VISIBLE = re.compile(r"\S")


def _headline_lines(text: str, start: int, end: int, quoted: _Covered) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut after each line that ends its words though no blank line
    follows (``wrapping.line_ends_words``, here never after a full stop): a headline and its
    deck ("Mayor warns of cuts;" / "Budget gap will force layoffs, council members say."), a
    live blog's entry title over its first paragraph. Parsed together, the sentence would run
    over the break and tangle the next line's attribution with the headline's words. A break
    inside a quotation (one of ``quoted``) stays."""
    pos = start
    i = text.find("\n", start, end)
    while i != -1:
        line = text[text.rfind("\n", 0, i) + 1 : i]
        # ``line_ends_words`` reads only the next line's first visible character: no copy of the rest.
        opening = _VISIBLE.search(text, i + 1, end)
        after = opening.group() if opening else ""
        if line_ends_words(line, after, full_stop=False) and not quoted.covers(i):
            yield pos, i
            pos = i + 1
        i = text.find("\n", i + 1, end)
    yield pos, end


def chunk(
    text: str,
    paragraphs: Sequence[Span],
    *,
    limit: int = CHUNK_CHARS,
    skip: Sequence[Span | None] = (),
    quoted: Sequence[Span] = (),
) -> tuple[Span, ...]:
    """One chunk per paragraph (over-long ones cut at sentence ends, a headline line cut off the
    line under it), leaving out the spans in ``skip`` (a byline block, a dateline); ``quoted``
    are the quotations' parts, which no cut splits.

    Parsing paragraph by paragraph keeps the parser's sentences inside paragraphs (a title or
    byline line without a full stop would otherwise run into the first sentence), and attribution
    never crosses a paragraph boundary except through quotation marks, which the mark scanner
    handles on the raw text.
    """
    chunks: list[Span] = []
    skips = sorted((s for s in skip if s is not None), key=lambda s: s.start)
    covered = _Covered(quoted)
    for para in paragraphs:
        pieces = list(_headline_lines(text, para.start, para.end, covered))
        for cut in skips:
            # A title line and the byline under it may share a paragraph: the title is parsed.
            # A dateline opens the first sentence: the sentence is.
            pieces = [
                piece
                for start, end in pieces
                for piece in (
                    [(start, max(start, cut.start)), (min(end, cut.end), end)]
                    if cut.start < end and start < cut.end
                    else [(start, end)]
                )
            ]
        for start, end in pieces:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start > limit:
                chunks.extend(_split_long(text, start, end, limit))
            elif end > start:
                chunks.append(Span.of(text, start, end))
    return tuple(chunks)


def plan(article: Article, *, limit: int = CHUNK_CHARS, crlf_as_lf: bool = True) -> Plan:
    """What to parse of ``article``; ``crlf_as_lf=False`` when it is already parsed as written."""
    written = None
    if crlf_as_lf and "\r\n" in article.text:
        written = article.text
        article = replace(article, text=written.replace("\r\n", "\n"))
    # The header is read line by line from the article as written; all else unwrapped.
    header = find_header(article.text)
    text = unwrapped(article.text)
    scan = marks.scan(text)
    # A nickname inside a name ('Marcia "Cia" Price') is part of the speaker's phrase.
    quoted = tuple(q.parts[-1] for q in scan.quotations if q.depth == 0 and q.closed and not terms.nickname(text, q))
    parts = tuple(part for q in scan.quotations for part in q.parts)
    chunks = chunk(text, scan.paragraphs, limit=limit, skip=(header.span, header.lead), quoted=parts)
    return Plan(article, header, scan, chunks, quoted, None if text is article.text else text, written)


def _limit(nlp: Language) -> int:
    return max(1, min(CHUNK_CHARS, nlp.max_length - 1))


def _publisher(article: Article, header: Header) -> Publisher | None:
    if article.publisher:
        return Publisher(article.publisher, "option")
    if header.source is not None:
        from .extract.speakers import outlet_name

        name = outlet_name(header.source.text) or header.source.text
        return Publisher(name, "dateline" if header.dateline else "byline", header.source)
    return None


def finish(plan: Plan, chunks: Sequence[ParsedChunk]) -> Report:
    """Everything after parsing: pure, given the parsed chunks."""
    from .rules import check

    article = plan.article
    text = plan.text
    frames = [f for c in chunks for f in c.frames]
    mentions: list[Mention] = [m for c in chunks for m in c.mentions]
    # "Video posted by a passenger": where someone new in a role came in, no one to learn.
    holders = [m for m in mentions if m.label == NEW_HOLDER]
    # "The second engineer ... agreed.": whom a "he" right after may mean, no one to learn.
    role_subjects = [m for m in mentions if m.label == ROLE_SUBJECT]
    mentions = [m for m in mentions if m.label not in (NEW_HOLDER, ROLE_SUBJECT)]
    exclude = (plan.header.span,) if plan.header.span is not None else ()
    assembly = assemble(
        text,
        quotations=plan.scan.quotations,
        paragraphs=plan.scan.paragraphs,
        frames=frames,
        exclude=exclude,
        # The recognizer's names only: a lone subject it did not label and a group of people
        # ("The brothers ...", see ``frames.entity_mentions``) are for the registry.
        mentions=[m for m in mentions if m.label and m.label not in (LONE_SUBJECT, UNREAD_NAME)],
        bylined=plan.header.span is not None and writer_name(plan.header.span.text) is not None,
    )
    sentences = [s for c in chunks for s in c.sentences]
    unread = sorted((m for m in mentions if m.label == UNREAD_NAME), key=lambda m: m.span.start)
    mentions = [m for m in mentions if m.label != UNREAD_NAME]
    registry = _registry(
        text, plan, frames, mentions, assembly.drafts, sentences=sentences, unread=unread, holders=holders, role_subjects=role_subjects
    )
    publisher = _publisher(article, plan.header)
    quotes, used = _quotes(text, assembly.drafts, registry, publisher)
    quotes = _put_to_answerers(text, _without_own_caveats(text, quotes, publisher))
    report = Report(
        text=text,
        quotes=quotes,
        terms=assembly.terms,
        entities=registry.to_entities(used),
        unbalanced=tuple(sorted(set(plan.scan.unbalanced) | set(assembly.unbalanced))),
        header=plan.header.span,
        publisher=publisher,
        id=article.id,
        source=article.source,
        meta=dict(article.meta or {}),
    )
    report = on_text(report.with_findings(check(report)), article.text)
    return report if plan.written is None else on_written_text(report, plan.written)


def _without_own_caveats(text: str, quotes: tuple[Quote, ...], publisher: Publisher | None) -> tuple[Quote, ...]:
    """The quotes without the article's own caveat read as a statement: in "Meridian Wire could
    not confirm the report" the publisher says what it could not check (see QC204); it passes
    on no one's words. With no publisher known, an outlet's caveat ("The Westmoor Evening Star
    could not confirm the councillor's account") is taken for the article's own too: an article
    says what its own newsroom could not check, and seldom what another's could not. The
    others are numbered afresh."""
    from .chains import same_outlet
    from .rules import UNVERIFIED_CAVEAT

    def own_caveat(quote: Quote) -> bool:
        if quote.cue is None:
            return False
        if not (same_outlet(quote.speaker_name, publisher) or (publisher is None and quote.speaker_kind == "outlet")):
            return False
        start, end = quote.cue.start, quote.cue.end
        return any(m.start() < end and start < m.end() for m in UNVERIFIED_CAVEAT.finditer(text, max(0, start - 40), end + 40))

    kept = [q for q in quotes if not own_caveat(q)]
    if len(kept) == len(quotes):
        return quotes
    return tuple(replace(q, id=f"q{number}") for number, q in enumerate(kept, start=1))


#: "The company" or a lone name opening reported words: its noun ("The company will report
#: ...") or the name ("Kelvane will report ...").
_BODY_SUBJECT = re.compile(r"(?:that\s+)?(?:[Tt]he\s+([a-z]+)|([A-Z][\w&-]+))\s+(?!of\b|'s\b)(?=[a-z])")


def _anonymous_go_between(frame: Frame) -> bool:
    """"According to a person familiar with the advice, lawyers warned ...": an unnamed source
    the words came through, who spoke to the article as an anonymous speaker does, and whom a
    later "that person said" means."""
    speaker = frame.speaker
    return frame.frame == "according" and speaker is not None and not speaker.name and not speaker.pronoun and kind_of(speaker) == "anonymous"


def _live_contents(frames: Sequence[Frame], live: set[Span]) -> SpanIndex:
    """The content spans of the frames that made a quote, each tagged with its frame's place in
    ``frames``: built once per article for ``_within_words``."""
    return SpanIndex((c, i) for i, f in enumerate(frames) if f.cue in live for c in f.content)


def _within_words(frame: Frame, frames: Sequence[Frame], contents: SpanIndex) -> bool:
    """Whether the cue of ``frame`` lies inside the content of another frame that made a quote
    (``contents``, from ``_live_contents``): "Ruzicka wanted" in "A reporter asked whether
    Ruzicka wanted to leave". Ruzicka is what the question is about, no one who spoke, for a
    "he" that follows."""
    return any(frames[i] is not frame for i in contents.holding(frame.cue))


def _registry(
    text: str,
    plan: Plan,
    frames: Sequence[Frame],
    mentions: Sequence[Mention],
    drafts: Sequence[Draft],
    *,
    sentences: Sequence[Span] = (),
    unread: Sequence[Mention] = (),
    holders: Sequence[Mention] = (),
    role_subjects: Sequence[Mention] = (),
) -> Registry:
    """Everyone the article names, and who spoke where: the parse's names, each cue's speaker
    (with the full name written elsewhere for a lone one, perhaps one of the ``unread`` names
    the recognizer did not label), the turns of a transcript the parse did not read, and the
    carriers; ``holders`` are where someone new in a role came in, ``role_subjects`` where
    such a one, unnamed, was a sentence's subject."""
    header = plan.header.span
    quoted_starts = [q.start for q in plan.quoted]
    live = {d.frame.cue for d in drafts if d.frame is not None}
    contents = _live_contents(frames, live)
    full_names = FullNames(text)
    mentions = [*mentions, *_unread_full_names(text, frames, mentions, plan.quoted, quoted_starts, full_names, unread)]
    registry = build_registry(
        mentions,
        writer=writer_name(header.text) if header is not None else None,
        sentences=sentences,
        quoted=plan.quoted,
        text=text,
        holders=holders,
        role_subjects=role_subjects,
        outlets=named_outlets(text, header.end if header is not None else 0),
    )
    for agency in _wire_agencies(text, plan.header):
        # "VALDESSA (Norpress/AFN) -": a later "told AFN" is told to an agency, not a body.
        registry.learn(name_mention(agency, label="ORG"), kind="outlet")
    for f in frames:
        # A cue inside quoted words ('"The minister told us ...," she added') is what was said:
        # its speaker spoke to nobody in this article.
        if f.speaker is not None and not _inside_any(f.cue, plan.quoted, quoted_starts):
            # "Ruiz and Baker said": each of a coordination's names may stand for a full one.
            for one in f.speaker.parts or (f.speaker,):
                if one.name and not registry.knows(one):
                    full = full_names.first(one)
                    if full is not None:
                        registry.learn(full)
                    elif (body := earlier_body_name(text, one)) is not None:
                        registry.learn(body, kind="organization")
                elif (lone := _untagged_surname(one)) is not None:
                    # "... through a Jonas Eklund header. | Eklund was less cheerful, writing:",
                    # the surname tagged as a common noun: the full name written before it,
                    # even as a modifier, introduced the person.
                    full = full_names.first(lone, later=False)
                    if full is not None:
                        registry.learn(full)
            if f.speaker.pronoun and f.speaker.head_word in ("he", "she") and f.content_before:
                # 'The council's leader, Gillian Moss, was more cautious: "...," she said.': the
                # subject before the colon spoke, and is the one "she" means.
                opening = _quotation_before(text, plan.quoted, quoted_starts, min(f.cue.start, f.speaker.span.start))
                lead = colon_subject(text, opening, f.speaker.head_word) if opening is not None else None
                if lead is not None:
                    registry.learn(lead, spoke=True)
            if f.speaker.pronoun and f.speaker.head_word == "it" and f.content_before and f.content:
                # "The company will report results in February, it said.": the body the words
                # are about is what "it" means.
                opening = _BODY_SUBJECT.match(text, f.content[0].start)
                noun = None if opening is None else opening.group(1) or opening.group(2)
                if noun is not None and (noun[0].isupper() or noun in lexicon.COMPANY_NOUNS | lexicon.ORGANIZATION_NOUNS):
                    registry.learn_content_body(f.speaker.span.start, noun)
            if f.speaker.pronoun and f.content_before and _opening_pronoun(f.content) == f.speaker.head_word:
                # "He is leaning toward Rubio, he said": the pronoun the words open with means
                # the same one, met before the sentence, not a name inside the words.
                registry.learn_content_pronoun(f.speaker.span.start, f.content[0].start)
            # A cue that makes no quote ("Ferro said her client intended to plead not guilty":
            # the client's intention is Ferro's words) names no speaker a later "she" may mean.
            spoke = f.cue in live or bool(f.speaker.name) and not _within_words(f, frames, contents) or _anonymous_go_between(f)
            registry.learn(
                f.speaker,
                spoke=spoke,
                asked=f.lemma in lexicon.QUESTION_VERBS,
                self_pronoun=_opening_pronoun(f.content),
                media=_media_nouns(f),
                question_end=f.sentence.end if f.lemma in lexicon.QUESTION_VERBS and _asks_about_someone(f) and not _not_put(text, f) else None,
                asked_gender=_gender_word(f.recipient),
            )
    parsed = {id(f) for f in frames}
    for draft in drafts:
        turn = draft.frame
        if turn is not None and id(turn) not in parsed and turn.speaker is not None and turn.speaker.name:
            # A transcript's turn the parse did not read ("Dana Pritchard: ..."): its speaker
            # spoke there, and names the one a capitals label ("DANA PRITCHARD:") stands for.
            registry.learn(turn.speaker, spoke=True)
    for made in _statements_on_behalf(text):
        # "Detective Brackwood read out a statement on behalf of the Renfield family": a later
        # "the statement said" is the family's, whoever read it out.
        registry.learn(name_mention(made.owner, label="ORG"), kind="organization", spoke=True, media=(made.noun,))
    for mention, noun in _statements_issued(text, mentions):
        # "Teodor Brannigan issued a statement through his lawyers. "...," the statement said".
        registry.learn_issued(mention, noun)
    for mention, noun, named in _statements_issued_by_role(text):
        # "Leeds City Council closed the pool. The council issued a statement on Monday.
        # "...," the statement said": the council's.
        if named is not None and not registry.knows(named):
            registry.learn(named, kind="organization")
        registry.learn_issued(mention, noun)
    for f in frames:
        for relay in f.relays:
            registry.learn(relay.mention, kind=_carrier_kind(relay))
        if f.recipient is not None and kind_of(f.recipient) == "outlet":
            # "Vogelsang told the Berliner Tagespost ... The newspaper quoted her": the outlet
            # told is the one a later "the newspaper" means.
            registry.learn(f.recipient)
    return registry


#: Where words said online were put: "its Telegram channel", "X" (``_media_nouns``).
_ONLINE_PLACES = lexicon.ONLINE_PLACE_WORDS | {p.lower() for p in lexicon.PLATFORMS}


def _media_nouns(frame: Frame) -> tuple[str, ...]:
    """The statement nouns of where a speaker said it ("said in a statement": "statement");
    said online ("on its Telegram channel", "posted on X"), a post and a message too
    (``lexicon.ONLINE_MESSAGE_NOUNS``), which a later "The message said" means."""
    words = [w.lower() for c in frame.context for w in c.text.split()]
    nouns = tuple(w for w in words if w in lexicon.STATEMENT_NOUNS)
    if frame.lemma in lexicon.POSTING_VERBS or any(w.strip(".,;:") in _ONLINE_PLACES for w in words):
        nouns += tuple(n for n in lexicon.ONLINE_MESSAGE_NOUNS if n not in nouns)
    return nouns


def _wire_agencies(text: str, header: Header) -> Iterator[Span]:
    """Each agency a wire dateline credits: "Norpress" and "AFN" in "(Norpress/AFN)"."""
    wire = header.wire
    if wire is None:
        return
    start = wire.start
    for part in wire.text.split("/"):
        name = part.strip()
        if name:
            at = text.index(name, start)
            yield Span.of(text, at, at + len(name))
        start += len(part) + 1


#: "a statement on behalf of the Renfield family", "a short letter on behalf of Harrow Council":
#: a statement noun and the named owner it speaks for (its name's capitalised words, and
#: "family" after a surname), and the named one who read or handed it out, if written just
#: before ("Detective Lena Brackwood read out a statement ...").
_ON_BEHALF = re.compile(
    r"(?:(?P<reader>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s+(?P<cue>read(?:\s+out)?|delivered|issued|released)\s+)?"
    r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+on\s+behalf\s+of\s+(?:the\s+)?"
    r"(?P<owner>(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?:\s+family)?)"
)


#: "Teodor Brannigan, 61, issued a statement", "the Trust has released a brief statement":
#: what a name right before it put out (an age or a short aside between them).
_ISSUED = re.compile(
    r"(?:,[^.;,\n]{1,40},|,)?\s+(?:(?:has|had|have|also)\s+)?(?:issued|released|put\s+out|published|posted|sent)\s+"
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>%s)\b" % "|".join(sorted(lexicon.ISSUED_NOUNS, key=len, reverse=True))
)


def _statements_issued(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[Mention, str]]:
    """Each named mention that put out a statement or letter, and its noun: "Teodor Brannigan
    issued a statement through his lawyers" -> (Teodor Brannigan, "statement")."""
    for mention in mentions:
        if not mention.name or mention.pronoun:
            continue
        found = _ISSUED.match(text, mention.span.end)
        if found is not None:
            yield mention, found["noun"]


#: "The council issued a statement": a body known by a role, "the" and its noun, before ``_ISSUED``.
_BODY_ROLE = re.compile(r"\b[Tt]he[ \t]+(?P<body>[a-z]+)\b")


def _statements_issued_by_role(text: str) -> Iterator[tuple[Mention, str, Mention | None]]:
    """Each body known by a role that put out a statement or letter, its noun, and the body of
    that type named before it, if any: "Leeds City Council closed the pool. The council issued
    a statement" -> (the council, "statement", Leeds City Council). The named body is found in
    the text, as the sentence naming it may hold no cue and so go unparsed."""
    bodies = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS
    for role in _BODY_ROLE.finditer(text):
        if role["body"] not in bodies:
            continue
        found = _ISSUED.match(text, role.end())
        if found is None:
            continue
        span = Span.of(text, role.start(), role.end())
        body = Span.of(text, role.start("body"), role.end())
        mention = replace(name_mention(span), head=body, head_word=role["body"], determiner="the", name=None, proper=False)
        yield mention, found["noun"], _body_named_before(text, role.start(), role["body"])


def _body_named_before(text: str, pos: int, noun: str) -> Mention | None:
    """The last body named shortly before ``pos`` by up to three capitalised words and ``noun``
    capitalised ("Leeds City Council" for "the council"), or by ``noun`` and "of" ("the
    Ministry of Health" for "the ministry"). Capitalised words that open a sentence are no part
    of the name: "On Monday Council officials closed the pool" names no council, and "When
    Ministry inspectors arrived" no ministry."""
    found = list(_named_body_pattern(noun).finditer(text, max(0, pos - PRONOUN_WINDOW), pos))
    for match in reversed(found):
        start = match.start()
        for word in re.finditer(r"\S+", match[0]):
            if word[0].lower() not in lexicon.NOT_BODY_NAME_WORDS:
                break
            start = match.start() + word.end() + 1
        if start < match.end() - len(noun):  # more than the bare noun is left
            return name_mention(Span.of(text, start, match.end()), label="ORG")
    return None


@functools.cache
def _named_body_pattern(noun: str) -> re.Pattern[str]:
    """The name of a body of type ``noun`` (see ``_body_named_before``), compiled once per noun."""
    word = noun.capitalize()
    cap = r"(?!(?:The|A|An)\b)[A-Z][\w'\u2019&-]*"  # "The Ministry of Health": without "The"
    return re.compile(rf"(?<![\w'\u2019-])(?:(?:{cap}[ \t]+){{1,3}}{word}|{word}[ \t]+of[ \t]+(?:the[ \t]+)?{cap}(?:[ \t]+{cap}){{0,2}})\b")


class _OnBehalf(NamedTuple):
    """A statement made on someone's behalf: its owner, its noun, who read it out and how."""

    owner: Span
    noun: str
    reader: Span | None
    cue: Span | None


def _statements_on_behalf(text: str) -> Iterator[_OnBehalf]:
    """Each statement the article says was made on someone's behalf: "Detective Lena Brackwood
    read out a statement on behalf of the Renfield family" -> the Renfield family's statement,
    read out by Detective Lena Brackwood."""
    if "behalf" not in text:
        return  # every match holds "on behalf of": no need to try the pattern at every word
    for found in _ON_BEHALF.finditer(text):
        if found["noun"] not in lexicon.STATEMENT_NOUNS:
            continue
        reader = _without_titles(text, found.start("reader"), found.end("reader")) if found["reader"] else None
        cue = Span.of(text, found.start("cue"), found.end("cue")) if found["cue"] else None
        yield _OnBehalf(Span.of(text, found.start("owner"), found.end("owner")), found["noun"], reader, cue)


def _without_titles(text: str, start: int, end: int) -> Span:
    """A name written with its titles, without them: "Sergeant Priya Holloway" -> "Priya
    Holloway" (``lexicon.role_noun``), the last word always kept."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while first < len(words) - 1 and lexicon.role_noun(words[first][0].lower()):
        first += 1
    return Span.of(text, start + words[first].start(), end)


def _read_out(text: str, registry: Registry, publisher: Publisher | None) -> dict[int, Hop]:
    """The one who read out each statement made on someone's behalf, by the owner's entity: the
    statement's words reached the article through them."""
    from .chains import reader_hop

    hops: dict[int, Hop] = {}
    for made in _statements_on_behalf(text):
        owner = registry.resolve(name_mention(made.owner, label="ORG")).entity
        if owner is not None and made.reader is not None:
            hops[owner] = reader_hop(name_mention(made.reader, label="PERSON"), made.cue, registry, publisher)
    return hops


#: How a line of running text ends, unlike a headline's.
_SENTENCE_ENDS = tuple(".!?:;\"'”’)")


def _carrier_kind(relay: Relay) -> str | None:
    """"Valpresse quoted him as saying", "as Valpresse reported": a body named as the one that
    quoted or reported someone's words is an outlet, whatever the tagger made of the name
    (here a place) or if it knew none; a person's name ("Smith quoted his father as saying")
    stays a person's. None when the relay says nothing of the carrier's kind."""
    if relay.cue is None or not relay.mention.name or relay.mention.pronoun:
        return None
    if lemma_of(relay.cue.text.lower()) not in lexicon.CARRIER_OUTLET_VERBS:
        return None
    if set(relay.mention.name.lower().split()) & (lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_WORDS):
        return None  # "quoted by the Foreign Press Association": a body that says what it is
    return "outlet" if kind_of(relay.mention) in ("organization", "unknown") else None


def _unread_full_names(
    text: str,
    frames: Sequence[Frame],
    mentions: Sequence[Mention],
    quoted: Sequence[Span],
    quoted_starts: Sequence[int],
    full_names: FullNames,
    unread: Sequence[Mention] = (),
) -> list[Mention]:
    """"Her son, Thomas Vance, said ... Her husband, the painter Harold Vance, died in 2011. ...
    Mr. Vance described ...": the full name a speaker's lone surname stands for, written before
    it in a sentence the recognizer did not read, when it is no one the recognizer named
    (under that name, a part of it or a longer one). Learned in reading order with the rest,
    it is the most recent of that surname when the speaker is met."""
    named = [set(m.name.lower().replace(".", "").split()) for m in mentions if m.name and len(m.name.split()) > 1]
    found: dict[Span, Mention] = {}
    # What is tested below depends on the full name alone: a lone surname met again and again
    # offers the same earlier full names each time, and each is judged once.
    judged: set[tuple[Span, str | None]] = set()
    # "Achterberg bristled when asked about that. "...," she said": a lone name that is a
    # sentence's subject is one a pronoun after it may mean, as a speaker's is.
    lone = [m for m in mentions if m.subject and m.name and m.label == "PERSON" and len(m.name.split()) == 1]
    speakers = [one for f in frames if not _inside_any(f.cue, quoted, quoted_starts) and f.speaker is not None for one in f.speaker.parts or (f.speaker,)]
    for who, full in [
        *((s, full) for s in speakers if s is not None and s.name for full in _full_names_before(text, full_names, unread, s, every=False)),
        *((m, full) for m in lone for full in _full_names_before(text, full_names, unread, m, every=True)),
    ]:
        if full is None or full.span in found or (full.span, full.name) in judged:
            continue
        judged.add((full.span, full.name))
        if _inside_any(full.span, quoted, quoted_starts):
            continue  # "''Francesco Excommunicates Trump,'' declared La Stampa": a quoted title
        if any(m.span.start < full.span.end and full.span.start < m.span.end and m.label != LONE_SUBJECT for m in mentions):
            continue
        line_end = text.find("\n", full.span.end)
        if not text[full.span.end : line_end if line_end >= 0 else len(text)].rstrip().endswith(_SENTENCE_ENDS):
            continue  # a headline ("Pope Francis Rebukes Trump"): its capitals are no name
        words = set((full.name or "").lower().replace(".", "").split())
        if not any(words <= other or other <= words for other in named):
            found[full.span] = full
    return list(found.values())


def _untagged_surname(one: Mention) -> Mention | None:
    """A speaker of one capitalised word that the tagger read as a common noun ("Eklund was
    less cheerful"), given that word as its name to look a full name up by; None for anything
    else (a pronoun, a determiner, a name already read)."""
    word = one.head.text
    if one.name or one.pronoun or one.determiner or one.possessor or one.words != (word.lower(),):
        return None
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    return replace(one, name=word)


def _full_names_before(text: str, full_names: FullNames, unread: Sequence[Mention], who: Mention, *, every: bool) -> list[Mention]:
    """The full names written before a lone surname that it may stand for: those starting with
    a given name the lists know (``FullNames``; only the nearest unless ``every``), and the
    nearest of the ``unread`` names ending in it, when nearer still ("Aurelia Vance was nine
    ... "...," Vance says. Her mother, Greta Vance, ...": Aurelia, whom no list knows, and not
    the mother named after). Not one whose first word the text writes in lower case anywhere,
    which is no given name ("First Trump", "Team Trump")."""
    found = full_names.earlier(who, later=False, every=every)
    surname = (who.name or "").lower()
    if " " in surname or not surname:
        return found
    sex = gender_of(who)
    other = lexicon.MALE_GIVEN_NAMES if sex == "female" else lexicon.FEMALE_GIVEN_NAMES if sex == "male" else frozenset()
    runs = [
        m
        for m in unread
        if m.span.end <= who.span.start
        and m.words[-1] == surname
        and m.words[0] not in other
        and not full_names.has_word(m.words[0])
    ]
    if runs and (not found or found[-1].span.start < runs[-1].span.start):
        found = [*found, replace(runs[-1], label="PERSON")]
    return found


#: A question about someone: "whether the accountant had ...", "if Castellanos had ...", "whether
#: she had ...".
_ABOUT_SOMEONE = re.compile(
    r"^(?:whether|if)\s+(?:(?:the|a|an|his|her|their)\s+([\w-]+)(?:\s+([a-z-]+))?|[A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?[a-z]|(?:he|she)\b)"
)


def _gender_word(mention: Mention | None) -> str:
    """"male" or "female" for a hearer called "him" or "her" or named so, else ""."""
    if mention is None:
        return ""
    return lexicon.pronoun_sex(mention.head_word) or gender_of(mention) or ""


def _asks_about_someone(frame: Frame) -> bool:
    """Whether a question cue asks someone ("asked her whether") or about a person ("asked
    whether the accountant had ever spoken to her client"): the one its answer comes from."""
    if frame.recipient is not None and frame.recipient.head_word not in ("it", "them", "they"):
        return True
    found = _ABOUT_SOMEONE.match(frame.content[0].text) if frame.content else None
    return found is not None and (found.group(1) is None or bool({found.group(1), found.group(2)} & lexicon.ROLE_NOUNS))


def _not_put(text: str, frame: Frame) -> bool:
    """A question no one has put yet, which no answer follows: "begged reporters to ask him
    about something else"."""
    return frame.cue.text.lower().startswith("to ") or text[max(0, frame.cue.start - 3) : frame.cue.start].lower() == "to "


def _opening_pronoun(content: Sequence[Span]) -> str:
    """"he", "she", "it" or "its" when what was said opens with it ("said he expected ...",
    "said it had settled"), else ""."""
    words = content[0].text.split(maxsplit=2) if content else []
    if words and words[0].lower() == "that":
        words = words[1:]
    return words[0].lower() if words and words[0].lower() in ("he", "she", "it", "its") else ""


def _quotation_before(text: str, spans: Sequence[Span], starts: Sequence[int], pos: int) -> int | None:
    """Where the quoted words that end right before ``pos`` (only marks and spaces between)
    start, or None."""
    i = bisect.bisect_left(starts, pos)
    if not i or text[spans[i - 1].end : pos].strip(" \t,.!?\"'“”‘’"):
        return None
    return spans[i - 1].start


def _inside_any(span: Span, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (sorted by start, ``starts`` their starts)."""
    i = bisect.bisect_right(starts, span.start)
    return i > 0 and spans[i - 1].start <= span.start and span.end <= spans[i - 1].end


def _carrier_before(quotes: Sequence[Quote], name: str | None, *, reach: int = 3) -> tuple[tuple[Hop, ...], Hop | None]:
    """'"...," Gao was quoted as saying' names no one who quoted him: the chain of his last
    quote among the few before, when it had one ("Xinhua reported, citing Gao ..."), or the
    outlet he told it to ("Gao told the Gazette that ... '...,' he was quoted as saying"): the
    hops and the outlet, else nothing."""
    if name is None:
        return (), None
    for quote in reversed(quotes[-reach:]):
        if quote.speaker_name == name:
            if quote.via or quote.recipient is None or quote.recipient.kind != "outlet":
                return quote.via, None
            return (), quote.recipient
    return (), None


#: Determiners of a mention that goes back to one met before: "The source said".
_SAME_ONE = frozenset({"the", "that", "this"})


def _unnamed_carrier_before(
    drafts: Sequence[Draft], quotes: Sequence[Quote], head: str, *, reach: int = 3
) -> tuple[tuple[Hop, ...], Hop | None]:
    """"The agency quoted an unnamed ministry official as saying ... The ministry official said
    ...": the anonymous one speaks again in the report that carried them before, so their words
    come through it too; the chain of the last of the few quotes before whose speaker was unnamed
    with the same head word, and the outlet they told, if any ("A source told Stagewatch ...
    "...," the source said")."""
    for draft, quote in zip(reversed(drafts[-reach:]), reversed(quotes[-reach:])):
        if quote.speaker_name is None and draft.speaker is not None and draft.speaker.head_word == head:
            told = quote.recipient if quote.recipient is not None and quote.recipient.kind == "outlet" else None
            return quote.via, told
    return (), None


def _same_exchange(text: str, before: Quote, before_res: Resolved | None, draft: Draft, res: Resolved) -> bool:
    """'Speaking to the Milbury Echo, the keeper said he guessed right. "Sometimes you dive ...,"
    he said.': a bare cue of the same speaker right after, in the same paragraph, goes on with
    the same exchange, so the words went the same way. A cue with an occasion, a hearer or a
    carrier of its own says otherwise."""
    if before.recipient is None and not before.via:
        return False
    if "\n" in text[before.content[-1].end : draft.start] or draft.speaker is None:
        return False
    if res.entity is not None and before_res is not None and res.entity == before_res.entity:
        return True
    # "he" after "the Polish keeper" the registry could not name: the one just quoted.
    return draft.speaker.pronoun and not draft.speaker.plural and (before_res is None or before_res.entity is None)


def _carried_over(
    text: str,
    drafts: Sequence[Draft],
    quotes: Sequence[Quote],
    resolved: Sequence[Resolved | None],
    draft: Draft,
    res: Resolved,
    recipient: Hop | None,
    context: Sequence[Span],
) -> tuple[tuple[Hop, ...], Hop | None]:
    """The chain of a quote whose own cue names no carrier, taken over from a quote before it
    that the same speaker's words went through: one quoted again by the relay that quoted them
    before (``_carrier_before``), the same unnamed source again (``_unnamed_carrier_before``),
    or the same exchange going on (``_same_exchange``). Else its own ``recipient`` and no hop."""
    frame = draft.frame
    assert draft.speaker is not None
    if frame is not None and frame.negated:
        # "He did not say what the diplomats had done": words not said went through no one.
        return (), recipient
    same_source = res.name is None and res.kind == "anonymous" and draft.speaker.determiner in _SAME_ONE
    if frame is not None and frame.lemma in lexicon.RELAY_VERBS and frame.passive and not same_source:
        via, outlet = _carrier_before(quotes, res.name)
        if not via and outlet is None and res.name is None and draft.speaker.determiner in _SAME_ONE:
            # "The Herald reported, citing a senior army officer, ... The officer was quoted as
            # saying ...": the unnamed one the report cited, quoted by it again.
            via, outlet = _unnamed_carrier_before(drafts, quotes, draft.speaker.head_word)
        return via, recipient or outlet
    if same_source:
        # "A source told the Daily Flash ... '...,' the source was quoted as saying": quoted
        # by the outlet they told, as "the source said" would be.
        via, told = _unnamed_carrier_before(drafts, quotes, draft.speaker.head_word)
        return via, recipient or told
    # Only quoted words, a cue of going on ("She added that ...") or one whose occasion points
    # back go on with the exchange: in "Pottinger told a meeting that ... . Pottinger wants them
    # scrapped." the second sentence is the writer's account, not more of what the meeting heard.
    going_on = frame is not None and frame.lemma in lexicon.GOING_ON_VERBS
    back = bool(context) and _points_back(context)
    # "told Radio Tessmoor that ... but declined to give a number": a refusal in the same
    # sentence as the words before it was made to the same hearer.
    refused_then = frame is not None and frame.frame == "decline" and bool(quotes) and frame.sentence.start <= quotes[-1].start
    goes_on = bool(draft.quoted) or going_on or back or refused_then
    if recipient is None and goes_on and (not context or back) and quotes and _same_exchange(text, quotes[-1], resolved[-1], draft, res):
        return quotes[-1].via, quotes[-1].recipient
    return (), recipient


#: An occasion named as the one just told of: "In that interview", "During the same call".
_BACK_POINTING_OCCASION = re.compile(r"(?i)^(?:in|during|at|on)\s+(?:that|this|the\s+same)\s+[\w-]+$")


def _points_back(context: Sequence[Span]) -> bool:
    """Whether the cue's only occasion points back at the exchange just reported ("In that
    interview, she said"): the same exchange, not an occasion of its own."""
    return all(_BACK_POINTING_OCCASION.match(c.text.strip(" ,")) for c in context)


def _without_self(via: tuple[Hop, ...], recipient: Hop | None, name: str | None) -> tuple[tuple[Hop, ...], Hop | None]:
    """The chain and the recipient without the speaker themself: no one passes their own words
    on to the article ("Morrow -> Morrow"), or tells them to themself ("I asked him whether ...
    He said ...": not Owen Gatley to Owen Gatley), whatever a misread earlier sentence or an
    exchange carried over from the quote before left behind."""
    if name is None:
        return via, recipient
    return tuple(hop for hop in via if hop.name != name), None if recipient is not None and recipient.name == name else recipient


def _question_turn(frame: Frame) -> bool:
    """Whether a frame is an interview's question turn ("Q: Did you?")."""
    return frame.frame == "transcript" and turn_label(frame) in lexicon.QUESTION_LABELS


def _interviewer(asker: Resolved, registry: Registry, publisher: Publisher | None) -> Resolved:
    """Who asks an interview's questions, ``asker`` being who its "Q:" label was read as: the
    interviewer the introduction names ("our reporter Tom Ashdown"); else the byline's one
    writer ("By Desmond Achebe-Ward"), though the introduction names the publication spoken to;
    else that publication, or the one the article is published by."""
    if asker.name and asker.kind == "person":
        return asker
    if registry.writer:
        return Resolved(registry.writer, "person", (WRITER,), "role")
    if asker.name is None and publisher is not None:
        return Resolved(publisher.name, "outlet", (), "role")
    return asker


def _quotes(
    text: str, drafts: Sequence[Draft], registry: Registry, publisher: Publisher | None
) -> tuple[tuple[Quote, ...], set[int]]:
    from .chains import chain_for, without_recipient_again

    resolved: list[Resolved | None] = []
    used: set[int] = set()
    read_out = _read_out(text, registry, publisher)
    quotes: list[Quote] = []
    for number, draft in enumerate(drafts, start=1):
        frame = draft.frame
        confidence = draft.confidence
        speaker_span: Span | None = None
        if draft.continues is not None:
            root = drafts[draft.continues]
            res = resolved[draft.continues]
            speaker_span = root.speaker.span if root.speaker is not None else None
            resolution = "continuation"
            origin = quotes[draft.continues]
            via, recipient, context = origin.via, origin.recipient, origin.context
        elif draft.speaker is not None:
            # "..., he told Hannity": "he" is not the one he spoke to.
            hearer = frame.recipient if frame is not None and draft.speaker.pronoun else None
            other = registry.resolve(hearer).who if hearer is not None and not hearer.pronoun else ()
            if draft.speaker.pronoun and frame is not None and frame.topic is not None:
                other = (*other, *registry.resolve(frame.topic).who)  # "Asked about Varga, she said"
            res = registry.resolve(draft.speaker, lemma=frame.lemma if frame else None, other_than=other)
            res = _poll_respondents(text, draft.speaker, res)
            if frame is not None and _question_turn(frame):
                res = _interviewer(res, registry, publisher)
            speaker_span = draft.speaker.span
            resolution = res.resolution
            if res.resolution == "pronoun":
                confidence *= 0.9
            elif res.resolution == "role":
                confidence *= 0.92
            elif draft.speaker.pronoun:
                confidence *= 0.75
            if res.shared:
                confidence *= 0.85  # "Ortega said" with two Ortegas named: a guess
            via, recipient, context = chain_for(draft, registry, publisher)
            if not via:
                via, recipient = _carried_over(text, drafts[: number - 1], quotes, resolved, draft, res, recipient, context)
                via = without_recipient_again(via, recipient)
            if not via and res.entity in read_out and draft.speaker.head_word in lexicon.STATEMENT_NOUNS:
                via = (read_out[res.entity],)  # '"...," the statement said': read out by someone
        else:
            res = None
            resolution = "none"
            via, recipient, context = chain_for(draft, registry, publisher)
        if draft.recovered:
            confidence *= 0.8
        via, recipient = _without_self(via, recipient, None if res is None else res.name)
        resolved.append(res)
        if res is not None:
            used.update(res.who)  # each of a coordination's speakers too
        quotes.append(
            Quote(
                id=f"q{number}",
                type=draft.type,  # type: ignore[arg-type]
                content=draft.content,
                cue=draft.cue,
                speaker=speaker_span,
                speaker_name=None if res is None else res.name,
                speaker_kind="unknown" if res is None else res.kind,  # type: ignore[arg-type]
                confidence=round(min(1.0, max(0.0, confidence)), 2),
                speaker_descriptions=() if res is None else res.descriptions,
                resolution=resolution if res is not None else "none",  # type: ignore[arg-type]
                quoted=draft.quoted,
                via=via,
                recipient=recipient,
                context=context,
                about=_about(draft),
                gerund_content=draft.frame is not None and draft.frame.gerund,
                speaker_negates=draft.frame is not None and draft.frame.subject_negates,
            )
        )
    return _named_later(quotes, resolved), used


def _about(draft: Draft) -> Span | None:
    """What the relative word opening a quote's words stands for ("The levy" for "which ... was
    a mistake"), while that word still opens them."""
    about = draft.frame.about if draft.frame is not None else None
    if about is None or not draft.content or draft.content[0].text.lower() not in lexicon.GAP_RELATIVE_WORDS:
        return None
    return about


def _put_to_answerers(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The quotes with each question given whom it was put to as its recipient: "Asked whether
    the deal could face opposition, van Loon said ..." was asked of van Loon, who answers in
    the quote after it (see ``_answer``). The asker stays unnamed, or, when named, is whom the
    answer was given to, as in "told the Post": "Asked by the Evening Post whether ..., Olufemi
    declined to comment" (see ``_answered_to``)."""
    quotes = tuple(_asked_for_outlet(quote) for quote in quotes)
    out = list(quotes)
    for k, quote in enumerate(quotes):
        answer = _answer(text, quote, quotes) if quote.question and quote.recipient is None and _put_to_someone(quote) else None
        if answer is None or answer.speaker is None or _same_speaker(quote, answer):
            continue
        name = answer.speaker_name or " ".join(answer.speaker.text.split())
        out[k] = replace(quote, recipient=Hop(name, answer.speaker_kind, answer.speaker))
        j = quotes.index(answer)
        if quote.speaker is not None and out[j].recipient is None and not out[j].via:
            out[j] = replace(out[j], recipient=_answered_to(quote))
    return tuple(out)


_JOURNALIST_WORDS = "|".join(sorted(lexicon.JOURNALIST_NOUNS))
_JOURNALIST_PREP_WORDS = "|".join(sorted(lexicon.JOURNALIST_PREPS))
#: An unnamed journalist and the outlet they work for: "a correspondent from the Norvale
#: Herald", "a reporter for Radio Kestrel".
_UNNAMED_JOURNALIST = re.compile(
    rf"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_JOURNALIST_WORDS})\s+(?:{_JOURNALIST_PREP_WORDS})\s+"
    r"(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+)*[A-Z][\w&'’.-]*)"
)


def _asked_for_outlet(quote: Quote) -> Quote:
    """A question put by an unnamed journalist of a named outlet as the outlet's: "Asked by a
    correspondent from the Norvale Herald whether ..." was asked for the Herald, as "Asked by
    the Evening Post whether ..." is, so the answer is given to the outlet. "a reporter from
    Ohio" names no outlet, and a named journalist asks in their own name."""
    if not quote.question or quote.speaker is None or quote.speaker_name is not None:
        return quote
    found = _UNNAMED_JOURNALIST.fullmatch(" ".join(quote.speaker.text.split()))
    if found is None:
        return quote
    name = found.group(1)
    words = {w.lower().strip(".'’") for w in name.split()}
    outlet = publication_name(name) or (name if words & lexicon.OUTLET_NOUNS else None)
    if outlet is None:
        return quote
    return replace(quote, speaker_name=outlet, speaker_kind="outlet")


def _put_to_someone(question: Quote) -> bool:
    """Whether a question was put to someone who may answer it after: one put by nobody named
    ("Asked whether jobs would be cut, she said ..."), or by an asker named after the cue, in
    the passive ("Asked by reporters whether ..., Lutz said ..."). Not a named asker's own
    question ("Critics asked why the pool had closed, and Mayor Ana Lutz said ..."): nothing
    says it was put to whoever speaks next."""
    return question.speaker is None or (question.cue is not None and question.cue.end <= question.speaker.start)


def _same_speaker(first: Quote, second: Quote) -> bool:
    """Whether two quotes have the same speaker: "Baird asked whether ... and said she hoped
    ..." goes on, and answers nothing."""
    if first.speaker is None or second.speaker is None:
        return False
    if first.speaker == second.speaker:
        return True
    return first.speaker_name is not None and first.speaker_name == second.speaker_name


def _answered_to(question: Quote) -> Hop:
    """The asker of a question as whom the answer was given to, the question's cue its step:
    the Evening Post in "Asked by the Evening Post whether ..., Olufemi said ..."."""
    assert question.speaker is not None
    name = question.speaker_name or " ".join(question.speaker.text.split())
    return Hop(name, question.speaker_kind, question.speaker, question.cue)


def _answer(text: str, question: Quote, quotes: Sequence[Quote]) -> Quote | None:
    """The quote that answers a question put to someone (see ``_put_to_someone``): the next one
    with a speaker, in the same sentence ("Asked whether jobs would be cut, she said ...",
    "Asked by reporters whether ..., Lutz said ...")."""
    for other in quotes:
        if other.start < question.end or other.speaker is None:
            continue
        between = text[question.end : min(other.start, other.speaker.start)]
        return None if re.search(r"[.!?]\s|\n", between) else other
    return None


_POLL_WORDS = "|".join(sorted(lexicon.POLL_NOUNS))
#: A named poll: "a survey by Meridian Research", "a poll for the Valley Courier", "the
#: Harbourview Research survey" (one to five capitalised words before the noun, not "A survey";
#: see ``_first_named_poll`` for a single word that only opens its sentence).
_NAMED_POLL = re.compile(
    rf"\b(?:{_POLL_WORDS})\s+(?:(?:conducted|commissioned|carried\s+out|published)\s+)?(?:by|for|from)\s+(?:the\s+)?[A-Z]"
    rf"|(?<![\w&'’.-])((?:(?!(?:A|An|The|This|That|Its|Their|Our|One|Another|New|Latest|Last|Recent)\b)[A-Z][\w&'’.-]*\s+){{1,5}})(?:{_POLL_WORDS})\b"
)
#: What stands just before a sentence's first word: its full stop, or a line break.
_SENTENCE_OPENING = re.compile(r"(?:[.!?:]['\"’”]?\s+|\n\s*)$")


@functools.lru_cache(maxsize=8)
def _first_named_poll(text: str) -> int | None:
    """Where the first poll the article names ends (``_NAMED_POLL``), or None. A single
    capitalised word that only opens its sentence names nothing ("Opinion polls have shown").
    Found once per article, however many respondents speak."""
    for m in _NAMED_POLL.finditer(text):
        name = m.group(1)
        start = m.start(1)
        if name is not None and len(name.split()) == 1 and (start == 0 or _SENTENCE_OPENING.search(text[max(0, start - 4) : start])):
            continue
        return m.end()
    return None


def _poll_respondents(text: str, speaker: Mention, res: Resolved) -> Resolved:
    """"A survey by Meridian Research found ... Respondents said cost was their main worry":
    the respondents of a poll the article names before them are the poll's, a document's
    people, not a vague group (QC201). Only a bare or "the" respondents, or a share of people
    ("About 40 percent of voters said", see ``speakers.share_of_people``)."""
    if res.kind != "anonymous":
        return res
    respondents = speaker.head_word in lexicon.POLL_RESPONDENT_NOUNS and speaker.determiner in ("", "the")
    if not respondents and not share_of_people(speaker):
        return res
    found = _first_named_poll(text)
    if found is None or found > speaker.span.start:
        return res
    return replace(res, kind="document")


def _named_later(quotes: Sequence[Quote], resolved: Sequence[Resolved | None]) -> tuple[Quote, ...]:
    """An unnamed source who gives a name only at their next words ("A resident of Orlevo said
    ... "...," said the woman, who gave only her first name, Daria"): their earlier words get
    that name too, so that the report shows one source."""
    out = list(quotes)
    for res in resolved:
        if res is None or res.same_as is None or res.name is None:
            continue
        for k, quote in enumerate(out):
            if quote.speaker is not None and quote.speaker.start == res.same_as and quote.speaker_name is None:
                out[k] = replace(quote, speaker_name=res.name, speaker_kind=res.kind, resolution="name")  # type: ignore[arg-type]
    return tuple(out)


# ------------------------------------------------------------------------------------------
# Running the parser
# ------------------------------------------------------------------------------------------


class _Slot(NamedTuple):
    """Where a parsed chunk belongs: its article's place in the stream, its own place in the
    article (-1 for an article with nothing to parse), and whether it is the article's last."""

    article: int
    chunk: int
    last: bool


def _ends_article(slot: _Slot) -> bool:
    """Whether a memory zone may close after this chunk: no Doc of its article is held on."""
    return slot.last


def _entity_work(
    items: Sequence[tuple[Doc, _Slot]], *, before: tuple[Doc, _Slot] | None, full: bool
) -> list[tuple[Doc, list[tuple[int, int]]]]:
    """The sentences of each parsed chunk whose entities the frames read (every one when
    ``full``). ``before`` is the chunk parsed just before the first item, perhaps in the batch
    before: a paragraph opening "The mayor said ..." names the mayor in the paragraph before it."""
    from .extract.frames import entity_sentences

    work: list[tuple[Doc, list[tuple[int, int]]]] = []
    for doc, slot in items:
        if slot.chunk < 0:
            continue
        if full:
            ranges = [(s.start, s.end) for s in doc.sents]
        else:
            ranges, refers_back = entity_sentences(doc, opens_article=slot.chunk == 0)
            if refers_back and before is not None and before[1].article == slot.article and len(before[0]):
                last = list(before[0].sents)[-1]
                work.append((before[0], [(last.start, last.end)]))
        if ranges:
            work.append((doc, ranges))
        before = (doc, slot)
    return work


def _parse_stream(
    nlp: Language, plans: Iterable[Plan], *, batch_size: int = 64, full: bool = False
) -> Iterator[tuple[Plan, list[ParsedChunk]]]:
    """Parse the chunks of a stream of plans with one ``nlp.pipe``, regrouped per article.

    ``full`` recognises entities in every sentence, whole (the reference the fast path is
    measured against), instead of only where the frames need them.

    An article's report must not depend on where the parser's batches fall (``--batch-size``,
    ``--jobs``): so the last chunk of a batch whose article goes on waits for the next batch,
    whose first chunk may send the recognizer back to its last sentence, before its entities
    are recognised and its frames built.
    """
    pending: list[Plan] = []

    def tuples() -> Iterator[tuple[str, _Slot]]:
        for index, p in enumerate(plans):
            pending.append(p)
            if not p.chunks:
                # An article with nothing to parse still needs its turn in the output order.
                yield "", _Slot(index, -1, True)
            for c_index, span in enumerate(p.chunks):
                yield parser_text(span.text), _Slot(index, c_index, c_index == len(p.chunks) - 1)

    from .parsing import add_entities, parse, parser_text

    current: int | None = None
    parsed: list[ParsedChunk] = []
    base = 0
    held: tuple[Doc, _Slot] | None = None  # the last chunk of the batch before, its article unfinished
    carried: list[tuple[Doc, list[tuple[int, int]]]] = []  # and the sentences it wants entities in
    # A memory zone closes only at an article's end, so a held Doc stays valid.
    for batch in parse(nlp, tuples(), batch_size=batch_size, may_close=_ends_article):
        work = carried + _entity_work(batch, before=held, full=full)
        ready = ([held] if held is not None else []) + batch
        held = ready.pop() if not ready[-1][1].last else None
        # The held Doc's own sentences wait with it: ``set_ents`` replaces a Doc's entities, so
        # all of them are recognised in one call.
        carried = [w for w in work if held is not None and w[0] is held[0]]
        add_entities(nlp, [w for w in work if held is None or w[0] is not held[0]], whole=full)
        for doc, (index, c_index, _) in ready:
            if current is not None and index != current:
                yield pending[current - base], parsed
                # Drop finished plans so a long stream keeps a flat memory profile.
                del pending[: current - base + 1]
                base = current + 1
                parsed = []
            current = index
            if c_index < 0:
                continue
            p = pending[index - base]
            span = p.chunks[c_index]
            parsed.append(parse_frames(doc, text=p.text, base=span.start, quoted=p.quoted))
    if current is not None:
        yield pending[current - base], parsed


def analyze_stream(
    articles: Iterable[Article], *, nlp: Language, batch_size: int = 64, full: bool = False
) -> Iterator[Report]:
    """Reports for a stream of articles, in order, holding only a batch in memory.

    ``full=True`` runs the entity recognizer on every sentence rather than only where the
    extraction reads entities: slower, and the reference for measuring the fast path.
    """
    limit = _limit(nlp)
    plans = (plan(a, limit=limit) for a in articles)
    for p, parsed in _parse_stream(nlp, plans, batch_size=batch_size, full=full):
        yield finish(p, parsed)


def analyze(
    text: str,
    *,
    publisher: str | None = None,
    nlp: Language | None = None,
    id: str | None = None,
) -> Report:
    """Find every quote in ``text`` with its speaker, cue, chain and findings."""
    if nlp is None:
        from .models import load_model

        nlp = load_model()
    article = Article(text=text, id=id, publisher=publisher)
    return next(analyze_stream([article], nlp=nlp))


def analyze_doc(doc: Doc, *, publisher: str | None = None) -> Report:
    """A report for a Doc that is already parsed (the spaCy component's path)."""
    article = Article(text=doc.text, publisher=publisher)
    p = plan(article, crlf_as_lf=False)
    return finish(p, [parse_frames(doc, text=p.text, base=0, quoted=p.quoted)])


class QuotecheckComponent:
    """spaCy pipeline component: puts the report on ``doc._.quotecheck`` and the quotes on
    ``doc._.quotes``. Add it after the parser: ``nlp.add_pipe("quotecheck")``."""

    def __init__(self, nlp: Language, name: str = "quotecheck", *, publisher: str | None = None) -> None:
        from spacy.tokens import Doc as SpacyDoc

        self.name = name
        self.publisher = publisher
        for attr in ("quotecheck", "quotes"):
            if not SpacyDoc.has_extension(attr):
                SpacyDoc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from .errors import QuotecheckError

        if not doc.has_annotation("DEP"):
            raise QuotecheckError(
                "the quotecheck component needs a dependency parse: add it after the parser"
            )
        report = analyze_doc(doc, publisher=self.publisher)
        doc._.quotecheck = report
        doc._.quotes = report.quotes
        return doc
