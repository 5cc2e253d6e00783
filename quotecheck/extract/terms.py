"""Tell quoted speech from quoted names, titles and scare quotes, from the text around them.

Not every quoted string is speech: `the "Territory of Meanings" forum` names an event, the film
“Winter Roads” a work, and `so-called “peace dividend”` distances the writer from a label. This
stage looks only at the characters around a quotation (no parse needed), so it is cheap and
testable on plain strings.
"""

from __future__ import annotations

import re
from typing import Literal

from .. import lexicon
from ..inflect import lemma_of
from ..marks import Quotation
from ..model import Span

Verdict = Literal["speech", "fragment", "name", "scare"]

_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_MINOR_WORDS = frozenset(
    "a an the and or of in on at to for from by with as vs nor but de la le von van der of".split()
)
_SCARE = tuple(sorted((m.lower() for m in lexicon.SCARE_MARKERS), key=len, reverse=True))
_NAMING = tuple(sorted((m.lower() for m in lexicon.NAME_MARKERS + lexicon.SIGN_MARKERS), key=len, reverse=True))
#: A quotation this short (in words) and without sentence punctuation may be a label.
FRAGMENT_WORDS = 4


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not content:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def _before(text: str, start: int, limit: int = 40) -> str:
    piece = text[max(0, start - limit) : start]
    return piece.split("\n")[-1].lower()


def _after(text: str, end: int, limit: int = 30) -> str:
    piece = text[end : end + limit]
    return piece.split("\n")[0].lower()


#: An adverb in "-ly" before the "as" of a marker: "known informally as", "referred to locally as".
_ADVERB_BEFORE_AS = re.compile(r"\s+[a-z]+ly(?=\s+as$)")

#: A printing word, an optional determiner and up to two words of modifier, then a headline's
#: noun, closing the text before a quotation: "ran the headline", "under the front-page headline".
_PRINTED_HEADLINE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(lexicon.PRINTING_WORDS, key=len, reverse=True))
    + r")\s+(?:(?:"
    + "|".join(sorted(lexicon.HEADLINE_DETERMINERS, key=len, reverse=True))
    + r")\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(lexicon.HEADLINE_NOUNS, key=len, reverse=True))
    + r")$"
)


def marker_before(text: str, start: int, markers: tuple[str, ...] = _SCARE) -> Span | None:
    """A scare marker (or one of ``markers``) just before ``start`` ("so-called "), as a span.
    The span takes in an adverb the marker holds before its "as" ("known informally as")."""
    before = _before(text, start)
    stripped = before.rstrip()
    # An article may stand between: "what she called a “campaign of leaks”".
    article = re.search(r"\s(?:a|an|the)$", stripped)
    candidates = [stripped] + ([stripped[: article.start()]] if article else [])
    offset = start - len(before)
    for piece in candidates:
        adverb = _ADVERB_BEFORE_AS.search(piece)
        squeezed = piece[: adverb.start()] + piece[adverb.end() :] if adverb else piece
        for marker in markers:
            if squeezed.endswith(marker):
                at = offset + len(squeezed) - len(marker)
                if at == 0 or not text[at - 1].isalnum():
                    return Span.of(text, at, offset + len(piece))
    return None


#: A document noun, an optional comma or a form of "be", then "headed", closing the text before
#: a quotation: "a letter headed", "The notice, headed", "The letter was headed" (QA review
#: rev3, A9).
_DOCUMENT_HEADED = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, lexicon.DOCUMENT_NOUNS), key=len, reverse=True)) + r")\s*,?\s+(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?headed$"
)


def document_heading(text: str, marker: Span) -> bool:
    """'The notice, headed "Service Disruption,"', 'a letter headed "Final Warning"': the marker
    "headed" names a heading only as the participle of a document noun
    (``lexicon.DOCUMENT_NOUNS``) right before it. In 'The agency she headed "lost its way"' a
    subject comes before it, and it is a verb: the quotation is the speaker's words. Any other
    marker passes."""
    if marker_word(marker) != "headed":
        return True
    return _DOCUMENT_HEADED.search(_before(text, marker.end, limit=60)) is not None


def printed_headline_before(text: str, start: int) -> Span | None:
    """The words that say a page printed the quotation at ``start`` as its headline, as a span:
    "ran the headline" in 'The tabloid ran the headline "Enough!"'. None after a bare headline
    noun ('Ruiz said the headlines "were cruel"': his words about them)."""
    before = _before(text, start, limit=60)
    stripped = before.rstrip()
    found = _PRINTED_HEADLINE.search(stripped)
    if found is None:
        return None
    offset = start - len(before)
    return Span.of(text, offset + found.start(), offset + found.end())


def marker_word(marker: Span) -> str:
    """The lexicon's form of a marker found by ``marker_before``: lower case, without the adverb
    it may hold ("known informally as" is "known as")."""
    return _ADVERB_BEFORE_AS.sub("", marker.text.lower())


def title_noun_near(text: str, quotation: Quotation) -> Span | None:
    """A noun of works or events right after (`the "X" forum`) or before (`the film "X"`)."""
    end = quotation.end
    after = _after(text, end)
    match = re.match(r"\s*([a-z][a-z-]*)", after)
    if match and match.group(1) in lexicon.TITLE_NOUNS:
        return Span.of(text, end + match.start(1), end + match.end(1))
    before = _before(text, quotation.start)
    # One or two words may stand between: "the new film", "the 2022 drama", "her acclaimed 2019
    # novel", "his party's podcast".
    match = re.search(r"\b(?:the|a|an|his|her|their|its|new)\s+(?:[a-z0-9][\w'\u2019-]*\s+){0,2}([a-z][a-z-]*)\s*,?\s*$", before)
    if match and match.group(1) in lexicon.TITLE_NOUNS:
        offset = quotation.start - len(before)
        return Span.of(text, offset + match.start(1), offset + match.end(1))
    return None


#: Works whose titles are often in sentence case (German and French titles always are):
#: after one of these nouns a quotation with a capital first word is a title.
_WORKS = frozenset(
    "film movie documentary book novel memoir song album single show series play musical "
    "opera poem painting exhibition podcast episode drama comedy thriller sitcom miniseries "
    "biopic novella biography anthology track ballad".split()
)


def _work_title(title: Span, quotation: Quotation, words: list[str]) -> bool:
    """`the film „Das leere Dorf“`, `the novel "A quiet life"`: a capitalised quotation right
    after the noun of a work is its title, title case or not."""
    return title.end <= quotation.start and title.text.lower() in _WORKS and words[0][:1].isupper()


def classify(text: str, quotation: Quotation) -> tuple[Verdict, Span | None]:
    """Judge one quotation: speech, a short fragment (decided later by context), name or scare.

    Returns the verdict and the marker span that decided it, if any.
    """
    inner = " ".join(part.text for part in quotation.inner)
    words = _words(inner)
    if not words:
        return "fragment", None
    marker = marker_before(text, quotation.start, _NAMING)
    if marker is not None and not document_heading(text, marker):
        marker = None
    marker = marker or printed_headline_before(text, quotation.start)
    if marker is not None and len(words) <= 8:
        return "name", marker
    if nickname(text, quotation):
        return "name", None
    noun = naming_noun_before(text, quotation.start)
    if noun is not None and len(words) <= _TITLE_WORDS:
        return "name", noun
    marker = marker_before(text, quotation.start)
    if marker is not None and len(words) <= 8:
        return "scare", marker
    at = _title_preposition(text, quotation.start)
    if at is not None and len(words) <= 8 and _title_case(words) and not inner.rstrip().endswith(("?", "!", ",")):
        return "name", at
    if len(words) >= 2 and _own_line(text, quotation):
        # A quotation that is a line by itself (a pull quote, a bulleted point) is somebody's
        # words shown, not a label inside the writer's sentence.
        return "speech", None
    ends_sentence = inner.rstrip().endswith((".", "?", "!", ",", ":", ";", "…"))
    short = len(words) <= 8 and not ends_sentence
    # A title set off by commas keeps the comma inside the closing mark: 'her memoir, "A Long
    # Way Home," was'; one ending the sentence, its full stop ('on his podcast, "Straight Talk."').
    if len(words) <= 8 and (short or inner.rstrip().endswith((",", "."))):
        title = title_noun_near(text, quotation)
        if title is not None and (_title_case(words) or _work_title(title, quotation, words)):
            return "name", title
    if _named_by_appositive(text, quotation, words):
        return "name", None
    if short:
        # Capitalised multi-word strings inside a sentence read as names: the "Big Five".
        if _title_case(words) and len(words) >= 2 and not _starts_sentence(text, quotation.start):
            return "name", None
    # A trailing comma is the quotation's punctuation, not proof of a sentence (“pants on
    # fire,”), and a few words inside a running sentence are a fragment even with a full stop.
    if len(words) <= FRAGMENT_WORDS and (
        not inner.rstrip().endswith((".", "?", "!", "…")) or not _starts_sentence(text, quotation.start)
    ):
        return "fragment", None
    return "speech", None


#: The most words a quoted title set beside its noun may have: a paper's or a report's title
#: with its subtitle ("Night Without Sleep: Rest, Memory and Homing in Bees").
_TITLE_WORDS = 20
_NAMING_NOUN = re.compile(r"(?<![\w'’-])(%s)\s*[,:]?\s*$" % "|".join(sorted(lexicon.NAMING_NOUNS, key=len, reverse=True)))


#: "name" and a comma right before a quotation: 'the new name, "Harbour Link,"'.
_APPOSITIVE_NAMING_NOUN = re.compile(r"(?<![\w'’-])(%s)\s*,\s*$" % "|".join(sorted(lexicon.APPOSITIVE_NAMING_NOUNS)))


#: Verbs whose object is words spoken, not a name: 'shouted her name, "Maria!"'.
_SPOKEN_LEMMAS = lexicon.SPEECH_VERBS | lexicon.CHANTING_VERBS


def _appositive_name(before: str) -> re.Match[str] | None:
    """'the new name, "Harbour Link,"': "name" set off by a comma, the quotation its
    appositive; not after a speech or chant verb ('shouted her name, "Maria!"'), where the
    quotation is the words spoken."""
    match = _APPOSITIVE_NAMING_NOUN.search(before)
    if match is None:
        return None
    clause = re.split(r"[.;:!?]", before[: match.start()])[-1]
    if any(lemma_of(word) in _SPOKEN_LEMMAS for word in re.findall(r"[a-z]+", clause)):
        return None
    return match


def naming_noun_before(text: str, start: int) -> Span | None:
    """'The study's title, "Sleep Loss and Homing in Bees,"': a noun of naming right before
    the quotation, with at most a comma or a colon between, as a span; the quotation is the
    name it gives."""
    before = _before(text, start)
    match = _NAMING_NOUN.search(before) or _appositive_name(before)
    if match is None:
        return None
    offset = start - len(before)
    return Span.of(text, offset + match.start(1), offset + match.end(1))


#: After a quoted name: a comma (inside or outside the mark), then a noun phrase that says what
#: it names, "the AI meeting assistant it unveiled in March".
_APPOSITIVE_AFTER = re.compile(r"\s*,?\s*(?:the|a|an|its|their|his|her)\s+((?:[\w'’-]+\s+){0,5})")


def _named_by_appositive(text: str, quotation: Quotation, words: list[str]) -> bool:
    """'paused work on "Scribe," the AI meeting assistant it unveiled': a capitalised name set
    off by a comma and explained by the noun phrase after it. Not when that phrase is a
    speaker with a cue ('"Terrible," the mayor said') or the quotation opens a sentence."""
    inner = " ".join(part.text for part in quotation.inner).rstrip()
    after = text[quotation.end : quotation.end + 80].split("\n")[0]
    if not 1 <= len(words) <= 4 or not _title_case(words) or _starts_sentence(text, quotation.start):
        return False
    if not (inner.endswith(",") or after.lstrip().startswith(",")):
        return False
    match = _APPOSITIVE_AFTER.match(after)
    if match is None:
        return False
    phrase = [w.lower() for w in _words(after[match.start(1) :])[:6]]
    if any(w in lexicon.WORDS_NOUNS or w in lexicon.QUOTED_WORDS_NOUNS for w in phrase):
        return False  # '"Dead," a word her aides repeated': words, said
    return not any(lemma_of(w) in lexicon.SPEECH_VERBS for w in phrase)


#: What may stand between the items of a list of quoted strings: a comma, "and", "or".
_LIST_LINK = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
#: A link to one more quoted item: the list goes on after a quotation.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?[%s]" % re.escape("".join(sorted(lexicon.QUOTE_CHARS))))


def listed_after(text: str, previous: Quotation, quotation: Quotation) -> bool:
    """'banners reading "No Farms, No Food" and "Strand Out."': whether ``quotation`` is the
    next item of a list whose item ``previous`` stands right before it, with only a comma,
    "and" or "or" between; what made the first a name makes the next one a name too. A lone
    comma links items only in a list that goes on to another quoted item ('"A", "B" and "C"'):
    in 'a report titled "Safe Harbours", "a whitewash" according to campaigners' the second
    quotation is the campaigners' verdict, not a second title."""
    between = text[previous.end : quotation.start]
    if previous.end > quotation.start or not between.strip() or _LIST_LINK.fullmatch(between) is None:
        return False
    if re.search(r"\b(?:and|or)\b", between):
        return True
    return _LIST_GOES_ON.match(text, quotation.end) is not None


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def nickname(text: str, quotation: Quotation) -> bool:
    """'Eleanor "Nell" Marchbanks': one or two capitalised words in quotation marks inside a
    name, which are part of the name, not anyone's words."""
    words = _words(" ".join(part.text for part in quotation.inner))
    return 0 < len(words) <= 2 and _title_case(words) and _inside_a_name(text, quotation)


def _inside_a_name(text: str, quotation: Quotation) -> bool:
    """A quotation between two capitalised words with a space on each side, the name ending
    after the second: a nickname inside a name ('Eleanor "Nell" Marchbanks', 'Ron “The Hammer”
    Ruiz retired')."""
    before = text[max(0, quotation.start - 40) : quotation.start]
    after = text[quotation.end : quotation.end + 40]
    if not before.endswith(" ") or not after.startswith(" "):
        return False
    last = before.split()[-1] if before.split() else ""
    words = after.split()
    first = words[0] if words else ""
    if first[-1:] not in ",.;:)" and words[1:2] and words[1][:1].isupper():
        return False  # the name goes on: a Title Case headline, "General Reveals ‘Demoralizing’ Obama Policy"
    return bool(_NAME_WORD.fullmatch(last)) and bool(_NAME_WORD.fullmatch(first.rstrip(",.;:)")))


#: "on Channel 4's ": a capitalised owner in the possessive between the preposition and a title.
_OWNER = r"(?:[A-Z0-9][\w.&-]*\s+){0,4}[A-Z0-9][\w.&-]*['’]s?\s+"


def _title_preposition(text: str, start: int) -> Span | None:
    """'said on "The Late Hour."' or 'said on Channel 4's "Morning Desk."': "on" or "in" before
    the quotation, with at most a named owner in the possessive between, as a span."""
    offset = max(0, start - 60)
    pattern = r"(?<![\w'’-])(" + "|".join(lexicon.TITLE_PREPOSITIONS) + r")\s+(?:" + _OWNER + r")?$"
    match = re.search(pattern, text[offset:start], re.IGNORECASE)
    if match is None:
        return None
    return Span.of(text, offset + match.start(1), offset + match.end(1))


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:\n—–-"


def _own_line(text: str, quotation: Quotation) -> bool:
    """Whether the quotation fills its line, but for a bullet before it and punctuation after."""
    line_start = text.rfind("\n", 0, quotation.start) + 1
    head = text[line_start : quotation.start].strip()
    if head and not (len(head) == 1 and head in lexicon.BULLETS):
        return False
    line_end = text.find("\n", quotation.end)
    tail = text[quotation.end : len(text) if line_end < 0 else line_end]
    return not tail.strip(" \t.,;:!?")
