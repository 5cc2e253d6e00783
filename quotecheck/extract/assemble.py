"""Put quotations and attribution frames together into draft quotes.

Pure: it works on character offsets only (``Frame`` records from the parse, ``Quotation``
records from the mark scanner), so every rule here is testable without a model.

The order of decisions:
1. quotations are judged: speech, short fragment, name or scare quotes (``terms``);
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
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from .. import lexicon
from ..marks import Quotation
from ..model import Span, Term
from . import terms
from .frames import Frame, Mention, Relay

#: What may stand between a quotation and its attribution clause.
_GAP_AFTER = re.compile(r"[\s,;:\u2014\u2013\u2015-]*")
_GAP_BEFORE = re.compile(r"\s*[:,\u2014\u2013-]?\s*")
#: ``"Q" —Name``: a dash and a capitalised name after a quotation, on its line or the next.
_DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?:[\u2014\u2015\u2013]|--?)[ \t\u00a0]*(?=[A-Z])")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)

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
    "continuation": 0.75,
    "orphan": 0.4,
}
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


def _covers(spans: Sequence[Span], pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _snap(text: str, spans: Iterable[Span], quotations: Sequence[Quotation]) -> list[Span]:
    """Widen content spans that cut into a quotation so they hold the whole quotation part."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        for q in quotations:
            for part in q.parts:
                if part.start < end and start < part.end:
                    start, end = min(start, part.start), max(end, part.end)
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


def _residual_words(text: str, content: Sequence[Span], quotations: Sequence[Quotation]) -> int:
    """Words of ``content`` that lie outside every one of ``quotations``."""
    parts = sorted(part for q in quotations for part in q.parts)
    count = 0
    for span in content:
        pos = span.start
        for part in parts:
            if part.end <= pos or part.start >= span.end:
                continue
            count += _words(text[pos : max(pos, part.start)])
            pos = max(pos, part.end)
        count += _words(text[pos : span.end])
    return count


def _paragraph_index(paragraphs: Sequence[Span], starts: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _signature(text: str, quotation: Quotation, paragraphs: Sequence[Span], starts: Sequence[int]) -> Frame | None:
    """``"Q" —Ma Jihua``: a dash and a name after a closing quotation, to the end of the line."""
    end = quotation.end
    match = _DASH_SIGNATURE.match(text, end)
    if match is None:
        return None
    para = paragraphs[_paragraph_index(paragraphs, starts, end)] if paragraphs else Span.of(text, 0, len(text))
    line_end = text.find("\n", match.end())
    stop = min(para.end, line_end if line_end != -1 else len(text))
    raw = text[match.end() : stop]
    name_part = raw.split(",")[0].rstrip(" .")
    if not name_part or _words(name_part) > 6 or not name_part[0].isupper():
        return None
    head = Span.of(text, match.end(), match.end() + len(name_part))
    whole = raw.rstrip(" .")
    span = Span.of(text, match.end(), match.end() + len(whole))
    description = whole[len(name_part) :].lstrip(", ").strip()
    mention = Mention(
        span=span,
        head=head,
        head_word=name_part.split()[-1].lower(),
        determiner="",
        label="",
        name=name_part,
        proper=True,
        plural=False,
        pronoun=False,
        descriptions=(description,) if description else (),
        words=tuple(w.lower() for w in _WORDS.findall(whole)),
    )
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


def _attach_score(text: str, quotation: Quotation, work: _Work, speech: Sequence[Quotation]) -> int:
    """How well a quotation attaches to a frame: 3 cue right after, 2 cue right before, 0 not.

    A cue whose parsed content is mostly unquoted words is reported speech that merely sits
    next to a quotation (``the minister insisted that ... "Q," Sputnik said``), not its cue.
    """
    frame = work.frame
    if work.content and _residual_words(text, work.content, speech) > MAX_RESIDUAL_WORDS:
        return 0
    ext = frame.extent
    if ext.start >= quotation.end:
        gap = text[quotation.end : ext.start]
        if "\n" not in gap and _GAP_AFTER.fullmatch(gap):
            return 3
    if ext.end <= quotation.start:
        gap = text[ext.end : quotation.start]
        if _GAP_BEFORE.fullmatch(gap):
            # Across a paragraph break only after a colon: X said:\n\n"Q".
            if "\n" not in gap or gap.strip() == ":":
                return 2
    return 0


def _type_of(text: str, content: Sequence[Span], quotations: Sequence[Quotation]) -> tuple[str, tuple[Span, ...]]:
    """direct / mixed / indirect from how much of the content lies inside quotation marks."""
    inside: list[Span] = []
    for q in quotations:
        for part in q.parts:
            if any(_inside(part, c) for c in content):
                inside.append(part)
    if not inside:
        return "indirect", ()
    outside = 0
    for span in content:
        pos = span.start
        for part in sorted(inside):
            if part.start >= span.end or part.end <= pos:
                continue
            outside += _words(text[pos : part.start])
            pos = part.end
        outside += _words(text[pos : span.end])
    return ("direct" if outside == 0 else "mixed"), tuple(sorted(inside))


def assemble(
    text: str,
    *,
    quotations: Sequence[Quotation],
    paragraphs: Sequence[Span],
    frames: Sequence[Frame],
    exclude: Sequence[Span] = (),
) -> Assembly:
    """Draft quotes from quotations and frames; ``exclude`` holds regions (a byline header)."""
    para_starts = [p.start for p in paragraphs]
    outer = [q for q in quotations if q.depth == 0 and not any(_inside(Span(q.start, q.end, ""), e) for e in exclude)]
    outer, strays = _split_swallowed(text, outer, frames)

    # 1. What each quotation is.
    verdicts: dict[int, str] = {}
    term_list: list[Term] = []
    for i, q in enumerate(outer):
        verdict, marker = terms.classify(text, q)
        verdicts[i] = verdict
        if verdict in ("name", "scare"):
            term_list.append(Term(verdict, Span.of(text, q.start, q.end), marker))
    speechlike = [i for i, q in enumerate(outer) if verdicts[i] in ("speech", "fragment")]

    # 2. Frames outside quotations, outside excluded regions, one per cue.
    quoted_spans = [part for i in speechlike for part in outer[i].parts if outer[i].closed]
    seen: set[tuple[int, int]] = set()
    works: list[_Work] = []
    for frame in sorted(frames, key=lambda f: f.cue.start):
        key = (frame.cue.start, frame.cue.end)
        if key in seen or _covers(quoted_spans, frame.cue.start):
            continue
        if any(_inside(frame.cue, e) for e in exclude):
            continue
        seen.add(key)
        works.append(_Work(frame, _snap(text, frame.content, outer), relays=list(frame.relays)))

    recovered = {i for i in speechlike if not outer[i].closed}

    # 3. Adjacent attribution: each speech quotation to the best frame next to it.
    attached: set[int] = set()
    speech_quotes = [outer[i] for i in speechlike]
    for i in speechlike:
        q = outer[i]
        best: tuple[int, int, _Work] | None = None
        for w in works:
            score = _attach_score(text, q, w, speech_quotes)
            if score:
                distance = min(abs(w.frame.cue.start - q.end), abs(q.start - w.frame.cue.end))
                if best is None or (score, -distance) > (best[0], best[1]):
                    best = (score, -distance, w)
        if best is None:
            signature = _signature(text, q, paragraphs, para_starts)
            if signature is None:
                continue
            w = _Work(signature, [])
            works.append(w)
            best = (1, 0, w)
        best[2].attached.append(q)
        attached.add(i)

    # 4. Nested cues: a speech cue inside another cue's content.
    works.sort(key=lambda w: w.frame.cue.start)
    for w in works:
        if not w.content and not w.attached:
            w.alive = False
        # "according to a report by X, which cited Y": the "cited" is part of the chain the
        # according-to frame already holds, not a statement of its own.
        if w.frame.lemma in lexicon.RELAY_VERBS and any(
            o is not w and o.frame.frame == "according" and _inside(w.frame.cue, o.frame.extent) for o in works
        ):
            w.alive = False
    for inner in works:
        if not inner.alive:
            continue
        hosts = [
            h
            for h in works
            if h is not inner and h.alive and h.content and any(_inside(inner.frame.cue, c) for c in h.content)
        ]
        # Innermost host first: "X said ..., Reuters reported, according to Radio Sever" gives
        # the hops in order, nearest the speaker first.
        hosts.sort(key=lambda h: sum(c.end - c.start for c in h.content))
        for host in hosts:
            if not _carries(host.frame, inner.frame):
                inner.alive = False
                break
            if host.frame.speaker is not None:
                inner.relays.append(Relay(host.frame.speaker, host.frame.cue))
            inner.relays.extend(host.relays)
            inner.attached.extend(host.attached)
            host.alive = False

    drafts: list[Draft] = []
    for w in works:
        if not w.alive:
            continue
        frame = w.frame
        if w.attached:
            parts = [p for q in w.attached for p in q.parts]
            if w.content and _residual_words(text, w.content, w.attached) > MAX_RESIDUAL_WORDS:
                parts = _merge(text, [*w.content, *parts])
            content = _merge(text, parts)
            basis = "signature" if frame.frame == "signature" else "attached"
        else:
            content = w.content
            basis = frame.frame
        if not content:
            continue
        qtype, quoted = _type_of(text, content, outer)
        if qtype == "mixed" and basis not in ("signature",):
            basis = "mixed" if basis in ("clause", "tell", "according", "attached") else basis
        confidence = CONFIDENCE.get(basis, 0.6)
        was_recovered = any(outer.index(q) in recovered for q in w.attached)
        drafts.append(
            Draft(
                content=tuple(content),
                quoted=quoted,
                type=qtype,
                frame=frame,
                speaker=frame.speaker,
                confidence=confidence,
                relays=tuple(w.relays),
                recovered=was_recovered,
            )
        )

    # 5. Leftover quotations: continue the last speaker, stand alone, or are labels.
    claimed = [c for d in drafts for c in d.content]
    cue_starts = sorted(w.frame.cue.start for w in works if w.alive)
    drafts.sort(key=lambda d: d.start)
    for i in speechlike:
        if i in attached:
            continue
        q = outer[i]
        if any(_inside(Span(q.start, q.end, ""), c) for c in claimed):
            continue
        if verdicts[i] == "fragment":
            term_list.append(Term("scare", Span.of(text, q.start, q.end), None))
            continue
        index, draft = _continue_or_orphan(
            text, q, drafts, cue_starts, paragraphs, para_starts, recovered=i in recovered
        )
        if index is None:
            drafts.append(draft)
            drafts.sort(key=lambda d: d.start)
        else:
            drafts[index] = draft

    term_list.sort(key=lambda t: t.span.start)
    return Assembly(tuple(sorted(drafts, key=lambda d: d.start)), tuple(term_list), tuple(strays))


def _split_swallowed(
    text: str, quotations: list[Quotation], frames: Sequence[Frame]
) -> tuple[list[Quotation], list[Span]]:
    """Repair quotations whose open-ended part swallowed an attribution clause.

    A part left open at a paragraph end is either the multi-paragraph convention or an unclosed
    mark; the mark scanner cannot tell them apart. An attribution with a speaker inside such a
    part ("We remember how that ended —Greaves said in a statement.) settles it: the mark was
    never closed. The part ends before the attribution, the mark is reported, and the parts
    after it form a quotation of their own.
    """
    cues = sorted((f.cue.start, f.extent.start) for f in frames if f.speaker is not None)
    starts = [c for c, _ in cues]
    out: list[Quotation] = []
    strays: list[Span] = []
    for q in quotations:
        open_parts = range(len(q.parts)) if not q.closed else range(len(q.parts) - 1)
        for k in open_parts:
            part = q.parts[k]
            lo = bisect.bisect_right(starts, part.start + 1)
            hi = bisect.bisect_left(starts, part.end)
            if lo >= hi:
                continue
            cut = min(ext for _, ext in cues[lo:hi])
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


def _carries(host: Frame, inner: Frame) -> bool:
    """Whether ``host`` only passed on what ``inner``'s speaker said (a hop in the chain).

    "Sputnik News said the minister insisted that ...": the minister spoke, Sputnik carried it.
    But "X said he believes ..." is X's own statement, and so is a pronoun speaker inside.
    """
    if inner.speaker is None or inner.speaker.pronoun:
        return False
    if inner.frame not in ("clause", "tell") or inner.lemma not in lexicon.SPEECH_VERBS:
        return False
    if host.frame not in ("clause", "tell", "according"):
        return False
    if host.speaker is not None and inner.speaker.span.text == host.speaker.span.text:
        return False
    return True


def _continue_or_orphan(
    text: str,
    q: Quotation,
    drafts: list[Draft],
    cue_starts: Sequence[int],
    paragraphs: Sequence[Span],
    para_starts: Sequence[int],
    *,
    recovered: bool,
) -> tuple[int | None, Draft]:
    """A quotation with no cue of its own continues the quote before it, within bounds.

    Returns the index of a draft to replace (the quotation became its next part:
    ``"Q1," X said. "Q2."``) or None with a new draft to add.
    """
    previous = [j for j, d in enumerate(drafts) if d.end <= q.start]
    penalty = 0.8 if recovered else 1.0
    if previous:
        j = previous[-1]
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
        has_speaker = drafts[root].speaker is not None
        if has_speaker and no_new_cue and p_here == p_prev and prev.type == "direct":
            merged = replace(
                prev,
                content=prev.content + tuple(q.parts),
                quoted=prev.quoted + tuple(q.parts),
                recovered=prev.recovered or recovered,
            )
            return j, merged
        if has_speaker and no_new_cue and p_here - p_prev <= 1 and hops < MAX_CONTINUATION_PARAGRAPHS:
            return None, Draft(
                content=tuple(q.parts),
                quoted=tuple(q.parts),
                type="direct",
                frame=None,
                speaker=None,
                confidence=round(CONFIDENCE["continuation"] * penalty, 2),
                continues=root,
                recovered=recovered,
            )
    return None, Draft(
        content=tuple(q.parts),
        quoted=tuple(q.parts),
        type="direct",
        frame=None,
        speaker=None,
        confidence=round(CONFIDENCE["orphan"] * penalty, 2),
        recovered=recovered,
    )
