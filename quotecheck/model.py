"""The results quotecheck hands out: frozen dataclasses holding character offsets.

Nothing here imports spaCy. Every offset is a Python ``str`` (code point) offset into the text the
report was made from, so ``text[span.start:span.end] == span.text`` holds for every span. Each
class has ``to_dict()`` producing the JSON shape of ``schemas/report.schema.json`` and
``from_dict()`` reading it back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Literal, Mapping

from . import lexicon
from .inflect import forms_of_all, lemma_of

SCHEMA_VERSION = "1.4"

#: Verbs whose negation says the words were not said ("never said", "has not spoken about"),
#: not those of denying or agreeing ("did not deny that ...", "did not agree that ..." are no
#: silence): see ``Quote.unsaid``.
_UNSAID_VERBS = (lexicon.SPEECH_VERBS | lexicon.SPEAKING_VERBS) - lexicon.DISPUTING_VERBS - lexicon.AGREEING_VERBS
#: Forms of the verbs of taking a side, most of them no cue verbs of ``lemma_of``'s: see
#: ``Quote.stance``.
_STANCE_FORMS = forms_of_all(lexicon.STANCE_VERBS | lexicon.PEOPLE_STANCE_VERBS)
#: Verbs of putting a question or of wondering: see ``Quote._asks``.
_ASKING_VERBS = lexicon.QUESTION_VERBS | lexicon.WONDERING_VERBS

QuoteType = Literal["direct", "indirect", "mixed"]
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")

#: What a quote reports: someone's statement, or an attribution that carries nobody's words.
Act = Literal["statement", "refusal", "question", "forecast", "denial", "stance"]

#: What a speaker (or an intermediary) is. ``anonymous`` covers vague sources too
#: ("some observers", "people familiar with the matter").
SpeakerKind = Literal["person", "organization", "outlet", "document", "anonymous", "unknown"]
SPEAKER_KINDS: tuple[str, ...] = (
    "person",
    "organization",
    "outlet",
    "document",
    "anonymous",
    "unknown",
)

#: How the resolved name was found from the mention tied to the cue.
Resolution = Literal["name", "alias", "role", "pronoun", "continuation", "none"]
RESOLUTIONS: tuple[str, ...] = ("name", "alias", "role", "pronoun", "continuation", "none")

#: What a quoted string that is not speech is.
TermKind = Literal["name", "scare"]
TERM_KINDS: tuple[str, ...] = ("name", "scare")

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
#: Higher is worse; ``--fail-on`` compares against this order.
SEVERITY_RANK: Mapping[str, int] = {"info": 1, "warning": 2, "error": 3}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of the text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    @classmethod
    def stripped(cls, text: str, start: int, end: int) -> Span:
        """``text[start:end]`` without the whitespace at either end (empty if all whitespace)."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class SpanIndex:
    """Spans sorted by start, each with a tag, to find those that hold or overlap a span without
    reading them all: a rule or stage asking once per mark or per quote of a long
    article would otherwise read every quote for every one. ``_ends_so_far[i]`` is the furthest end of the
    first i + 1 spans, so a search walking back from a start stops as soon as nothing earlier
    can reach far enough."""

    def __init__(self, tagged: Iterable[tuple[Span, int]]) -> None:
        ordered = sorted(tagged, key=lambda pair: pair[0].start)
        self._starts = [span.start for span, _ in ordered]
        self._spans = ordered
        self._ends_so_far: list[int] = []
        furthest = -1
        for span, _ in ordered:
            furthest = max(furthest, span.end)
            self._ends_so_far.append(furthest)

    def _reaching(self, first_after: int, end: int, *, strictly: bool) -> Iterator[tuple[Span, int]]:
        """Spans starting before index ``first_after`` that end at or after ``end`` (after it,
        when ``strictly``)."""
        j = first_after - 1
        while j >= 0 and (self._ends_so_far[j] > end if strictly else self._ends_so_far[j] >= end):
            span, tag = self._spans[j]
            if span.end > end if strictly else span.end >= end:
                yield span, tag
            j -= 1

    def holding(self, span: Span) -> list[int]:
        """Tags of the spans that contain ``span`` (``Span.contains``)."""
        first_after = bisect.bisect_right(self._starts, span.start)
        return [tag for _, tag in self._reaching(first_after, span.end, strictly=False)]

    def overlapping(self, span: Span) -> list[int]:
        """Tags of the spans that overlap ``span`` (``Span.overlaps``)."""
        first_after = bisect.bisect_left(self._starts, span.end)
        return [tag for _, tag in self._reaching(first_after, span.start, strictly=True)]


def stripped_end(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())``, without copying the text before ``pos``: where the words
    before a position end ("... ended.  He said" gives the end of "ended."). Each frame of a long
    article asks this; slicing the text before it each time made the article quadratic."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


def _dict_or_none(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


@dataclass(frozen=True, slots=True)
class Hop:
    """One intermediary between the original speaker and this article (or a recipient)."""

    name: str
    kind: SpeakerKind
    span: Span | None = None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "span": _dict_or_none(self.span),
            "cue": _dict_or_none(self.cue),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Hop:
        return cls(
            name=data["name"],
            kind=data["kind"],
            span=_span_or_none(data.get("span")),
            cue=_span_or_none(data.get("cue")),
        )


def _negated(words: Iterable[str]) -> bool:
    """Whether a cue's words negate it: "did not respond", "never said", "wouldn't say"."""
    return any(word in lexicon.NEGATION_WORDS or word.endswith(("n't", "n’t")) for word in words)


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement: what was said, by whom, through whom.

    ``content`` has one span per fragment: a quote interrupted by its attribution
    (``"A," she said. "B."``) or running over several paragraphs has several.
    """

    id: str
    type: QuoteType
    content: tuple[Span, ...]
    cue: Span | None
    speaker: Span | None
    speaker_name: str | None
    speaker_kind: SpeakerKind
    confidence: float
    speaker_descriptions: tuple[str, ...] = ()
    resolution: Resolution = "none"
    #: Quoted fragments inside the content (for ``mixed`` quotes) or the quotation itself.
    quoted: tuple[Span, ...] = ()
    #: Intermediaries, nearest the speaker first.
    via: tuple[Hop, ...] = ()
    #: Whom the words were said to ("told the Global Times").
    recipient: Hop | None = None
    #: Where and when the original words were said ("on Sunday", "in a statement").
    context: tuple[Span, ...] = ()
    #: What a relative word opening the content stands for: "The levy" for "which ... was a
    #: mistake" in "The levy, which the mayor said was a mistake, ...".
    about: Span | None = None
    #: What the parse knew of the cue, which the text alone cannot tell: the content is a gerund
    #: clause ("denied knowingly taking any banned substance", not "denied planning
    #: permission"); the speaker's phrase negates the cue ("Neither Harlow nor Delune
    #: responded", not "No 10 responded"), or a fronted "nor" does ("Nor had any customer
    #: reported ..."). Not in the JSON, which keeps the ``act`` they decide.
    gerund_content: bool = False
    speaker_negates: bool = False

    @property
    def start(self) -> int:
        return self.content[0].start

    @property
    def end(self) -> int:
        return self.content[-1].end

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.content)

    @property
    def refusal(self) -> bool:
        """Whether the quote only reports that the speaker would not speak or act: "Counsel Peter
        Dunmore declined to comment", "refused to say how long the review would take". The
        content ("to comment") is what was refused, none of the speaker's words; it is kept
        because it is an attribution all the same (PolNeAR annotates refusals)."""
        if self.unsaid:
            return True
        if self.type == "direct" or self.cue is None:
            return False
        if self.type == "mixed" and not self._refuses_speech():
            return False
        return self._cue_in(lexicon.DECLINE_VERBS) or self._no_reply_cue() or self._refused_in_clause()

    def _refused_in_clause(self) -> bool:
        """Whether an indirect quote only says its speaker will not speak: "The board said it
        would not comment on individual decisions", "said he could not discuss the case" (see
        ``lexicon.REFUSING_AUXILIARIES`` and ``lexicon.REFUSED_SPEAKING_VERBS``); not "said it
        would not raise fares", which is a statement."""
        if self.type != "indirect":
            return False
        words = [word.strip(".,;:").lower() for word in self.text.split()[:5]]
        if words[:1] == ["that"]:
            words = words[1:]
        if len(words) < 3 or words[0] not in lexicon.REFUSING_SUBJECTS or not self._stands_for_speaker(words[0]):
            return False
        auxiliary, rest = words[1], words[2:]
        if auxiliary.endswith(("n't", "n’t")):
            auxiliary = auxiliary[:-3]
        elif auxiliary == "cannot":
            pass
        elif rest[0] in lexicon.NEGATION_WORDS:
            rest = rest[1:]
        else:
            return False
        return auxiliary in lexicon.REFUSING_AUXILIARIES and bool(rest) and rest[0] in lexicon.CLAUSE_REFUSED_VERBS

    def _stands_for_speaker(self, pronoun: str) -> bool:
        """Whether a clause's subject pronoun can be the speaker: "it" a body's, "he" or "she"
        one person's, "they" or "we" a group's or a body's; "Sources said he would not confirm
        the appointment" is the sources' word about someone else, no refusal of theirs."""
        if self.speaker is None:
            return True
        kind = self.speaker_kind
        head = (re.findall(r"[\w'’-]+", self.speaker.text.split(",")[0]) or [""])[-1].lower()
        plural = kind in ("anonymous", "unknown") and head.endswith("s") and not head.endswith("ss")
        if pronoun == "it":
            return kind in ("organization", "outlet", "document", "unknown")
        if pronoun in ("he", "she", "i"):
            return kind == "person" or (kind in ("anonymous", "unknown") and not plural)
        return plural or kind in ("organization", "outlet", "document")

    def _refuses_speech(self) -> bool:
        """Whether mixed content is a refusal to speak, with quoted words only in what it would
        not speak about: 'declined to comment on what it called "market speculation"', not
        'refused to "bow to a handful of landlords"' (see ``lexicon.REFUSED_SPEAKING_VERBS``)."""
        words = self.text.split()[:2]
        if len(words) < 2 or words[0].lower() != "to" or not self.quoted or self.quoted[0].start <= self.start + len("to "):
            return False
        return words[1].lower() in lexicon.REFUSED_SPEAKING_VERBS

    def _no_reply_cue(self) -> bool:
        """Whether the cue says the speaker did not answer: "did not respond to", "has not
        returned" (see ``lexicon.NO_REPLY_VERB_FORMS``); not "could not be reached", which
        refuses nothing."""
        words = self._cue_words()
        return self._negated_cue(words) and any(word in lexicon.NO_REPLY_VERB_FORMS for word in words)

    def _negated_cue(self, words: list[str]) -> bool:
        """Whether the cue's ``words`` negate it ("did not respond", "never said") or the
        speaker's phrase or a fronted "nor" does ("Neither Harlow nor Delune responded", "Nor had
        any customer reported ...")."""
        return _negated(words) or self.speaker_negates

    def _cue_words(self) -> list[str]:
        return [word.strip(".,;:").lower() for word in self.cue.text.split()] if self.cue is not None else []

    @property
    def unsaid(self) -> bool:
        """Whether the cue says the speaker did not say it: "Ana Lutz never said the deal was
        dead", "would not say whether he would run", "has not spoken publicly about the bid".
        PolNeAR annotates these as attributions, so they are kept, but the content is none of
        the speaker's words: a fact-checker must not read it as their claim, so it counts as a
        refusal. ("did not just say ..." said it, and more; "did not deny that ..." is tacit
        acceptance, no silence: a statement. The writer's own "I can't say my use of it was
        prolific" hedges a statement: outside quotation marks "I" and "we" are the writer's.)"""
        if self.type == "direct" or self.cue is None:
            return False
        if self.speaker is not None and self.speaker.text.strip().lower() in lexicon.WRITER_VOICE_PRONOUNS:
            return False
        words = self._cue_words()
        if not self._negated_cue(words) or any(word in lexicon.NOT_ONLY_WORDS for word in words):
            return False
        return self._cue_in(_UNSAID_VERBS)

    @property
    def denial(self) -> bool:
        """Whether the speaker denies the content: "Anneke Vos rejected claims that the ministry
        knew", "denied that the data was hidden", "dismissed the notion that ...". The content
        is what the speaker says is untrue (often another's claim), not their assertion; a
        denying verb's other objects ("rejected the plan", "dismissed him as a crank") are not
        (see ``lexicon.DENYING_VERBS`` and ``lexicon.DENIED_CLAIM_NOUNS``)."""
        if self.type == "direct" or not self._cue_in(lexicon.DENYING_VERBS):
            return False
        if self._negated_cue(self._cue_words()):
            return False  # "did not deny that she had met him", "At no point did he deny ...": no denial (see ``unsaid``)
        raw = [word.strip("'\"‘’“”.,—–-") for word in self.text.split()[:3]]
        words = [word.lower() for word in raw]
        if words[:1] == ["that"] and len(raw) > 1 and (raw[1][:1].isupper() or raw[1][:1].isdigit() or words[1] in lexicon.CLAUSE_OPENING_WORDS):
            return True  # "denied that the data was hidden"; not "rejected that offer"
        if self.gerund_content and self._cue_in(lexicon.GERUND_DENYING_VERBS):
            return True  # "denied knowingly taking any banned substance", "ruled out making a bid"
        return any(word.removesuffix("'s") in lexicon.DENIED_CLAIM_NOUNS for word in words)

    @property
    def question(self) -> bool:
        """Whether the quote is a question. Put by nobody named: "Asked whether jobs would be
        cut, she said ...": the asker is the reporter or the press, the one asked answers in the
        quote after it; the content ("whether jobs would be cut") is no one's statement. Or by
        its speaker, when what was asked opens as a question does ("Okafor rose to ask whether
        ...", "Asked by reporters whether ...", not "asked the council to act")."""
        if self.type == "direct":
            return False
        if self.speaker is None:
            return self._cue_in(lexicon.QUESTION_VERBS)
        return self._asks()

    def _asks(self) -> bool:
        """Whether the speaker's words are a question: a cue of asking or wondering, or "wanted
        to know", before what opens as a question does ("whether", "why", "about", see
        ``lexicon.QUESTION_OPENERS``)."""
        words = [word.strip("'\"‘’“”.,").lower() for word in self.text.split()[:3]]
        if words[:2] == ["to", "know"] and self._cue_in(lexicon.KNOW_WANTING_VERBS):
            words = words[2:]  # "wanted to know why the pool had closed"
        elif not self._cue_in(_ASKING_VERBS):
            return False
        elif self._asked_by() and words and words[0] not in ("to", "that", "for"):
            return True  # "Asked by reporters about the closure, ...": the "about" is no content
        return bool(words) and words[0] in lexicon.QUESTION_OPENERS

    def _asked_by(self) -> bool:
        """Whether the speaker is named after a cue of asking, the asker of a passive: "Asked by
        the Evening Post whether ...", "Asked by reporters about the closure"."""
        return self.cue is not None and self.speaker is not None and self.cue.end <= self.speaker.start and self._cue_in(lexicon.QUESTION_VERBS)

    @property
    def forecast(self) -> bool:
        """Whether the quote is a forecast in the article's own voice, with nobody named: "Talks
        are expected to take place in Corvina" says what is due to happen, as AP copy does."""
        return self.speaker is None and self.type == "indirect" and self._cue_in(lexicon.FORECAST_PASSIVES)

    @property
    def stance(self) -> bool:
        """Whether the quote reports a side the speaker takes, not words: "Most economists favor
        a carbon tax", "61 percent of voters support the plan", "the union opposed the merger".
        The content is what they back or oppose (``lexicon.STANCE_VERBS``), which a
        fact-checker verifies against a poll or a record rather than against anyone's words."""
        return self.type != "direct" and any(word in _STANCE_FORMS for word in self._cue_words())

    @property
    def act(self) -> Act:
        """What the quote reports: someone's ``statement``, or one of the attributions that carry
        nobody's words: a ``refusal``; a ``denial``, the speaker's word that the content is
        untrue; the article's own ``forecast``; a ``question`` (put by nobody named, or by the
        asker its speaker: "Okafor rose to ask whether ..."); a ``stance`` taken. Checked in
        that order; the JSON's ``act`` field."""
        if self.refusal:
            return "refusal"
        if self.denial:
            return "denial"
        if self.forecast:
            return "forecast"
        if self.question:
            return "question"
        return "stance" if self.stance else "statement"

    @property
    def voiceless(self) -> bool:
        """A question put by nobody named or a forecast: words in no one's mouth."""
        return (self.question and self.speaker is None) or self.forecast

    def _cue_in(self, lemmas: frozenset[str]) -> bool:
        """Whether a word of the cue is a form of one of ``lemmas``, or a verb of the cue and the
        word after it make one of its two-word phrases ("ruled out" is "rule out")."""
        if self.cue is None:
            return False
        if any(lemma_of(word.strip(".,;:")) in lemmas for word in self.cue.text.split()):
            return True
        words = self._cue_words()
        return any(f"{lemma_of(word)} {after}" in lemmas for word, after in zip(words, words[1:]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "act": self.act,
            "content": [part.to_dict() for part in self.content],
            "cue": _dict_or_none(self.cue),
            "speaker": _dict_or_none(self.speaker),
            "speaker_name": self.speaker_name,
            "speaker_kind": self.speaker_kind,
            "speaker_descriptions": list(self.speaker_descriptions),
            "resolution": self.resolution,
            "confidence": self.confidence,
            "quoted": [part.to_dict() for part in self.quoted],
            "via": [hop.to_dict() for hop in self.via],
            "recipient": None if self.recipient is None else self.recipient.to_dict(),
            "context": [part.to_dict() for part in self.context],
            "about": _dict_or_none(self.about),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        recipient = data.get("recipient")
        return cls(
            id=data["id"],
            type=data["type"],
            content=tuple(Span.from_dict(part) for part in data["content"]),
            cue=_span_or_none(data.get("cue")),
            speaker=_span_or_none(data.get("speaker")),
            speaker_name=data.get("speaker_name"),
            speaker_kind=data.get("speaker_kind", "unknown"),
            confidence=float(data["confidence"]),
            speaker_descriptions=tuple(data.get("speaker_descriptions", ())),
            resolution=data.get("resolution", "none"),
            quoted=tuple(Span.from_dict(part) for part in data.get("quoted", ())),
            via=tuple(Hop.from_dict(hop) for hop in data.get("via", ())),
            recipient=None if recipient is None else Hop.from_dict(recipient),
            context=tuple(Span.from_dict(part) for part in data.get("context", ())),
            about=_span_or_none(data.get("about")),
            # The parse's facts are not stored; the act they decided is, and these give it back.
            gerund_content=data.get("act") == "denial",
            speaker_negates=data.get("act") == "refusal",
        )


@dataclass(frozen=True, slots=True)
class Term:
    """A quoted string that is not speech: a name or title, or scare quotes."""

    kind: TermKind
    span: Span
    #: The words that mark it as such ("so-called", "the film", "forum"), when there are any.
    marker: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": self.span.to_dict(), "marker": _dict_or_none(self.marker)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Term:
        return cls(data["kind"], Span.from_dict(data["span"]), _span_or_none(data.get("marker")))


@dataclass(frozen=True, slots=True)
class Entity:
    """Someone or something quoted in the article, with every mention that refers to it."""

    name: str
    kind: SpeakerKind
    descriptions: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "descriptions": list(self.descriptions),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        return cls(
            name=data["name"],
            kind=data["kind"],
            descriptions=tuple(data.get("descriptions", ())),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Publisher:
    """The article's own outlet and where quotecheck learned it."""

    name: str
    source: Literal["option", "byline", "dateline", "config"]
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "source": self.source, "span": _dict_or_none(self.span)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Publisher:
        return cls(data["name"], data["source"], _span_or_none(data.get("span")))


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing an editor must cite, verify or fix, from a rule of the citation checker."""

    rule: str
    severity: Severity
    message: str
    suggestion: str
    quote: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "quote": self.quote,
            "span": _dict_or_none(self.span),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            rule=data["rule"],
            severity=data["severity"],
            message=data["message"],
            suggestion=data["suggestion"],
            quote=data.get("quote"),
            span=_span_or_none(data.get("span")),
        )


@dataclass(frozen=True, slots=True)
class Report:
    """Everything quotecheck found in one article."""

    text: str
    quotes: tuple[Quote, ...] = ()
    terms: tuple[Term, ...] = ()
    entities: tuple[Entity, ...] = ()
    #: Quotation marks that pair with nothing (a typo, not the multi-paragraph convention).
    unbalanced: tuple[Span, ...] = ()
    #: The byline / metadata header, kept out of the quotes.
    header: Span | None = None
    publisher: Publisher | None = None
    findings: tuple[Finding, ...] = ()
    id: str | None = None
    source: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)

    def with_findings(self, findings: Iterable[Finding]) -> Report:
        return replace(self, findings=tuple(findings))

    def quote(self, quote_id: str) -> Quote:
        for quote in self.quotes:
            if quote.id == quote_id:
                return quote
        raise KeyError(quote_id)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "length": len(self.text),
            "publisher": None if self.publisher is None else self.publisher.to_dict(),
            "header": _dict_or_none(self.header),
            "quotes": [q.to_dict() for q in self.quotes],
            "terms": [t.to_dict() for t in self.terms],
            "entities": [e.to_dict() for e in self.entities],
            "unbalanced": [s.to_dict() for s in self.unbalanced],
            "findings": [f.to_dict() for f in self.findings],
            "meta": dict(self.meta),
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, text: str | None = None) -> Report:
        """Read a report back; ``text`` is needed unless the dict carries it."""
        if text is None:
            text = data.get("text")
        if text is None:
            raise ValueError("a report read back without its text needs text=")
        publisher = data.get("publisher")
        return cls(
            text=text,
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            terms=tuple(Term.from_dict(t) for t in data.get("terms", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            unbalanced=tuple(Span.from_dict(s) for s in data.get("unbalanced", ())),
            header=_span_or_none(data.get("header")),
            publisher=None if publisher is None else Publisher.from_dict(publisher),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", ())),
            id=data.get("id"),
            source=data.get("source"),
            meta=dict(data.get("meta", {})),
        )


#: Fields holding names and descriptions shown to readers: a line break or a run of spaces in
#: the article ("council\nleader") is one space in them.
_DISPLAY_FIELDS = frozenset({"name", "speaker_name", "descriptions", "speaker_descriptions"})


def display(words: str) -> str:
    """A name or description as shown: whitespace runs as one space ("council\\nleader" is
    "council leader")."""
    return " ".join(words.split())


def on_text(report: Report, text: str) -> Report:
    """``report`` over ``text``, a text of the same length it was made from a view of (the
    article with hard-wrapped lines joined, see ``wrapping``): every span is cut afresh from
    ``text``, and names and descriptions are given with whitespace runs as one space."""
    return _on_text(report, text, report.text is not text)


def on_written_text(report: Report, text: str) -> Report:
    """``report`` over ``text``, the article as written with "\\r\\n" line breaks, from a report
    made over the same article with each "\\r\\n" read as "\\n" (``report.text``): every
    offset moves on past the carriage returns before it, so a span keeps its words and a line
    break inside it is whole again ("Halvey\\r\\nCourier")."""
    # Where each "\n" of a "\r\n" stands in the report's text: k returns before it are gone.
    breaks = [m.start() - k for k, m in enumerate(re.finditer("\r\n", text))]
    return _on_text(report, text, True, lambda pos: pos + bisect.bisect_left(breaks, pos))


def _on_text(value: Any, text: str, recut: bool, moved: Callable[[int], int] | None = None) -> Any:
    if isinstance(value, Span):
        if moved is not None:
            return Span.of(text, moved(value.start), moved(value.end))
        return Span.of(text, value.start, value.end) if recut else value
    if isinstance(value, tuple):
        return tuple(_on_text(v, text, recut, moved) for v in value)
    if isinstance(value, Report):
        return replace(
            value,
            text=text,
            **{f: _on_text(getattr(value, f), text, recut, moved) for f in ("quotes", "terms", "entities", "unbalanced", "header", "publisher", "findings")},
        )
    if isinstance(value, (Quote, Hop, Term, Entity, Publisher, Finding)):
        changes = {}
        for name in value.__dataclass_fields__:
            old = getattr(value, name)
            new = _display(old) if name in _DISPLAY_FIELDS else _on_text(old, text, recut, moved)
            if new != old:
                changes[name] = new
        return replace(value, **changes) if changes else value
    return value


def _display(value: Any) -> Any:
    """A name, or descriptions, as shown; descriptions that differ only in spacing are one."""
    if isinstance(value, str):
        return display(value)
    if isinstance(value, tuple):
        return tuple(dict.fromkeys(display(v) for v in value))
    return value
