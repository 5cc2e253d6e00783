"""The citation checker: one small registered function per rule id.

Each rule reads a finished ``Report`` (and the newsroom's ``Settings``: outlets it treats as
primary sources, the original to check quotations against) and yields ``Hit`` records; the
registry turns them into ``Finding`` records with the rule's id and severity. Rules are pure and
never import spaCy. ``check`` runs the rules a ``Selection`` keeps; ``review`` puts their
findings on a report; ``fails`` decides whether findings reach a ``--fail-on`` level. A rule's
docstring is its help text (``quotecheck rules``), written for editors: plain text, no markup.
"""

from __future__ import annotations

import bisect
import fnmatch
import inspect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, TypeVar

from . import lexicon
from .chains import recipient_verb, same_outlet
from .extract.speakers import publication_name, senior_source
from .errors import ConfigError
from .fidelity import inner, words
from .inflect import lemma_of
from .marks import paragraphs
from .model import SEVERITIES, SEVERITY_RANK, Finding, Hop, Publisher, Quote, Report, Span, SpanIndex

_T = TypeVar("_T")

if TYPE_CHECKING:
    from .fidelity import Original

#: ``--fail-on`` levels, from the strictest; ``never`` makes findings never fail the run.
FAIL_ON: tuple[str, ...] = ("info", "warning", "error", "never")

#: Longest stretch of quoted words repeated inside a message.
MESSAGE_QUOTE_CHARS = 60
#: Fewest words a quotation needs before the same words under two speakers count (QC501):
#: shorter ones ("no comment", "we will see") are said by many people.
SAME_WORDS_MIN = 4


@dataclass(frozen=True, slots=True)
class Settings:
    """What the newsroom tells the checker beyond the article itself."""

    #: Outlets the newsroom treats as primary sources: no QC101 for words they carried.
    primary_sources: tuple[str, ...] = ()
    #: The original (transcript, statement, article) quotations are checked against (QC401/402).
    original: Original | None = None

    def is_primary(self, name: str | None) -> bool:
        return any(same_outlet(name, Publisher(primary, "config")) for primary in self.primary_sources)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function found: the registry adds the rule id and severity."""

    message: str
    suggestion: str
    quote: str | None = None
    span: Span | None = None


RuleFn = Callable[[Report, Settings], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str
    summary: str
    #: What the rule means and what an editor should do: the function's docstring.
    help: str
    fn: RuleFn

    def run(self, report: Report, settings: Settings) -> Iterator[Finding]:
        for hit in self.fn(report, settings):
            yield Finding(self.id, self.severity, hit.message, hit.suggestion, hit.quote, hit.span)  # type: ignore[arg-type]


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, summary: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule function under a stable id; its docstring is the rule's help."""
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def register(fn: RuleFn) -> RuleFn:
        REGISTRY[rule_id] = Rule(rule_id, severity, summary, inspect.cleandoc(fn.__doc__ or ""), fn)
        return fn

    return register


# ------------------------------------------------------------------------------------------
# Selecting rules
# ------------------------------------------------------------------------------------------


def _matches(pattern: str, rule_id: str) -> bool:
    """``QC101`` (exact), ``QC2*`` or ``QC40?`` (glob), ``QC1`` (prefix, as linters read it)."""
    pattern = pattern.strip().upper()
    if pattern in ("ALL", "*"):
        return True
    if set("*?[") & set(pattern):
        return fnmatch.fnmatchcase(rule_id, pattern)
    return rule_id.startswith(pattern)


def _patterns(values: Iterable[str]) -> tuple[str, ...]:
    """Patterns from values that may themselves be comma-separated lists."""
    return tuple(p.strip() for value in values for p in value.split(",") if p.strip())


@dataclass(frozen=True, slots=True)
class Selection:
    """Which rules run: those ``select`` names (all when empty), minus those ``ignore`` names."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @classmethod
    def of(cls, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Selection:
        """Build a selection, raising ``ConfigError`` for a pattern that names no rule."""
        chosen = cls(_patterns(select), _patterns(ignore))
        for pattern in chosen.select + chosen.ignore:
            if not any(_matches(pattern, rule_id) for rule_id in REGISTRY):
                raise ConfigError(f"unknown rule {pattern!r}: 'quotecheck rules' lists them")
        return chosen

    def __contains__(self, rule_id: object) -> bool:
        if not isinstance(rule_id, str):
            return False
        if self.select and not any(_matches(p, rule_id) for p in self.select):
            return False
        return not any(_matches(p, rule_id) for p in self.ignore)

    def rules(self) -> list[Rule]:
        return [REGISTRY[rule_id] for rule_id in sorted(REGISTRY) if rule_id in self]


ALL = Selection()
DEFAULT_SETTINGS = Settings()


def check(
    report: Report, *, settings: Settings | None = None, selection: Selection | None = None
) -> Iterator[Finding]:
    """The findings of the selected rules on ``report``, in text order."""
    settings = settings or DEFAULT_SETTINGS
    findings = [f for r in (selection or ALL).rules() for f in r.run(report, settings)]
    order = {q.id: q.start for q in report.quotes}

    def position(finding: Finding) -> tuple[int, str]:
        if finding.span is not None:
            return finding.span.start, finding.rule
        return order.get(finding.quote or "", len(report.text)), finding.rule

    yield from sorted(findings, key=position)


def review(
    report: Report, *, settings: Settings | None = None, selection: Selection | None = None
) -> Report:
    """``report`` with the findings of the selected rules under ``settings``."""
    if settings is None or settings == DEFAULT_SETTINGS:
        # The pipeline already ran every rule with the default settings: only filter.
        keep = selection or ALL
        return report.with_findings(f for f in report.findings if f.rule in keep)
    return report.with_findings(check(report, settings=settings, selection=selection))


def fails(findings: Iterable[Finding], fail_on: str) -> bool:
    """Whether any finding is at or above ``fail_on`` (``never``: none ever is)."""
    if fail_on not in FAIL_ON:
        raise ConfigError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if fail_on == "never":
        return False
    level = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= level for f in findings)


# ------------------------------------------------------------------------------------------
# Small helpers shared by the rules
# ------------------------------------------------------------------------------------------

# Determiners and possessives that start a description rather than a name ("A spokesman", "Her
# aide"): lowercased inside a sentence. "The Times" keeps its capital: a capital follows.
_LEADING_ARTICLE = re.compile(r"^(A|An|The|Her|His|Its|Their|Our|Some|Several|Many) (?=[a-z])")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’»]|$)|\n")


def _inline(name: str) -> str:
    """A name as it reads inside a sentence: "A spokesman" -> "a spokesman", "The Times" kept."""
    return _LEADING_ARTICLE.sub(lambda m: m.group(1).lower() + " ", name)


def _clip(text: str, limit: int = MESSAGE_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quoted_words(text: str) -> str:
    """Quoted words for a message: without their quotation marks and trailing punctuation."""
    return _clip(inner(text).rstrip(" ,.;:"))


def _speaker(quote: Quote) -> str | None:
    """The resolved name, else the mention as written, else None."""
    if quote.speaker_name:
        return quote.speaker_name
    return quote.speaker.text if quote.speaker is not None else None


def _publisher(report: Report) -> str:
    return report.publisher.name if report.publisher is not None else "this article"


def _once_per_report(build: Callable[[Report], _T]) -> Callable[[Report], _T]:
    """``build(report)`` made once for the report last asked about: the rules ask for the same
    index once per quote, mark or term. Only the last report is kept, so nothing outlives the
    next article; the pair is swapped in whole, so a reader never sees half of one."""
    last: list[tuple[Report | None, _T | None]] = [(None, None)]

    def cached(report: Report) -> _T:
        seen, value = last[0]
        if seen is not report:
            value = build(report)
            last[0] = (report, value)
        return value  # type: ignore[return-value]

    cached.__doc__ = build.__doc__
    return cached


@_once_per_report
def _content_index(report: Report) -> SpanIndex:
    """Each quote's content parts, tagged with the quote's place in ``report.quotes``."""
    return SpanIndex((part, i) for i, quote in enumerate(report.quotes) for part in quote.content)


def _quote_at(report: Report, span: Span) -> Quote | None:
    """The quote whose content holds ``span``, if any (the first in the report if several do)."""
    holding = _content_index(report).holding(span)
    return report.quotes[min(holding)] if holding else None


def _cue_lemmas(quote: Quote) -> list[tuple[str, str]]:
    """(lemma, word) of each cue-verb word of the cue: "pointed out" -> [("point", "pointed")]."""
    if quote.cue is None:
        return []
    out = []
    for word in quote.cue.text.split():
        lemma = lemma_of(word.strip(".,;:"))
        if lemma is not None:
            out.append((lemma, word))
    return out


def _is_outlet_speaker(quote: Quote, report: Report) -> bool:
    return quote.speaker_kind == "outlet" and not same_outlet(quote.speaker_name, report.publisher)


def _interview_question(quote: Quote, report: Report) -> bool:
    """Whether the quote is a question its asker put to someone who answers it in the article:
    "Asked by the Evening Post whether ..., Olufemi declined to comment", "Asked by reporters
    whether ..., Lutz said ...". The asker only interviewed: no claim of theirs is printed,
    so neither who they are nor what carried their words is in question."""
    if not quote.question or quote.speaker is None or quote.recipient is None or quote.recipient.span is None:
        return False
    return any(other.speaker == quote.recipient.span for other in report.quotes if other is not quote)


def _carriers(quote: Quote, report: Report) -> list[Hop]:
    """Who carried the words to the article, nearest the speaker first, the publisher left out:
    an outlet the words were said to ("told the BBC"), then every ``via`` hop. None for a
    refusal ("declined to give Radio Tessmoor a number"), a question put by nobody named or a
    forecast: the outlet refused or asked ("Asked about the report, the Flash said") carried
    no one's words. A person who only read out the speaker's statement is no carrier."""
    if quote.refusal or quote.voiceless:
        return []
    hops: list[Hop] = []
    recipient = quote.recipient
    if recipient is not None and recipient.kind == "outlet" and not same_outlet(recipient.name, report.publisher):
        hops.append(recipient)
    # An anonymous go-between ("people familiar with the matter said the minister had told
    # colleagues ...") is no one to credit: QC201 asks who they are.
    hops.extend(
        h for h in quote.via if h.kind != "anonymous" and not _reader(h) and not same_outlet(h.name, report.publisher)
    )
    return hops


def _reader(hop: Hop) -> bool:
    """Whether a hop is a person who read out the speaker's own statement for them: "the family
    said in a statement read outside court by solicitor Ravi Chandran". The words are the
    family's own, not passed on by an outlet or organisation: no carrier to credit."""
    if hop.kind != "person" or hop.cue is None:
        return False
    words = hop.cue.text.lower().split()
    return bool(words) and words[0] in lexicon.READING_OUT_FORMS


#: A speaker's own family or friend: "my father", "our neighbour".
_PRIVATE_RELATION = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(lexicon.PRIVATE_RELATION_POSSESSIVES)) + r")\s+([a-z]+)$", re.IGNORECASE
)


def _recollection(quote: Quote, report: Report) -> bool:
    """Whether a quote is words a speaker recalls from their own family or friends inside their
    own direct quote: '"My father always told me 'never give up,' and I never did," said Anna
    Brill.' She heard them first-hand; a private person known through her needs no name, and she
    passed on no one's report. No second-hand (QC101) or unnamed-speaker (QC203) finding."""
    if quote.speaker is None or len(quote.via) != 1 or quote.via[0].kind != "person" or not quote.content:
        return False
    match = _PRIVATE_RELATION.match(quote.speaker.text.strip())
    if match is None or match.group(1).lower() not in lexicon.PRIVATE_RELATION_NOUNS:
        return False
    inner_words = quote.content[0]
    return any(
        other is not quote
        and other.speaker_name == quote.via[0].name
        and any(part.start <= inner_words.start and inner_words.end <= part.end for part in other.quoted)
        for other in report.quotes
    )


def _writer_speaks(quote: Quote) -> bool:
    """Whether the speaker is the article's own writer, outside any quotation: "As I told
    listeners on Radio Northbridge on Tuesday, the queue ...". The words are first-hand: the
    outlet they were said on passed nothing to the article (no QC101 or QC102)."""
    return quote.speaker is not None and quote.speaker.text.strip().lower() in lexicon.WRITER_VOICE_PRONOUNS


def _called(name: str, span: Span | None, text: str = "") -> str:
    """``name`` as the article writes it: "the BBC" when the mention is "the BBC", or when the
    article calls it that elsewhere ("The paper quoted ..." after "The Guardian reported")."""
    if span is not None and span.text.casefold() == f"the {name}".casefold():
        return f"the {name}"
    if text and _written_with_the(name, text):
        return f"the {name}"
    return _inline(name)


#: The last text ``_written_with_the`` read, and its answers by name.
_WITH_THE: list[tuple[str | None, dict[str, bool]]] = [(None, {})]


def _written_with_the(name: str, text: str) -> bool:
    """Whether the text writes "the" before the name anywhere ("The Guardian reported"). A
    search of the whole text per finding made a long article quadratic: each name is searched
    once per text."""
    seen, answers = _WITH_THE[0]
    if seen is not text:
        answers = {}
        _WITH_THE[0] = (text, answers)
    if name not in answers:
        answers[name] = re.search(rf"\b[Tt]he {re.escape(name)}\b", text) is not None
    return answers[name]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _short_speaker(quote: Quote) -> str:
    """The speaker as a short subject for an example sentence: "Varga", "she", "Ben Hart"."""
    if quote.speaker is not None and (len(quote.speaker.text.split()) <= 3 or not quote.speaker_name):
        return _inline(quote.speaker.text)
    return quote.speaker_name or "the speaker"


def _credit(hop: Hop, quote: Quote, text: str = "") -> str:
    """How the article would credit ``hop``: "..., Interfax reported." / "..., she told the BBC."."""
    name = _called(hop.name, hop.span, text)
    if hop is quote.recipient:
        # "wrote in the Northern Courier", "said on the Orbit Hour podcast", "told the BBC".
        verb = {"in": "wrote in", "on": "said on"}.get(recipient_verb(hop), "told")
        return f"'..., {_short_speaker(quote)} {verb} {name}.'"
    if hop.kind == "outlet":
        return f"'..., {name} reported.'"
    return f"'..., according to {name}.'"


# ------------------------------------------------------------------------------------------
# QC1xx: where the words came from
# ------------------------------------------------------------------------------------------


#: Kinds of intermediary an article cites by name ("..., Interfax reported").
_CITABLE = frozenset({"outlet", "organization", "document"})


@rule("QC101", "warning", "Second-hand quote: the words came through another outlet or organisation")
def second_hand(report: Report, settings: Settings) -> Iterator[Hit]:
    """The article did not hear these words itself: they came through another outlet, agency or
    organisation ("Interfax reported, citing Lavrov", "according to Reuters", "quoted X as
    saying"), were said to another outlet ("told the BBC" in a Daily Ledger article), or are
    another outlet's own reporting ("..., the Bellmont Gazette reported"). Words said to the
    publisher itself ("told the Global Times" in the Global Times) and to reporters at large
    ("told reporters") are first-hand and not flagged, and so are the writer's own words ("As I
    told listeners on Radio Northbridge, ...").

    What to do: keep the intermediary credited by name in the same sentence, or confirm the
    words with the speaker before running them as your own. Outlets the newsroom trusts as
    primary sources can be listed in the configuration (primary_sources): words they
    carried are not flagged. Each quote with a carrier is flagged, the next one in the same
    exchange too ("told the Echo ... She added ..."): an editor who reads the findings of one
    quote sees where its words came from. An uncued paragraph that goes on with the quote before
    it is covered by that one, and words a speaker recalls from their own family or friends
    inside their own quote are not flagged.
    """
    for quote in report.quotes:
        if quote.resolution == "continuation" or _recollection(quote, report) or _interview_question(quote, report):
            continue
        if _writer_speaks(quote):
            continue  # "As I told listeners on Radio Northbridge, ...": the writer's own words
        carriers = [h for h in _carriers(quote, report) if not settings.is_primary(h.name)]
        unknown = "" if report.publisher is not None else " (The publisher is unknown: if this article is theirs, set the publisher.)"
        if carriers:
            cite = carriers[-1]
            through = " and ".join(f"{_called(h.name, h.span, report.text)} ({h.kind})" for h in carriers)
            speaker = _speaker(quote)
            first_hand = f", or get the words from {_inline(speaker)} first-hand" if speaker else ""
            called = _called(cite.name, cite.span, report.text)
            how = f"Cite {called} by name" if cite.kind in _CITABLE else f"Keep {called} in the attribution"
            yield Hit(
                f"Second-hand: these words reached the article through {through}.",
                f"{how}, e.g. {_credit(cite, quote, report.text)}{first_hand}.{unknown}",
                quote.id,
                cite.span or quote.speaker or quote.content[0],
            )
        elif _is_outlet_speaker(quote, report) and not settings.is_primary(quote.speaker_name):
            name = _called(quote.speaker_name or "another outlet", quote.speaker, report.text)
            yield Hit(
                f"Second-hand: this is {_possessive(name)} reporting, not the article's own (outlet).",
                f"Keep {name} credited by name, e.g. '..., {name} reported.', or confirm it independently.{unknown}",
                quote.id,
                quote.speaker or quote.content[0],
            )


@rule("QC102", "warning", "Long chain: the words passed through two or more intermediaries")
def long_chain(report: Report, settings: Settings) -> Iterator[Hit]:
    """The words passed through two or more hands before reaching the article ("the minister
    said ..., Reuters reported, according to Radio Sever"). Each retelling can shorten, translate
    or sharpen them, and the article cannot see what the first one said. Outlets listed as
    primary sources still count here: the chain is as long as it is.

    What to do: trace the words to their first publication, or to the speaker, and quote and cite
    that.
    """
    for quote in report.quotes:
        if quote.resolution == "continuation" or _writer_speaks(quote):
            continue
        carriers = _carriers(quote, report)
        reporter = _is_outlet_speaker(quote, report)
        count = len(carriers) + (1 if reporter else 0)
        if count < 2:
            continue
        names = [_called(h.name, h.span, report.text) for h in carriers]
        if reporter:
            # The outlet's own report is where the words start: "Dagposten's own reporting →
            # VRK → Baltic Wire", not some source it did not name.
            outlet = _called(quote.speaker_name or "another outlet", quote.speaker, report.text)
            origin, first_carrier = f"{_possessive(outlet)} own reporting", f"{outlet}, which reported them first"
        else:
            origin = _speaker(quote) or "an unnamed speaker"
            first_carrier = f"{names[0]}, the first to carry them"
        chain = " → ".join([origin, *names, _publisher(report)])
        direct = f" or to {_inline(origin)} directly" if not reporter and _speaker(quote) else ""
        first = carriers[0] if carriers and not reporter else None
        yield Hit(
            f"Long chain: {chain} ({count} intermediaries).",
            f"Trace the words back to {first_carrier}{',' + direct if direct else ''}, and quote and cite that source.",
            quote.id,
            (first.span if first is not None else None) or quote.speaker or quote.content[0],
        )


# ------------------------------------------------------------------------------------------
# QC2xx: who is speaking
# ------------------------------------------------------------------------------------------


def _attribution(report: Report, quote: Quote) -> str:
    """The words around the speaker that are not the quote: the speaker mention, what stands
    between it and the cue, and the rest of the sentence after both ("..., officials said,
    speaking on condition of anonymity because ...")."""
    text = report.text
    anchors = [s for s in (quote.speaker, quote.cue) if s is not None]
    if not anchors:
        return ""
    start = min(s.start for s in anchors)
    end = max(s.end for s in anchors)
    match = _SENTENCE_END.search(text, end)
    stop = match.start() if match else len(text)
    # Never run into the quoted words themselves.
    for part in quote.content:
        if part.start >= end:
            stop = min(stop, part.start)
        elif part.end > start and part.start < end:
            return quote.speaker.text if quote.speaker is not None else ""
    return text[start:stop]


def _cut_at_cue(quote: Quote, attribution: str, reason: str) -> str:
    """The reason for anonymity up to the quote's own cue: "because he feared reprisals" in "A
    witness who asked not to be named because he feared reprisals told the Courier"; a word like
    the cue inside the reason ("because what was said in the meeting was confidential, said")
    stays. ``attribution`` is ``_attribution``'s text, which starts at the speaker or the cue."""
    assert quote.cue is not None
    anchors = [s.start for s in (quote.speaker, quote.cue) if s is not None]
    cue_at = quote.cue.start - min(anchors)
    reason_at = attribution.find(reason)
    if reason_at < 0 or not reason_at < cue_at < reason_at + len(reason):
        return reason
    return reason[: cue_at - reason_at].rstrip()


def _after(report: Report, quote: Quote) -> str:
    """From the end of ``quote`` to the end of the next sentence, or to the next speaker of other
    words: "One nurse, who asked not to be named because ..." gives the nurse's reason, not the
    reason of the source before her."""
    text = report.text
    stop = _sentence_end(text, _sentence_end(text, quote.end) + 1)
    who = _speaker(quote)
    starts, speakers = _speaker_starts(report)
    # The nearest other speaker in the window is the one that ends it.
    for i in range(bisect.bisect_left(starts, quote.end), len(starts)):
        if starts[i] >= stop:
            break
        if speakers[i] != who:
            return text[quote.end : starts[i]]
    return text[quote.end : stop]


@_once_per_report
def _speaker_starts(report: Report) -> tuple[list[int], list[str | None]]:
    """Where each quote's speaker mention starts, in order, with the speaker (``_speaker``)."""
    pairs = sorted(((q.speaker.start, _speaker(q)) for q in report.quotes if q.speaker is not None), key=lambda p: p[0])
    return [start for start, _ in pairs], [who for _, who in pairs]


def _sentence_end(text: str, pos: int) -> int:
    match = _SENTENCE_END.search(text, pos)
    return match.start() if match else len(text)


def _reason(window: str) -> tuple[str | None, str | None]:
    """(the anonymity phrase, the stated reason) found in window, each None when absent."""
    low = window.lower()
    found = [(low.find(p), p) for p in lexicon.ANONYMITY_PHRASES if p in low]
    if not found:
        return None, None
    at, phrase = min(found)
    markers = [(low.find(m, at), m) for m in lexicon.ANONYMITY_REASON_MARKERS if low.find(m, at) >= 0]
    if not markers:
        return window[at : at + len(phrase)], None
    begin, _ = min(markers)
    end = len(window)
    for stop in (",", ";", ".", "—", " – ", ")"):
        pos = window.find(stop, begin)
        if pos >= 0:
            end = min(end, pos)
    return window[at : at + len(phrase)], window[begin:end].strip()


@rule("QC201", "warning", "Anonymous or vague source")
def anonymous_source(report: Report, settings: Settings) -> Iterator[Hit]:
    """The words are put to someone the reader cannot identify: an anonymous source ("people
    familiar with the matter", "officials who spoke on condition of anonymity") or a vague group
    ("some observers", "critics", "experts say", "sources said"), or they reached the article
    through such a go-between ("people familiar with the matter said the minister had told
    colleagues ..."). When the article states why a source is anonymous, the message quotes
    the reason. A group placed at a named organisation ("researchers at Dunmore University")
    or one that published the words in a named journal or outlet ("researchers reported in the
    Journal of Coastal Studies") is cited, not vague; unnamed officials and sources stay
    anonymous wherever they work. A refusal ("Officials declined to comment") prints no words
    and is not flagged.

    What to do: name the source, or keep them anonymous only for a reason you can state in the
    article (they would lose their job, they are not authorised to speak) and that an editor has
    agreed to. A vague group that is really the reporter's own view should lose the attribution.
    """
    reasons: dict[str, tuple[str | None, str | None]] = {}
    #: The head words of anonymous sources met so far, whether or not a reason was given.
    unnamed: set[str] = set()
    #: The first quote of each anonymous source, by name, else by head word.
    first: dict[str, str] = {}
    #: The head word of the last anonymous source quoted: the group "one of them" is one of.
    last = ""
    for quote in report.quotes:
        if quote.resolution == "continuation" or quote.refusal or _interview_question(quote, report):
            continue  # "Officials declined to comment", "Asked by reporters whether ...": no claim
        for hop in quote.via:
            if hop.kind == "anonymous" and hop.span is not None:
                who = _speaker(quote) or "the speaker"
                _, reason = _reason(report.text[hop.span.start : _sentence_end(report.text, hop.span.end)])
                given = f'reason given: "{_clip(reason, 90)}"' if reason else "no reason for the anonymity is given"
                yield Hit(
                    f'Anonymous go-between: the words of {_inline(_clip(who))} came through "{_clip(hop.span.text)}"; {given}.',
                    "Confirm the words with the speaker or a named source, or say why the go-between cannot be named.",
                    quote.id,
                    hop.span,
                )
        if quote.speaker_kind != "anonymous":
            continue
        who = _speaker(quote) or "an unnamed source"
        attribution = _attribution(report, quote)
        phrase, reason = _reason(attribution)
        if reason and quote.cue is not None:
            reason = _cut_at_cue(quote, attribution, reason)
        if reason is None:
            # "..., speaking on condition of anonymity because ..." after the words, or "The
            # people asked not to be named because ..." in the next sentence.
            later_phrase, later_reason = _reason(_after(report, quote))
            if later_phrase:
                phrase, reason = later_phrase, later_reason
        if reason is None and not phrase:
            # '"He said ..." after "The second engineer, who asked not to be named because ...,
            # agreed.": the clause the resolver carried over among the descriptions.
            phrase, reason = _reason("; ".join(quote.speaker_descriptions))
        head = _head_word(quote)
        if last and _one_of_the_group(quote):
            # "One of them said": one of the group just quoted, with its reason or none, not
            # the reason of a source quoted before that group.
            head = last
        last = head
        if head not in reasons:
            # '"...," the woman said' after "A witness, who asked not to be named because ...":
            # the resolver names the witness among her descriptions.
            head = next((w for w in map(_last_word, reversed(quote.speaker_descriptions)) if w in reasons), head)
        if head not in reasons and head not in unnamed:
            # '"...," she said' after "A teacher, who asked not to be named, said": the same.
            head = next((w for w in map(_last_word, reversed(quote.speaker_descriptions)) if w in unnamed), head)
        if reason is None and head in reasons:
            # '"...," the official said' after "One official, who asked not to be named
            # because ..., said": the same source, whose reason was given.
            phrase, reason = reasons[head]
        elif reason is not None and head:
            reasons[head] = (phrase, reason)
        # '"...," he said' after "One official, who asked not to be named, said": the same
        # anonymous source, not a vague one.
        known = head in unnamed
        if phrase and head:
            unnamed.add(head)
        key = quote.speaker_name or head
        same = first.setdefault(key, quote.id) if key else quote.id
        # '"...," she said' after "A teacher, who asked not to be named, said": say it is her.
        again = f" (the source of {same})" if same != quote.id and (quote.speaker_name or _refers_back(quote)) else ""
        if reason:
            yield Hit(
                f'Anonymous source: "{_clip(who)}"{again}; reason given: "{_clip(reason, 90)}".',
                "Check that the reason holds and that an editor agreed to the anonymity; name the source if you can.",
                quote.id,
                quote.speaker,
            )
        elif not (phrase or known or _is_anonymous_source(who)) and _published_in(quote):
            continue  # "Researchers reported in the Journal of Coastal Studies": the paper is cited
        elif phrase or known or _is_anonymous_source(who):
            yield Hit(
                f'Anonymous source: "{_clip(who)}"{again}; no reason for the anonymity is given.',
                "Name the source, or say why they cannot be named (e.g. 'because they were not authorized to discuss the talks').",
                quote.id,
                quote.speaker,
            )
        else:
            yield Hit(
                f'Vague source: "{_clip(who)}"{again} is not anyone a reader can check.',
                "Name who said it, or say why they cannot be named; if it is the reporter's own view, drop the attribution.",
                quote.id,
                quote.speaker,
            )


def _refers_back(quote: Quote) -> bool:
    """Whether the speaker mention points back to someone met before: a pronoun ("she") or a
    definite role ("the teacher"), not "another teacher"."""
    if quote.speaker is None:
        return False
    text = quote.speaker.text.strip().lower()
    return text in lexicon.PERSONAL_PRONOUNS or text.startswith(("the ", "this ", "that "))


#: How far after a quote whose speaker is known by a role the next speaker may be first named
#: for the role to be read as perhaps theirs (about two sentences of a news lead).
NAMED_AFTER_REACH = 300
#: How many paragraphs open an article as its lead (a headline, a dateline line, the lead).
LEAD_PARAGRAPHS = 3


def _named_right_after(report: Report, quote: Quote) -> str | None:
    """The person who speaks next, when the article first names them within
    ``NAMED_AFTER_REACH`` characters after ``quote``: a lead's "The head of Varnia's armed
    forces has warned ..." followed by "General Dieter Amsel told ..." is, in news style, most
    likely the same person, so "never named in the article" would be wrong to say.

    Only for a lead: a definite role ("The head of ...", "Varnia's ...") in the article's first
    ``LEAD_PARAGRAPHS`` paragraphs. Further down, "One reader wrote ... Marcus Fell said" or "A
    spokesperson declined ... Fisherman Dario Lenti said" are two people."""
    if quote.speaker is None or not _lead_role(report.text, quote.speaker):
        return None
    # After the quote and its attribution: '"...," the head of X warned. General Y told ...'.
    past = max(quote.end, quote.speaker.end)
    later = [q for q in report.quotes if q is not quote and q.speaker is not None and q.speaker.start >= past]
    if not later:
        return None
    after = min(later, key=lambda q: q.speaker.start if q.speaker is not None else 0)
    if after.speaker is None or after.speaker_kind != "person" or after.speaker_name is None:
        return None
    entity = next((e for e in report.entities if e.name == after.speaker_name), None)
    if entity is None or not entity.mentions:
        return None
    first = min(m.start for m in entity.mentions)
    if first < past or first - past > NAMED_AFTER_REACH:
        return None
    return after.speaker_name


def _lead_role(text: str, speaker: Span) -> bool:
    """Whether ``speaker`` is a definite role in the article's lead: "The head of the coastguard"
    or "Varnia's army chief" in its first ``LEAD_PARAGRAPHS`` paragraphs (a headline is one)."""
    words = speaker.text.split()
    definite = bool(words) and (words[0].lower() == "the" or any(w.endswith(("'s", "\u2019s")) for w in words))
    return definite and sum(p.end <= speaker.start for p in paragraphs(text)) < LEAD_PARAGRAPHS


def _named_in_role(report: Report, mention: str) -> str | None:
    """The one person the article names with the role of ``mention`` ("minister" in "Dresmia's
    energy minister"), when exactly one has it among their descriptions. A word that makes the
    role another one must match too: "the shadow chancellor" or "the former mayor" is not whom
    "the Chancellor" or "the mayor" means."""
    role = _last_word(mention)
    if role not in lexicon.ROLE_NOUNS:
        return None
    words = re.findall(r"[\w-]+", _before_aside(mention).lower())
    key = _role_key(words, role)
    named = {
        entity.name
        for entity in report.entities
        if entity.kind == "person"
        and any(
            _role_key(found, role) == key and _same_field(words, found, role)
            for found in (re.findall(r"[\w-]+", d.lower()) for d in entity.descriptions)
        )
    }
    return named.pop() if len(named) == 1 else None


def _same_field(words: Sequence[str], other: Sequence[str], role: str) -> bool:
    """Whether two phrases holding ``role`` give it no two different fields: "A fund manager" is
    not "a portfolio manager at Northgate Capital", but "the manager" may be either. The field
    is the lower-case word right before the role; a capitalised one was lower-cased, so
    "Energy Minister" and "the energy minister" agree."""

    def field(ws: Sequence[str]) -> str:
        k = ws.index(role)
        before = ws[k - 1] if k else ""
        return "" if before in lexicon.NOT_FIELD_WORDS or before in lexicon.ROLE_CHANGING_WORDS else before

    mine, theirs = field(words), field(other)
    return not mine or not theirs or mine == theirs


def _role_key(words: Sequence[str], role: str) -> str | None:
    """``role`` as ``words`` hold it, with the word before it when that word makes it another
    role (``lexicon.ROLE_CHANGING_WORDS``): "shadow chancellor" in "the shadow chancellor",
    "chancellor" in "the Chancellor"; None when ``role`` is not among the words."""
    if role not in words:
        return None
    k = words.index(role)
    before = words[k - 1] if k else ""
    return f"{before} {role}" if before in lexicon.ROLE_CHANGING_WORDS else role


def _one_of_the_group(quote: Quote) -> bool:
    """Whether the speaker is a part of a group named before: "One of them", "two of those"."""
    return quote.speaker is not None and _PART_OF_GROUP.match(quote.speaker.text.strip().lower()) is not None


_PART_OF_GROUP = re.compile(r"[\w-]+ of (?:them|those)\b")


def _head_word(quote: Quote) -> str:
    """The last word of a speaker's noun phrase before any aside (see ``_last_word``)."""
    return "" if quote.speaker is None else _last_word(quote.speaker.text)


def _last_word(phrase: str) -> str:
    """The last word of a noun phrase before any aside, lower-cased: "official" in "One
    council official, who asked not to be named", in "a health official who was not authorised
    to speak", in "an official at the ministry" and in "the official"."""
    words = re.findall(r"[\w-]+", _before_aside(phrase).lower())
    return words[-1] if words else ""


#: What opens an aside on a noun phrase: a comma, a relative pronoun ("A health official who
#: was not authorised to speak") or a preposition after the head ("An engineer at the company",
#: "a spokeswoman for the clinic"), read in the phrase as written: only after a lower-case word
#: (group 1), for a preposition after a capitalised one is inside a name ("a Bank of England
#: spokesman").
_ASIDE = re.compile(r",|\b(?i:who|whom|whose|which)\b|\b[a-z][\w'’-]*\s+((?:at|for|of|with|from|in)\b)")


def _before_aside(phrase: str) -> str:
    """A noun phrase up to its first aside (``_ASIDE``): "a spokeswoman" in "a spokeswoman for
    the clinic", "Officials" in "Officials at the ministry", all of "a Bank of England
    spokesman"."""
    first = phrase.split(" ", 1)[0]
    if first[:1].isupper() and (first.lower() in lexicon.VAGUE_NOUNS or lexicon.role_noun(first.lower())):
        # "Officials at the ministry": a people noun capitalised only as the phrase's first word.
        m = _ASIDE.search(first.lower() + phrase[len(first) :])
    else:
        m = _ASIDE.search(phrase)
    if m is None:
        return phrase
    return phrase[: m.start(1) if m.group(1) else m.start()]


def _published_in(quote: Quote) -> str | None:
    """The journal or outlet the words were published in, when the attribution names one
    ("reported in the Journal of Coastal Studies", "wrote in the Harbour Herald"), else None."""
    for where in quote.context:
        preposition, _, rest = where.text.partition(" ")
        if preposition.lower() == "in":
            name = publication_name(rest)
            if name is not None:
                return name
    return None


def _is_anonymous_source(mention: str) -> bool:
    """"a senior official", "people familiar with the talks", and one of rank brought in by
    seniority alone ("a senior army officer", as the resolver reads it: ``senior_source``):
    someone with access who goes unnamed. Not "senior citizens"."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", mention.lower())
    return bool(set(words) & lexicon.ANONYMOUS_SOURCE_NOUNS) or senior_source(words)


@rule("QC202", "warning", "Quote with no speaker")
def no_speaker(report: Report, settings: Settings) -> Iterator[Hit]:
    """Quotation marks, or reported speech, with nobody named as the one who said it. A quote
    that continues the previous speaker's words is not flagged, nor the question in "Asked
    whether ..., Vogel said" (the words are the reporter's question, the answer has a speaker),
    nor a refusal ("declined to comment"), which reports no words.

    What the court heard ("the court heard that ...") is not flagged: court reporting names the
    proceedings, not each witness. Nor is a forecast ("The council is expected to decide in the
    spring"): news states what is due to happen in its own voice. Nor is a crowd's chant or song
    ('fans singing "We want Mensah"', 'chants of "Out, out"'): no one source to name.

    What to do: attribute the words ("..., said NAME"), or, if they are not anyone's words,
    remove the quotation marks. Reported speech with no speaker ("it is understood that ...")
    needs a source named, or to be stated as the article's own finding.
    """
    for quote in report.quotes:
        if quote.speaker is not None or quote.speaker_name is not None or quote.resolution == "continuation":
            continue
        if quote.refusal:
            continue  # "declined to comment": nobody's words to attribute
        lemmas = {lemma for lemma, _ in _cue_lemmas(quote)}
        if "ask" in lemmas or lemmas & (lexicon.HEARING_VERBS | lexicon.FORECAST_PASSIVES):
            continue
        if lemmas & lexicon.CHANTING_VERBS:
            continue  # 'singing "We want Mensah"': a crowd's chant, no source to name
        if quote.type == "indirect":
            suggestion = "Name who said or reported it ('..., NAME said'), or state it as the article's own finding."
        else:
            suggestion = "Attribute the words ('..., said NAME'), or remove the quotation marks if they are not anyone's words."
        yield Hit(
            f'No speaker: nobody is named for "{_quoted_words(quote.text)}".',
            suggestion,
            quote.id,
            quote.content[0],
        )


@rule("QC203", "info", "Speaker known only by a pronoun or a role, never named")
def unnamed_speaker(report: Report, settings: Settings) -> Iterator[Hit]:
    """The speaker is a person the article refers to only as "he", "she", "the spokesman" or "the
    mayor", and never names anywhere. (An unnamed source in the sense of "a senior official" or
    "people familiar with the talks" is QC201.) A refusal ("A spokesperson declined to
    comment") is not flagged: it prints none of the speaker's words. Nor is a relative or friend
    whose words the speaker recalls in their own quote ("My father always told me, '...'"): a
    private person known through the speaker. Nor is the writer's own "I" ("When I asked him
    whether ..."), whom a byline names, if anything does.

    What to do: name the person at first mention ("Jane Roe, a spokeswoman for the clinic,
    said"), or, if they must stay unnamed, say why.
    """
    for quote in report.quotes:
        if quote.speaker is None or quote.speaker_name is not None or quote.resolution == "continuation":
            continue
        if quote.refusal or _interview_question(quote, report):
            continue  # "A spokesperson declined to comment", "Asked by a journalist whether ..."
        if _recollection(quote, report):
            continue  # "My father always told me, '...'": a private person, recalled by the speaker
        if quote.speaker_kind != "person" or quote.resolution != "none":
            continue
        mention = quote.speaker.text
        if mention.strip().lower() in lexicon.WRITER_PRONOUNS:
            continue  # "When I asked him ...": the writer, whom only a byline names
        if mention.strip().lower() in lexicon.PERSONAL_PRONOUNS or mention.strip().lower() in lexicon.POSSESSIVE_PRONOUN_SUBJECTS:
            message = f'Speaker known only by a pronoun: "{mention}" is never named in the article.'
            suggestion = f'Say who "{mention}" is: name the speaker before this quote, or say why they are not named.'
        elif (named := _named_right_after(report, quote)) is not None:
            # "The head of Varnia's armed forces has warned ... General Dieter Amsel told ...":
            # a lead that gives the role and names the person in the next words that speak.
            message = f'Speaker known here only by a role: "{_clip(mention)}"; the next speaker, {named}, is first named right after.'
            suggestion = f"If it is {named}, name them at this first mention ('{named}, {_inline(_clip(mention))}, said')."
        elif (named := _named_in_role(report, mention)) is not None:
            # "Dresmia's energy minister said ..." before "Minister Lukas Ferenci" is named.
            message = f'Speaker known here only by a role: "{_clip(mention)}"; the article names someone in that role elsewhere: {named}.'
            suggestion = f"If it is {named}, name them at this first mention ('{named}, {_inline(_clip(mention))}, said')."
        else:
            message = f'Speaker known only by a role: "{_clip(mention)}" is never named in the article.'
            suggestion = f"Name the speaker at first mention ('NAME, {_inline(_clip(mention))}, said'), or say why they are not named."
        yield Hit(
            message,
            suggestion,
            quote.id,
            quote.speaker,
        )


#: Any wording of UNVERIFIED_CAVEATS (QC204; the pipeline also drops the publisher's own).
UNVERIFIED_CAVEAT = re.compile("|".join(lexicon.UNVERIFIED_CAVEATS), re.IGNORECASE)
# A sentence ends at a full stop, question or exclamation mark (and any closing marks after
# it) before a space, or at a line break; not after "Mr." or an initial ("John F. Kennedy").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’»)\]]*[^\S\n]+|\n+")
_NO_BREAK_AFTER = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Rep|Sen|Rev|Adm|No|Inc|Co|Corp|Ltd|U\.S|U\.K|"
    + "|".join(re.escape(a.rstrip(".")) for a in lexicon.TITLE_ABBREVIATIONS)
    + r"))\.$"
)
#: Words that make a caveat cover more than one claim: "Neither account could be verified".
_PLURAL_CAVEAT = frozenset({"neither", "none", "both", "claims", "accounts", "reports", "allegations", "these"})


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The article's sentences as (start, end) offsets, read from punctuation alone."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if "\n" not in match.group() and _NO_BREAK_AFTER.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _same_message_before(report: Report, own: list[Quote], caveat: re.Match[str], bounds: list[tuple[int, int]], at: int) -> list[Quote]:
    """"The Front said on its Telegram channel that ... The message, which could not be
    independently verified, also claimed ...": a caveat set on the message itself, inside the
    speaker phrase of a quote the message speaks for its issuer, covers what the issuer said in
    it before: their statements up to three sentences back."""
    issuers = {
        q.speaker_name
        for q in own
        if q.speaker is not None
        and q.speaker_name
        and q.resolution == "role"
        and q.speaker.start <= caveat.start() < q.speaker.end
        and set(re.findall(r"[a-z-]+", q.speaker.text.lower())[:3]) & lexicon.STATEMENT_NOUNS
    }
    if not issuers:
        return []
    start = bounds[max(0, at - 3)][0]
    return [
        q
        for q in report.quotes
        if q.speaker_name in issuers and start <= q.start < bounds[at][0] and q.act in ("statement", "denial") and q.resolution != "continuation"
    ]


def _caveated(report: Report, caveat: re.Match[str], bounds: list[tuple[int, int]]) -> list[Quote]:
    """The quotes a caveat speaks of: those of its own sentence; else those of the sentence right
    before it with a statement (and of the one before that for "Neither claim ..."), at most
    three sentences back. A caveat that points back ("could not verify the claim", "it") reaches
    past sentences with no quote ("The group posted a video."); one that names its own topic with
    a clause does not: in "Rebels said they held the bridge. The inquiry reports in May. It could
    not be confirmed whether ...", the caveat is on nobody's words. Only statements are claims:
    "Officials did not respond to a request for comment" (a refusal), a question put by nobody
    named and the article's own forecast are passed over (a denial is a claim too: that
    something is untrue)."""
    at = max(i for i, (start, _) in enumerate(bounds) if start <= caveat.start())

    def quotes_in(i: int, *, statements: bool = True) -> list[Quote]:
        start, end = bounds[i]
        return [
            q
            for q in report.quotes
            if q.start < end and q.end > start and q.resolution != "continuation" and (q.act in ("statement", "denial") or not statements)
        ]

    # "Brightwell has denied that claim, and it could not be verified": the caveat is on the
    # claim the denial points back at, not on the denial.
    own = [q for q in quotes_in(at) if not _names_earlier_claim(q)]
    if own:
        return [*_same_message_before(report, own, caveat, bounds, at), *own]
    # "... could not confirm the councillor's account": a caveat that names whose words it
    # doubts is on that speaker's quotes, not on the nearest sentence's.
    owner = _caveat_owner(report.text[caveat.end() : bounds[at][1]])
    if owner:
        for i in range(at - 1, max(-1, at - 4), -1):
            theirs = [q for q in quotes_in(i) if _spoken_by(q, owner)]
            if theirs:
                return theirs
    # What the caveat is about: the words before it in its own clause ("..., and the figure could
    # not be verified": "the figure").
    subject = re.split(r"[,;]|\band\b|\bbut\b", report.text[bounds[at][0] : caveat.end()].lower())[-1]
    wanted = 2 if _PLURAL_CAVEAT & set(re.findall(r"[a-z]+", subject)) else 1
    own_topic = _names_own_topic(report, caveat, bounds[at][1])
    found: list[Quote] = []
    for i in range(at - 1, max(-1, at - 4), -1):
        here = quotes_in(i)
        if not here:
            if quotes_in(i, statements=False) or not own_topic:
                continue  # a refusal ("The army did not respond ..."), or no quote before "the claim"
            break
        found = here + found
        wanted -= 1
        if not wanted:
            break
    return found


#: "the councillor's account", "Mihal's claims": a possessive before a claim's noun.
_OWNED_CLAIM = re.compile(r"^\s*(?:the\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)['’]s?\s+([a-z]+)")


def _caveat_owner(after: str) -> tuple[str, ...]:
    """The words of whoever a caveat names as the owner of the claim it doubts, from the text
    right after the caveat: ("councillor",) for "could not confirm the councillor's account",
    ("mihal",) for "Mihal's claims"; () when it names nobody's ("the claim", "whether ...")."""
    found = _OWNED_CLAIM.match(after)
    if found is None or found.group(2) not in lexicon.CLAIM_REFERENCE_NOUNS:
        return ()
    return tuple(found.group(1).lower().split())


def _spoken_by(quote: Quote, owner: tuple[str, ...]) -> bool:
    """Whether the owner a caveat names (``_caveat_owner``) is a quote's speaker: the owner's
    words end the speaker's phrase before any aside ("A union official, who asked not to be
    named" for ("official",)), one of the roles it is described by ("Mayor" of "Mayor Ana Mihal"
    for ("mayor",)) or the resolved name ("Ana Mihal" for ("mihal",); for ("mayor", "mihal")
    too). A word that makes the role another one must be among the owner's words too: "Deputy
    Mayor Tom Ruiz" and "a former mayor" are not whom "the mayor's account" means, and "the
    mayor's aide" is not the mayor."""
    if not owner:
        return False
    phrases = [_before_aside(d) for d in quote.speaker_descriptions]
    if quote.speaker is not None:
        phrases.append(_before_aside(quote.speaker.text))
    if any(_ends_in_role(re.findall(r"[\w-]+", p.lower()), owner) for p in phrases):
        return True
    name = re.findall(r"[\w-]+", (quote.speaker_name or "").lower())
    return bool(name) and (name[-len(owner) :] == list(owner) or (len(owner) > 1 and owner[-1] == name[-1]))


def _ends_in_role(words: Sequence[str], owner: tuple[str, ...]) -> bool:
    """Whether ``words`` end in ``owner`` with no word before it that makes the role another one
    (``lexicon.ROLE_CHANGING_WORDS``): "a local councillor" ends in ("councillor",), "Deputy
    Mayor" does not end in ("mayor",) but in ("deputy", "mayor")."""
    n = len(owner)
    if len(words) < n or tuple(words[-n:]) != owner:
        return False
    return len(words) == n or words[-n - 1] not in lexicon.ROLE_CHANGING_WORDS


def _names_own_topic(report: Report, caveat: re.Match[str], end: int) -> bool:
    """Whether a caveat names its own topic with a clause after it: "It could not be confirmed
    whether the bridge was hit." It then speaks of no earlier claim, and a sentence with no quote
    before it cuts it off from one. "could not verify the claim", "that report" or "it" point
    back instead."""
    words = re.findall(r"[\w'’-]+", report.text[caveat.end() : end].lower())
    words = [w for w in words if w not in lexicon.CAVEAT_FILLER_WORDS][:2]
    if not words or words[0] not in lexicon.CAVEAT_TOPIC_OPENERS:
        return False
    return not (words[0] == "that" and (len(words) < 2 or words[1] in lexicon.CLAIM_REFERENCE_NOUNS))


def _names_earlier_claim(quote: Quote) -> bool:
    """Whether a quote's words only name a claim reported before it: "denied that claim",
    "confirmed the account", "rejected them"."""
    words = re.findall(r"[\w'’-]+", quote.text.lower())
    if len(words) == 1:
        return words[0] in lexicon.LONE_CLAIM_PRONOUNS
    return len(words) == 2 and words[0] in lexicon.BACK_POINTING_DETERMINERS and words[1] in lexicon.CLAIM_REFERENCE_NOUNS


@rule("QC204", "warning", "Claim the article says it could not verify")
def unverified_claim(report: Report, settings: Settings) -> Iterator[Hit]:
    """The article itself says a claim it reports could not be checked: "The claim could not be
    independently verified", "The Herald was unable to confirm the account", "said, without
    evidence, that ...". The caveat covers the quotes of its own sentence, or those of the
    nearest sentence before it with a statement, up to three back; a sentence with no quote
    between breaks the link only when the caveat names its own topic with a clause ("It could not
    be confirmed whether ..."). A speaker's own "I could not confirm it" inside a quote, and a
    report's finding ("the audit cited no evidence that ..."), are no caveat of the article's.

    What to do: keep the caveat next to the claim and its attribution, never repeat the claim as
    fact in a headline, summary or social post, and try to verify it before publishing.
    """
    text = report.text
    # The words of quotes and their cues: "The report cited no evidence that ..." is a finding
    # reported, not the article's caveat.
    said = [part for quote in report.quotes for part in (*quote.content, *(() if quote.cue is None else (quote.cue,)))]
    bounds = _sentence_bounds(text)
    flagged: set[str] = set()
    # On the text itself, not a lower-cased copy, whose length may differ ("İ" lowers to two).
    for caveat in UNVERIFIED_CAVEAT.finditer(text):
        if any(part.start < caveat.end() and caveat.start() < part.end for part in said):
            continue
        span = Span(caveat.start(), caveat.end(), text[caveat.start() : caveat.end()])
        for quote in _caveated(report, caveat, bounds):
            if quote.id in flagged:
                continue
            flagged.add(quote.id)
            who = _speaker(quote) or "an unnamed source"
            yield Hit(
                f'Unverified claim: the words of {_inline(_clip(who))} ("{_quoted_words(quote.text)}") come with '
                f'the article\'s own caveat: "{span.text}".',
                "Keep the caveat beside the claim and its attribution; do not repeat the claim as fact in a "
                "headline or summary, and verify it before publishing if you can.",
                quote.id,
                span,
            )


# ------------------------------------------------------------------------------------------
# QC3xx: typography and wording
# ------------------------------------------------------------------------------------------


@rule("QC301", "info", "Scare quotes: quoted words used as a label, not as speech")
def scare_quotes(report: Report, settings: Settings) -> Iterator[Hit]:
    """Quotation marks around words that nobody is quoted as saying, used to hold a label at a
    distance: "the so-called 'Russian interference'", a single quoted word. Readers take them as
    the publication's own doubt.

    What to do: check that the distance is meant. Attribute the label to whoever uses it, or
    drop the marks (and "so-called") and say what is disputed in plain words.
    """
    for term in report.terms:
        if term.kind != "scare":
            continue
        quote = _quote_at(report, term.span)
        if quote is not None and any(part.overlaps(term.span) for part in quote.quoted):
            continue  # 'about what he called "the Castle Road effect"': the speaker's own words
        if term.marker is None and _quoted_elsewhere(report, term.span):
            continue  # 'CEO sees "turning point"' over '"This is the turning point," Lisle said'
        marked = f" (marked by \"{term.marker.text}\")" if term.marker is not None else ""
        yield Hit(
            f"Scare quotes: {_clip(term.span.text)} is a label, not anyone's words{marked}.",
            "Check the marks are meant: attribute the label to whoever uses it, or drop the marks and say what is disputed.",
            quote.id if quote is not None else None,
            term.span,
        )


def _quoted_elsewhere(report: Report, span: Span) -> bool:
    """Whether the words of a quoted label stand, whole, inside a quotation the article gives as
    someone's words elsewhere: 'CEO sees "turning point"' in a headline over '"I think this is
    the turning point," Lisle said'. The marks then point to the speaker, not the writer's doubt.
    A label of one word proves nothing: any common word ("experts") turns up in someone's
    quoted words in a long article. (The caller skips this test for a label with a scare
    marker: 'the so-called "experts"' is the writer's doubt wherever the word recurs.)"""
    words = re.findall(r"[\w'’-]+", span.text.lower())
    if len(words) < 2:
        return False
    pattern = re.compile(r"(?<![\w'’-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w'’-])")
    return any(
        pattern.search(part.text.lower()) is not None
        for quote in report.quotes
        for part in quote.quoted
        if not part.overlaps(span)
    )


_OPENING_MARKS = frozenset("“„«‹‘‚")
_CLOSING_MARKS = frozenset("”»›’")


@rule("QC302", "warning", "Unbalanced quotation mark")
def unbalanced_mark(report: Report, settings: Settings) -> Iterator[Hit]:
    """A quotation mark that pairs with nothing: a quotation opened and never closed, or closed
    and never opened. This is a typo to fix, and it leaves a reader unsure where someone's words
    end. The newspaper convention for a quotation running over several paragraphs (an opening
    mark on each, a closing mark only on the last) is recognised and not flagged. A run of
    unpaired marks with no word between them (a paste gone wrong, a file of stray marks) is one
    finding, on its first mark, that counts the rest.

    What to do: add the missing mark, or remove the stray one.
    """
    newlines = [m.start() for m in re.finditer("\n", report.text)] if report.unbalanced else []
    for mark, more in _mark_runs(report.text, report.unbalanced):
        char = mark.text[:1]
        before = report.text[mark.start - 1] if mark.start > 0 else " "
        after = report.text[mark.end] if mark.end < len(report.text) else " "
        if char in _OPENING_MARKS or (char not in _CLOSING_MARKS and before.isspace() and after.isalnum()):
            what = "an opening mark that is never closed"
        elif char in _CLOSING_MARKS or (not before.isspace() and after.isspace()):
            what = "a closing mark that closes nothing"
        else:
            what = "it pairs with no other mark"
        line = bisect.bisect_left(newlines, mark.start) + 1
        quote = _quote_at(report, mark)
        if more:
            what += f" (and {len(more)} more unpaired {'mark' if len(more) == 1 else 'marks'} after it with no word between, to line {bisect.bisect_left(newlines, more[-1].start) + 1})"
        yield Hit(
            f"Unbalanced quotation mark {mark.text} on line {line}: {what}.",
            "Add the missing quotation mark, or remove the stray one.",
            quote.id if quote is not None else None,
            mark,
        )


def _mark_runs(text: str, marks: Sequence[Span]) -> Iterator[tuple[Span, list[Span]]]:
    """Unpaired marks, each run of them with no word between ('""""""', a file of stray marks)
    given as its first mark and the rest: one fix for the whole run, so one finding, not one
    per mark."""
    run: list[Span] = []
    for mark in marks:
        if run and not any(c.isalnum() for c in text[run[-1].end : mark.start]):
            run.append(mark)
            continue
        if run:
            yield run[0], run[1:]
        run = [mark]
    if run:
        yield run[0], run[1:]


@rule("QC303", "info", "Loaded attribution verb")
def loaded_verb(report: Report, settings: Settings) -> Iterator[Hit]:
    """The verb that attributes the words also judges them: "claimed" casts doubt, "admitted" and
    "conceded" imply a confession, "insisted" stubbornness, "revealed" and "pointed out" that the
    words are true, "slammed" a fight. Newsroom guides (AP Stylebook, Reuters Handbook) advise
    the neutral "said".

    What to do: use the neutral verb the message suggests, unless the judgement is the
    reporter's to make and the article supports it.
    """
    text = report.text
    for quote in report.quotes:
        if quote.cue is not None and quote.cue.text.endswith(":"):
            continue  # a layout's label ("The claim:", "Q:"), not a verb the writer chose
        for lemma, word in _cue_lemmas(quote):
            neutral = lexicon.LOADED_VERBS.get(lemma)
            if neutral is None or (lemma == "allege" and _legal_alleger(quote)):
                continue
            # Only "point out" judges the words; "pointed to the data" does not.
            shown = _point_out(quote, text) if lemma == "point" else word
            if shown is None:
                continue
            effect = lexicon.LOADED_VERB_EFFECTS.get(lemma, "judges the words it reports")
            yield Hit(
                f'Loaded verb "{shown}": it {effect}.',
                f'Use the neutral "{neutral}" instead of "{shown}".',
                quote.id,
                quote.cue,
            )
            break


def _legal_alleger(quote: Quote) -> bool:
    """Whether the speaker is a pleading or a party to one, for whom "alleges" is the careful
    verb: "The complaint alleges", "the indictment filed on Monday alleged", "Prosecutors
    allege". The head noun is read before any phrase that follows it ("filed by ...")."""
    if quote.speaker is None:
        return False
    head = re.split(r"[,(]|\b(?:by|of|in|from|filed|against|that|which|who)\b", quote.speaker.text.lower())[0]
    words = re.findall(r"[a-z]+", head)
    return bool(words) and words[-1] in lexicon.LEGAL_ALLEGERS


def _point_out(quote: Quote, text: str) -> str | None:
    """"pointed out" when the cue is "point" followed by "out", else None."""
    if quote.cue is None:
        return None
    cue = quote.cue.text
    if "out" in cue.lower().split():
        return cue
    if re.match(r"\s+out\b", text[quote.cue.end : quote.cue.end + 8], re.IGNORECASE):
        return f"{cue} out"
    return None


# ------------------------------------------------------------------------------------------
# QC4xx: fidelity to the original
# ------------------------------------------------------------------------------------------


def _quotations(report: Report) -> Iterator[tuple[Quote, Span]]:
    """Quoted words of direct and mixed quotes; names and scare quotes are not anyone's words."""
    labels = SpanIndex((t.span, i) for i, t in enumerate(report.terms))
    for quote in report.quotes:
        if quote.type == "indirect":
            continue
        for part in quote.quoted:
            if labels.overlapping(part):
                continue
            if words(inner(part.text)):
                yield quote, part


@rule("QC401", "error", "Quote not found in the source")
def not_in_source(report: Report, settings: Settings) -> Iterator[Hit]:
    """With --source FILE (the transcript, statement or article the quotes come from), a
    quotation that is nowhere in it, even allowing for case, curly or straight quotes, dashes,
    ellipses (..., [...]) and bracketed insertions. Either the words come from elsewhere,
    or they were changed beyond recognition. Reported speech is a paraphrase and is not checked.

    What to do: check the words against the recording, notes or document they came from before
    publishing; quote only what was said, or paraphrase without quotation marks.
    """
    original = settings.original
    if original is None:
        return
    for quote, part in _quotations(report):
        match = original.compare(inner(part.text))
        if match.verdict == "absent":
            yield Hit(
                f'Not in the source: "{_quoted_words(part.text)}" is nowhere in {original.name}.',
                "Check the words against the recording, notes or document they came from; quote only what was said, or paraphrase.",
                quote.id,
                part,
            )


@rule("QC402", "warning", "Quote differs from the source")
def changed_from_source(report: Report, settings: Settings) -> Iterator[Hit]:
    """With --source FILE, a quotation found in the original with changes: a word replaced,
    added or left out without an ellipsis, or parts quoted out of order. The message shows a word
    diff: [-...-] is what the source says, {+...+} what the article has instead.
    Differences of case, quotation-mark style, dashes and spacing, and changes marked the usual
    way (an ellipsis for a cut, brackets for an insertion) are not changes.

    What to do: quote the source exactly, mark cuts with an ellipsis and insertions with
    brackets, or paraphrase without quotation marks.
    """
    original = settings.original
    if original is None:
        return
    for quote, part in _quotations(report):
        match = original.compare(inner(part.text))
        if match.verdict != "changed":
            continue
        where = f", line {original.line_of(match.where.start)}" if match.where is not None else ""
        change = match.diff or match.note
        exact = f': "{_clip(match.where.text, 160)}"' if match.where is not None else ""
        yield Hit(
            f"Differs from the source ({original.name}{where}): {change}.",
            f"Quote the source exactly{exact}; mark cuts with '...' and insertions with [brackets].",
            quote.id,
            part,
        )


# ------------------------------------------------------------------------------------------
# QC5xx: consistency within the article
# ------------------------------------------------------------------------------------------


def _unresolved_pronoun(quote: Quote) -> bool:
    """A speaker that is a pronoun no one was found for ('he said', with no he before)."""
    speaker = quote.speaker
    return (
        quote.speaker_name is None
        and speaker is not None
        and (speaker.text.lower() in lexicon.PERSONAL_PRONOUNS or speaker.text.lower() in lexicon.POSSESSIVE_PRONOUN_SUBJECTS)
    )


@rule("QC501", "error", "The same words attributed to two different speakers")
def same_words_two_speakers(report: Report, settings: Settings) -> Iterator[Hit]:
    """The same quoted words (at least four, after normalising case and punctuation) appear under
    two different speakers in one article. Usually one attribution is wrong, often after a
    rewrite; sometimes the second speaker is repeating the first.

    What to do: check who said the words and correct the attribution; if the second speaker is
    echoing the first, say so.
    """
    seen: list[tuple[Quote, Span, tuple[str, ...], str]] = []
    by_gram: dict[tuple[str, ...], list[int]] = {}
    # By first run of words, then by length: the earlier quotations' words, to find those that
    # are a stretch of the words at hand.
    by_opening: dict[tuple[str, ...], dict[int, dict[tuple[str, ...], list[int]]]] = {}
    flagged: set[tuple[str, str]] = set()
    indexed: set[tuple[tuple[str, ...], str]] = set()
    for quote, part in _quotations(report):
        speaker = _speaker(quote)
        if speaker is None or _unresolved_pronoun(quote):
            continue  # an unresolved "he" may well be the other speaker
        keys = words(inner(part.text))
        if len(keys) < SAME_WORDS_MIN:
            continue
        # A speaker repeating their own words adds nothing to compare against; indexing each
        # repeat would make an article that repeats a line thousands of times quadratic.
        repeat = (tuple(keys), _speaker_key(speaker))
        if repeat in indexed:
            continue
        indexed.add(repeat)
        candidates = _holding_or_held(keys, by_gram, by_opening)
        for j in sorted(candidates):
            other, other_part, other_keys, other_speaker = seen[j]
            if _same_speaker(other, other_speaker, quote, speaker) or (other.id, quote.id) in flagged:
                continue
            if _nested(part, other_part):
                continue  # '"She told me, 'X,'" Moreau said': X is hers, passed on by Moreau
            if not (_holds(other_keys, keys) or _holds(keys, other_keys)):
                continue
            flagged.add((other.id, quote.id))
            yield Hit(
                f'Same words, two speakers: "{_quoted_words(part.text)}" is attributed to {other_speaker} ({other.id}) and to {speaker} ({quote.id}).',
                "Check who said these words and correct the attribution; if one speaker echoes the other, say so.",
                quote.id,
                part,
            )
        index = len(seen)
        seen.append((quote, part, keys, speaker))
        for i in range(len(keys) - SAME_WORDS_MIN + 1):
            by_gram.setdefault(keys[i : i + SAME_WORDS_MIN], []).append(index)
        by_opening.setdefault(keys[:SAME_WORDS_MIN], {}).setdefault(len(keys), {}).setdefault(keys, []).append(index)


def _holding_or_held(
    keys: tuple[str, ...],
    by_gram: dict[tuple[str, ...], list[int]],
    by_opening: dict[tuple[str, ...], dict[int, dict[tuple[str, ...], list[int]]]],
) -> set[int]:
    """The earlier quotations (by index) that may hold ``keys`` or be held by them (QC501).

    One that holds these words holds each of their runs of SAME_WORDS_MIN words, so it is among
    those holding the rarest run; one these words hold is, word for word, a stretch of them
    starting at one of their runs, found by that run and its length. Looking only there keeps
    the search linear in the article even when many quotations share a phrase ("This is quote
    number 1 ...", "This is quote number 2 ..."), which every quotation sharing a run would not.
    The caller still checks each with ``_holds``."""
    runs = [keys[i : i + SAME_WORDS_MIN] for i in range(len(keys) - SAME_WORDS_MIN + 1)]
    found = set(min((by_gram.get(run, ()) for run in runs), key=len))
    for i, run in enumerate(runs):
        for length, stretches in by_opening.get(run, {}).items():
            if i + length <= len(keys):
                found.update(stretches.get(keys[i : i + length], ()))
    return found


def _nested(first: Span, second: Span) -> bool:
    """Whether one quotation lies inside the other in the text: a quote within a quote, whose
    words are the inner speaker's, passed on by the outer one, and no rival attribution."""
    return (first.start <= second.start and second.end <= first.end) or (second.start <= first.start and first.end <= second.end)


def _speaker_key(speaker: str) -> str:
    """A speaker as compared: "the union chief" of the body is the "union chief" of the headline."""
    return re.sub(r"^(?:the|a|an)\s+", "", speaker.casefold())


def _same_speaker(first: Quote, first_name: str, second: Quote, second_name: str) -> bool:
    """Whether two speakers as written may be one person: the same key; a name and the same
    name after a title ("Alessia Varkonyi" and "Transport Minister Alessia Varkonyi"); or a
    bare role and someone described by it (a headline's "Minister" and the body's "Alessia
    Varkonyi", Transport Minister)."""
    a, b = _speaker_key(first_name).split(), _speaker_key(second_name).split()
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if len(shorter) > 1 and longer[-len(shorter) :] == shorter:
        return True
    return _role_of(first, a, second) or _role_of(second, b, first)


def _role_of(quote: Quote, key: list[str], other: Quote) -> bool:
    """Whether ``quote``'s speaker is a role nobody was found for ("Minister:", "the mayor")
    that ``other``'s speaker is described by ("Transport Minister")."""
    if not key or not lexicon.role_noun(key[-1]):
        return False
    if quote.speaker_name is not None and _speaker_key(quote.speaker_name).split() != key:
        return False  # resolved to someone by name
    described = {w for desc in other.speaker_descriptions for w in re.findall(r"[\w'’-]+", desc.casefold())}
    return key[-1] in described


def _holds(outer: Sequence[str], inner_keys: Sequence[str]) -> bool:
    """Whether inner_keys appears, word for word and in order, inside outer."""
    n = len(inner_keys)
    return any(tuple(outer[i : i + n]) == tuple(inner_keys) for i in range(len(outer) - n + 1))
