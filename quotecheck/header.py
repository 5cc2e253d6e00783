"""The byline and metadata header at the top of an article: kept out of the quotes.

Recognises lines such as ``By Jane Doe, Reuters``, ``Source: Global Times``,
``Published: 2020/8/24 11:07:12`` and a leading title line, and the agency of a wire dateline
(``LONDON (Reuters) -``). Pure string work on the first lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .model import Span

#: Labels of metadata fields as they appear in article pages and feeds.
_FIELD = re.compile(
    r"(?i)\b(?:by|source|published|updated|posted|date|author|authors|dateline|editor|"
    r"written by|reporting by|filed)\s*[:\-]?\s"
)
_SOURCE = re.compile(r"(?i)\bsource\s*:\s*(?P<name>[^\n:]+?)(?=\s+(?:published|updated|posted|date|by)\b|\s*$|\s*\||\n)")
#: "By Jane Doe, Reuters", "By Jane Doe | Reuters", "By Jane Doe - Reuters". A dash separates an
#: outlet only with spaces around it: "By Anne-Marie Holt" names one person.
BYLINE = re.compile(
    r"(?im)^\s*by\s+(?P<people>[^\n,|·•]+?)(?:(?:\s*[,|·•]\s*|\s+[-—–]\s+)(?P<org>[^\n]+?))?\s*$"
)
#: What separates the parts of a byline after the writer: "By Lena Hartwig · Alpine Desk ·
#: March 4, 2026", "By Tom Hale | Staff Writer | The Ledger", "By Jo Marsh, Staff Writer, The
#: Ledger" (a date's own comma leaves parts that are no outlet: "March 4", "2026").
#: A date, or its first part before a comma: "March 4", "4 March 2026", "Sept. 12".
_MONTH_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{4})?")
_BYLINE_PARTS = re.compile(r"\s*[,|·•]\s*")
#: A byline with no writer, naming the outlet's team: "By the Coastline Tribune live team",
#: "By Harbour Herald staff", "By the Ledger news desk".
STAFF_BYLINE = re.compile(
    r"^\s*[Bb][Yy]\s+(?:[Tt]he\s+)?(?P<org>[A-Z][^\n,|]*?)"
    r"(?:\s+(?:live|news|politics|business|sports|city|metro|foreign|online|digital|web|breaking news))?"
    r"\s+(?:team|staff|desk|newsroom|reporters|editors)\s*$"
)
#: A byline crediting the outlet's staff and the wires rather than a writer, then the outlet:
#: "By staff and wire reports, Coastline Daily", "By Staff and agencies | Harbour Herald",
#: "From wire services - The Valley Courier". The wording of US and UK papers' shared bylines.
WIRE_BYLINE = re.compile(
    r"(?i)^\s*(?:by|from)\s+(?:our\s+)?(?:staff|wire|news|agency)(?:\s+and\s+(?:staff|wire|news|agency|agencies))?"
    r"(?:\s+(?:reports?|services?|agencies|writers?|dispatches))?(?:\s*[,|]\s*|\s+[-—–]\s+)(?P<org>[^\n|,]+?)\s*$"
)
_DATE = re.compile(r"\b(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\b")
#: A dateline opening a story: the place in capitals, maybe a state or country and a date, maybe
#: a wire agency in brackets (or two: "(Norpress/AFN)"), and a dash: "HOLLOWAY, Ore. —",
#: "LONDON (Reuters) -", "NEW YORK, March 3 (AP) —". The agency is the article's source when no header names one.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.])*"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s+\((?P<org>[A-Z][A-Za-z&.'/ -]{0,38}[A-Za-z.])\))?\s*(?:[—–]|--?)\s+"
)
#: Listed outlets by their names as written: a line naming one alone is a masthead.
_OUTLET_KEYS = frozenset(name.casefold() for name in lexicon.OUTLETS)
#: How many leading lines may be header.
MAX_HEADER_LINES = 8


@dataclass(frozen=True, slots=True)
class Header:
    span: Span | None  # the whole header block
    source: Span | None  # the outlet named in it ("Global Times"), or in a wire dateline
    dateline: bool = False  # whether ``source`` is the agency of a wire dateline ("(Reuters)")
    #: The dateline opening the story, up to its dash: "KORVA (Baltica Press) - ". It is no
    #: part of the first sentence, and the parser, given both, makes the place its subject.
    lead: Span | None = None
    #: The agency or agencies of a wire dateline ("Norpress/AFN" in "VALDESSA (Norpress/AFN) -"),
    #: whatever the byline says: outlets, however unfamiliar their names, wherever the article
    #: names them again ("told AFN").
    wire: Span | None = None


def _undated(found: re.Match[str] | None) -> re.Match[str] | None:
    """A byline match whose outlet is no date ("By staff, 2020-01-01")."""
    return found if found is not None and not _DATE.search(found.group("org")) else None


def _job_title(words: str) -> bool:
    """"Local Affairs Correspondent", "Staff Writer": the writer's title after the comma."""
    last = words.split()[-1].lower().strip(".") if words.split() else ""
    return last in lexicon.BYLINE_TITLE_WORDS


def _byline_outlet(after: str) -> str | None:
    """The outlet a byline names after its writer: "The Ledger" in "By Tom Hale, The Ledger"
    or "By Tom Hale | Staff Writer | The Ledger"; None when the parts are only a title, a desk
    ("Alpine Desk") or a date ("March 4, 2026": never "2026")."""
    for part in _BYLINE_PARTS.split(after):
        org = part.strip().rstrip(".")
        last = org.split()[-1].lower() if org.split() else ""
        if org and not _DATE.search(org) and not _MONTH_DAY.fullmatch(org) and not _job_title(org) and last not in lexicon.BYLINE_SECTION_WORDS and re.search(r"[^\W\d_]", org):
            return org
    return None


def _byline_words(line: str) -> bool:
    """After "By": a name ("By Jane Doe"), or words of a staff byline ("By our correspondent",
    "By a staff writer, The Ledger"); not a sentence that opens "By the way, ...". """
    words = line.split()[1:]
    if words and words[0][:1].isupper():
        return True
    lowered = {w.strip(",.|").lower() for w in words}
    return bool(lowered & (lexicon.BYLINE_NON_NAMES | lexicon.BYLINE_TITLE_WORDS))


def _is_meta_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if re.match(r"(?i)^by\s", stripped) and len(stripped.split()) <= 14 and _byline_words(stripped):
        return True
    if STAFF_BYLINE.match(stripped) or WIRE_BYLINE.match(stripped):
        return True
    if _SOURCE.search(stripped) or re.match(r"(?i)^(?:published|updated|posted|date|author|editor)\s*:", stripped):
        return True
    if _DATE.search(stripped) and len(stripped.split()) <= 8:
        return True
    return False


def _masthead_line(line: str) -> bool:
    """A line that is an outlet's name alone, as under a byline: "Northbridge Tribune", "The
    Harbour Herald", "Reuters"; a name of capitalised words ending in a masthead word, or a
    listed outlet, alone or with a beat of its own ("BBC Sport"). Not a headline ("Council
    Backs Harbour Plan")."""
    words = line.strip().split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    named = " ".join(words[1:] if words[0] == "The" else words).casefold()
    if named in _OUTLET_KEYS:
        return True
    beat = named.rpartition(" ")
    if beat[2] in lexicon.OUTLET_BEAT_WORDS and beat[0] in _OUTLET_KEYS:
        return True
    return len(words) >= 2 and words[-1].lower().strip(".") in lexicon.MASTHEAD_WORDS


def find_header(text: str) -> Header:
    """The metadata block among the first lines, and the outlet it names as the source.

    An explicit ``Source:`` field wins over an outlet guessed from a byline, wherever it stands:
    in "By Jane Doe, John Roe" the part after the comma may be a second author.
    """
    lines = text.split("\n")
    offset = 0
    first_meta_start: int | None = None
    last_meta_end: int | None = None
    source: Span | None = None
    byline_org: Span | None = None
    dateline_org: Span | None = None
    lead: Span | None = None
    after_byline = False
    for line in lines[:MAX_HEADER_LINES]:
        if after_byline and not _is_meta_line(line) and _masthead_line(line):
            # "By Lena Marchetti, Senior Correspondent" then "Northbridge Tribune" on its own
            # line: the byline's outlet, set under it.
            if first_meta_start is not None and byline_org is None:
                start = offset + len(line) - len(line.lstrip())
                byline_org = Span.of(text, start, offset + len(line.rstrip()))
            last_meta_end = offset + len(line.rstrip())
            after_byline = False
            offset += len(line) + 1
            continue
        after_byline = bool(re.match(r"(?i)^\s*by\s", line)) and _is_meta_line(line)
        wire = DATELINE.match(line, len(line) - len(line.lstrip()))
        if wire and lead is None and wire.end() < len(line.rstrip()):
            lead = Span.of(text, offset + wire.start(), offset + wire.end())
        if wire and wire.group("org") and dateline_org is None:
            dateline_org = Span.of(text, offset + wire.start("org"), offset + wire.end("org"))
        if _is_meta_line(line):
            if first_meta_start is None:
                first_meta_start = offset + len(line) - len(line.lstrip())
            last_meta_end = offset + len(line.rstrip())
            match = _SOURCE.search(line)
            if match and source is None:
                name = match.group("name").strip().rstrip(".")
                start = offset + line.index(name, match.start("name"))
                source = Span.of(text, start, start + len(name))
            elif not match and byline_org is None and (
                staff := STAFF_BYLINE.match(line) or _undated(WIRE_BYLINE.match(line))
            ):
                start = offset + staff.start("org")
                byline_org = Span.of(text, start, offset + staff.end("org"))
            elif not match and byline_org is None:
                by = BYLINE.match(line)
                org = _byline_outlet(by.group("org")) if by and by.group("org") else None
                if org is not None:
                    start = offset + line.index(org, by.start("org"))
                    byline_org = Span.of(text, start, start + len(org))
        offset += len(line) + 1
    if last_meta_end is None:
        return Header(None, dateline_org, dateline=dateline_org is not None, lead=lead, wire=dateline_org)
    # The title before the byline is the article's first line, not metadata: a headline may
    # carry a quote ("Pipeline deal back on the table, minister says").
    assert first_meta_start is not None
    found = source or byline_org
    return Header(
        Span.of(text, first_meta_start, last_meta_end),
        found or dateline_org,
        dateline=found is None and dateline_org is not None,
        lead=lead,
        wire=dateline_org,
    )
