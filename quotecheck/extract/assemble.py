"""Put quotations and attribution frames together into draft quotes.

Pure: it works on character offsets only (``Frame`` records from the parse, ``Quotation``
records from the mark scanner), so every rule here is testable without a model.

The order of decisions:
1. quotations are judged: speech, short fragment, name or scare quotes (``terms``), after the
   halves of a quoted sentence split by a dashed aside are joined (``"Q1" — she paused — "q2"``);
2. each frame's content is widened to whole quotations it cuts into;
3. quotations attach to an adjacent cue: ``"Q," X said`` / ``X said: "Q"`` / ``"Q," said X``
   / ``"Q1," X said, "Q2."`` (one quote in two parts) / ``"Q" —X``;
4. a cue inside the content of another cue is either the real speaker, with the outer one as
   the carrier (``Sputnik said the minister insisted that ...``), or a detail of the outer quote;
5. quotations left over continue the last speaker (same or next paragraph), or stand alone with
   no speaker; short leftovers are labels (scare quotes).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from .. import inflect, lexicon
from ..marks import Quotation
from ..model import Span, SpanIndex, Term, stripped_end
from . import terms
from .frames import Frame, Mention, Relay
from .speakers import gender_of, kind_of

#: What may stand between a quotation and its attribution clause.
_GAP_AFTER = re.compile(r"[\s,;:\u2014\u2013\u2015-]*")
_GAP_BEFORE = re.compile(r"\s*[:,\u2014\u2013-]?\s*")
#: 'X said, and I'll never forget it, "Q"' / 'she said, almost in a whisper, "Q"': a short aside
#: set off by commas between a cue and its quotation (no quotation marks, no clause break).
_ASIDE_BEFORE = re.compile(r"[ \t]*,[ \t]*[^,;:.!?\n\"\u201c\u201d\u201e\u00ab\u00bb]{3,60}?,[ \t]*")
#: ``"Q1" — she paused — "q2"``: the writer's aside between dashes inside one quoted sentence.
_DASHED_ASIDE = re.compile(r"[ \t\u00a0]*(?:[\u2014\u2013\u2015]|--?)[ \t\u00a0]*[^\n\u2014\u2013\u2015]+?[ \t\u00a0]*(?:[\u2014\u2013\u2015]|--?)[ \t\u00a0]*")
#: ``"Q" —Name``: a dash and a capitalised name after a quotation, on its line or the next.
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?:[\u2014\u2015\u2013]|--?)[ \t\u00a0]*(?=[A-Z])")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
#: A Markdown or e-mail blockquote mark opening a line: 'X said:\n\n> "Q"'.
_BLOCKQUOTE = re.compile(r"(?<=\n)[ \t]*>")

#: Base confidence by how the quote was found; adjusted later for resolution and repairs.
CONFIDENCE = {
    "attached": 0.95,
    "signature": 0.85,
    "mixed": 0.85,
    "clause": 0.8,
    "tell": 0.8,
    "according": 0.8,
    "finding": 0.7,
    "object": 0.65,
    "belief": 0.6,
    "decline": 0.6,
    "hearsay": 0.5,
    "statement": 0.6,
    "transcript": 0.8,
    "label": 0.6,
    "continuation": 0.75,
    "list": 0.75,
    "colon": 0.7,
    "outcry": 0.7,
    "repeat": 0.6,
    "orphan": 0.4,
}
#: Fewer words than this after "he said:" are a caption or a label, not a block quotation.
MIN_BLOCK_WORDS = 5
#: How far a continuation may reach: the same paragraph or the next one, at most this many
#: paragraphs in a row without a new cue.
MAX_CONTINUATION_PARAGRAPHS = 3
#: Words an adjacent cue's own parsed content may have outside the quotation it attaches to.
MAX_RESIDUAL_WORDS = 2


@dataclass(frozen=True, slots=True)
class Draft:
    """A quote before its speaker is resolved."""

    content: tuple[Span, ...]
    quoted: tuple[Span, ...]
    type: str
    frame: Frame | None
    speaker: Mention | None
    confidence: float
    #: Index (into the draft list) of the quote whose speaker this one continues.
    continues: int | None = None
    relays: tuple[Relay, ...] = ()
    recovered: bool = False

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    @property
    def cue(self) -> Span | None:
        return None if self.frame is None else self.frame.cue


@dataclass(slots=True)
class _Work:
    """Mutable bookkeeping for one frame while quotations are attached."""

    frame: Frame
    content: list[Span]
    attached: list[Quotation] = field(default_factory=list)
    relays: list[Relay] = field(default_factory=list)
    alive: bool = True
    #: A statement in a relative clause inside another's words ('attacks that Trump said were
    #: "baseless"'), or the host statement holding it: the quotations in its content are its
    #: speaker's as well as the other's.
    shares_quotations: bool = False


@dataclass(frozen=True, slots=True)
class Assembly:
    drafts: tuple[Draft, ...]
    terms: tuple[Term, ...]
    #: Opening marks found to be unclosed here (a quotation that swallowed its attribution).
    unbalanced: tuple[Span, ...] = ()


def _words(text: str) -> int:
    return len(_WORDS.findall(text))


def _inside(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


class _Parts:
    """The parts of the outermost quotations, sorted. They never overlap, so the parts that
    meet a range form one slice found by bisection: this keeps assembly near-linear."""

    def __init__(self, quotations: Iterable[Quotation]) -> None:
        pairs = sorted(((part, q) for q in quotations for part in q.parts), key=lambda pq: pq[0].start)
        self.parts = [p for p, _ in pairs]
        self.owner = [q for _, q in pairs]
        self.starts = [p.start for p in self.parts]
        self.ends = [p.end for p in self.parts]

    def meeting(self, start: int, end: int) -> range:
        """Indices of the parts that overlap ``[start, end)``."""
        return range(bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end))

    def covering(self, pos: int) -> Quotation | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.owner[i] if i >= 0 and pos < self.ends[i] else None


def _snap(text: str, spans: Iterable[Span], parts: _Parts) -> list[Span]:
    """Widen content spans that cut into a quotation so they hold the whole quotation part."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        for i in parts.meeting(start, end):
            start, end = min(start, parts.starts[i]), max(end, parts.ends[i])
        out.append(Span.of(text, start, end))
    return _merge(text, out)


def _merge(text: str, spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span.of(text, last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


def _residual_words(text: str, content: Sequence[Span], parts: _Parts, owners: set[int] | None = None) -> int:
    """Words of ``content`` outside quotation parts (of the quotations in ``owners``, if given)."""
    count = 0
    for span in content:
        pos = span.start
        for i in parts.meeting(span.start, span.end):
            if owners is not None and id(parts.owner[i]) not in owners:
                continue
            if parts.starts[i] > pos:
                count += _words(text[pos : parts.starts[i]])
            pos = max(pos, parts.ends[i])
        if pos < span.end:
            count += _words(text[pos : span.end])
    return count


def _clause_runs_on(text: str, content: Sequence[Span], attached: Sequence[Quotation]) -> bool:
    """Whether the parsed content goes on past the quotation with no break, so that the quoted
    words are only part of a clause: 'Orlov said "some overlap in head office roles" was
    inevitable'. The whole clause is what was said, a partial quote."""
    end = max(q.end for q in attached)
    span = next((c for c in content if c.start <= end < c.end), None)
    if span is None:
        return False
    # Only a predicate goes on from quoted words this way; 'said "we will strike" on Monday'
    # only says when.
    verb = re.match(r"[ \t]+([\w']+)", text[end : span.end])
    return verb is not None and verb.group(1).lower() in lexicon.FINITE_AUXILIARIES


def _interposed_lead_spans(
    text: str, frame: Frame, content: Sequence[Span], attached: Sequence[Quotation], parts: _Parts, owners: set[int]
) -> list[Span]:
    """The frame's own content before a cue set off by commas, when the quotation attached to
    the cue follows it in the same sentence: 'That, the commission said, "would help."' or
    'But, he added, "we will see."'. The frame only takes such a lead when the quotation goes on
    from it (see frames._interposed_lead), so a short one (a word or two, too short to keep the
    frame's content on its own) belongs with the quotation as one statement."""
    if frame.frame not in ("clause", "tell", "belief", "finding") or not content:
        return []
    extent, sentence = frame.extent, frame.sentence
    if not all(extent.end <= q.start and q.start < sentence.end for q in attached):
        return []
    # The quotation goes on from the lead in lower case; 'On Friday, he said, "We ..."' and
    # 'After all, he says, "I never ..."' open new words, whatever the parse hung on the cue.
    first = _WORDS.search(text, min(q.start for q in attached))
    if first is None or not first.group()[:1].islower():
        return []
    lead = [s for s in content if s.end <= extent.start]
    if not lead or lead[0].start < sentence.start or any(parts.meeting(s.start, s.end) for s in lead):
        return []
    if text[lead[-1].end : extent.start].strip() != ",":
        return []
    # Nothing else of the frame's content may lie outside the quotations: the lead is the rest.
    if _residual_words(text, [s for s in content if s.end > extent.start], parts, owners):
        return []
    return lead


def _paragraph_index(paragraphs: Sequence[Span], starts: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


#: A colon with words after it: the label of a line that goes on to say something.
_LABEL_COLON = re.compile(r":[ \t]+\S")


def _signature(text: str, quotation: Quotation, paragraphs: Sequence[Span], starts: Sequence[int]) -> Frame | None:
    """``"Q" —Ma Jihua``: a dash and a name after a closing quotation, to the end of the line."""
    end = quotation.end
    match = _DASH_SIGNATURE.match(text, end)
    if match is None:
        return None
    # The signature may stand on the next line, which may be a paragraph of its own.
    para = paragraphs[_paragraph_index(paragraphs, starts, match.end())] if paragraphs else Span.of(text, 0, len(text))
    line_end = text.find("\n", match.end())
    stop = min(para.end, line_end if line_end != -1 else len(text))
    raw = text[match.end() : stop]
    if _LABEL_COLON.search(raw):
        return None  # '- Anna Lind, a farmer: "..."': a list line with words of its own
    name_part = raw.split(",")[0].rstrip(" .")
    if not name_part or _words(name_part) > 6 or not name_part[0].isupper():
        return None
    whole = raw.rstrip(" .")
    description = whole[len(name_part) :].lstrip(", ").strip()
    mention = _titled_mention(
        text, match.end(), match.end() + len(name_part), end=match.end() + len(whole), after=(description,) if description else ()
    )
    span = mention.span
    dash = Span.of(text, match.start(), match.end())
    dash = Span.of(text, dash.start + (len(dash.text) - len(dash.text.lstrip())), dash.end - (len(dash.text) - len(dash.text.rstrip())))
    return Frame(
        cue=dash,
        lemma="\u2014",
        frame="signature",
        speaker=mention,
        content=(),
        extent=Span.of(text, dash.start, span.end),
        sentence=Span.of(text, quotation.start, span.end),
    )


#: ``'Q': Lorna Baptiste on ten years at the council``: after a headline's opening quotation, a
#: colon or a dash, then a name of one to four capitalised words, then "on" and the topic, or
#: the end of the line. The name may follow "a conversation with" or "an interview with"
#: (``lexicon.HEADLINE_INTERVIEW_NOUNS``).
_HEADLINE_CREDIT = re.compile(
    r"[ \t\u00a0]*(?::|[\u2014\u2015\u2013]|--?)[ \t\u00a0]*"
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ur)[ \t]+)?(?:(?i:"
    + "|".join(re.escape(noun) for noun in lexicon.HEADLINE_INTERVIEW_NOUNS)
    + r")[ \t]+(?i:with)[ \t]+(?P<with>))?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})(?=[ \t]+on[ \t]|[ \t]*(?:\n|$))"
)


def _headline_credit(text: str, quotation: Quotation, mentions: Sequence[Mention]) -> Frame | None:
    """``'We built a bridge nobody asked for': Lorna Baptiste on ten years at the council``: an
    interview's headline opens with the interviewee's words and credits them after a colon or
    a dash, the topic following "on". Only on the article's first line, and only for a name the
    parse reads as a person somewhere in the article, or a full name the article repeats below
    ("'Hamlet': Theatre Review" credits nobody); after "a conversation with", a person."""
    if stripped_end(text, quotation.start) or "\n" in text[quotation.start : quotation.end]:
        return None
    match = _HEADLINE_CREDIT.match(text, quotation.end)
    if match is None:
        return None
    name = match.group("name")
    surname = name.split()[-1].casefold()
    person = any(m.label == "PERSON" and m.name and m.name.split()[-1].casefold() == surname for m in mentions)
    if not person and not (len(name.split()) > 1 and text.find(name, match.end()) >= 0):
        return None
    if match.group("with") is None and any(m.label == "ORG" and m.name == name for m in mentions):
        return None  # "a conversation with Odile Brandt" is with a person, however tagged
    mention = _titled_mention(text, match.start("name"), match.end("name"))
    mark = Span.stripped(text, quotation.end, match.start("name"))
    return Frame(
        cue=mark,
        lemma=":",
        frame="label",
        speaker=mention,
        content=(),
        extent=Span.of(text, mark.start, mention.span.end),
        sentence=Span.of(text, quotation.start, mention.span.end),
    )


def _title_end(words: Sequence[str]) -> int:
    """How many of a name's words are its title: 2 in "Transport Minister Alessia Varkonyi", 0
    in "Alessia Varkonyi". A title ends in a role or title word ("minister", "Dr.") and is
    followed by capitalised words only."""
    for i in range(len(words) - 2, -1, -1):
        word = words[i].lower().rstrip(".")
        if (lexicon.role_noun(word) or word in lexicon.TITLES) and all(w[:1].isupper() for w in words[i + 1 :]):
            return i + 1
    return 0


def _titled_mention(text: str, start: int, head_end: int, *, end: int | None = None, after: tuple[str, ...] = ()) -> Mention:
    """A name written with its title where no parse reads it ("— Transport Minister Alessia
    Varkonyi" under a pull quote): the name is the words after the title, the title is a
    description, the whole phrase the span."""
    words = text[start:head_end].split()
    cut = _title_end(words)
    if not cut:
        return _text_mention(text, start, head_end, end=end, descriptions=after)
    name_at = start + text[start:head_end].index(words[cut], len(" ".join(words[:cut])))
    mention = _text_mention(text, name_at, head_end, descriptions=(" ".join(words[:cut]), *after))
    span = Span.of(text, start, head_end if end is None else end)
    return replace(mention, span=span, words=tuple(w.lower() for w in _WORDS.findall(span.text)))


def _text_mention(
    text: str, start: int, head_end: int, *, end: int | None = None, descriptions: tuple[str, ...] = (), pronoun: bool = False,
    proper: bool = True,
    determiner: str = "",
    subject: bool = False,
) -> Mention:
    """A speaker written where no parse names one (a signature, a transcript's label, a list's
    introduction): ``text[start:head_end]`` is the name, ``text[start:end]`` the whole phrase."""
    end = head_end if end is None else end
    head = Span.of(text, start, head_end)
    span = Span.of(text, start, end)
    words = tuple(w.lower() for w in _WORDS.findall(span.text))
    return Mention(
        span=span,
        head=head,
        head_word=head.text.split()[-1].lower(),
        determiner=determiner,
        label="",
        name=head.text if proper and not pronoun else None,
        proper=proper and not pronoun,
        plural=pronoun and head.text.lower() == "they",
        pronoun=pronoun,
        descriptions=descriptions,
        words=words,
        subject=subject,
    )


def _attach_score(text: str, quotation: Quotation, work: _Work, parts: _Parts, speech: set[int]) -> int:
    """How well a quotation attaches to a frame: 3 cue right after, 2 cue right before, 0 not.

    A cue whose parsed content is mostly unquoted words is reported speech that merely sits
    next to a quotation (``the minister insisted that ... "Q," Sputnik said``), not its cue.
    """
    ext = work.frame.extent
    if _as_put_it(work.frame) and ext.end <= quotation.start and _GAP_BEFORE.fullmatch(text[ext.end : quotation.start]):
        # 'It lets officers, as the draft puts it, "disperse any group ..."': the quotation
        # gives the words as put; the clause the cue hangs on leads into them.
        return 2
    if work.content and _residual_words(text, work.content, parts, speech) > MAX_RESIDUAL_WORDS:
        return 0
    if (
        ext.start >= quotation.end
        and not _sentence_over(text, quotation, ext, parts)
        and not _subordinate_extent(text, ext)
        and not _bare_participle(work.frame)
    ):
        gap = text[quotation.end : ext.start]
        if "\n" not in gap and _GAP_AFTER.fullmatch(gap):
            return 3
    if ext.end <= quotation.start:
        gap = _BLOCKQUOTE.sub("", text[_past_title(text, ext.end, parts, speech) : quotation.start])
        if quotation.family == "dash":
            gap = _DIALOGUE_DASH.sub("", gap)  # 'Lind replied:\n\n— We will not give up.'
        if _GAP_BEFORE.fullmatch(gap):
            # Across a paragraph break only after a colon: X said:\n\n"Q".
            if "\n" not in gap or gap.strip() == ":":
                return 2
        if not work.content and work.frame.frame == "clause" and _ASIDE_BEFORE.fullmatch(gap):
            # A cue with nothing of its own said, then the writer's aside, then the words.
            return 1
    return 0


def _bare_participle(frame: Frame) -> bool:
    """Whether a cue clause opens with a participle cue and no subject of its own: in 'X
    tweeted that the photo showed "a normal crumb," adding: "This is real sourdough."' the
    "adding" leads into the words after it and signs none before; the first quotation is in
    what was tweeted."""
    return frame.extent.start == frame.cue.start and _participle_cue(frame)


def _participle_cue(frame: Frame) -> bool:
    """Whether the cue is one word in "-ing", read as a verb's participle ("adding",
    "claiming"). The test is on the text: it also takes a one-word noun cue ("warning",
    "ruling", "briefing"), which the cue's tag (VBG) would tell apart; on PolNeAR dev and train
    the two tests agree on every cue that reaches the callers, but frames built here from
    quotation marks carry no tag."""
    cue = frame.cue.text
    return " " not in cue and cue.lower().endswith("ing")


def _subordinate_extent(text: str, extent: Span) -> bool:
    """Whether a cue clause opens with a subordinator, as a clause of its own after the one
    before: in 'The Times reported that the budget was "bold," while the Courier said it would
    "punish commuters"' the Courier's cue does not sign the quotation before it."""
    first = re.match(r"[\w']+", text[extent.start : extent.end])
    return first is not None and first.group().lower() in lexicon.ADVERBIAL_SUBORDINATORS


def _as_put_it(frame: Frame) -> bool:
    """A frame of "as X put it" (see ``frames._as_it``): its content is the clause it hangs on."""
    return frame.lemma in lexicon.AS_IT_VERBS and frame.cue.text.lower().endswith(" it")


def _past_title(text: str, end: int, parts: _Parts, speech: set[int]) -> int:
    """Where a cue clause ends when its last word is "on" or "in" and a quoted title follows
    ('Trentham said on "The Late Hour." "By the end ..."'): after the title, which names the
    programme and belongs to the attribution."""
    words = text[max(0, end - 4) : end].split()
    if not words or words[-1].lower() not in lexicon.TITLE_PREPOSITIONS:
        return end
    pos = end
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    title = parts.covering(pos)
    return title.end if title is not None and id(title) not in speech else end


def _sentence_over(text: str, quotation: Quotation, extent: Span, parts: _Parts) -> bool:
    """Whether a full stop inside the closing mark puts a cue clause after it in a new sentence.

    ``"Q," X said`` and ``"Q?" X asked`` are one sentence, ``"Q." X said.`` is not. Loose copy
    still signs a whole quoted sentence that way, so the cue may take it, except when the
    quotation ends a sentence of narration or reported speech (``X said the bank had "lost
    trust." The governor disagreed.``: it is X's) or when the cue introduces a quotation of its
    own (``"Q1." He added, "Q2."``: Q1 is the speaker's before).
    """
    inner = quotation.inner[-1].text.rstrip()
    if not inner.endswith(".") or inner.endswith(".."):
        return False
    before = text[max(0, quotation.start - 8) : quotation.start].rstrip(" \t\u00a0")
    before = before.rstrip("".join(lexicon.QUOTE_CHARS))
    if before and before[-1] not in ".!?\u2026\n":
        return True
    gap = _GAP_BEFORE.match(text, extent.end)
    return gap is not None and parts.covering(gap.end()) is not None


#: Forms of the verbs of naming, to tell a name someone gives from the name a thing has.
_CALLING: frozenset[str] = inflect.forms_of_all(lexicon.CALLING_VERBS)
#: How many words before a quoted name a verb of naming may stand: 'called the 1996 pageant
#: winner "X"'.
_CALLING_WORDS = 6
#: Words a Title Case name or headline leaves in lower case.
_MINOR = frozenset("a an the and or of in on at to for from by with as vs nor but".split())


#: How many words may stand before a quoted label in the object of a verb of rejecting:
#: 'rejects "witch hunt" claims', 'denied the "cover-up" allegations'.
REJECTED_LABEL_REACH = 2


def _owned_by_cue(quotation: Quotation, previous: Quotation, frames: Sequence[Frame]) -> bool:
    """'known as "Project Heron," or "a land grab" as critics put it': a cue with a speaker
    whose content holds ``quotation`` but not the list item ``previous`` before it says the
    quotation is that speaker's words, not a second name of the thing named."""

    def holds(f: Frame, q: Quotation) -> bool:
        return any(c.start < q.end and q.start < c.end for c in f.content)

    return any(f.speaker is not None and holds(f, quotation) and not holds(f, previous) for f in frames)


def _rejected_label(text: str, quotation: Quotation, frames: Sequence[Frame]) -> bool:
    """Whether a short quoted fragment opens the object of a verb of rejecting: in 'O'Neill
    rejects "witch hunt" claims' the words are her critics', whose claims she rejects, not
    hers. A quotation further into the content ('denied that he had been "reckless"') is left
    to the context as before. The verb must stand outside the quotation: in 'said she had
    "denied any wrongdoing"' the quoted words hold the verb and are the speaker's own (the
    cue may take in an auxiliary before the mark, 'had "denied')."""
    for frame in frames:
        if frame.lemma not in lexicon.REJECTING_VERBS or quotation.start < frame.cue.end <= quotation.end:
            continue
        if _whole_object_in_report(text, quotation, frame, frames):
            continue
        # The parse may leave the opening mark out of the content: 'denied "reckless' ...
        span = next((c for c in frame.content if c.start < quotation.end and quotation.start < c.end), None)
        if span is None:
            continue
        before = text[span.start : max(span.start, quotation.start)].split()
        if before[-1:] == ["as"] and not _verb_before_as(before[:-1], frame.gerund):
            continue  # 'a report that the government dismissed as "fabricated"': the rejecter's word for it
        if len(before) <= REJECTED_LABEL_REACH:
            return True
    return False


#: Words that may stand between a rejecting verb and the gerund or participle it takes: "denied
#: ever acting as", "denied being branded as", "denied having been described as".
_BEFORE_GERUND = frozenset({"ever", "not", "never", "being", "been", "having"})


def _verb_before_as(words: Sequence[str], gerund: bool) -> bool:
    """Whether the content words before an "as" are a gerund or a participle the rejecting verb
    takes: in 'denied acting as "a fixer"' or 'denied being branded as "a fixer"' the "as"
    belongs to that verb and the quoted label to the accusers the speaker denies. ``gerund``
    is the frame's word, from the parse's tags, that the content is a gerund clause; a word
    that only ends like one is no verb ('dismissed Manning as "a fantasist"', 'dismissed
    polling as "meaningless"'), unless it is a lower-case verb of judging ('described as').
    With no words ('dismissed as "fabricated"') or a noun phrase ('dismissed the court ruling
    as "absurd"') the "as" is the rejecting verb's own, and the label the rejecter's."""
    if not words:
        return False
    word = words[-1]
    if any(w.lower() not in _BEFORE_GERUND and not w.lower().endswith("ly") for w in words[:-1]):
        return False
    return gerund or (word.islower() and inflect.lemma_of(word) in lexicon.AS_VERBS)


def _whole_object_in_report(text: str, quotation: Quotation, frame: Frame, frames: Sequence[Frame]) -> bool:
    """Whether the quotation is the whole object of a rejecting verb that is itself inside
    what another speaker said: in 'X said in a statement that it disputed "numerous
    characterisations" in the memoir' the quoted words are X's, from its statement; no noun
    after them makes them a label on someone's claims ('rejects "witch hunt" claims')."""
    after = _LABELLED_NOUN.match(text, quotation.end)
    if after is not None and after.group(1) not in lexicon.PHRASE_OPENING_WORDS:
        return False
    return any(
        other is not frame and any(c.start <= frame.cue.start and frame.cue.end <= c.end for c in other.content)
        for other in frames
    )


#: Between a cue of warning and a quoted word in its topic: the preposition, then up to
#: REJECTED_LABEL_REACH words of the noun phrase ("warn over viral 'miracle' claim").
_TOPIC_BEFORE = re.compile(
    r"\s+(?:" + "|".join(sorted(lexicon.TOPIC_PREPOSITIONS)) + r")\s+(?:[\w-]+\s+){0,%d}$" % REJECTED_LABEL_REACH, re.IGNORECASE
)
#: After it: the noun it labels, a lower-case word ("claim", "cure").
_LABELLED_NOUN = re.compile(r"\s+([a-z][\w-]*)")


def _topic_label(text: str, quotation: Quotation, frames: Sequence[Frame]) -> bool:
    """Whether a quoted single word sits inside the topic of a cue of warning, before the noun
    it labels: in "Doctors warn over viral 'miracle' claim that ..." the word is a scare quote
    on the claim, not what the doctors said."""
    inner = " ".join(part.text for part in quotation.inner).split()
    if len(inner) != 1:
        return False
    after = _LABELLED_NOUN.match(text, quotation.end)
    if after is None or after.group(1) in lexicon.PHRASE_OPENING_WORDS:
        return False
    return any(
        frame.lemma in lexicon.TOPIC_LABEL_VERBS
        and frame.cue.end <= quotation.start
        and _TOPIC_BEFORE.fullmatch(text, frame.cue.end, quotation.start) is not None
        for frame in frames
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


#: "Read more: ..." to the end of its line.
_LINK_LINE = re.compile(r"^[ \t]*(?:\*\*)?(?i:" + _alternation(lexicon.LINK_LABELS) + r")(?:\*\*)?[ \t]*:[^\n]*", re.MULTILINE)
#: "An earlier version of this article said ...", "This story has been corrected to show ...",
#: to the end of the sentence.
_STORY = r"(?i:" + _alternation(lexicon.CORRECTION_STORY_NOUNS) + r")\b"
_CORRECTION_NOTE = re.compile(
    r"\b(?:(?:An?|The)[ \t]+(?i:" + _alternation(lexicon.CORRECTION_VERSION_WORDS) + r")[ \t]+version[ \t]+of[ \t]+(?:this|the)[ \t]+" + _STORY
    + r"|This[ \t]+" + _STORY + r"[ \t]+(?:has|had|have|was)[ \t]+(?:been[ \t]+)?(?i:" + _alternation(lexicon.CORRECTION_VERBS) + r")\b)"
    r"[^\n]*?(?:[.!?](?=\s|$)|$)",
    re.MULTILINE,
)


def page_furniture(text: str) -> list[Span]:
    """Lines and sentences that are the page's, not the story's: a link to another story ("Read
    more: Islanders demand second ferry") and a correction note about the article itself ("An
    earlier version of this article said 9,000 homes were affected.", "This story has been
    corrected to show ..."). Nothing in them is anyone's speech."""
    return [Span.of(text, m.start(), m.end()) for pattern in (_LINK_LINE, _CORRECTION_NOTE) for m in pattern.finditer(text)]


#: Words before a naming participle that make the label someone's words: 'what she dubbed "X"'.
_LABEL_GIVERS = frozenset({"what", "which", "that", "who", "whom"}) | lexicon.PERSONAL_PRONOUNS


def _named_not_used(text: str, quotation: Quotation, marker: Span | None) -> bool:
    """Whether a scare quote's marker makes it a name, not a label anyone used: a word mentioned
    as a word ('she resents the word "miracle"') or a name a participle gives a thing right
    after it ('the operation, dubbed "Operation Lantern,"'), a name in capitals. 'what she
    dubbed "a tax on the poor"' quotes her."""
    if marker is None:
        return False
    word = terms.marker_word(marker)
    if word in lexicon.WORD_MENTION_MARKERS:
        return True
    if word not in lexicon.THING_NAMING_MARKERS:
        return False
    before = re.findall(r"[\w'\u2019-]+", text[max(0, marker.start - 40) : marker.start])
    if before and before[-1].lower() in _LABEL_GIVERS:
        return False
    return _in_capitals(quotation)


def _in_capitals(quotation: Quotation) -> bool:
    """Whether quoted words are a name in capitals: every word but the minor ones opens with a
    capital or a digit ('"Operation Lantern"', '"Ride for Danny"'), not 'the worst mayor in
    history'."""
    inner = re.findall(r"[\w'\u2019-]+", " ".join(p.text for p in quotation.inner))
    named = [w for w in inner if w.lower() not in _MINOR]
    return bool(named) and all(w[:1].isupper() or w[:1].isdigit() for w in named)


def _label(text: str, quotation: Quotation, verdict: str, marker: Span | None) -> bool:
    """Whether a quoted name or scare quote is a label nobody is quoted for, so that it makes
    no reported speech around it mixed.

    A name is a label when a marker made it one (`the "X" forum`, `known as "X"`) or when no verb
    of naming stands just before it (`at the "Silk Bridge Forum"`); 'kept calling his rival
    "Little Marco"' gives the speaker's own name for him. A scare quote is a label only behind
    the writer's own distance ('so-called'); 'what she called "an insult"' quotes her.
    """
    if verdict == "scare":
        return marker is not None and marker.text.lower() in lexicon.WRITER_DISTANCE_MARKERS
    if marker is not None:
        return True
    inner = re.findall(r"[\w'\u2019-]+", " ".join(p.text for p in quotation.inner))
    if sum(w.lower() not in _MINOR for w in inner) < 2:
        return False  # 'why "the Hispanics"': one capitalised word is no sign of a name
    line_start = text.rfind("\n", 0, quotation.start) + 1
    line_end = text.find("\n", quotation.end)
    before = re.findall(r"[\w'\u2019-]+", text[line_start : quotation.start])
    after = re.findall(r"[\w'\u2019-]+", text[quotation.end : len(text) if line_end < 0 else line_end])
    words = [w for w in before + after if w.lower() not in _MINOR and w[:1].isalpha()]
    if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words):
        return False  # a headline in Title Case: "Mayor Says Cuts Are A 'Necessary Evil'"
    return not any(w.lower() in _CALLING for w in before[-_CALLING_WORDS:])


def _type_of(
    text: str, content: Sequence[Span], parts: _Parts, *, labels: frozenset[int] = frozenset()
) -> tuple[str, tuple[Span, ...]]:
    """direct / mixed / indirect from how much of the content lies inside quotation marks.

    ``labels``: ids of quotations whose marks quote nobody's words (see ``_label``): a title or a
    name (`the "Future of the Waterfront" forum`, `at the "Silk Bridge Forum"`) or the writer's
    scare quote (`the so-called "debt trap" narrative`).
    """
    inside = sorted(
        {
            parts.parts[i]
            for span in content
            for i in parts.meeting(span.start, span.end)
            if _inside(parts.parts[i], span) and id(parts.owner[i]) not in labels
        }
    )
    if not inside:
        return "indirect", ()
    outside = 0
    for span in content:
        pos = span.start
        for part in inside:
            if part.start >= span.end or part.end <= pos:
                continue
            outside += _words(text[pos : part.start])
            pos = part.end
        outside += _words(text[pos : span.end])
    return ("direct" if outside == 0 else "mixed"), tuple(inside)


#: How far (in characters) a cue clause may stand from a quotation it attaches to; the gap may
#: only hold spaces and punctuation, so this bounds the search, not the behaviour.
_ATTACH_WINDOW = 64


def assemble(
    text: str,
    *,
    quotations: Sequence[Quotation],
    paragraphs: Sequence[Span],
    frames: Sequence[Frame],
    exclude: Sequence[Span] = (),
    mentions: Sequence[Mention] = (),
    bylined: bool = False,
) -> Assembly:
    """Draft quotes from quotations and frames; ``exclude`` holds regions (a byline header),
    ``mentions`` the named people the parse found (an interview's parties are among them);
    ``bylined`` says a byline names the article's one writer, whose "I" is the article's own."""
    para_starts = [p.start for p in paragraphs]
    exclude = [*exclude, *page_furniture(text)]
    turn_frames, turn_words = _turn_frames(text, paragraphs, frames, mentions)
    if turn_words:
        # A cue inside a turn is someone the speaker reports ("A: McConnell said he would ..."),
        # or the speaker's own earlier words ("A: I told them we had no money"): "I" there is
        # the one whose turn it is.
        frames = [_first_person(f, turn_frames) for f in frames]
    frames = [f for f in frames if not _bullet_cue(text, f)]
    frames = [*frames, *turn_frames, *_claim_frames(text, paragraphs, mentions), *_list_label_frames(text, frames, mentions)]
    turn_ids = {id(f) for f in turn_frames}
    outer = [q for q in quotations if q.depth == 0 and not any(_inside(Span(q.start, q.end, ""), e) for e in exclude)]
    outer = sorted([*outer, *_dash_turns(text, frames)], key=lambda q: q.start)
    outer, strays = _split_swallowed(text, outer, frames)
    outer = _join_asides(text, outer, frames)
    outer = _join_translations(text, outer)
    parts = _Parts(outer)

    # 1. What each quotation is.
    verdicts: dict[int, str] = {}
    term_list: list[Term] = []
    labels: set[int] = set()
    outcries = {id(q): f for q in outer if (f := _outcry(text, q, mentions)) is not None}
    claimed_words = SpanIndex((c, 0) for f in frames if f.lemma == "claim" for c in f.content)
    naming = [f for f in frames if f.lemma in lexicon.CALLING_VERBS and f.content]
    unsaid: set[int] = set()  # frames of naming whose only words are a name
    named_item: tuple[Quotation, Span] | None = None  # the last name a marker gave, and its marker
    for q in outer:
        verdict, marker = terms.classify(text, _untranslated(text, q))
        if (
            verdict in ("fragment", "scare")
            and marker is None
            and named_item is not None
            and terms.listed_after(text, named_item[0], q)
            and not _owned_by_cue(q, named_item[0], frames)
        ):
            verdict, marker = "name", named_item[1]  # 'banners reading "No Farms, No Food" and "Strand Out."'
        namer = next((f for f in naming if _gives_name(text, f, q, verdict)), None)
        if namer is not None:
            verdict, marker = "name", namer.cue
            unsaid.add(id(namer))
        if id(q) in outcries or claimed_words.holding(Span(q.start, q.end, "")):
            # 'a shout of "Rubbish!" from X': X's word, however short; so are the words quoted
            # in a fact-check's claim.
            verdict = "speech"
        if verdict == "scare" and _named_not_used(text, q, marker):
            verdict = "name"
        if verdict in ("fragment", "speech") and marker is None and (calling := _naming_participle(text, q)) is not None:
            verdict, marker = "name", calling
        rejected = verdict == "fragment" and (_rejected_label(text, q, frames) or _topic_label(text, q, frames))
        if rejected:
            verdict, marker = "scare", None
        verdicts[id(q)] = verdict
        named_item = (q, marker) if verdict == "name" and marker is not None else None
        if verdict in ("name", "scare"):
            term_list.append(Term(verdict, Span.of(text, q.start, q.end), marker))
            if rejected or _label(text, q, verdict, marker):
                labels.add(id(q))
    speechlike = [q for q in outer if verdicts[id(q)] in ("speech", "fragment")]
    speech_ids = {id(q) for q in speechlike}
    recovered = {id(q) for q in speechlike if not q.closed}

    # 2. Frames outside quotations, outside excluded regions, one per cue. One line opening
    #    with a name in capitals ("BOOM: ...") is a shout; a transcript has several turns.
    lone_turn = sum(f.frame == "transcript" for f in frames) == 1
    question_turns = [c for f in turn_frames if turn_label(f) in lexicon.QUESTION_LABELS for c in f.content]
    interviewee = next(
        (f.speaker for f in turn_frames if f.speaker is not None and turn_label(f) in lexicon.ANSWER_LABELS), None
    )
    cue_starts = sorted(f.cue.start for f in frames)
    # Cues of someone else's statement ("Eva Lind told parliament that ..."), not of the
    # speaker's own "I told them", a speakerless "than claimed", a cue with no words ("families
    # have been admitted") or one of an object ("The film mentions neither the mayor nor ..."):
    # a block after a colon holding one is no block quotation.
    others_cues = sorted(
        f.cue.start
        for f in frames
        if f.content
        and f.frame in ("clause", "tell")
        and f.speaker is not None
        and f.speaker.head_word not in lexicon.QUOTED_VOICE_PRONOUNS
    )
    transcript = [f for f in frames if f.frame == "transcript"]
    wishes = [f for f in frames if _own_view_in_turn(f, transcript)]
    seen: set[tuple[int, int]] = set()
    works: list[_Work] = []
    for frame in sorted(frames, key=lambda f: f.cue.start):
        if lone_turn and frame.frame == "transcript" and not any(parts.meeting(c.start, c.end) for c in frame.content):
            continue
        key = (frame.cue.start, frame.cue.end)
        if key in seen or any(_inside(frame.cue, e) for e in exclude):
            continue
        holder = parts.covering(frame.cue.start)
        if holder is not None and id(holder) in speech_ids and (holder.closed or _opens_quoted_words(holder, frame)):
            continue  # cue words inside a quotation are what was said, not who said it
        if _cue_verb_quoted(frame, parts, speech_ids):
            continue
        if _anonymity_clause(text, frame) or id(frame) in unsaid:
            continue
        if _writer_stance(frame) or _newsroom_request(frame, frames) or (bylined and _writers_view(frame)):
            continue
        if any(frame is w or any(_inside(frame.cue, c) for c in w.content) for w in wishes):
            continue  # a wish in a turn, and what it hopes for: "A: I want them to know that ..."
        if _asked_of_you(frame, question_turns):
            if interviewee is None:
                continue
            # "Q: Now you're talking about how things could be better": the one asked.
            frame = replace(frame, speaker=replace(interviewee, span=frame.speaker.span))  # type: ignore[union-attr]
        if frame.headline_label and (
            turn_frames or any(f.frame == "transcript" for f in frames)
            or (frame.headline_label == "surname" and not _names_person(frame.speaker, mentions))
        ):
            # A transcript's first turn is read with the others; "Brexit: ..." is a topic where
            # "Lavrov: ..." is the Sergei Lavrov named below.
            continue
        seen.add(key)
        block = _block_after_colon(text, frame, paragraphs, para_starts, parts, others_cues)
        if block is not None:
            frame = replace(frame, content=(block,))
        works.append(_Work(frame, _snap(text, _after_colon(text, frame, parts, cue_starts), parts), relays=list(frame.relays)))

    # 3. Adjacent attribution: each speech quotation to the best frame next to it.
    by_start = sorted(works, key=lambda w: w.frame.extent.start)
    starts = [w.frame.extent.start for w in by_start]
    by_end = sorted(works, key=lambda w: w.frame.extent.end)
    ends = [w.frame.extent.end for w in by_end]
    attached: set[int] = set()
    for q in speechlike:
        near = by_start[bisect.bisect_left(starts, q.end) : bisect.bisect_right(starts, q.end + _ATTACH_WINDOW)]
        near += by_end[bisect.bisect_left(ends, q.start - _ATTACH_WINDOW) : bisect.bisect_right(ends, q.start)]
        best: tuple[int, int, int, _Work] | None = None
        for w in near:
            score = _attach_score(text, q, w, parts, speech_ids)
            if score:
                distance = min(abs(w.frame.cue.start - q.end), abs(q.start - w.frame.cue.end))
                candidate = (score, -distance, -w.frame.cue.start, w)
                if best is None or candidate[:3] > best[:3]:
                    best = candidate
        if best is None:
            # A dash-led line after a dialogue's answer is the next turn, never a signature.
            signature = None if q.family == "dash" else (_signature(text, q, paragraphs, para_starts) or _headline_credit(text, q, mentions))
            if signature is None:
                continue
            work = _Work(signature, [])
            works.append(work)
        else:
            work = best[3]
        work.attached.append(q)
        attached.add(id(q))

    # 4. Nested cues: a speech cue inside another cue's content. Content never leaves its
    #    paragraph except through a quotation, so only frames of one paragraph are compared.
    works.sort(key=lambda w: w.frame.cue.start)
    by_paragraph: dict[int, list[_Work]] = {}
    for w in works:
        by_paragraph.setdefault(_paragraph_index(paragraphs, para_starts, w.frame.cue.start), []).append(w)
        if not w.content and not w.attached:
            w.alive = False
    for group in by_paragraph.values():
        for w in group:
            # "according to a report by X, which cited Y": the "cited" is part of the chain the
            # according-to frame already holds, not a statement of its own. But "..., which
            # quoted an investor as saying the pause ...": the investor's words are their own.
            if w.frame.lemma in lexicon.RELAY_VERBS and not _as_saying(w.frame) and any(
                o is not w and o.frame.frame == "according" and _inside(w.frame.cue, o.frame.extent) for o in group
            ):
                w.alive = False
        # The content of each frame of the paragraph, to find the hosts of a cue without reading
        # every frame for every cue (a transcript's paragraph may hold thousands). A host whose
        # content is changed below is looked at again whatever the index says.
        held = SpanIndex((c, k) for k, h in enumerate(group) for c in h.content)
        changed: set[int] = set()
        place = {id(w): k for k, w in enumerate(group)}
        for inner in group:
            if not inner.alive:
                continue
            near = range(len(group)) if inner.frame.lemma == "attribute" else sorted({*held.holding(inner.frame.cue), *changed})
            hosts = [
                h
                for h in (group[k] for k in near)
                if h is not inner and h.alive and h.content and id(h.frame) not in turn_ids
                and (any(_inside(inner.frame.cue, c) for c in h.content) or _attributed_within(inner.frame, h.frame))
            ]
            # Innermost host first: "X said ..., Reuters reported, according to Radio Sever"
            # gives the hops in order, nearest the speaker first.
            hosts.sort(key=lambda h: sum(c.end - c.start for c in h.content))
            for host in hosts:
                if _relative(inner.frame):
                    # "The poll noted that 73 percent of voters who said they backed him now
                    # back her": the voters' words are a statement of their own inside the
                    # poll's, not where the poll's came from; both stand. The host's words
                    # keep a quotation the inner cue is given ('lost a teacher who said "..."').
                    host.shares_quotations = True
                    break
                cut = _appositive_relative_start(text, inner.frame, host.frame)
                if cut is not None:
                    host.content = [Span.stripped(text, c.start, min(c.end, cut)) for c in host.content if c.start < cut]
                    changed.add(place[id(host)])
                    break
                if _credits_a_figure(host.frame, inner.frame):
                    # "Delacroix told analysts that revenue rose ..., short of the $425 million
                    # analysts had expected, according to data compiled by MarketLens": the data
                    # gave a figure and passed on no one's words; both stand, the credit over
                    # the figure it qualifies.
                    host.content = [_figure_credited(text, host.content[-1], inner.content[-1])]
                    changed.add(place[id(host)])
                    break
                cut = _counterpoint_start(text, inner.frame, host.frame)
                if cut is not None:
                    # "..., according to reports in Spain, although the club insisted that no
                    # offer had been received": the writer's counterpoint after the credit
                    # quotes someone else; both stand, the reports' words up to it.
                    host.content = [c for c in host.content if c.start < cut]
                    changed.add(place[id(host)])
                    break
                if _same_speaker(host.frame, inner.frame):
                    # One person named twice is no chain. "Ruiz said ... - attacks that, Ruiz
                    # noted, ...": the inner cue is an aside in the statement. '..., said
                    # Ruiz' after a sentence the parser ran into it: that sentence stands.
                    if host.frame.content_before:
                        host.alive = False
                        continue
                    inner.alive = False
                    break
                if _relative_content(inner.frame):
                    _share_quotations(inner, host)
                    break
                own_medium = _own_medium(host.frame)
                carried = _carries(host.frame, inner.frame) or _carried_label(host.frame, inner.frame, parts)
                if not own_medium and (not carried or _subordinate_cue(text, inner.frame, host.frame)):
                    inner.alive = False
                    break
                if _relative_clause_cue(inner.frame):
                    # "responses to attacks that Trump said were sparked by ...", "lost a voice
                    # that said ...": a claim about a noun of the host's words, which its
                    # speaker did not pass on to the host; both stand.
                    _share_quotations(inner, host)
                    break
                if _cited_by_name(host.frame, inner.frame):
                    # "The minister said ..., Interfax reported, citing Petrakov": the one cited
                    # is the minister, named; no hop of his own.
                    cited = host.frame.speaker
                    assert cited is not None and inner.frame.speaker is not None
                    role = inner.frame.speaker
                    inner.frame = replace(
                        inner.frame,
                        speaker=replace(cited, span=role.span, descriptions=(*cited.descriptions, role.span.text)),
                    )
                elif own_medium:
                    # '..., Morel told the daily Le Courrier, according to a translation provided
                    # by his office': the translation renders his words; it carried them from no
                    # one to anyone. '..., according to a copy of his note reviewed by the
                    # Ledger': the note is where his words were, as with "Kestrel's report said";
                    # the Ledger carried them. A note on the words, not a hop, whoever spoke
                    # ("he told reporters"): never a speaker in their place.
                    inner.frame = replace(inner.frame, context=(*inner.frame.context, host.frame.extent))
                elif host.frame.speaker is not None:
                    inner.relays.append(Relay(host.frame.speaker, host.frame.cue))
                    if host.frame.content_before:
                        inner.content = _before_credit(text, inner.content, host.frame.extent)
                elif host.frame.recipient is not None:
                    # "The court heard that Tillet had told colleagues ...": no one is named as
                    # passing the words on, but where they were heard stays with them.
                    inner.frame = replace(inner.frame, context=(host.frame.extent, *inner.frame.context))
                inner.relays.extend(host.relays)
                inner.attached.extend(host.attached)
                cut = _aside_start(text, inner.frame, host.frame) or _second_act_start(text, inner.frame, host.frame) or _second_claim_start(text, inner.frame, host.frame)
                if cut is not None:
                    # "Officials said the cabinet was divided, with the minister arguing ...":
                    # the officials' own claim stands beside the one they passed on, up to it.
                    # A closing "according to" covers the whole sentence, the aside with it.
                    if host.frame.frame != "according":
                        host.content = [Span.stripped(text, c.start, min(c.end, cut)) for c in host.content if c.start < cut]
                        changed.add(place[id(host)])
                    break
                if _reduced_relative(text, inner.frame, host.content[0]):
                    # "She added that parents had been swayed by videos claiming ...": the
                    # participle tells of a noun in the host's own claim, which stands; the
                    # inner claim stands beside it only when someone holds it.
                    inner.alive = _holder(inner.frame.speaker)
                    break
                host.alive = False

    drafts: list[Draft] = []
    claimed: set[int] = set()
    # A quotation belongs to one quote: first to the cue it is attached to, else to the first
    # cue whose content holds it, never also to another cue whose parse ran over it.
    taken = {id(q) for w in works if w.alive for q in w.attached}
    for w in works:
        if w.alive and id(w.frame) in turn_ids:
            w.content = _answer_left(text, w, works, turn_ids, parts)
    for w in works:
        if not w.alive:
            continue
        frame = w.frame
        own = {id(q) for q in w.attached}
        if w.shares_quotations:
            # The host, whose words hold them too, may have claimed them first.
            own |= {id(parts.owner[i]) for c in w.content for i in parts.meeting(c.start, c.end) if _inside(parts.parts[i], c)}
        w.content = [
            span
            for span in w.content
            if not any(_foreign(id(parts.owner[i]), own, taken, claimed) for i in parts.meeting(span.start, span.end))
        ]
        if w.attached:
            content = _merge(text, [p for q in w.attached for p in q.parts])
            owners = {id(q) for q in w.attached}
            if w.content and (
                _residual_words(text, w.content, parts, owners) > MAX_RESIDUAL_WORDS or _clause_runs_on(text, w.content, w.attached)
            ):
                content = _merge(text, [*w.content, *content])
            else:
                # 'That, the commission said, "would help."': a short lead before a cue set off
                # by commas, which the quotation after it goes on from, is part of the words.
                lead = _interposed_lead_spans(text, frame, w.content, w.attached, parts, owners)
                if lead:
                    content = _merge(text, [*lead, *content])
                elif (gap := _relative_word_before(frame, w.content)) is not None:
                    content = [gap, *content]
            basis = "signature" if frame.frame == "signature" else "attached"
        else:
            content = w.content
            basis = frame.frame
        if not content or _no_words_of_its_own(content):
            continue
        qtype, quoted = _type_of(text, content, parts, labels=frozenset(labels))
        question = frame.frame == "transcript" and id(frame) in turn_ids and turn_label(frame) in lexicon.QUESTION_LABELS
        if frame.frame == "transcript" and (qtype == "indirect" or question):
            qtype = "direct"  # a transcript gives the words verbatim, without quotation marks
        if qtype == "direct" and not w.attached and _named_by_speaker(frame):
            qtype = "mixed"  # 'a charge the office termed "baseless"': a few words of a longer remark
        if question:
            quoted = ()  # what it quotes is the one asked's, quoted again under their own cue
        if qtype == "mixed" and basis in ("clause", "tell", "according", "attached"):
            basis = "mixed"
        # The words a question puts back to the one asked ('Q: You promised to "open the
        # doors"') stay theirs as well: the question does not claim them.
        for span in [] if question else content:
            claimed.update(id(parts.owner[i]) for i in parts.meeting(span.start, span.end) if _inside(parts.parts[i], span))
        drafts.append(
            Draft(
                content=tuple(content),
                quoted=quoted,
                type=qtype,
                frame=frame,
                speaker=frame.speaker,
                confidence=CONFIDENCE.get(basis, 0.6),
                relays=tuple(w.relays),
                recovered=any(id(q) in recovered for q in w.attached),
            )
        )

    # 5. Leftover quotations: continue the last speaker, stand alone, or are labels.
    cue_starts = sorted(w.frame.cue.start for w in works if w.alive)
    drafts.sort(key=lambda d: d.start)
    draft_starts = [d.start for d in drafts]
    said_by: dict[int, tuple[Draft, object, str]] = {}
    for q in speechlike:
        if id(q) in attached or id(q) in claimed:
            continue
        if verdicts[id(q)] == "fragment":
            term_list.append(Term("scare", Span.of(text, q.start, q.end), None))
            continue
        before = bisect.bisect_left(draft_starts, q.start)
        intro = (
            outcries.get(id(q))
            or _bullet_intro(text, q, works, mentions)
            or _colon_intro(text, q, mentions, cue_starts)
            or _text_part_intro(text, q, cue_starts)
        )
        # A quotation that is a paragraph of its own and repeats quoted words is a pull quote,
        # wherever it stands: it repeats that speaker, it does not continue the last one.
        pull = _repeated(text, q, drafts, said_by) if _alone(paragraphs, para_starts, q) else None
        if intro is not None:
            basis = {"colon": "colon", "outcry": "outcry"}.get(intro.lemma, "list")
            index, draft = None, _uncued(q, basis, recovered=id(q) in recovered, frame=intro)
        elif pull is not None:
            index, draft = None, pull
        else:
            index, draft = _continue_or_orphan(
                text, q, drafts, before, cue_starts, paragraphs, para_starts, recovered=id(q) in recovered
            )
        if index is None and draft.continues is None and draft.frame is None:
            draft = _repeated(text, q, drafts, said_by) or draft
        if index is None:
            # Continuations refer back by index, so a draft only ever goes after those it names.
            drafts.insert(before, draft)
            draft_starts.insert(before, draft.start)
        else:
            drafts[index] = draft

    drafts = _with_nested(text, drafts, quotations, frames)
    held = {(s.start, s.end) for d in drafts for s in d.quoted}
    term_list = [t for t in term_list if not _held(t, held) and _has_word(t.span.text)]
    term_list.sort(key=lambda t: t.span.start)
    return Assembly(tuple(_fold_remarks(text, drafts)), tuple(term_list), tuple(strays))


def _with_nested(text: str, drafts: list[Draft], quotations: Sequence[Quotation], frames: Sequence[Frame]) -> list[Draft]:
    """Drafts with the quotes nested in direct quotes added after them: in '"When my predecessor
    saw it, she told me, 'This is a forgery,'" Moreau said.' the inner quotation is the
    predecessor's words, which reached the article through Moreau (a relay).

    Only an inner quotation that a speech cue inside the outer quotation signs ('she told me,
    'X'', ''X,' he said'), with a speaker of its own, and only inside a quote with a speaker.
    The outer quote keeps all its words."""
    inner = [q for q in quotations if q.depth == 1 and q.closed and len(q.parts) == 1]
    if not inner:
        return drafts
    out: list[Draft] = []
    moved: list[int] = []  # where each draft now stands, for the continuations' indexes
    for draft in drafts:
        moved.append(len(out))
        out.append(draft)
        if draft.speaker is None or draft.frame is None or draft.type != "direct":
            continue
        for q in inner:
            holder = next((part for part in draft.quoted if _inside(Span(q.start, q.end, ""), part)), None)
            if holder is None:
                continue
            frame = _nested_cue(text, q, frames, holder)
            speaker = None if frame is None or frame.speaker is None else frame.speaker
            if speaker is not None and speaker.pronoun:
                # "she" inside the quote is someone the quote names, never someone the article
                # names outside it: without that someone, the words are left to the outer quote.
                speaker = _antecedent_inside(text, holder.start, speaker)
            if frame is None or speaker is None:
                continue
            part = q.parts[0]
            out.append(
                Draft(
                    content=(part,),
                    quoted=(part,),
                    type="direct",
                    frame=frame,
                    speaker=speaker,
                    confidence=CONFIDENCE["hearsay"],
                    relays=(Relay(draft.speaker, draft.frame.cue), *draft.relays),
                )
            )
    return [d if d.continues is None else replace(d, continues=moved[d.continues]) for d in out]


def turn_label(frame: Frame) -> str:
    """The label of an interview's turn as the label lists have it: "q" for "Q:", "answer" for
    "ANSWER."."""
    return frame.cue.text.rstrip(":. ").lower()


def _said_once(frame: Frame) -> bool:
    """Whether a cue tells one occasion of saying: a verb in the past alone ("said", "told"),
    not "says", "would say", "kept saying" or "are telling", which give what is said as a
    habit or a guess."""
    cue = frame.cue.text.lower()
    return " " not in cue and not _present(frame) and not _participle_cue(frame)


def _present(frame: Frame) -> bool:
    """Whether the cue is its verb alone in the present: "say", "says", "denies", "stresses"."""
    cue = frame.cue.text.lower()
    return cue == frame.lemma or (cue.endswith("s") and inflect.lemma_of(cue) == frame.lemma)


#: 'my predecessor', 'her lawyer': a person named by a role, as a quoted speaker names them.
_ROLE_PHRASE = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(lexicon.ROLE_PHRASE_DETERMINERS)) + r")[ \t]+([a-z]+)\b", re.IGNORECASE
)


def _antecedent_inside(text: str, start: int, pronoun: Mention) -> Mention | None:
    """The person a quoted "he" or "she" stands for, named by a role earlier in the same quote:
    'When my predecessor first saw it, she told me' gives "my predecessor". None when the
    quote names no one before it, or for "they"."""
    if pronoun.plural or pronoun.head_word not in ("he", "she"):
        return None
    found = [m for m in _ROLE_PHRASE.finditer(text, start, pronoun.span.start) if lexicon.role_noun(m.group(2).lower())]
    if not found:
        return None
    match = found[-1]
    return _text_mention(
        text, match.start(), match.end(), proper=False, determiner=match.group(1).lower(), subject=True
    )


def _nested_cue(text: str, q: Quotation, frames: Sequence[Frame], holder: Span) -> Frame | None:
    """The speech cue inside an outer quotation (``holder``) that signs an inner quotation right
    next to it: 'she told me, 'X'' (cue before, a comma or colon between) or ''X,' he said'."""
    for frame in frames:
        if frame.speaker is None or frame.lemma not in lexicon.SPEECH_VERBS | lexicon.TELL_VERBS or not _inside(frame.extent, holder):
            continue
        if frame.speaker.plural or not _said_once(frame):
            continue  # 'people say, 'X'', 'he will say, 'X'': a saying, no one's words to check
        speaker = frame.speaker
        if not (speaker.pronoun or speaker.proper or lexicon.role_noun(speaker.head_word)):
            continue  # 'that group said, 'X'': someone the fact-checker cannot go back to
        ext = frame.extent
        if frame.recipient is not None and frame.recipient.span.end > ext.end:
            ext = Span(ext.start, frame.recipient.span.end, "")  # 'she told me, 'X''
        if ext.end <= q.start and _GAP_BEFORE.fullmatch(text[ext.end : q.start]) and "\n" not in text[ext.end : q.start]:
            return frame
        if ext.start >= q.end and "\n" not in text[q.end : ext.start] and _GAP_AFTER.fullmatch(text[q.end : ext.start]):
            return frame
    return None


#: Verbs of naming and describing whose quoted object is a few of the speaker's words, a partial
#: quote: "whom they described as "the heart of this town"", "the office termed "baseless"".
_NAMING_LEMMAS = lexicon.CALLING_VERBS | lexicon.AS_VERBS


def _held(term: Term, held: set[tuple[int, int]]) -> bool:
    """Whether a quote holds a name's or scare quote's words as its speaker's, so that they are
    speech and listed once, as a quote: 'the office termed "baseless"', 'kept calling his rival
    "Little Marco"'. A label nobody is quoted for ("so-called", `the "X" forum`) is never held
    (see ``_label``), so it stays."""
    return (term.span.start, term.span.end) in held


def _named_by_speaker(frame: Frame) -> bool:
    """Whether a frame's verb names or describes its object, so that quoted words after it are
    a few words of what the speaker said, not a whole remark: 'a charge the office termed
    "baseless and defamatory"', 'whom she described as "the backbone of this city"'."""
    return frame.lemma in _NAMING_LEMMAS


_NAMED_OBJECT = re.compile(r"[\w'\u2019-]+")


def _gives_name(text: str, frame: Frame, q: Quotation, verdict: str) -> bool:
    """'Locals still call the old embankment "the Wall"', 'fans, who call themselves the
    "Rouxbies"': a verb of naming in the present (what a thing goes by) with a name after its
    object, or given to oneself, ends in a name, not in anyone's words. 'kept calling his rival
    "Little Marco"' and 'fans call him "a genius"' quote them."""
    # The parse may leave the closing mark out of the content: the quotation ends it.
    span = next((c for c in frame.content if c.start <= q.start < c.end), None)
    if span is None or text[q.end : span.end].strip(" \t,.;:"):
        return False
    first = _NAMED_OBJECT.search(text, span.start, q.start)
    if first is not None and first.group().lower() in lexicon.REFLEXIVE_PRONOUNS:
        return verdict in ("name", "fragment")
    if frame.lemma in lexicon.NAME_GIVING_VERBS and _definite_name(text, q):
        return verdict in ("name", "fragment")
    return _habitual(frame) and verdict == "name"


#: 'The event, called "': a participle of naming right after a noun and its comma, before a
#: quotation (the word before the comma in group 1, the participle in group 2).
_NAMING_PARTICIPLE = re.compile(r"(\w[\w'\u2019]*),[ \t]+(" + "|".join(sorted(lexicon.NAMING_PARTICIPLES)) + r")[ \t]*$")
#: The longest quoted name a naming participle gives, in words.
_PARTICIPLE_NAME_WORDS = 6


def _naming_participle(text: str, q: Quotation) -> Span | None:
    """The participle that gives a thing the quoted name right after it: 'The event, called "Ride
    for Danny," is expected to draw hundreds' (a name in capitals, the test of
    ``_named_not_used``), or None. The name is the event's, nobody's words, even with the ones
    who gave it ('called "Ride for Danny" by its founders'); 'Holt, called "the worst mayor in
    history" by his critics' gives the critics' verdict, in their words, and is no name."""
    match = _NAMING_PARTICIPLE.search(text, max(0, q.start - 40), q.start)
    words = " ".join(part.text for part in q.inner).split()
    if match is None or match.group(1).lower() in _LABEL_GIVERS or not 0 < len(words) <= _PARTICIPLE_NAME_WORDS:
        return None
    return Span.of(text, match.start(2), match.end(2)) if _in_capitals(q) else None


def _definite_name(text: str, q: Quotation) -> bool:
    """Whether quoted words read as a name: after "the" ('the "copper marriage"'), opening with
    "the" ('"the Butcher of Lyon"') or a capital ('"Project Lantern"'), but not 'a "farce"'."""
    # The word before, from a bounded window: splitting all the text before every quotation
    # is quadratic on a long article.
    before = _LAST_WORD.search(text, max(0, q.start - 60), q.start)
    words = q.inner[0].text.split() if q.inner else []
    if not words or words[0].lower() in ("a", "an"):
        return False
    return (before is not None and before.group(1) == "the") or words[0].lower() == "the" or words[0][:1].isupper()


#: The last word before a point, and the space after it (searched with an end position).
_LAST_WORD = re.compile(r"(\S+)\s*$")


def _habitual(frame: Frame) -> bool:
    """Whether a verb of naming is in the present ("call", "calls") or the present perfect
    ("have called", "has long dubbed"): what a thing goes by, not one occasion of saying it.
    'kept calling his rival "Little Marco"' and 'she called it "the Wall"' tell one."""
    if _present(frame):
        return True
    words = frame.cue.text.lower().split()
    return len(words) >= 2 and words[0] in ("have", "has", "'ve") and inflect.lemma_of(words[-1]) == frame.lemma


def _writer_stance(frame: Frame) -> bool:
    """"I expected to cheer", "why I still oppose the new one": the writer's own "I" with a
    verb of expecting or of taking a side is the writer's feeling or view, no one's words.
    "I wrote in this column", "I predicted" stay: they report what the writer said. An "I"
    inside an interview's answer is the one answering's (see ``_first_person``)."""
    speaker = frame.speaker
    if speaker is None or speaker.head_word != "i" or speaker.span.text.lower() != "i":
        return False
    # Only an expectation of the writer's own doing: "I expected to cheer". PolNeAR annotates
    # a writer's stated belief ("I believe conservatism is the only way forward") as theirs.
    feeling = frame.lemma in lexicon.FEELING_VERBS and frame.content[:1] != () and frame.content[0].text.startswith("to ")
    return feeling or frame.lemma in lexicon.STANCE_VERBS


def _newsroom_request(frame: Frame, frames: Sequence[Frame]) -> bool:
    """"We asked two engineers to examine a meter": the newsroom's "we" asking someone to do
    something tells how the story was reported, no one's words; what the engineers found is
    the statement. A "we" inside another's words is that speaker's own request and stays: "We
    asked the council to publish the report, but it refused, the union said". (One inside
    quotation marks never reaches here.)"""
    speaker = frame.speaker
    if speaker is None or speaker.span.text.lower() != "we" or frame.lemma != "ask":
        return False
    if not frame.content or not frame.content[0].text.lower().startswith("to "):
        return False
    return not any(other is not frame and _in_words_of(frame, other) for other in frames)


def _in_words_of(frame: Frame, other: Frame) -> bool:
    """Whether a frame's cue is among the words another frame reports: inside its content, or
    before its closing cue in the same sentence, which the parser may have cut short ("We asked
    the council to publish the report, but it refused, the union said": the union's content
    may be "it refused" alone)."""
    if any(_inside(frame.cue, c) for c in other.content):
        return True
    return other.content_before and other.cue.start >= frame.cue.end and _inside(other.cue, frame.sentence)


def _writers_view(frame: Frame) -> bool:
    """"I hope the motion fails", "I can tell you that the traffic was dreadful": in an article
    whose byline names its writer, the writer's own belief or wish, or word to the reader, is
    the article's own claim, not a quote of anyone. "I wrote last year that ...", "I told the
    council that ..." report words said elsewhere, and stay. (PolNeAR, which has no bylines,
    annotates a writer's "I believe ..." as attributed: see ``_writer_stance``.)"""
    speaker = frame.speaker
    if speaker is None or speaker.head_word != "i" or speaker.span.text.lower() != "i":
        return False
    to_reader = frame.recipient is not None and frame.recipient.span.text.lower() == "you"
    return frame.lemma in lexicon.BELIEF_VERBS or to_reader


def _own_view_in_turn(frame: Frame, turns: Sequence[Frame]) -> bool:
    """"A: Partly. I hope the board listens more.": in a transcript's turn, the one speaking's
    "I hope", "I want" is part of their turn, quoted whole already; it is no statement of its
    own. "A: I told them we had no money" reports words, and stays."""
    speaker = frame.speaker
    return (
        speaker is not None
        and speaker.span.text.lower() in ("i", "we")
        and frame.lemma in lexicon.WISH_VERBS
        and any(_inside(frame.cue, c) for t in turns for c in t.content)
    )


def _asked_of_you(frame: Frame, questions: Sequence[Span]) -> bool:
    """"Q: You reported that incident at the time?": a "you" in an interviewer's question is
    the one asked, whose answer follows, never a speaker named "you"."""
    speaker = frame.speaker
    return (
        speaker is not None and speaker.head_word == "you" and any(_inside(frame.cue, c) for c in questions)
    )


def _as_saying(frame: Frame) -> bool:
    """A frame of "quoted X as saying ...", which gives X's words (cue "as saying")."""
    return frame.cue.text.lower().startswith("as ") and bool(frame.content)


def _fold_remarks(text: str, drafts: list[Draft]) -> list[Draft]:
    """'Achebe said ... "like a storm." He made the remarks at the premiere, according to Screen
    Ledger.': the second sentence is no quote of its own but says who carried the one before,
    which takes its carrier."""
    out: list[Draft] = []
    shift = [0] * len(drafts)
    for index, draft in enumerate(drafts):
        frame = draft.frame
        before = out[-1] if out else None
        if (
            frame is not None and frame.about_remarks and frame.speaker is not None and before is not None
            and "\n\n" not in text[before.end : draft.start]
            and not any(d.continues == index for d in drafts)
        ):
            out[-1] = replace(before, relays=(*before.relays, Relay(frame.speaker, frame.cue), *frame.relays))
            shift[index:] = [s + 1 for s in shift[index:]]
            continue
        out.append(draft)
    return [d if d.continues is None else replace(d, continues=d.continues - shift[d.continues]) for d in out]


def _split_swallowed(
    text: str, quotations: list[Quotation], frames: Sequence[Frame]
) -> tuple[list[Quotation], list[Span]]:
    """Repair quotations whose open-ended part swallowed an attribution clause.

    A part left open at a paragraph end is either the multi-paragraph convention or an unclosed
    mark; the mark scanner cannot tell them apart. An attribution with a speaker inside such a
    part ("We remember how that ended —Greaves said in a statement.) settles it: the mark was
    never closed. The part ends before the attribution, the mark is reported, and the parts
    after it form a quotation of their own. Only an attribution of the words before it, or one
    that opens a sentence, settles it: in "that includes the ones the senator says we have
    forgotten." the speaker reports what the senator says, mid-sentence. A sentence that opens
    with a cue and reports words after it ("He notes the price of lamp oil.") settles it only
    when the quotation is never closed: in one closed paragraphs later, by the convention, it is
    the quoted person's own sentence.
    """
    cues = sorted(
        (f.cue.start, f.extent.start, not f.content or f.content_before)
        for f in frames
        if f.speaker is not None
        and ((not f.content and _set_off_clause(text, f)) or f.content_before or _opens_sentence(text, f.extent.start))
        and not _quoted_voice(f)
    )
    starts = [c for c, _, _ in cues]
    out: list[Quotation] = []
    strays: list[Span] = []
    for q in quotations:
        open_parts = range(len(q.parts)) if not q.closed else range(len(q.parts) - 1)
        for k in open_parts:
            part = q.parts[k]
            lo = bisect.bisect_right(starts, part.start + 1)
            hi = bisect.bisect_left(starts, part.end)
            settling = [ext for _, ext, of_before in cues[lo:hi] if of_before or not q.closed]
            if not settling:
                continue
            cut = min(settling)
            stop = part.start + len(text[part.start : max(cut, part.start)].rstrip(" ,;:\u2014\u2013-"))
            if stop <= q.inner[k].start:
                continue
            head = replace(
                q,
                parts=q.parts[:k] + (Span.of(text, part.start, stop),),
                inner=q.inner[:k] + (Span.of(text, q.inner[k].start, stop),),
                closed=False,
            )
            out.append(head)
            strays.append(Span.of(text, part.start, q.inner[k].start))
            if k + 1 < len(q.parts):
                out.append(replace(q, parts=q.parts[k + 1 :], inner=q.inner[k + 1 :]))
            break
        else:
            out.append(q)
    return out, strays


#: A line of dash-led dialogue: it opens with a long dash and a space ("— You want it, X said.").
_DASH_TURN = re.compile(r"^[ \t\u00a0]*[\u2014\u2015\u2013][ \t\u00a0]+(?=\w)", re.MULTILINE)
#: The dash that opens a line of dialogue, as it stands right before the line's words.
_DIALOGUE_DASH = re.compile(r"(?<=\n)[ \t\u00a0]*[\u2014\u2015\u2013][ \t\u00a0]+$")


def _dash_turns(text: str, frames: Sequence[Frame]) -> list[Quotation]:
    """The spoken words of dash-led dialogue lines that name their speaker inside the line:
    "— I want it to be true, Moreau replied, but wanting is not evidence." holds two
    quotations, the words before the cue clause and those after it, as if they were marked.

    Only a line whose cue clause follows some of its words and reports them (the speaker said
    what came before) is read so; a dash-led line without such a cue ("— Ports and harbours",
    a list's item, a signature) and one holding quotation marks are left to the marks.
    """
    cues = sorted(
        (f.extent.start, f.extent.end) for f in frames if f.speaker is not None and f.content_before and not f.relays
    )
    starts = [c for c, _ in cues]
    found: list[Quotation] = []
    for match in _DASH_TURN.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if any(c in lexicon.QUOTE_CHARS for c in text[match.end() : line_end]):
            continue
        k = bisect.bisect_right(starts, match.end())
        if k >= len(cues) or cues[k][1] > line_end:
            continue
        cue_start, cue_end = cues[k]
        before = text[match.end() : cue_start].rstrip()
        if not before.endswith(","):
            continue  # "— Ports, he said": the cue clause must follow a comma
        # The dash is no quotation mark: the parts are the words alone, so that comparing them
        # with an original (see ``fidelity``) meets no stray dash.
        head = Span.of(text, match.end(), match.end() + len(before))
        found.append(Quotation((head,), (head,), "dash", 0, True))
        tail = Span.stripped(text, cue_end, line_end)
        words = tail.text.lstrip(" ,;")
        if tail.text.startswith(",") and words[:1].isalpha():
            rest = Span.of(text, line_end - len(words), line_end)
            found.append(Quotation((rest,), (rest,), "dash", 0, True))
    taken = {q.parts[0].start for q in found}
    found += [q for q in _answer_turns(text, frames) if q.start not in taken]
    return sorted(found, key=lambda q: q.start)


#: Fewest words of a dash-led line read as spoken words with no cue inside it.
_ANSWER_WORDS = 3


def _answer_turns(text: str, frames: Sequence[Frame]) -> list[Quotation]:
    """Dash-led lines with no cue of their own that a dialogue gives someone's words in: the line
    right after a cue clause ending in a colon ('Lind replied:\n\n— We will not give up.'),
    or the answer after a dash-led question ('— Was it offside?\n— Clearly. The linesman was
    far behind play.'). Each is one quotation, the words without the dash; who said them is
    left to the colon's cue or to the sentence before the dialogue (see ``_colon_intro``).

    A line must read as a sentence: a capital first, a full stop, "?" or "!" last, a few words
    and no quotation marks, so that a dash-led list ("— new ports;") stays a list."""
    cue_lines = {_line(text, f.cue.start).end for f in frames if f.speaker is not None}
    found: list[Quotation] = []
    for match in _DASH_TURN.finditer(text):
        line = _line(text, match.end())
        words = text[match.end() : line.end].rstrip()
        if not _spoken_line(words):
            continue
        before = stripped_end(text, line.start)
        prev = _line(text, before - 1) if before else None
        if prev is None:
            continue
        head = text[prev.start : prev.end].rstrip()
        after_colon = head.endswith(":") and prev.end in cue_lines and not _DASH_TURN.match(head)
        answer = _DASH_TURN.match(head) is not None and head.endswith("?") and not words.endswith("?")
        if after_colon or answer:
            span = Span.of(text, match.end(), match.end() + len(words))
            found.append(Quotation((span,), (span,), "dash", 0, True))
    return found


def _spoken_line(words: str) -> bool:
    """Whether the words of a dash-led line read as a spoken sentence (see ``_answer_turns``)."""
    return (
        len(_WORDS.findall(words)) >= _ANSWER_WORDS
        and words[:1].isupper()
        and words.endswith((".", "!", "?", "\u2026"))
        and not any(c in lexicon.QUOTE_CHARS for c in words)
    )


def _cue_verb_quoted(frame: Frame, parts: _Parts, speech_ids: set[int]) -> bool:
    """Whether a quotation opens inside the cue, so that its verb is quoted words: in 'Amsel
    wrote that the board had "unanimously concluded that the offer ..."' the board's
    "concluding" is what Amsel wrote, not a cue of the board's."""
    holder = parts.covering(frame.cue.end - 1)
    return holder is not None and id(holder) in speech_ids and holder.closed and holder.start > frame.cue.start


def _opens_quoted_words(q: Quotation, frame: Frame) -> bool:
    """Whether a cue clause opens the words of a quotation that lost its closing mark: in
    'X said: "My family always said there was a ship.' the clause right after the opening mark
    is quoted (the writer's own sentence never starts inside a mark), so it names no speaker."""
    return any(
        part.start <= frame.cue.start < part.end and frame.extent.start <= inner.start
        for part, inner in zip(q.parts, q.inner)
    )


def _quoted_voice(frame: Frame) -> bool:
    """Whether a cue clause speaks in the quoted person's voice ("Nobody asked me.", "We told
    them"): words of a quotation running on, not a writer's attribution that ends it."""
    people = [m for m in (frame.speaker, frame.recipient) if m is not None]
    return any(
        m.head_word in lexicon.QUOTED_VOICE_PRONOUNS or (m.head_word == "one" and m.determiner == "no")
        for m in people
    )


def _set_off_clause(text: str, frame: Frame) -> bool:
    """Whether a cue clause with no words of its own stands apart from the words before it, as
    an attribution of them does ("... how that ended, Greaves said", "... ended —Greaves said"):
    in "the patrol idea that Madrid itself proposed" the clause runs on from the quoted words and
    is part of them."""
    start = frame.extent.start if frame.speaker is None else min(frame.extent.start, frame.speaker.span.start)
    return _opens_sentence(text, start) or text.endswith((",", ";"), 0, stripped_end(text, start))


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence or follows a dash: "... ended. He said", "... —Greaves"."""
    before = stripped_end(text, pos)
    return not before or text.endswith((".", "!", "?", "\u2026", ":", "\u2014", "\u2013", "-"), 0, before)


def _join_asides(text: str, quotations: list[Quotation], frames: Sequence[Frame]) -> list[Quotation]:
    """Join the two halves of a quoted sentence the writer interrupted with an aside between
    dashes: ``"Investors" — she paused — "saw this coming."`` is one quotation in two parts.

    The first half must leave its sentence open (no full stop, question or exclamation mark)
    and the second must go on in lower case. An aside holding a cue (``— she said —``) is left
    alone: attachment makes the halves one quote of that cue already.
    """
    cues = sorted(f.cue.start for f in frames)
    out: list[Quotation] = []
    for q in quotations:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.closed
            and prev.family == q.family
            and not prev.inner[-1].text.rstrip().endswith((".", "?", "!", "\u2026"))
            and q.inner[0].text[:1].islower()
            and _DASHED_ASIDE.fullmatch(text, prev.end, q.start)
            and not any(c in lexicon.QUOTE_CHARS for c in text[prev.end : q.start])
            and bisect.bisect_left(cues, prev.end) == bisect.bisect_left(cues, q.start)
        ):
            out[-1] = replace(prev, parts=prev.parts + q.parts, inner=prev.inner + q.inner, closed=q.closed)
        else:
            out.append(q)
    return out


def _join_translations(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """Join a quotation to the translation that follows it: '„Q“ ("T")' or '«Q», which
    translates as "T"'. The translation is the same words, as the quote's second part (as the
    parser already makes it in '«Q» — "T"'), not a scare quote of the writer's."""
    out: list[Quotation] = []
    for q in quotations:
        prev = out[-1] if out else None
        if prev is not None and prev.closed and _translation_gap(text, prev.end, q):
            out[-1] = replace(prev, parts=prev.parts + q.parts, inner=prev.inner + q.inner, closed=q.closed)
        else:
            out.append(q)
    return out


def _untranslated(text: str, q: Quotation) -> Quotation:
    """The quotation without the translation joined to it (see ``_join_translations``): what
    the original words are, a headline's or a title's ('under the headline „Das Meer wird
    enger“ ("The sea is narrowing")'), is judged on them alone; the translation shares it."""
    if len(q.parts) < 2 or not _translation_gap(text, q.parts[0].end, replace(q, parts=q.parts[1:2], inner=q.inner[1:2])):
        return q
    return replace(q, parts=q.parts[:1], inner=q.inner[:1], closed=True)


def _translation_gap(text: str, end: int, q: Quotation) -> bool:
    gap = " ".join(text[end : q.start].split()).lower()
    if gap in ("(", ", ("):
        return text[q.end : q.end + 1] == ")"
    gap = gap.strip(" ,:\u2014\u2013-")
    return bool(gap) and gap.rstrip(",") in {link.rstrip(",") for link in lexicon.TRANSLATION_LINKS}


def _after_colon(text: str, frame: Frame, parts: _Parts, cue_starts: Sequence[int]) -> tuple[Span, ...]:
    """Content that starts where a quotation introduced by a colon starts, when the cue comes
    after that quotation: in 'The leader was more cautious: "Q," she said.' the parser gives
    "said" the whole sentence, but the words before the colon are the writer's. Words before
    the colon that hold a cue of their own ('X scolded him: "Q," she said') are left as parsed.

    Likewise a quoted sentence the parser ran into the sentence before it, as it does after an
    abbreviation ('... shortly after 5 a.m. "It sounded like thunder," said X'): the words before
    the full stop are the writer's narration, not part of what X said."""
    out = []
    for span in frame.content:
        for i in parts.meeting(span.start, span.end):
            start = parts.starts[i]
            before = text[span.start : start].rstrip()
            if (
                span.start < start
                and parts.ends[i] <= frame.cue.start
                and (
                    (before.endswith(":") and bisect.bisect_left(cue_starts, span.start) == bisect.bisect_left(cue_starts, start))
                    or (before.endswith((".", "!", "?")) and _opens_capitalised(text, parts.parts[i]))
                )
            ):
                span = Span.of(text, start, span.end)
                break
        out.append(span)
    return tuple(out)


def _block_after_colon(
    text: str,
    frame: Frame,
    paragraphs: Sequence[Span],
    para_starts: Sequence[int],
    parts: _Parts,
    others_cues: Sequence[int],
) -> Span | None:
    """The paragraph after "In a speech last July, he said:" when that cue closes its own
    paragraph with a colon and the next paragraph holds no quotation mark anywhere and opens
    with a letter or digit: a block quotation (a web page sets it off with indentation, which
    is lost in the text), and what the cue says was said. Only the first paragraph is taken:
    where a block ends is not marked. Not a paragraph in which a cue of someone's words starts
    (``others_cues``, sorted starts: "Minister Eva Lind told parliament that ...", her
    statement), nor one about the speaker in the third person ("The crowd cheered before she
    left the stage": the writer's narration).
    """
    if frame.content or frame.lemma not in lexicon.SPEECH_VERBS or frame.content_before:
        return None
    i = _paragraph_index(paragraphs, para_starts, frame.cue.start)
    if i + 1 >= len(paragraphs) or text[max(frame.extent.end, frame.cue.end) : paragraphs[i].end].strip() != ":":
        return None
    block = paragraphs[i + 1]
    words = text[block.start : block.end]
    if parts.meeting(block.start, block.end) or len(words.split()) < MIN_BLOCK_WORDS or not words[:1].isalnum():
        return None  # a quotation of its own, a caption, or markup ("<tweet ...>")
    if bisect.bisect_left(others_cues, block.start) != bisect.bisect_left(others_cues, block.end):
        return None
    if _about_speaker(words, frame.speaker):
        return None
    return Span.stripped(text, block.start, block.end - 1 if words.endswith(".") else block.end)


#: A word of letters, perhaps joined by an apostrophe ("O'Neill", "she's"): unlike ``_WORDS``,
#: no figures, and a name with an apostrophe stays whole for ``_surname_as_person``.
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _about_speaker(words: str, speaker: Mention | None) -> bool:
    """Whether a paragraph refers to the speaker in the third person: by a pronoun of the
    speaker's sex after "she said:" ("The crowd cheered before she left the stage"), or by the
    speaker's surname after "Tom Hale said:" ("After the vote Hale drove home"). Not a paragraph
    in the first person, the speaker's own voice whoever it mentions ("My mother worked two
    jobs, and she never complained")."""
    if speaker is None or _in_first_person(words):
        return False
    found = set(_LETTER_WORD.findall(words))
    sex = gender_of(speaker)
    if speaker.pronoun and sex is None:
        sex = lexicon.pronoun_sex(speaker.head_word)
    if sex is not None and {w.lower() for w in found} & lexicon.THIRD_PERSON_FORMS[sex]:
        return True
    return _surname_as_person(words, speaker.name.split()[-1]) if speaker.name else False


def _in_first_person(words: str) -> bool:
    """Whether a paragraph speaks in the first person: "I will not let the county wait", "My
    mother worked two jobs" (see ``lexicon.FIRST_PERSON_WORDS``); "US" is the country."""
    return any(w.lower() in lexicon.FIRST_PERSON_WORDS and w != "US" for w in _LETTER_WORD.findall(words))


def _surname_as_person(words: str, surname: str) -> bool:
    """Whether a paragraph names someone by ``surname`` as written, capitalised ("Rice" the
    person, not "rice"), as the person: "After the vote Hale drove home"; not after a
    determiner, where it names the family or a thing of theirs ("The Hale family has farmed")."""
    found = _LETTER_WORD.findall(words)
    return any(w == surname and (k == 0 or found[k - 1].lower() not in lexicon.ROLE_PHRASE_DETERMINERS | {"a", "an"}) for k, w in enumerate(found))


def _opens_capitalised(text: str, part: Span) -> bool:
    """Whether a quotation part's words begin with a capital letter: a sentence of its own."""
    words = text[part.start : part.end].lstrip("".join(lexicon.QUOTE_CHARS) + " \t")
    return words[:1].isupper()


def _foreign(quotation: int, own: set[int], taken: set[int], claimed: set[int]) -> bool:
    """Whether a quotation (by id) is another quote's: attached to, or claimed by, another cue."""
    return quotation not in own and (quotation in taken or quotation in claimed)


def _anonymity_clause(text: str, frame: Frame) -> bool:
    """"who asked not to be named", "who declined to be identified": the condition a source
    set, described inside its own noun phrase, not a statement (QC201 reads it from there); so
    is "asking not to be identified" after a cue ("..., one of the people said, asking not to be
    identified because ..."), whoever the parser gives it as its speaker."""
    if not frame.content:
        return False
    clause = text[frame.cue.start : frame.content[-1].end].lower()
    if any(clause.startswith(phrase) for phrase in lexicon.ANONYMITY_REQUESTS):
        return True
    if frame.speaker is None:
        return False
    speaker = frame.speaker.span
    if frame.cue.start <= speaker.start < frame.content[-1].end:
        # "According to AFN, which cited an official who asked not to be named, ...": the
        # request is the source's description, inside the speaker; the statement stands.
        clause = clause[: speaker.start - frame.cue.start] + clause[speaker.end - frame.cue.start :]
    return any(phrase in clause for phrase in lexicon.ANONYMITY_REQUESTS)


_RELATIVES = frozenset({"who", "whom"})


def _names_person(speaker: Mention | None, mentions: Sequence[Mention]) -> bool:
    """A person of this one-word label's name is named in full elsewhere in the article."""
    if speaker is None:
        return False
    word = speaker.head.text.casefold()
    return any(
        m.label == "PERSON" and m.name is not None and len(m.name.split()) > 1 and m.name.split()[-1].casefold() == word
        for m in mentions
    )


#: Words that open a statement's content without saying anything of their own: the relative
#: word standing for what it is about, a conjunction that turns it (see ``frames._relative_gap``
#: and ``frames._turn_before_cue``).
_OPENING_WORDS = lexicon.GAP_RELATIVE_WORDS | lexicon.TURNING_CONJUNCTIONS


def _no_words_of_its_own(content: Sequence[Span]) -> bool:
    """Whether all that is left of a statement's content is words that only open it: 'against
    what the owner calls his "patient strategy"' keeps only "what" when the quotation went to
    another cue, and is no one's words then."""
    return all(span.text.lower() in _OPENING_WORDS for span in content)


def _relative_word_before(frame: Frame, content: Sequence[Span]) -> Span | None:
    """The relative word opening a statement whose words are a quotation: 'under what Hedge
    called "the prior economy model"', 'the levy, which the board called "a discount in name
    only"'. It opens the content as it does without quotation marks ("what it calls sensible
    laws", see ``frames._relative_gap``)."""
    if not content or frame.speaker is None or content[0].text.lower() not in lexicon.GAP_RELATIVE_WORDS:
        return None
    return content[0] if content[0].end <= frame.speaker.span.start else None


def _relative(frame: Frame) -> bool:
    """The cue is in a relative clause: "voters who said ..."."""
    return (
        frame.lemma in lexicon.SPEECH_VERBS
        and frame.speaker is not None
        and bool(frame.speaker.words)
        and frame.speaker.words[-1] in _RELATIVES
    )


def _share_quotations(inner: _Work, host: _Work) -> None:
    """Let a statement in a relative clause and the host statement holding it both keep the
    quotations in the inner one's words: 'Lind said the valley lost a voice that said "hope is
    stronger than fear"' is the voice's quote, and Lind's words hold it too, so her statement
    stands with it rather than losing its only words to the voice."""
    inner.shares_quotations = True
    host.shares_quotations = True


def _relative_clause_cue(frame: Frame) -> bool:
    """The cue is in a relative clause on a noun, its subject ("a voice that said love is
    stronger", "a report which said ...") or in what was said ("attacks that Trump said were
    sparked by ...", see ``Frame.in_relative``)."""
    return frame.in_relative or (
        frame.speaker is not None and bool(frame.speaker.words) and frame.speaker.words[-1] in lexicon.OBJECT_RELATIVE_PRONOUNS
    )


def _reduced_relative(text: str, frame: Frame, host_content: Span) -> bool:
    """The cue is a participle right after its speaker, a noun inside the host's content that
    it modifies: "added that parents were swayed by videos claiming the vaccine caused harm" (a
    reduced relative clause). A noun that opens the content speaks in a clause of its own:
    "quotes Harris telling her" gives Harris's words."""
    speaker, cue = frame.speaker, frame.cue
    if speaker is None or speaker.pronoun or not _participle_cue(frame):
        return False
    if speaker.span.start <= host_content.start:
        return False
    return speaker.span.end <= cue.start and not text[speaker.span.end : cue.start].strip()


def _holder(mention: Mention | None) -> bool:
    """Whether a mention names someone who can hold a claim: a name, a person by role or a
    group of people ("residents"), not a thing that carries words ("videos", "a report")."""
    if mention is None:
        return False
    word = mention.head_word
    return mention.proper or lexicon.role_noun(word) or lexicon.people_noun(word) or word in lexicon.VAGUE_NOUNS


def _relative_content(frame: Frame) -> bool:
    """The cue is in a relative clause whose pronoun opens the content: "the bill, which Pike
    said was flawed, would pass". Pike's claim about the bill stands beside the words around it;
    it is no source of them. (The relative word stays in the content, as PolNeAR annotates it:
    it stands for the noun the claim is about.)"""
    return frame.lemma in lexicon.SPEECH_VERBS and bool(frame.content) and frame.content[0].text.lower() in lexicon.RELATIVE_PRONOUNS


#: '..., a phrase Deverell said ...': a comma (after a closing quotation mark, or before one),
#: then an article and up to three words of a noun phrase, right before an inner speaker.
_APPOSITIVE_RELATIVE = re.compile(r"(?P<keep>,[\"'\u201d\u2019]?)\s+(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){1,3}$")


def _appositive_relative_start(text: str, inner: Frame, host: Frame) -> int | None:
    """Where the host's own words end when the inner cue is in a relative clause with no
    pronoun on a noun set off after them: 'The authority called the lawsuit a "fishing
    expedition," a phrase Deverell said her clients found "insulting."' The authority's words
    stand up to the comma; Deverell's are her own, not the authority's source. None unless the
    inner cue has words of its own."""
    if inner.speaker is None or not inner.content or not host.content or inner.lemma not in lexicon.SPEECH_VERBS:
        return None
    start = inner.speaker.span.start
    if host.content[0].start >= start or inner.content[0].start < inner.cue.end:
        return None
    match = _APPOSITIVE_RELATIVE.search(text, max(host.content[0].start, start - 40), start)
    if match is None or "\n" in match.group():
        return None
    return match.end("keep")


_WITH_ASIDE = re.compile(r",\s+with\s+$")


def _aside_start(text: str, inner: Frame, host: Frame) -> int | None:
    """Where ", with" opens the phrase holding ``inner``'s speaker, when the inner cue stands
    in such a phrase ("..., with X arguing ...") after the host's own words."""
    if inner.speaker is None or not host.content:
        return None
    start = inner.speaker.span.start
    match = _WITH_ASIDE.search(text, max(0, start - 10), start)
    if match is None or host.content[0].start >= start:
        return None
    return match.start()


#: '... Machado promised to keep backing her and said ...': the coordinator before a second
#: predicate of the same subject, with at most an adverb after it.
_SECOND_ACT = re.compile(r"^\s*\S+(?:\s+\S+)+?,?\s+(?:and|but)(?:\s+(?:also|then|later|later\s+on))?\s*$")


def _counterpoint_start(text: str, inner: Frame, host: Frame) -> int | None:
    """Where the writer's counterpoint opens when ``inner`` stands in it after the host's credit:
    in "Aravena is close to a move, according to reports in Spain, although the club insisted
    that no offer had been received" the club's denial is its own statement, not the reports'.
    The start of the host's content part that the connective opens, or None."""
    speaker = inner.speaker
    if speaker is None or not host.content_before or speaker.span.start < host.extent.end:
        return None
    part = next((c for c in host.content if c.start >= host.extent.end and c.start <= speaker.span.start < c.end), None)
    if part is None:
        return None
    lead = _WORDS.findall(text[part.start : speaker.span.start].lower())
    return part.start if len(lead) == 1 and lead[0] in lexicon.COUNTERPOINT_OPENERS else None


#: '... says that cells were "squalid" and that a third of prisoners said ...': the
#: coordinator and "that" opening a second reported clause, with the comma some writers set.
_SECOND_CLAIM = re.compile(r",?\s+(?:and|but)\s+that\s+$")


def _second_claim_start(text: str, inner: Frame, host: Frame) -> int | None:
    """Where the host's own words end when the inner cue opens a second that-clause of the
    host's: in 'The audit says that the accounts were "chaotic" and that a third of staff said
    they had not been trained' the accounts' state is the audit's own statement, which stands;
    what the staff said, the audit passed on. The start of "and that", or None."""
    speaker = inner.speaker
    if speaker is None or not host.content or host.frame not in ("clause", "tell"):
        return None
    start = speaker.span.start
    first = host.content[0]
    if not first.start < start < first.end:
        return None
    match = _SECOND_CLAIM.search(text, max(first.start, start - 12), start)
    if match is None or not _WORDS.search(text[first.start : match.start()]):
        return None
    return match.start()


def _second_act_start(text: str, inner: Frame, host: Frame) -> int | None:
    """Where the host's own words end when the inner cue is a second predicate of the subject
    that opens them: "Merrill says Machado promised to keep backing Clinton and said she would
    stand up to him". The promise is Merrill's account, which stands; what Machado said, she
    passed on. The "and" before the inner cue, or None."""
    speaker = inner.speaker
    if speaker is None or not host.content or not (host.frame in ("clause", "tell") or _closing_according(host)):
        return None
    if not _opens_clause(text, speaker.span, host) or not speaker.span.end < inner.cue.start:
        return None
    gap = text[speaker.span.end : inner.cue.start]
    if "\n" in gap or _SECOND_ACT.match(gap) is None:
        return None
    return speaker.span.end + max(gap.rfind(" and"), gap.rfind(" but"))


def _closing_according(host: Frame) -> bool:
    """Whether the host is an "according to" after the words it credits: "..., according to
    someone in attendance"."""
    return host.frame == "according" and bool(host.content_before)


def _opens_clause(text: str, subject: Span, host: Frame) -> bool:
    """Whether ``subject`` opens the host's words, or, under a closing "according to", the
    clause after an opening phrase set off by a comma: "At the time the plan was announced, Mook
    was holding a meeting and told aides ..., according to ..."."""
    first = host.content[0]
    if subject.start == first.start:
        return True
    return _closing_according(host) and first.start < subject.start < first.end and text[first.start : subject.start].rstrip().endswith(",")


def _cited_by_name(host: Frame, inner: Frame) -> bool:
    """The host cites a person by name, and the inner speaker is a role that names no one
    ("the minister"): they are one person, as wire copy has it."""
    cited, role = host.speaker, inner.speaker
    if host.lemma not in lexicon.RELAY_VERBS or cited is None or role is None:
        return False
    if not cited.name or cited.plural or len(cited.name.split()) < 2 or cited.label not in ("PERSON", "ORG", ""):
        return False
    body_words = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.OUTLET_NOUNS | lexicon.MASTHEAD_WORDS
    if any(w.lower() in body_words for w in cited.name.split()):
        return False  # "citing Interfax Ukraine", "citing the Harbour Herald": a body, not a person
    return not role.proper and not role.plural and not role.pronoun and role.head_word in lexicon.ROLE_NOUNS and role.determiner == "the"


#: Words that end the source noun phrase of "according to": "data compiled by X", "figures
#: from X", "estimates for the quarter".
_SOURCE_PHRASE_END = re.compile(r"\b(?:by|from|of|with|for|in|at|on|to|that|which|who|\w+ed)\b")


def _credits_a_figure(host: Frame, inner: Frame) -> bool:
    """Whether a closing "according to" credits numbers, not words: "X told analysts that
    revenue rose ..., according to data compiled by MarketLens" (``FIGURE_SOURCE_NOUNS``), over
    a speech cue whose content it follows."""
    if host.frame != "according" or not host.content_before or inner.speaker is None or not inner.content:
        return False
    if host.speaker is not None and _speakers_own(host.speaker):
        return False  # "..., according to figures it published": the speaker's own, see _own_medium
    if inner.frame not in ("clause", "tell") or inner.lemma not in lexicon.SPEECH_VERBS:
        return False
    source = host.extent.text[host.cue.end - host.extent.start :]
    head = _SOURCE_PHRASE_END.split(source, maxsplit=1)[0]
    return any(w.lower() in lexicon.FIGURE_SOURCE_NOUNS for w in _WORDS.findall(head))


def _figure_credited(text: str, host: Span, said: Span) -> Span:
    """The part of a statement a closing figure credit qualifies: the last comma-separated
    phrase of the sentence before the credit, when it lies in or after what was said ("revenue
    rose 6% to $412 million, short of the $425 million analysts had expected" -> "short of the
    $425 million analysts had expected"); else all that was said."""
    comma = text.rfind(", ", said.start, host.end)
    if comma < 0:
        return said
    return Span.stripped(text, comma + 1, host.end)


def _own_medium(host: Frame) -> bool:
    """An "according to" whose source is the words' form rather than someone who passed them
    on: a translation no outlet made ("according to a translation by the Herald" has the Herald
    as its source), or the speaker's own document or figures ("a copy of his note", "figures
    it published last week")."""
    source = host.speaker
    if host.frame != "according" or source is None:
        return False
    if source.head_word in lexicon.RENDERING_NOUNS:
        return not host.relays
    return source.head_word in lexicon.DOCUMENT_NOUNS | lexicon.FIGURE_SOURCE_NOUNS and _speakers_own(source)


#: Subject pronouns that, right after a document's noun, say who made it: "figures it published".
_MAKER_PRONOUNS = frozenset({*lexicon.POSSESSIVE_PRONOUN_SUBJECTS.values(), "we"})


def _document_source(host: Frame) -> bool:
    """Whether an "according to" names a document, not an outlet or a person: "according to a
    joint communique", "according to the minutes" (see ``lexicon.DOCUMENT_NOUNS``)."""
    source = host.speaker
    return host.frame == "according" and source is not None and not source.proper and source.head_word in lexicon.DOCUMENT_NOUNS


def _speakers_own(source: Mention) -> bool:
    """Whether the source of an "according to" was made by someone the article already names,
    the speaker beside it: "its figures", "a copy of his note", "figures it published last
    week", "a report they released" (a pronoun, not "figures the ministry published")."""
    if source.possessor.lower() in lexicon.POSSESSIVE_PRONOUN_SUBJECTS:
        return True
    words = source.words
    at = words.index(source.head_word) if source.head_word in words else -1
    return 0 <= at < len(words) - 2 and words[at + 1] in _MAKER_PRONOUNS


def _attributed_within(inner: Frame, host: Frame) -> bool:
    """'The Daily reported that Krohn had "no plans to step aside," words it attributed to her
    deputy': the parser may leave "words it attributed to ..." out of the report's content; the
    quotation it attributes is in it."""
    return inner.lemma == "attribute" and any(
        a.start < b.end and b.start < a.end for a in inner.content for b in host.content
    )


def _same_speaker(host: Frame, inner: Frame) -> bool:
    """Both cues name the same person: "Dan Ruiz ... said" and "Ruiz noted"."""
    a, b = host.speaker, inner.speaker
    if a is None or b is None or not (a.proper and b.proper):
        return False
    return a.head_word in b.words or b.head_word in a.words


def _carries(host: Frame, inner: Frame) -> bool:
    """Whether ``host`` only passed on what ``inner``'s speaker said (a hop in the chain).

    "Sputnik News said the minister insisted that ...": the minister spoke, Sputnik carried it.
    But "X said he believes ..." is X's own statement, and so is a pronoun speaker inside,
    unless it cannot be them: "People close to the minister said she had told colleagues ...".
    """
    if inner.speaker is None or inner.hypothetical:
        # "Varga said the findings could help explain why ...": what Varga thinks possible.
        return False
    if inner.passive:
        # "Cole said drivers had been told by managers that ...": Cole's account of what the
        # drivers heard, not words she passed on; both stand.
        return False
    if inner.negated:
        # "Both say the management has never told them what to say": words never said are not
        # passed on; what the host said is the statement.
        return False
    if _foretold(inner):
        # "Reszka told Orsak that the country would respond "firmly"": a reply foretold is
        # the host's own words about what will be said, not words someone passed on to them.
        return False
    if inner.content and _infinitive_content(inner.content[0].text) and host.lemma not in lexicon.OUTLET_VERBS and (
        host.frame != "according" or host.relays or _document_source(host)
    ):
        # "An official said the operator had threatened to withdraw": an intention the official
        # reports, not words of the operator's passed on. (An outlet's report of a pledge does
        # carry it: "The council pledged to ..., the Herald reported." But not one the outlet
        # had from a source it cites: in "According to AFN, which cited an official, the
        # ministry had agreed to ...", the official told of the ministry's deal. Nor a
        # document's: in "The leaders agreed to reopen the border, according to a joint
        # communique", the communique is the source of the whole sentence.)
        return False
    if inner.lemma == "attribute" and host.frame in ("clause", "tell", "according"):
        # '..., the Daily reported that H had "no intention of going anywhere," a phrase it
        # attributed to his chief of staff': the phrase is the aide's; the Daily passed it on.
        return host.speaker is None or inner.speaker.span.text != host.speaker.span.text
    if _names_no_one(inner.speaker, inner.lemma):
        # "Okonkwo said that the findings suggested ...": the findings are his reading, not
        # someone who told him; the words are his own.
        return False
    if _bears_out(host, inner):
        return False
    if inner.speaker.pronoun and not (
        host.speaker is not None and host.speaker.plural and inner.speaker.head_word in lexicon.PRONOUNS_MALE | lexicon.PRONOUNS_FEMALE
    ) and not _closing_credit(host, inner):
        return False
    # "..., X has dismissed reports of a split, the Interfax news agency reported": a speech
    # act with a noun object is words an outlet carried too.
    # Only the main clause of what was reported: the act's speaker opens the content.
    carried_act = (
        inner.frame == "object"
        and host.lemma in lexicon.OUTLET_VERBS
        and host.content_before
        and bool(host.content)
        and inner.speaker.span.start == host.content[0].start
        and inner.speaker.words[-1:] != ("who",)
    )
    if (inner.frame not in ("clause", "tell") or inner.lemma not in lexicon.SPEECH_VERBS) and not (
        carried_act or _carried_finding(host, inner)
    ):
        return False
    if host.frame not in ("clause", "tell", "according") and not _trailing_record(host, inner):
        return False
    if host.speaker is not None and inner.speaker.span.text == host.speaker.span.text:
        return False
    return True


def _infinitive_content(words: str) -> bool:
    """Content that is an infinitive, an intention or a pledge rather than words: "to withdraw",
    and negated, "not to sell shares for a year", "never to return"."""
    return re.match(r"(?:(?:not|never) )?to ", words, re.IGNORECASE) is not None


def _before_credit(text: str, content: list[Span], credit: Span) -> list[Span]:
    """The content up to a closing credit the parser ran into it: "Two members argued that
    rates were too high, the minutes showed" ends at "high" once the minutes are a hop. Only
    a span the credit stands inside is cut."""
    kept = []
    for span in content:
        if span.start < credit.start < span.end:
            end = credit.start
            while end > span.start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            span = Span.stripped(text, span.start, end)
        if span.text:
            kept.append(span)
    return kept


def _opens_content(host: Frame, inner: Frame) -> bool:
    """Whether ``inner``'s speaker opens the host's content, after at most a "that": the main
    clause of what the host said ("the Post reported that a report found ..."), not a clause
    further in ("..., which an audit later found ...")."""
    if inner.speaker is None or not host.content:
        return False
    first = host.content[0]
    lead = first.text[: inner.speaker.span.start - first.start] if first.start <= inner.speaker.span.start else None
    return lead is not None and lead.strip().lower() in ("", "that")


def _carried_finding(host: Frame, inner: Frame) -> bool:
    """A document's finding an outlet reported: in "A report by the Integrity Forum found that
    one in five contracts was awarded without competition, the Evening Post reported" the
    report is the source and the Post carried it, as with "the minister insisted". Not evidence
    read ("the data showed"), nor a finding reported by anyone but an outlet's verb: "Ruiz said
    a review found ..." is her account of it."""
    source = inner.speaker
    if inner.frame != "finding" or host.lemma not in lexicon.OUTLET_VERBS or source is None or source.pronoun:
        return False
    if source.head_word not in lexicon.DOCUMENT_NOUNS or source.head_word in lexicon.EVIDENCE_NOUNS:
        return False
    return _opens_content(host, inner)


def _carried_label(host: Frame, inner: Frame, parts: _Parts) -> bool:
    """A named speaker's quoted label passed on: in 'The court heard that Tillet had described
    inspectors as "box-tickers"' the word is Tillet's, which the hearing carried. Only a label
    in quotation marks, by someone named who opens the host's content, and not the host
    naming itself ('Ruiz said she had called it "a mistake"' stays Ruiz's). Under "according
    to" the labeller may go unnamed: 'Some staff, according to the report, described the unit
    as "the bin"' gives the staff's word, which the report carried."""
    source = inner.speaker
    if inner.frame != "object" or inner.lemma not in lexicon.LABELLING_VERBS or source is None:
        return False
    if source.pronoun or host.frame not in ("clause", "tell", "according"):
        return False
    if not (source.proper or source.name or host.frame == "according"):
        return False
    if host.speaker is not None and source.span.text == host.speaker.span.text:
        return False
    quoted = any(len(parts.meeting(c.start, c.end)) for c in inner.content)
    return quoted and _opens_content(host, inner)


def _trailing_record(host: Frame, inner: Frame) -> bool:
    """A closing record cue over a sentence that opens with someone's statement: in "Two
    members argued that rates were too high, the minutes showed" (or "..., court records
    show") the members spoke and the minutes carried it, as "according to the minutes" would.
    Not evidence read ("..., the data showed"), nor a cue the record's content merely holds."""
    source = host.speaker
    if host.frame != "finding" or not host.content_before or not host.content or source is None:
        return False
    if source.proper or source.head_word not in lexicon.DOCUMENT_NOUNS or source.head_word in lexicon.EVIDENCE_NOUNS:
        return False
    return inner.speaker is not None and inner.speaker.span.start == host.content[0].start


def _foretold(frame: Frame) -> bool:
    """Whether the cue is under a modal of the future ("would respond", "will announce"), not
    a past one ("would have said"): an act still to come when the host spoke."""
    words = [w.lower() for w in frame.cue.text.split()]
    return len(words) > 1 and words[0] in lexicon.FUTURE_MODALS and "have" not in words


def _subordinate_cue(text: str, inner: Frame, host: Frame) -> bool:
    """Whether ``inner``'s cue stands in an adverbial clause of the host's content: in "Oddone
    said the dispute was unusual because both sides agreed the breakwater was needed" the
    agreement is part of Oddone's claim, not words she passed on."""
    if inner.speaker is None or not host.content:
        return False
    start = inner.speaker.span.start
    if not any(c.start < start < c.end for c in host.content):
        return False
    before = re.findall(r"[\w']+", text[host.content[0].start : start])
    return bool(before) and before[-1].lower() in lexicon.ADVERBIAL_SUBORDINATORS


def _closing_credit(host: Frame, inner: Frame) -> bool:
    """A closing "according to X" over a sentence that is ``inner``'s statement: in '"We will
    pay," he said, according to a translation by Radio-Canada' (or "He said ..., according to
    X") it credits who passed on what "he" said, not words of its own about him (as "X said
    he believes ..." would be). Not a cue inside the sentence ("..., when it told a group that
    ..., according to a report")."""
    if host.frame != "according" or not host.content_before or inner.speaker is None or not host.content:
        return False
    return inner.content_before or inner.speaker.span.start == host.content[0].start


def _bears_out(host: Frame, inner: Frame) -> bool:
    """A document, evidence or an event that bears out the host's claim: in "The union said the
    inspection confirmed what its members had been saying" the union cites the inspection in
    support of its own statement, which stands; no one passed words on to it. An outlet's
    report of it ("..., the Herald reported") and a body or a person that confirmed ("the
    employer confirmed that no jobs would be lost", words it gave) still carry
    (``lexicon.BEARING_OUT_VERBS``, ``lexicon.BEARING_OUT_NOUNS``)."""
    source = inner.speaker
    if source is None or source.proper or source.name or source.pronoun or inner.lemma not in lexicon.BEARING_OUT_VERBS:
        return False
    if host.lemma in lexicon.OUTLET_VERBS:
        return False
    return source.head_word in lexicon.BEARING_OUT_NOUNS or kind_of(source, lemma=inner.lemma) == "document"


def _names_no_one(mention: Mention, lemma: str) -> bool:
    """Evidence read, not a speaker: "the findings suggested", "the data showed". What the host
    made of it is the host's own statement, not words someone passed on to them. A document
    that says so ("the report found") may have been passed on; a crowd that chanted spoke."""
    if mention.proper or mention.pronoun or mention.name or lemma not in lexicon.DATA_VERBS:
        return False
    return mention.head_word in lexicon.EVIDENCE_NOUNS or kind_of(mention, lemma=lemma) == "unknown"


def _continue_or_orphan(
    text: str,
    q: Quotation,
    drafts: list[Draft],
    before: int,
    cue_starts: Sequence[int],
    paragraphs: Sequence[Span],
    para_starts: Sequence[int],
    *,
    recovered: bool,
) -> tuple[int | None, Draft]:
    """A quotation with no cue of its own continues the quote before it, within bounds.

    ``before`` is the number of drafts that start before ``q``. Returns the index of a draft to
    replace (the quotation became its next part: ``"Q1," X said. "Q2."``) or None with a new
    draft to insert.
    """
    j = before - 1
    while j >= 0 and drafts[j].end > q.start:
        j -= 1
    if j >= 0 and not _chanted(text, q):
        prev = drafts[j]
        # Follow a chain of continuations back to the quote that named its speaker.
        root = j
        hops = 0
        while drafts[root].continues is not None:
            root = drafts[root].continues  # type: ignore[assignment]
            hops += 1
        p_prev = _paragraph_index(paragraphs, para_starts, prev.end)
        p_here = _paragraph_index(paragraphs, para_starts, q.start)
        # The previous quote's own attribution ("..., Lynch said.") may follow its content.
        prev_end = max(prev.end, prev.frame.extent.end if prev.frame is not None else prev.end)
        no_new_cue = bisect.bisect_right(cue_starts, q.start) == bisect.bisect_right(cue_starts, prev_end)
        # Only a quotation that opens its own sentence continues someone: one set inside a
        # sentence of narration ('chalked on the wall: "Save our ward."') is the writer's.
        # A quotation introduced by a colon with no cue of its own ('chalked on the wall: "Save
        # our ward."') is shown by the writer, not said by the last speaker.
        original = _original_words(text, q)
        has_speaker = drafts[root].speaker is not None and (original or not text[max(0, q.start - 16) : q.start].rstrip().endswith(":"))
        if not original and _new_person_before(text, q):
            has_speaker = False
        if has_speaker and no_new_cue and p_here == p_prev and prev.type == "direct":
            merged = replace(
                prev,
                content=prev.content + tuple(q.parts),
                quoted=prev.quoted + tuple(q.parts),
                recovered=prev.recovered or recovered,
            )
            return j, merged
        if has_speaker and no_new_cue and p_here - p_prev <= 1 and hops < MAX_CONTINUATION_PARAGRAPHS:
            return None, _uncued(q, "continuation", recovered=recovered, continues=root)
    return None, _uncued(q, "orphan", recovered=recovered)


#: "a co-host jokes about", "one woman shouted": an indefinite person, new to the text, and
#: a verb (and its preposition) right before the quotation that is its object.
#: A new, unnamed person opening a clause, then the next word: "as a co-host jokes", ", one
#: nurse said". The clause opens at the start of the words, after a comma or after a
#: subordinator or conjunction, so that an object ("visited a nurse in") is no subject.
_NEW_PERSON = re.compile(
    r"(?:^|,|\b(?:as|when|while|and|but|then)\b)[ \t]*\b(?:a|an|another|one)[ \t]+(?:[a-z'\u2019-]+[ \t]+){0,2}?"
    r"(?P<noun>[a-z-]+)[ \t]+(?P<verb>[a-z]+)(?:[ \t]+[a-z]+)?[ \t]*$"
)
#: Nouns of a new person besides roles: "a woman", "a co-host".
_NEW_PERSON_NOUNS = lexicon.SEX_NOUNS | lexicon.ON_AIR_ROLE_NOUNS
#: The marks that may close a quotation before the words looked at; not an apostrophe ("the
#: show’s co-host jokes about"), which closes nothing.
_CLOSING_MARKS = tuple(lexicon.QUOTE_CHARS - {"'", "\u2019"})


def _new_person_before(text: str, q: Quotation) -> bool:
    """'In it, Vantongeren can be heard laughing as a co-host jokes about "clinics with more
    goats than patients."': a quotation that is the object of a verb whose subject is a new,
    unnamed person is that person's words or the writer's, never a continuation of whoever
    spoke last (who is not "a co-host"). The person opens its clause and a verb follows it:
    'She then visited a nurse in "the ward that never sleeps."' is the speaker's again."""
    # The sentence's words before the quotation, after any quotation before it.
    start = max(text.rfind("\n", 0, q.start), *(text.rfind(end, 0, q.start) for end in (". ", "? ", "! ", *_CLOSING_MARKS)))
    lead = text[start + 1 : q.start].strip()
    found = _NEW_PERSON.search(lead)
    return (
        found is not None
        and _verb_form(found["verb"])
        and (lexicon.role_noun(found["noun"]) or found["noun"] in _NEW_PERSON_NOUNS)
    )


def _verb_form(word: str) -> bool:
    """Whether ``word`` after a noun reads as its verb: "jokes", "said", "was"; not a
    preposition or article ("at", "in", "the")."""
    if word in lexicon.FINITE_AUXILIARIES:
        return True
    if word in lexicon.TITLE_CASE_FUNCTION_WORDS:
        return False
    return inflect.lemma_of(word) is not None or word.endswith(("s", "ed"))


_CHANT_LEAD = re.compile(r"\b(?P<lead>[A-Za-z]+)(?:[ \t]+(?:of|out|along))?[ \t]*[,:]?[ \t]*$")


def _chanted(text: str, q: Quotation) -> bool:
    """'Chants of "We never go under" rang out': a quotation right after a word of singing or
    chanting is the crowd's, never the words of whoever spoke last by continuation."""
    lead = _CHANT_LEAD.search(text, max(0, q.start - 30), q.start)
    return lead is not None and lead.group("lead").lower() in lexicon.CHANT_LEADS


_ORIGINAL_LEAD = re.compile(r"\([ \t]*(?P<lead>[A-Za-z][A-Za-z ]{0,20}?)[ \t]*:?[ \t]*$")


def _original_words(text: str, q: Quotation) -> bool:
    """'"We have won," Marinescu said. (In the original: "Am câștigat.")': the quotation in
    parentheses gives the words before translation, so it is the same speaker's (the quote
    before it, which it joins) and no colon's display of the writer's."""
    lead = _ORIGINAL_LEAD.search(text, max(0, q.start - 40), q.start)
    if lead is None or text[q.end : q.end + 1] != ")":
        return False
    words = " ".join(lead.group("lead").lower().split())
    return words in lexicon.ORIGINAL_LEADS or bool(re.fullmatch(r"in [a-z]+", words) and lead.group("lead").split()[-1][:1].isupper())


def _uncued(
    q: Quotation, basis: str, *, recovered: bool, continues: int | None = None, frame: Frame | None = None
) -> Draft:
    """A quotation with no cue of its own: a continuation of an earlier quote, a bullet under an
    introduction (``frame``), a repeat of a quote (``frame``), or an orphan."""
    penalty = 0.8 if recovered else 1.0
    return Draft(
        content=tuple(q.parts),
        quoted=tuple(q.parts),
        type="direct",
        frame=frame,
        speaker=None if frame is None else frame.speaker,
        confidence=round(CONFIDENCE[basis] * penalty, 2),
        continues=continues,
        recovered=recovered,
    )


# ------------------------------------------------------------------------------------------
# Transcripts: "Q: ..." / "A: ...", "HALVORSEN: ...", "Dana Pritchard: ...", "**Okonkwo:** ..."
# ------------------------------------------------------------------------------------------

#: A label and a colon opening a line, the label optionally in Markdown bold (``**Smith:**``
#: or ``**Smith**:``), then the words.
_TURN = re.compile(
    r"[ \t]*(\*\*|__)?([^\W\d_][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,4}?)[ \t]*"
    r"(?:(\*\*|__)[ \t]*:|:[ \t]*(\*\*|__)?)[ \t]*(?=\S)"
)
#: "Q. ..." / "A. ..." (groups as in ``_TURN``), not an initial: "A. B. Jones said".
_QA_STOP = re.compile(r"[ \t]*()(Q|A)()\.()[ \t]+(?![A-Z]\.)(?=\S)")
_LABEL_END = re.compile(r"[:.]")
_LINE_START = re.compile(r"^", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _Turn:
    kind: str  # "q", "a" or "name"
    label: Span  # the label's words, without bold marks
    marker: Span  # label to colon (and bold marks): the cue of a question or answer
    colon: Span
    content: Span
    caps: bool
    bold: bool


def _find_turns(text: str, paragraphs: Sequence[Span]) -> list[_Turn]:
    found: list[_Turn] = []
    for para in paragraphs:
        starts = [para.start] + [m.start() for m in _LINE_START.finditer(text, para.start + 1, para.end) if m.start() > para.start]
        lines: list[tuple[int, re.Match[str]]] = []
        for start in starts:
            match = _TURN.match(text, start, para.end) or _QA_STOP.match(text, start, para.end)
            if match is not None:
                lines.append((start, match))
        for n, (start, match) in enumerate(lines):
            stop = lines[n + 1][0] if n + 1 < len(lines) else para.end
            content = Span.stripped(text, match.end(), stop)
            label = Span.of(text, match.start(2), match.end(2))
            bold = bool(match.group(1)) and bool(match.group(3) or match.group(4))
            if bool(match.group(1)) != bold:
                continue  # a stray "**"
            key = label.text.lower().rstrip(".")
            if key in lexicon.QUESTION_LABELS or key in lexicon.ANSWER_LABELS:
                kind = "q" if key in lexicon.QUESTION_LABELS else "a"
            elif _name_label(label.text):
                kind = "name"
            else:
                continue
            if _words(content.text) < 2:
                continue
            colon = _LABEL_END.search(text, label.end).start()  # type: ignore[union-attr]
            found.append(
                _Turn(
                    kind=kind,
                    label=label,
                    marker=Span.of(text, label.start, colon + 1),
                    colon=Span.of(text, colon, colon + 1),
                    content=content,
                    caps=label.text.isupper(),
                    bold=bold,
                )
            )
    return found


def _exchange_of_named(text: str, named: Sequence[_Turn], mentions: Sequence[Mention]) -> set[int]:
    """Where the turns of an exchange between people the article has named start: "Asked by
    presenter Clare Dunmore ..., Achebe said ... / Dunmore: Will you resign? / Achebe: No.".
    Two labels in a row, each the full name or the surname of a different person named before
    them, with nothing between the turns, are the parties of a transcript, not headings; and
    their turns are words, not a tally ("Clinton: 2,316. / Sanders: 1,547."), one of them
    addressed by one party to the other (``_addressed``), not a scorecard's summary of each
    ("Clinton: Won Iowa. / Sanders: Won Michigan.")."""
    starts: set[int] = set()
    ordered = sorted(named, key=lambda t: t.label.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.label.text == second.label.text or text[first.content.end : second.label.start].strip():
            continue
        if not (_LETTERED.search(first.content.text) and _LETTERED.search(second.content.text)):
            continue
        if not (_addressed(first.content.text) or _addressed(second.content.text)):
            continue
        if _person_named_before(first, mentions) and _person_named_before(second, mentions):
            starts.update((first.label.start, second.label.start))
    return starts


#: A word of letters: what a spoken turn has and a tally of numbers has not.
_LETTERED = re.compile(r"[^\W\d_]{2,}")


def _addressed(turn: str) -> bool:
    """Whether a turn speaks as one party to another: a question, or a word of the first or
    second person (``lexicon.ADDRESS_WORDS``: "I am going to fix this", "Will you resign?")."""
    return "?" in turn or any(w.lower() in lexicon.ADDRESS_WORDS for w in _WORDS.findall(turn))


def _person_named_before(turn: _Turn, mentions: Sequence[Mention]) -> bool:
    """Whether a turn's label is the full name or the surname of a person named before it."""
    label = turn.label.text
    return any(
        m.label == "PERSON" and m.name and m.span.start < turn.label.start and label in (m.name, m.name.split()[-1])
        for m in mentions
    )


def _name_label(label: str) -> bool:
    """A name or a role written as a transcript's label: capitalised words, none of them the
    furniture of a news page ("Update:", "Photo:")."""
    words = label.split()
    if any(w.lower().strip(".") in lexicon.NON_SPEAKER_LABELS for w in words):
        return False
    names = [w for w in words if w.lower() not in _LABEL_LINKS]
    return 0 < len(names) <= 4 and all(w[:1].isupper() for w in names) and words[0][:1].isupper()


_LABEL_LINKS = frozenset({"of", "the", "de", "van", "von", "der", "al", "bin", "la", "le", "du"})


def _turn_frames(
    text: str, paragraphs: Sequence[Span], frames: Sequence[Frame], mentions: Sequence[Mention]
) -> tuple[list[Frame], list[Span]]:
    """Frames for the turns of a transcript the parse does not read, and the spans of all its
    turns' words (a cue inside them is what was said, not an attribution).

    One label line is a headline's or a shout's; a transcript has several turns: a question and
    an answer (the answer labelled "A:" or with the one answering: "Q: ... / Okoro: ..."), or two
    labelled turns of which one is in capitals or bold (Title Case labels
    alone are too often headings: "Bernie Sanders: I'm Not ...", "Name: ... Age: 27"). An answer
    is the interviewee's, named in the introduction before the first question; a question the
    interviewer's, when the introduction names one ("our reporter Tom Ashdown"). An answer with
    nobody named has no speaker; a question is then the label's, the publication's question.
    """
    turns = _find_turns(text, paragraphs)
    if not turns:
        return [], []
    qa = [t for t in turns if t.kind in ("q", "a")]
    named = [t for t in turns if t.kind == "name"]
    answering = _answering(turns)
    if not ({t.kind for t in qa} >= {"q", "a"} or answering):
        qa = []
    strong = any(t.caps or t.bold for t in named)
    # Two labels that take turns at least twice each ("Courier: ... Haddad: ...") are a
    # transcript's parties, in any case: a heading's label stands once.
    labels = Counter(t.label.text for t in named)
    taking_turns = sum(1 for n in labels.values() if n >= 2) >= 2
    if not (len(named) >= 2 and (strong or taking_turns)):
        exchange = _exchange_of_named(text, named, mentions)
        named = [t for t in named if t.label.start in answering or t.label.start in exchange]
    if not qa and not named:
        return [], []
    # The parse's own transcript and label frames stay as they are.
    parsed = sorted(f.cue.start for f in frames if f.frame in ("transcript", "label") and not f.headline_label)

    def read(t: _Turn) -> bool:
        i = bisect.bisect_left(parsed, t.label.start)
        return i < len(parsed) and parsed[i] <= t.colon.end

    interviewer, interviewee = _interview_parties(text, qa[0].label.start, mentions, paragraphs) if qa else (None, None)
    out: list[Frame] = []
    covered: list[Span] = []
    ordered = sorted(qa + named, key=lambda t: t.label.start)
    para_starts = [p.start for p in paragraphs]
    for n, t in enumerate(ordered):
        # An answer may run on over paragraphs of its own up to the next turn; after the last
        # turn the article goes back to its own prose ("The interview has been edited.").
        content = [t.content]
        if n + 1 < len(ordered):
            following = paragraphs[bisect.bisect_right(para_starts, t.content.end) :]
            content += [p for p in following if p.end <= ordered[n + 1].label.start]
        if read(t):
            continue
        covered.extend(content)
        if t.kind == "name":
            speaker: Mention | None = _text_mention(text, t.label.start, t.label.end)
            cue = t.colon
        else:
            party = interviewer if t.kind == "q" else interviewee
            # The label stands for the party named in the introduction: it is the speaker as
            # written here, the party's name what it resolves to.
            speaker = None if party is None else replace(party, span=t.label)
            if speaker is None and t.kind == "q" and (outlet := _interview_outlet(text, qa[0].label.start, paragraphs)) is not None:
                # "Lorna Baptiste spoke to The Harbourside Review": the publication asks.
                speaker = replace(outlet, span=t.label)
            if speaker is None and t.kind == "q":
                # An interviewer nobody names asks for the publication: the label says whose
                # question it is, and no name is made up for it.
                speaker = replace(_text_mention(text, t.label.start, t.label.end), name=None, proper=False)
            cue = t.marker
        out.append(
            Frame(
                cue=cue,
                lemma=":",
                frame="transcript",
                speaker=speaker,
                content=tuple(content),
                extent=t.marker,
                sentence=Span.of(text, t.label.start, t.content.end),
            )
        )
    return out, covered


def _answer_left(text: str, turn: _Work, works: Sequence[_Work], turn_ids: set[int], parts: _Parts) -> list[Span]:
    """A turn's words without the quotations it reports with a cue of their own.

    "A: Their engineer, Lorna Quist, told a trade magazine that it "never sleeps". That's true."
    The engineer's words are hers, quoted with her own cue; only "That's true." is the one
    answering. A quotation someone else's cue took would otherwise knock the whole answer out.
    A report with no quotation marks ("A: McConnell said he would ...") stays in the answer as
    well as standing on its own, as the answer is the interviewee's words throughout (PolNeAR
    annotates such answers whole). A question is the interviewer's words throughout, the
    interviewee's words it puts back to them included ("Q: You arrived promising to "open the
    doors". Did you?").
    """
    if turn_label(turn.frame) in lexicon.QUESTION_LABELS:
        return turn.content
    cuts: list[tuple[int, int]] = []
    for w in works:
        if not w.alive or id(w.frame) in turn_ids or w.frame.speaker is None:
            continue
        if not any(_inside(w.frame.cue, c) for c in turn.content):
            continue
        if not w.attached and not any(parts.meeting(c.start, c.end) for c in w.content):
            continue
        speaker = w.frame.speaker
        said = [*w.content, *(p for q in w.attached for p in q.parts)]
        start = min(w.frame.extent.start, speaker.span.start, *(c.start for c in said))
        cuts.append((start, max(w.frame.extent.end, *(c.end for c in said))))
    if not cuts:
        return turn.content
    pieces: list[tuple[int, int]] = []
    for span in turn.content:
        pos = span.start
        for start, end in sorted(cuts):
            if end <= pos or start >= span.end:
                continue
            pieces.append((pos, max(pos, start)))
            pos = max(pos, end)
        pieces.append((pos, span.end))
    left: list[Span] = []
    for start, end in pieces:
        # A cut leaves the punctuation that closed the words it took ('"...". That's true.').
        while start < end and (text[start].isspace() or text[start] in _CUT_PUNCTUATION):
            start += 1
        piece = Span.stripped(text, start, end)
        # What is left before a cut may be only a joining word ("and").
        if _words(piece.text) >= 2:
            left.append(piece)
    return left


_CUT_PUNCTUATION = frozenset(",;:.\u2014\u2013-")


def _answering(turns: Sequence[_Turn]) -> set[int]:
    """Where the named turns that answer a "Q:" start: "Q: How does it feel? / Okoro: Honestly,
    I am still shaking." A name label right after a question is its answer, and so is one right
    after such an answer (two people answering one question); a name label before any question
    is a heading's ("Brexit: ...")."""
    starts: set[int] = set()
    previous = None
    for t in sorted(turns, key=lambda t: t.label.start):
        if t.kind == "name" and previous is not None and (previous.kind == "q" or previous.label.start in starts):
            starts.add(t.label.start)
        previous = t
    return starts


def _first_person(frame: Frame, turns: Sequence[Frame]) -> Frame:
    """``frame`` with its "I" and its "me" read as the speaker of the turn it stands in, if it
    does: in "A: He told me last week that ..." the one told is the one answering, not the
    byline's writer (who is "me" in the article's own prose)."""
    speaker, hearer = frame.speaker, frame.recipient
    mine = speaker is not None and speaker.head_word in ("i", "me")
    told_me = hearer is not None and hearer.pronoun and hearer.head_word == "me"
    if not (mine or told_me):
        return frame
    for turn in turns:
        if turn.speaker is not None and turn.speaker.name and any(_inside(frame.cue, c) for c in turn.content):
            if mine:
                frame = replace(frame, speaker=replace(turn.speaker, span=speaker.span))  # type: ignore[union-attr]
            if told_me:
                frame = replace(frame, recipient=replace(turn.speaker, span=hearer.span))  # type: ignore[union-attr]
            return frame
    return frame


def _interview_parties(
    text: str, first: int, mentions: Sequence[Mention], paragraphs: Sequence[Span]
) -> tuple[Mention | None, Mention | None]:
    """The interviewer and the interviewee among the people named before the first turn.

    The interviewee is the one the introduction, the paragraph just above the first turn, has
    as its subject ("In a short interview with the club, Okoro answered questions."), though
    earlier paragraphs name others first; failing that, the first person named."""
    people = sorted((m for m in mentions if m.label == "PERSON" and m.name and m.span.end <= first), key=lambda m: m.span.start)
    interviewer = None
    for m in people:
        before = " ".join(text[max(0, m.span.start - 30) : m.span.start].lower().split())
        if set(m.words) & lexicon.INTERVIEWER_WORDS or before.endswith(lexicon.INTERVIEWER_BEFORE):
            interviewer = m
            break
    others = [m for m in people if interviewer is None or m.name != interviewer.name]
    start = _introduction_start(text, first, paragraphs)
    introduced = [
        m
        for m in mentions
        if start <= m.span.start
        and m.span.end <= first
        and m.subject
        and m.proper
        and not m.pronoun
        and m.name
        and (interviewer is None or m.name != interviewer.name)
        and (m.label == "PERSON" or (m.label in _MISREAD_PERSON and _named_in_full(text[:first], m.name)))
    ]
    interviewee = min(introduced, key=lambda m: m.span.start) if introduced else next(iter(others), None)
    return interviewer, interviewee


#: "spoke to The Harbourside Review", "in an interview with the Courier": the publication an
#: interview's introduction says the interviewee spoke to (a capitalised name, "the" before it).
_INTERVIEW_OUTLET = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (*lexicon.INTERVIEWER_BEFORE, "interview with", "told"))
    + r")\s+(?:the\s+)?(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})"
)


def _interview_outlet(text: str, first: int, paragraphs: Sequence[Span]) -> Mention | None:
    """The publication an interview's introduction names as the one spoken to, when it names
    no interviewer: "Lorna Baptiste spoke to The Harbourside Review on Tuesday." -> The
    Harbourside Review, whose questions the "Q:" turns are. A name of one word is no
    publication's ("spoke to Okoro")."""
    start = _introduction_start(text, first, paragraphs)
    for match in _INTERVIEW_OUTLET.finditer(text, start, first):
        words = match.group("name").split()
        if len(words) > 1 or words[0].lower() in lexicon.MASTHEAD_WORDS:
            return replace(_text_mention(text, match.start("name"), match.end("name")), label="ORG")
    return None


#: Entity labels the recognizer gives a surname it does not know ("Okoro" a place, "Brannock"
#: an organisation): such a subject of an interview's introduction may still be a person.
_MISREAD_PERSON = frozenset({"ORG", "GPE", "NORP", ""})


def _introduction_start(text: str, first: int, paragraphs: Sequence[Span]) -> int:
    """Where the introduction to a transcript whose first turn is at ``first`` starts: the
    paragraph above the turn's own (or the turn's own, when words precede the turn in it)."""
    n = bisect.bisect_right([p.start for p in paragraphs], first) - 1
    if n < 0:
        return 0
    if text[paragraphs[n].start : first].strip() or n == 0:
        return paragraphs[n].start
    return paragraphs[n - 1].start


def _named_in_full(text: str, name: str) -> bool:
    """Whether a one-word ``name`` also stands after a capitalised given name in ``text``
    ("Kwame Okoro" for "Okoro"): a person's surname; a longer name passes as it is."""
    if " " in name.strip():
        return True
    return re.search(r"\b[A-Z][\w'\u2019-]+[ \t]+" + re.escape(name) + r"\b", text) is not None


# ------------------------------------------------------------------------------------------
# Bulleted quotes and repeated (pull) quotes
# ------------------------------------------------------------------------------------------

#: How many bulleted lines an introduction may stand above.
MAX_BULLETS = 12
#: Forms of the verbs that introduce a list of quoted points, to their lemma.
_INTRO_VERBS: dict[str, str] = {
    form: lemma for lemma in lexicon.SPEECH_VERBS | lexicon.LIST_INTRO_VERBS for form in inflect.forms_of(lemma)
}
#: "Harriet Okafor, the union's chief negotiator, listed", "and their union set out": a
#: capitalised name, a possessive or definite noun phrase, or he, she, they; an optional
#: description between commas; the verb; the rest of the line up to its closing colon.
_INTRO = re.compile(
    r"(?P<subject>(?i:(?P<det>the|their|its|his|her|our)[ \t]+)[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){0,2}?"
    r"|(?i:he|she|they)|(?:[A-Z][\w'\u2019-]+[ \t]+){1,3}[A-Z][\w'\u2019-]+)"
    r"(?:,[ \t]*(?P<description>[^,:\n]{1,80}),)?[ \t]+(?:also[ \t]+)?(?P<verb>[a-z]+)\b[^\n]*:[ \t]*$"
)
#: The particle of a phrasal verb of listing: "set out", "summed up", "laid down".
_PARTICLE = re.compile(r"[ \t]+(?:out|up|down|forth)\b")
#: Where a clause of an introduction may start: "Dockers stayed out, and their union set out".
_CLAUSE_START = re.compile(r",?[ \t]+and[ \t]+|;[ \t]+")
#: A bullet or a number opening a list line: "- ", "\u2022 ", "1. ", "2) ".
_BULLET = re.compile("(?:[" + re.escape(lexicon.BULLETS) + r"]|\d{1,2}[.)])[ \t]+")


def _line(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return Span.of(text, start, len(text) if end < 0 else end)


def _bulleted(text: str, line: Span, at: int | None = None) -> bool:
    """Whether ``line`` opens with a bullet (and then, if ``at`` is given, the quotation at it)."""
    head = line.text.lstrip()
    marker = _BULLET.match(head)
    if marker is None:
        return False
    return at is None or not text[line.start + len(line.text) - len(head) + marker.end() : at].strip()


#: "- Mayor Hana Lin: the budget is ...": a list line's label, up to six words, and its colon;
#: the name may have a role set beside it ("- Ana Ruiz, a nurse: ...").
_LIST_LABEL = re.compile(
    r"(?P<label>[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,5}?)"
    r"(?:,[ \t]+(?P<role>[^,:;\n\"\u201c\u201d\u201e\u00ab\u00bb]{2,80}?))?[ \t]*:[ \t]+(?=\S)"
)
#: Where a line may open with a label: after a bullet or a number, or at a line's start when a
#: quotation follows the colon ('Ana Ruiz, a nurse: "We were never asked."').
_LABEL_LINE = re.compile(r"^[ \t]*(?P<bullet>(?:[" + re.escape(lexicon.BULLETS) + r"]|\d{1,2}[.)])[ \t]+)?", re.MULTILINE)
#: Fewest words the words after a list line's label must have to be something said.
LIST_LABEL_MIN_WORDS = 3


def _list_label_frames(text: str, frames: Sequence[Frame], mentions: Sequence[Mention]) -> list[Frame]:
    """The speakers of list lines that open with a name and a colon:

        - Mayor Hana Lin: the budget is "tight but honest" and protects frontline services.
        - Ana Ruiz, a nurse: "We were never asked."

    The rest of the line is that person's or body's words, mostly a summary (frame ``label``).
    The label must hold a name the parse found ("Note:", "Update:", "Venue:" name nobody), and
    the line must have no cue of its own ("- Lin: she said ...")."""
    out: list[Frame] = []
    cues = sorted(f.cue.start for f in frames)
    for line_match in _LABEL_LINE.finditer(text):
        match = _LIST_LABEL.match(text, line_match.end())
        if match is None or "\n" in match.group(0):
            continue
        if not line_match.group("bullet") and not (match.group("role") and text[match.end()] in lexicon.OPENERS and not _clause_label(match)):
            continue  # without a bullet, only a name, a role and a quotation make a speaker's line
        if bisect.bisect_left(cues, match.start()) < bisect.bisect_left(cues, match.end("label")):
            continue  # "Lotte Brandl said: ...": the label holds a cue of its own
        label = Span.of(text, match.start("label"), match.end("label"))
        if any(w.lower().strip(".") in lexicon.NON_SPEAKER_LABELS for w in label.text.split()):
            continue
        if not (_names_someone(label, mentions) or (match.group("role") and _name_shaped(label.text))):
            continue
        line = _line(text, match.end())
        content = Span.stripped(text, match.end(), line.end)
        content = Span.of(text, content.start, content.start + len(content.text.rstrip(" .")))
        if _words(content.text) < LIST_LABEL_MIN_WORDS:
            continue
        own = content.start
        if content.text[0] in lexicon.OPENERS:
            # Cue words inside the quotation are what was said: only those after it count.
            own += max(content.text.rfind(c) for c in lexicon.QUOTE_CHARS) + 1
        if bisect.bisect_left(cues, own) < bisect.bisect_left(cues, content.end):
            continue  # the line says who speaks in words of its own
        colon = text.index(":", label.end)
        out.append(
            Frame(
                cue=Span.of(text, colon, colon + 1),
                lemma=":",
                frame="label",
                speaker=_titled_mention(text, label.start, label.end, end=match.end("role"), after=(match.group("role"),))
                if match.group("role")
                else _titled_mention(text, label.start, label.end),
                content=(content,),
                extent=Span.of(text, label.start, colon + 1),
                sentence=Span.of(text, label.start, content.end),
            )
        )
    return out


def _name_shaped(words: str) -> bool:
    """Whether a list line's label reads as a person's full name, two to four words that open
    and close in capitals ("Piet de Wit", "Ana Ruiz"): with a role set beside it ("Ana Ruiz, a
    nurse:") it names someone even where no entity was recognised."""
    parts = words.split()
    return 2 <= len(parts) <= 4 and parts[0][0].isupper() and parts[-1][0].isupper()


def _clause_label(match: re.Match[str]) -> bool:
    """Whether what a line without a bullet has before its colon is a clause, not a name and a
    role: 'At Westfield, the message was clear: "..."' (a preposition first, a verb after the
    comma), unlike 'Ana Ruiz, a nurse: "..."'; or a finite verb before the comma: 'Simon Wells
    was less cheerful, writing simply: "..."' (a sentence of manner, see ``_colon_intro``)."""
    first = match.group("label").split()[0].lower()
    # Lower-case words of the label only: "Theresa May, the prime minister:" is a name.
    words = [w for w in match.group("label").split() if w.islower()] + match.group("role").lower().split()
    return first in lexicon.TITLE_CASE_FUNCTION_WORDS or any(w in lexicon.FINITE_AUXILIARIES for w in words)


def _bullet_cue(text: str, frame: Frame) -> bool:
    """Whether a cue is the bullet opening a list line, which the parser may read as a verb with
    the line's name as its subject ('"... that ice."\n- Anna Lind, a farmer: "..."'): a mark of
    layout, never a word of speaking."""
    return len(frame.cue.text) == 1 and frame.cue.text in lexicon.BULLETS and not text[_line(text, frame.cue.start).start : frame.cue.start].strip()


def _names_someone(label: Span, mentions: Sequence[Mention]) -> bool:
    """Whether a list line's label names a person or body: a name the parse found in it, or
    capitalised words after a title ("Councillor Bram Okafor", a name the recognizer missed)."""
    if any(m.name and label.start <= m.head.start and m.head.end <= label.end for m in mentions):
        return True
    words = label.text.split()
    cut = _title_end(words)
    return bool(cut) and 1 <= len(words) - cut <= 3


def _bullet_intro(text: str, q: Quotation, works: Sequence[_Work], mentions: Sequence[Mention]) -> Frame | None:
    """The cue of the introduction a bulleted quotation stands under: ``Harriet Okafor listed
    the demands:`` and then ``- "A pay rise ..."`` lines. The introduction must end with a colon
    and have a speaker and a speech or listing verb; "Banners read:" gives none."""
    line = _line(text, q.start)
    if not _bulleted(text, line, q.start):
        return None
    for _ in range(MAX_BULLETS):
        if line.start == 0:
            return None
        line = _line(text, line.start - 1)
        while not line.text.strip() and line.start > 0:
            line = _line(text, line.start - 1)
        if not _bulleted(text, line):
            break
    else:
        return None
    intro = Span.stripped(text, line.start, line.end)
    if not intro.text.endswith(":"):
        return None
    cued = [
        w.frame
        for w in works
        if w.frame.speaker is not None and _inside(w.frame.cue, intro) and w.frame.frame in ("clause", "tell", "statement")
    ]
    if cued:
        return max(cued, key=lambda f: f.cue.start)
    # The clause nearest the colon first: "Dockers stayed out, and their union set out ...:".
    starts = [intro.start] + [intro.start + m.end() for m in _CLAUSE_START.finditer(intro.text)]
    match = next(
        (
            m
            for m in (_INTRO.match(text, pos, intro.end) for pos in reversed(starts))
            if m is not None and m.group("verb") in _INTRO_VERBS
        ),
        None,
    )
    if match is None:
        return None
    subject = Span.of(text, match.start("subject"), match.end("subject"))
    pronoun = subject.text.lower() in ("he", "she", "they")
    named = next((m for m in mentions if m.span.start == subject.start and m.name), None)
    description = match.group("description")
    speaker = named or _text_mention(
        text,
        subject.start,
        subject.end,
        end=match.end("description") if description else subject.end,
        descriptions=(description.strip(),) if description else (),
        pronoun=pronoun,
        proper=not pronoun and match.group("det") is None,
        determiner=(match.group("det") or "").lower(),
        subject=True,
    )
    particle = _PARTICLE.match(text, match.end("verb"))
    verb = Span.of(text, match.start("verb"), particle.end() if particle else match.end("verb"))
    return Frame(
        cue=verb,
        lemma=_INTRO_VERBS[match.group("verb")],
        frame="clause",
        speaker=speaker,
        content=(),
        extent=Span.of(text, subject.start, verb.end),
        sentence=intro,
    )


#: "Okonkwo was blunt about the reply: "...."", "The mayor was more cautious:": a sentence with
#: a person's name, a role or he/she as its subject, a verb of manner and no cue, ending in the
#: colon before a quotation.
#: A role may be held by someone's or something's ("Its organiser, Tomás Leal, put it simply:",
#: "The club's captain put it bluntly:").
_INTRO_SUBJECT = (
    r"(?P<subject>(?:[A-Z][\w'\u2019-]+[ \t]+){0,2}[A-Z][\w'\u2019-]+|(?i:he|she)|(?i:the)[ \t]+[a-z][\w-]*"
    r"|(?:(?i:its|his|her|their|our)|(?:(?i:the)[ \t]+)?[A-Za-z][\w-]*['\u2019]s)[ \t]+(?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*)"
)
#: The determiners a role's possessor may stand in: "its organiser", "their spokesman".
_POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our"})
_COLON_INTRO = re.compile(
    _INTRO_SUBJECT
    + r"(?:,[ \t]*(?P<appos>[^,:\n]{1,80}),)?[ \t]+(?P<verb>was|is|were|sounded|seemed|remained|struck|took|put|summed|had|got|went|gave|sent|shared|offered)\b[^:\n.!?]*:[ \t]*$"
    # A live blog's next word from someone just quoted: "Feld again, this time on the shelters:".
    + r"|" + _INTRO_SUBJECT.replace("?P<subject>", "?P<again_subject>")
    + r"[ \t]+(?P<again>again|once more)\b(?:,[^:\n.!?]*)?:[ \t]*$"
)
#: "Dalby was more guarded.", "She was unrepentant.": a short sentence of manner.
_MANNER_INTRO = re.compile(
    _INTRO_SUBJECT
    + r"[ \t]+(?P<verb>was|were|sounded|seemed|remained)[ \t]+(?:(?:more|less|far|much|even|still|visibly|clearly)[ \t]+)?[a-z]+\.$"
    # A gesture before the words: 'Asked what comes next, she laughed. "Retirement, eventually."'
    + r"|" + _INTRO_SUBJECT.replace("?P<subject>", "?P<gesture_subject>")
    + r"[ \t]+(?P<gesture>" + "|".join(sorted(lexicon.GESTURE_VERB_FORMS)) + r")(?:[ \t]+[a-z]+ly)?\.$"
)


def _dialogue_intro(text: str, line: Span) -> Span | None:
    """The line that sets up a dash-led dialogue, before its first dash-led line: 'Kelemen was
    blunt.' before '— Was it a penalty?\n— For me, no.'. None when the text opens with it."""
    pos = line.start
    while pos > 0:
        prev = _line(text, pos - 1)
        pos = prev.start
        if not prev.text.strip() or _DASH_TURN.match(prev.text):
            continue
        return prev
    return None


#: The end of a sentence inside a line: its stop, a closing quotation mark, and the space after.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?[ \t]+")


def _sentence_begin(line: Span, head: str) -> int:
    """Where the last sentence of ``head`` begins: ``head`` is the line from ``line.start`` up
    to a quotation and ends with the colon or stop before it ("Talks broke down. Okonkwo was
    blunt about the reply:" -> the start of "Okonkwo"), or ``line.start``."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(head[:-1])]
    return line.start + starts[-1]


def _colon_intro(text: str, q: Quotation, mentions: Sequence[Mention], cue_starts: Sequence[int]) -> Frame | None:
    """The speaker a colon introduces: 'Okonkwo was blunt about the reply: "Reviewing evidence
    is what you do when you have decided not to act."' is Okonkwo's; and the one a short
    sentence of manner right before the quotation describes: 'Asked about the winger, Dalby was
    more guarded. "Kofi is our player."' Only a sentence with no cue in it; "Banners read:" and
    'chalked on the wall:' name no person."""
    line = _line(text, q.start)
    head = text[line.start : q.start].rstrip()
    dialogue = q.family == "dash"
    if dialogue:
        # '— Was it offside?\n— Clearly.': the answer's speaker is set up before the dialogue.
        intro = _dialogue_intro(text, line)
        if intro is None:
            return None
        line, head = intro, intro.text.rstrip()
    if head.endswith(":"):
        pattern = _COLON_INTRO
    elif head.endswith(".") and (dialogue or q.start - line.start - len(head) <= 2):
        pattern = _MANNER_INTRO
    else:
        return None
    end = line.start + len(head)
    begin = _sentence_begin(line, head)
    # The subject opens the sentence, or follows an opening phrase ("Asked about ..., Dalby").
    positions = [begin] + [begin + m.end() for m in re.finditer(r",[ \t]+", text[begin:end])]
    match = next((m for m in (pattern.match(text, pos, end) for pos in positions) if m is not None), None)
    if match is None:
        return None
    colon = end - 1
    if bisect.bisect_left(cue_starts, match.start()) != bisect.bisect_left(cue_starts, colon):
        return None  # a cue of its own: the parse has it
    groups = match.groupdict()
    who, cue_word = next(
        (who, cue) for who, cue in (("subject", "verb"), ("gesture_subject", "gesture"), ("again_subject", "again")) if groups.get(who) is not None
    )
    subject = Span.of(text, match.start(who), match.end(who))
    lowered = subject.text.lower()
    pronoun = lowered in ("he", "she")
    named = next((m for m in mentions if m.span.start == subject.start and m.name), None)
    if named is not None and named.label not in ("PERSON", ""):
        return None
    if named is None and groups.get("appos") is not None and not pronoun:
        # "Its organiser, Tomás Leal, put it simply:": the name beside the role spoke.
        beside = next((m for m in mentions if m.span.start == match.start("appos") and m.span.end == match.end("appos") and m.name and m.label == "PERSON"), None)
        if beside is not None:
            whole = Span.of(text, subject.start, beside.span.end)
            named = replace(beside, span=whole, descriptions=(*beside.descriptions, subject.text), subject=True)
    if not pronoun and named is None:
        words = lowered.split()
        if words[0] == "the" or words[0] in _POSSESSIVE_DETERMINERS or re.search(r"['\u2019]s$", words[-2] if len(words) > 1 else ""):
            if words[-1] not in lexicon.ROLE_NOUNS:
                return None
        elif not any(w in lexicon.GIVEN_NAMES for w in words) and not any(
            m.name and m.label == "PERSON" and m.name.split()[-1] == subject.text.split()[-1] for m in mentions if m.span.start < begin
        ):
            return None  # "Brexit was the question:": no one the article names
    role = not pronoun and not subject.text[:1].isupper() or lowered.split()[0] in ("the", *_POSSESSIVE_DETERMINERS) or "'s " in lowered or "\u2019s " in lowered
    speaker = named or _text_mention(
        text, subject.start, subject.end, pronoun=pronoun, proper=not pronoun and not role,
        determiner=lowered.split()[0] if role and lowered.split()[0] in ("the", *_POSSESSIVE_DETERMINERS) else "", subject=True,
    )
    return Frame(
        cue=Span.of(text, match.start(cue_word), colon + 1),
        lemma="colon",
        frame="clause",
        speaker=speaker,
        content=(),
        extent=Span.of(text, subject.start, colon + 1),
        sentence=Span.of(text, begin, colon + 1),
    )


#: The nouns whose words a text-part introduction quotes: documents and statements.
_TEXT_PART_NOUNS = lexicon.DOCUMENT_NOUNS | lexicon.STATEMENT_NOUNS
_TEXT_PART_VERB = "|".join(
    sorted({form for verb in lexicon.TEXT_PART_VERBS for form in inflect.forms_of(verb)}, key=len, reverse=True)
)
#: "The letter ends with a line from the Psalms:": a document, the verb of where its words stand
#: and the colon before the quotation. One word may stand before the noun ("The final report
#: opens with"), no more.
_TEXT_PART = re.compile(
    r"(?P<subject>(?i:the|its|his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<noun>[a-z][\w-]*))"
    r"(?:,[^,:\n]{1,80},)?"  # "The report, published on Monday, opens with"
    rf"[ \t]+(?P<verb>{_TEXT_PART_VERB})[ \t]+(?:with|by)\b[^:\n.!?\"\u201c]*:[ \t]*$"
)


def _text_part_intro(text: str, q: Quotation, cue_starts: Sequence[int]) -> Frame | None:
    """The document a colon introduces by where its words stand: 'The letter closes with a
    verse from the Psalms: "..."' quotes the letter. Only a document noun, with at most one
    word before it ("The final report opens with"), and only a sentence with no cue in it."""
    line = _line(text, q.start)
    head = text[line.start : q.start].rstrip()
    if not head.endswith(":"):
        return None
    begin = _sentence_begin(line, head)
    end = line.start + len(head)
    match = _TEXT_PART.match(text, begin, end)
    if match is None or match["noun"].lower() not in _TEXT_PART_NOUNS:
        return None
    if bisect.bisect_left(cue_starts, begin) != bisect.bisect_left(cue_starts, end):
        return None  # a cue of its own: the parse has it
    subject = Span.of(text, match.start("subject"), match.end("subject"))
    determiner = subject.text.split()[0].lower()
    return Frame(
        cue=Span.of(text, match.start("verb"), end),
        lemma="colon",
        frame="clause",
        speaker=_text_mention(text, subject.start, subject.end, proper=False, determiner=determiner, subject=True),
        content=(),
        extent=Span.of(text, subject.start, end),
        sentence=Span.of(text, begin, end),
    )


_FACT_CHECK_LABEL = re.compile(r"[ \t]*(?:\*\*)?(?P<label>[A-Za-z][A-Za-z ]{0,24}?)[ \t]*(?:\*\*)?:[ \t]*(?:\*\*)?[ \t]*(?=\S)")
#: How many paragraphs apart a fact-check's claim and the line naming who made it may stand.
CLAIM_REACH = 3


def _claim_frames(text: str, paragraphs: Sequence[Span], mentions: Sequence[Mention]) -> list[Frame]:
    """A fact-check's claim, as said by the one its layout names:

        The claim: ferry fares have "tripled in four years".
        Who said it: Dominic Vance, the opposition transport spokesman.

    The claim line is that person's words (a paraphrase with, often, a few quoted), not the
    writer's scare quotes; a claim line with no one named near it stands without a frame."""
    claims: list[tuple[int, re.Match[str]]] = []
    claimants: list[tuple[int, re.Match[str]]] = []
    for n, para in enumerate(paragraphs):
        match = _FACT_CHECK_LABEL.match(text, para.start, para.end)
        if match is None:
            continue
        label = " ".join(match.group("label").lower().split())
        if label in lexicon.CLAIM_LABELS:
            claims.append((n, match))
        elif label in lexicon.CLAIMANT_LABELS:
            claimants.append((n, match))
    out: list[Frame] = []
    for n, claim in claims:
        near = sorted(claimants, key=lambda c: abs(c[0] - n))
        if not near or abs(near[0][0] - n) > CLAIM_REACH:
            continue
        at = near[0][1].end()
        speaker = next((m for m in mentions if m.span.start <= at < m.span.end and m.name), None)
        if speaker is None:
            continue
        para = paragraphs[n]
        cue = Span.of(text, claim.start("label"), text.index(":", claim.end("label")) + 1)
        out.append(
            Frame(
                cue=cue,
                lemma="claim",
                frame="clause",
                speaker=speaker,
                content=(Span.stripped(text, claim.end(), para.end),),
                extent=cue,
                sentence=para,
            )
        )
    return out


_OUTCRY_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)[ \t]+of[ \t]*$")
_OUTCRY_FROM = re.compile(r"[ \t]*,?[ \t]*from[ \t]+(?=\S)")


def _outcry(text: str, q: Quotation, mentions: Sequence[Mention]) -> Frame | None:
    """The one who shouted: 'That drew a shout of "Rubbish!" from Councillor Imran Siddiqui'
    gives Siddiqui's word, not the writer's scare quotes. A noun of a voice raised, "of", the
    quotation, then "from" and a named person the parse found."""
    before = _OUTCRY_BEFORE.search(text, max(0, q.start - 40), q.start)
    if before is None or before.group("noun") not in lexicon.OUTCRY_NOUNS:
        return None
    after = _OUTCRY_FROM.match(text, q.end)
    if after is None:
        return None
    speaker = next((m for m in mentions if m.span.start <= after.end() < m.span.end or m.head.start == after.end()), None)
    if speaker is None or not speaker.name:
        return None
    cue = Span.of(text, before.start("noun"), before.end("noun"))
    return Frame(
        cue=cue,
        lemma="outcry",
        frame="clause",
        speaker=speaker,
        content=(),
        extent=Span.of(text, after.start(), speaker.span.end),
        sentence=Span.of(text, cue.start, speaker.span.end),
    )


#: Fewest words of a quotation that, repeating a quote's words, tie it to that quote.
MIN_REPEATED_WORDS = 3


def _alone(paragraphs: Sequence[Span], starts: Sequence[int], q: Quotation) -> bool:
    """Whether the quotation is a whole paragraph by itself."""
    if len(q.parts) != 1 or not paragraphs:
        return False
    para = paragraphs[_paragraph_index(paragraphs, starts, q.start)]
    return para.start == q.start and para.end == q.end


def _has_word(marked: str) -> bool:
    """Whether quotation marks hold a word: an empty pair ('the box "" was left blank', or a
    run of stray marks) marks no term, and no one's label to keep at a distance."""
    return any(c.isalnum() for c in marked)


def _repeated(text: str, q: Quotation, drafts: Sequence[Draft], said_by: dict[int, tuple[Draft, object, str]] | None = None) -> Draft | None:
    """A pull quote: a quotation with no cue that repeats words quoted elsewhere with a speaker
    ("We let our passengers down" above '"We let our passengers down and we are sorry," she
    said') is those words again, so it takes that quote's speaker and cue. ``said_by`` keeps
    each draft's quoted words, lower-cased, between calls: a long article asks once per
    quotation without a cue."""
    words = [w.lower() for w in _WORDS.findall(" ".join(p.text for p in q.inner))]
    if len(words) < MIN_REPEATED_WORDS:
        return None
    needle = f" {' '.join(words)} "
    for draft in drafts:
        root = draft
        while root.continues is not None and root.speaker is None:
            root = drafts[root.continues]
        if root.speaker is None or root.frame is None or draft.start <= q.start < draft.end:
            continue
        kept = said_by.get(id(draft)) if said_by is not None else None
        if kept is not None and kept[0] is draft and kept[1] is draft.quoted:
            said = kept[2]
        else:
            said = " ".join(w.lower() for part in draft.quoted for w in _WORDS.findall(part.text))
            if said_by is not None:  # the draft is kept too, so its id names no other
                said_by[id(draft)] = (draft, draft.quoted, said)
        if needle in f" {said} ":
            return _uncued(q, "repeat", recovered=not q.closed, frame=root.frame)
    return None
