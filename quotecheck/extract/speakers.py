"""Who is speaking: resolve each cue's speaker mention to a named entity and a kind.

Pure: works from ``Mention`` records in document order. A registry of people and organisations is
built as the article is read, so that a later "Ma", "the minister" or "she" can be tied to
"Ma Jihua", "Russia's Foreign Minister Sergei Lavrov" or the right woman named before. A mention
that cannot be tied to anyone stays unresolved: quotecheck never invents a speaker.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Sequence

from .. import lexicon
from ..header import BYLINE
from ..model import RESOLUTIONS, Entity, Span
from .frames import INITIALISM, LONE_SUBJECT, Mention, is_handle, name_mention

_WORD = re.compile(r"[^\W_][\w'’.-]*")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: Names of scholarly journals: "Journal of ...", "Proceedings of ...", "Annals of ...".
_SCHOLARLY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:Journal|Proceedings|Annals|Archives|Transactions) of\s", re.IGNORECASE)
#: How the writer of the article is described when "I" speaks.
WRITER = "the writer of the article"
#: How far back (in characters) a pronoun or role looks for the one it refers to.
PRONOUN_WINDOW = 1500
ROLE_WINDOW = 6000
#: How a pronoun weighs its candidates (a score in units of PRONOUN_DISTANCE characters of
#: distance): having spoken within the window, being the subject of the last sentence that had
#: one of them as its subject ("Ben Carradine read a statement. "...," he said.": Ben), and a
#: gender known to match.
PRONOUN_DISTANCE = 200.0
PRONOUN_SPOKE = 1.0
PRONOUN_SUBJECT = 1.0
PRONOUN_SUBJECT_WINDOW = 400
PRONOUN_GENDER = 0.15

#: Role nouns that say only "the one in charge": matched through their modifier.
GENERIC_ROLES = frozenset({"leader", "head", "chief", "boss", "chair", "chairman", "chairwoman", "official", "executive", "director", "spokesman", "spokeswoman", "spokesperson"})

_OUTLET_NAMES = {name.lower(): name for name in lexicon.OUTLETS}
_OUTLET_NAMES_BARE = {(_LEADING_DET.sub("", k)): v for k, v in _OUTLET_NAMES.items()}
_PLATFORM_NAMES = {name.lower(): name for name in lexicon.PLATFORMS}
_POSSESSIVE_PRONOUNS = frozenset({"my", "your", "his", "her", "its", "our", "their"})
#: Any personal or possessive pronoun: no name or noun that owns a role ("his deputy").
_ANY_PRONOUNS = _POSSESSIVE_PRONOUNS | lexicon.PERSONAL_PRONOUNS
#: Words before an outlet noun that say it is a news outlet: "the news agency", "state media".
_NEWS_WORDS = frozenset({"news", "media", "state", "wire"})
#: A crowd or a group of people, no one person a "who" after it makes (``_who_follows``).
_GROUP_OF_PEOPLE_NOUNS = lexicon.CROWD_NOUNS | lexicon.COLLECTIVE_PEOPLE_NOUNS
#: Last words of a day-named club, market or place, no paper (``edition_name``).
_NOT_EDITION_ENDINGS = lexicon.EDITION_LOOKALIKE_ENDINGS | lexicon.ORGANIZATION_NOUNS | lexicon.PLACE_NAME_ENDINGS
#: Common nouns a headline capitalises that are no name (``Registry._headline_noun``).
_HEADLINE_COMMON_NOUNS = lexicon.VAGUE_NOUNS | lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS
#: A plural pronoun that keeps a pair in view in a sentence between them and a later "They".
_PAIR_IN_VIEW = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.IGNORECASE)
#: A named owner in a description: "Lind" in "Lind's coach".
_NAMED_OWNER = re.compile(r"\b([A-Z][\w-]*)['’]s\b")
#: "for Halbrook", "of the Harbour Authority": a named body after an unnamed role.
_FOR_BODY = re.compile(r"\b(?:for|of|at|from|with)\s+(?:the\s+)?[A-Z]")
#: The one-word countries a nationality belongs to ("england", "france"): no body a former
#: insider served ("a former England captain").
_COUNTRY_WORDS = frozenset(c for countries in lexicon.NATIONALITY_COUNTRIES.values() for c in countries if " " not in c)
#: A body's nouns before a role that say the role is held in it: "a former ministry adviser"
#: (``_body_word``).
_INSIDER_BODY_WORDS = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.INSIDER_BODY_NOUNS


#: "gave only her first name, Daria", "his first name as Tomasz": the name after the phrase.
_PARTIAL_NAME = re.compile(r"\b(?:%s)(?:,\s*|\s+as\s+|\s+of\s+)([A-Z][\w'’-]+)\b" % "|".join(map(re.escape, lexicon.PARTIAL_NAME_PHRASES)))


def _partial_name(mention: Mention) -> str | None:
    """"The woman, who gave only her first name, Daria, ...": the one name the article gives an
    otherwise unnamed speaker, or None."""
    if mention.name or mention.pronoun:
        return None
    found = _PARTIAL_NAME.search(mention.span.text)
    return found.group(1) if found else None


def _principal(mention: Mention) -> Mention | None:
    """"A Halbrook spokesperson", "a senior Corvane executive": the name modifies a role noun, so
    it is the body the unnamed speaker speaks for, not the speaker's name. The body as a mention
    of its own (never a speaker), or None."""
    if not mention.name or mention.pronoun:
        return None
    if mention.head_word not in lexicon.SPEAKING_FOR_NOUNS and mention.head_word not in lexicon.ROLE_NOUNS:
        return None  # "a Harwood Securities analyst", "a Rovers player" too
    if mention.head_word in _tokens(mention.name):
        return None  # "Halbrook spokeswoman Mary Olsen" is named; so is a name the role is part of
    at = mention.span.text.find(mention.name)
    if at < 0 or not _role_after_name(mention.span.text[at + len(mention.name) :], mention.head_word):
        return None  # the role must follow the name
    start = mention.span.start + at
    span = Span(start, start + len(mention.name), mention.name)
    words = _tokens(mention.name)
    return name_mention(
        span, label=mention.label if mention.label != "PERSON" else "", head_word=words[-1] if words else "", words=words
    )


def _role_after_name(rest: str, head_word: str) -> bool:
    """Whether the text after a name is the role it modifies: directly ("Halbrook spokesperson")
    or after up to two lower-case words of the trade ("one Port Kerrin shop owner", "a Corvane
    software engineer"), not after another name or a clause."""
    words = rest.split()
    for k, word in enumerate(words[:3]):
        if _tokens(word) == (head_word,):
            return all(w.isalpha() and w.islower() for w in words[:k])
    return False


def _role_phrase(mention: Mention) -> str:
    """The role as written, without its article and anything after a comma: "senior Halbrook
    executive" in "A senior Halbrook executive, who asked not to be named"."""
    return _LEADING_DET.sub("", mention.span.text.split(",")[0].strip())


def _without_reflexive(description: str) -> str:
    """"himself a former mayor" -> "a former mayor"; "herself" -> ""."""
    words = description.split(maxsplit=1)
    if words and words[0].lower().strip(",") in lexicon.REFLEXIVE_PRONOUNS:
        return words[1].strip(" ,") if len(words) > 1 else ""
    return description


def _description(text: str) -> str:
    """A description as shown: "himself a former mayor" -> "a former mayor"; an age alone in
    apposition ("Sam Oduya, 23") -> "aged 23"."""
    text = _without_reflexive(text)
    return f"aged {text}" if text.isdigit() and len(text) <= 3 else text


_CAP_WORD = r"[A-Z][\w'’&.-]*"
_LINK = "|".join(sorted(lexicon.NAME_LINK_WORDS, key=len, reverse=True))
#: "the newspaper Il Corriere di Velmora": the name after an outlet noun, capitalised words and
#: the lower-case words that link them.
_AFTER_DESCRIPTOR = re.compile(rf"\b([a-z]+)\s+({_CAP_WORD}(?:\s+(?:(?:{_LINK})\s+)*{_CAP_WORD})*)")


def _descriptor_name(mention: Mention) -> Mention:
    """The mention with its whole name when an outlet noun introduces it and the parse kept only
    a part: "the newspaper Il Corriere di Velmora" names "Il Corriere di Velmora", not
    "Velmora"."""
    if not mention.name or mention.pronoun:
        return mention
    for found in _AFTER_DESCRIPTOR.finditer(mention.span.text):
        full = found[2]
        if found[1] in lexicon.OUTLET_NOUNS and mention.name in full and len(full) > len(mention.name):
            return replace(mention, name=full)
    return mention


def _bare_noun(mention: Mention) -> bool:
    """Whether the mention is only "the" and a singular noun ("The trust said"): no name, no
    owner, no words after it to say which one."""
    return not (mention.name or mention.plural or mention.possessor or len(mention.words) > 2)


def _part_of_name(description: str, name: str | None) -> bool:
    """Whether a description is only words of the name itself: "Miriam Voss", which the parse
    split off "her daughter, Miriam Voss-Achterberg", describes no one; a name is never a
    description."""
    if not name:
        return False
    words = _tokens(description)
    parts = {part for word in _tokens(name) for part in (word, *word.split("-"))}
    return bool(words) and set(words) <= parts


def _unnamed(mention: Mention) -> Mention:
    """The mention as the one it is: a reflexive that stresses it ("Anna Kowal herself") is no
    description; "A Halbrook spokesperson" is read as "a company spokesperson", and "a
    spokesperson for Halbrook" keeps its body in a description."""
    mention = _descriptor_name(mention)
    role = _member_role(mention)
    if role is not None:
        # "Another, a retired teacher, said": a lone member known by the role the appositive
        # gives, nobody named "Another" (which the recognizer may take for a name).
        mention = replace(mention, name=None, proper=False, label="", pronoun=False, head_word=role)
    cleaned = tuple(d for d in (_description(d) for d in mention.descriptions) if d and not _part_of_name(d, mention.name))
    if cleaned != mention.descriptions:
        mention = replace(mention, descriptions=cleaned)
    if mention.name and mention.span.text == mention.name and mention.name.lower() in lexicon.VAGUE_NOUNS and mention.plural:
        # "Friends said she remained sharp": a sentence's capital, not a name (the recognizer
        # knows "Friends" as a show).
        return replace(mention, name=None, proper=False, label="")
    if _principal(mention) is not None:
        phrase = _role_phrase(mention)
        return replace(mention, name=None, proper=False, label="", head=mention.span, descriptions=(phrase,) + tuple(d for d in mention.descriptions if d != phrase))
    if (
        not mention.name
        and not mention.pronoun
        and mention.head_word in lexicon.SPEAKING_FOR_NOUNS
        and (
            _FOR_BODY.search(mention.span.text.split(",")[0])
            or (mention.possessor[:1].isupper() and mention.possessor.lower() not in _ANY_PRONOUNS)
        )
    ):
        phrase = _role_phrase(mention)
        if phrase not in mention.descriptions:
            return replace(mention, descriptions=(phrase,) + mention.descriptions)
    return mention


@dataclass(slots=True)
class _Entity:
    name: str
    kind: str
    tokens: tuple[str, ...]
    gender: str | None = None
    #: The gender a mention naming them in full said ("Adaeze Okafor", "Her son, Chinedu
    #: Okafor", "Ms. Okafor" for an "Okafor" met alone), not one a shared surname lent them.
    named_gender: str | None = None
    roles: set[str] = field(default_factory=set)
    former_roles: set[str] = field(default_factory=set)  # "a former mayor", "who served as mayor"
    current_roles: set[str] = field(default_factory=set)  # "the current mayor"
    descriptions: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    mention_set: set[Span] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    spoke_at: list[int] = field(default_factory=list)
    subject_at: list[int] = field(default_factory=list)
    place: bool = False  # a country or city the tagger called GPE: never "they"
    label: str = ""  # the entity recognizer's label when first met
    asked_at: list[int] = field(default_factory=list)  # where they put a question
    #: Where a lone surname they share with someone of the other gender was met ("Rosalind
    #: Achterberg ... Her son, Daniel Achterberg ... Achterberg bristled"): (position, spoke,
    #: subject), for a "she" or "he" after it, which tells which of the two it was.
    shared_at: list[tuple[int, bool, bool]] = field(default_factory=list)
    #: Whether a mention said what kind of body they are ("the outdoor brand Fellgate",
    #: "Lumenfield, the cloud storage startup"): then no "she" makes a person of them.
    described_body: bool = False
    #: Whether they spoke of themselves as "it" ("Wells Fargo said it had settled"): then no
    #: later "she" makes a person of a two-word name that opens with no known given name.
    said_it: bool = False
    #: Where they were called by their surname alone ("Vance says" after "Aurelia Vance ..."):
    #: the article keeps that for them when it names another of that surname ("Her mother,
    #: Greta Vance").
    alone_at: list[int] = field(default_factory=list)

    def description_words(self) -> set[str]:
        return {w for d in self.descriptions for w in _tokens(d)}

    def last_before(self, pos: int) -> int | None:
        i = bisect.bisect_left(self.positions, pos)
        return self.positions[i - 1] if i else None


@dataclass(frozen=True, slots=True)
class Resolved:
    """The answer for one speaker mention."""

    name: str | None
    kind: str
    descriptions: tuple[str, ...]
    resolution: str  # name | alias | role | pronoun | none
    entity: int | None = None  # index into the registry's entity list
    #: For a coordination ("Ana Ruiz and Tom Baker said"), the entities of the parts resolved;
    #: ``entity`` is then None: the pair is nobody a later "he" or "she" may mean.
    parts: tuple[int, ...] = ()
    #: Where the unnamed speaker this one names spoke before ("A resident of Orlevo said ...
    #: "...," said the woman, who gave only her first name, Daria": the resident), so that
    #: their earlier words get the name too.
    same_as: int | None = None
    #: A lone surname that two or more people named in full share ("Ortega said" after Rafael
    #: and Tomas Ortega): the one chosen is a guess, which the quote's confidence shows.
    shared: bool = False

    @property
    def who(self) -> tuple[int, ...]:
        """Every entity this answer names: the one, or each of a coordination's."""
        return (self.entity,) if self.entity is not None else self.parts


def _last(positions: list[int], pos: int) -> int:
    """The last of the sorted ``positions`` before ``pos``, or -1."""
    i = bisect.bisect_left(positions, pos)
    return positions[i - 1] if i else -1


def _last_act(ent: _Entity, pos: int) -> int:
    """Where ``ent`` last spoke or was the subject of a clause before ``pos``, or -1."""
    return max(_last(ent.subject_at, pos), _last(ent.spoke_at, pos))


def _acted_since(ent: _Entity, pos: int, since: int) -> bool:
    """Whether ``ent`` last spoke or was a subject before ``pos`` at ``since`` or after."""
    return _last_act(ent, pos) >= max(0, since)


def _plain_body(ent: _Entity) -> bool:
    """Whether ``ent`` is a body "the council" or "the company" may mean: an organisation that is
    no country or city (``place``) and no people ("a source in the Saudi-led delegation": a
    people, NORP, is no body "the group" means)."""
    return ent.kind == "organization" and not ent.place and ent.label != "NORP"


def _within(positions: list[int], pos: int, window: int) -> bool:
    """Whether any of the sorted ``positions`` lies in ``[pos - window, pos)`` (bisection)."""
    return bisect.bisect_left(positions, pos) > bisect.bisect_left(positions, pos - window)


_DOTTED_TITLES = lexicon.TITLES | {w + "." for w in lexicon.TITLES}


#: A social-media handle's word breaks: "@JoannaMarrow" is Joanna Marrow.
_HANDLE_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])|_")


def _handle_words(name: str) -> tuple[str, ...]:
    """The words of a social-media handle ("@JoannaMarrow": joanna, marrow), or () for a name
    that is none (``frames.is_handle``)."""
    if not is_handle(name):
        return ()
    return _tokens(_HANDLE_BREAK.sub(" ", name[1:]))


@functools.lru_cache(maxsize=4096)  # asked of the same few names over and over
def _clean_name(name: str) -> str:
    name = _LEADING_DET.sub("", _POSSESSIVE.sub("", name.strip()))
    words = name.split()
    while words and words[0].lower().rstrip(".") + "." in _DOTTED_TITLES:
        if len(words) == 1:
            break
        words.pop(0)
    return " ".join(words).strip(" ,")


def _titled(name: str) -> bool:
    """Whether a name opens with a title: "Mr. Ortega", "Dr. Lena Ortiz"."""
    words = _LEADING_DET.sub("", name.strip()).split()
    return len(words) > 1 and words[0].lower().rstrip(".") + "." in _DOTTED_TITLES


def _of_type(tokens: Sequence[str], words: frozenset[str]) -> bool:
    """Whether a body's name says it is of a type: "National Storm Service" ends in the type's
    word, "Office of Rail Standards" opens with it before "of"."""
    return len(tokens) > 1 and (tokens[-1] in words or (tokens[0] in words and tokens[1] == "of"))


@functools.lru_cache(maxsize=4096)  # asked of the same few names over and over
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(w.lower().rstrip(".") for w in _WORD.findall(name))


#: Words an acronym may leave out: "Bank of England" is BE or BOE.
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "&"})


def _acronym(name: str) -> str | None:
    """``name`` when it is a lone acronym ("NPS", "the NPS"), else None."""
    bare = _LEADING_DET.sub("", name.strip())
    return bare if INITIALISM.fullmatch(bare) else None


def _initials(name: str) -> set[str]:
    """The acronyms a full name may go by: "Northern Press Service" -> {"NPS"}; "Bank of
    England" -> {"BE", "BOE"}."""
    words = name.split()
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).upper()
    main = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIPS).upper()
    # "Agence France-Presse" is AFP: each part of a hyphenated word gives a letter.
    parts = "".join(p[0] for w in words if w.lower() not in _ACRONYM_SKIPS for p in w.split("-") if p).upper()
    return {every, main, parts}


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an acronym of the name ``full``: "AP" of "The Associated Press",
    "AFP" of "Agence France-Presse"; not "AP" of "Reuters"."""
    acronym = _acronym(short)
    return acronym is not None and acronym in _initials(_LEADING_DET.sub("", full.strip()))


@functools.lru_cache(maxsize=4096)  # asked of the same few heads and names over and over
def outlet_name(text: str) -> str | None:
    """The canonical outlet name if ``text`` names a known outlet ("the Global Times")."""
    written = _LEADING_DET.sub("", _POSSESSIVE.sub("", text.strip()))
    if not written[:1].isupper() and not written[:1].isdigit():
        return None  # "an economist" is not The Economist, "the times" not The Times
    key = _POSSESSIVE.sub("", text.strip()).lower()
    if key in _OUTLET_NAMES:
        return _OUTLET_NAMES[key]
    bare = _LEADING_DET.sub("", key)
    return _OUTLET_NAMES_BARE.get(bare)


def journal_name(mention: Mention) -> str | None:
    """"Journal of Coastal Studies" for "the Journal of Coastal Studies", whose parsed name may
    be "Journal" alone (the parser leaves the "of" phrase out of the proper name), else None."""
    for text in (mention.name, mention.span.text):
        if text and _SCHOLARLY.match(text):
            return _LEADING_DET.sub("", text.strip())
    return None


#: Nouns by which a scholarly journal named before is called again ("the journal said").
_JOURNAL_NOUNS = frozenset({"journal", "proceedings", "annals"})


def publication_name(text: str) -> str | None:
    """The outlet or journal ``text`` names: a listed outlet ("Le Monde"), a journal ("the
    Journal of Coastal Studies") or a masthead of two or more capitalised words ("the Harbour
    Herald"); None for anything else ("an interview", "Brussels")."""
    text = text.strip()
    bare = _LEADING_DET.sub("", text)
    if _SCHOLARLY.match(text):
        return bare
    outlet = outlet_name(text)
    if outlet is not None:
        return outlet
    words = bare.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower().strip(".'’") in lexicon.MASTHEAD_WORDS:
        return bare
    return None


#: "Researchers at Dunmore University", "economists from Hartwell Securities": the named body a
#: group of people works for, when its name ends as an organisation's does.
_AT_BODY = re.compile(r"\s+(?:at|from|of|with)\s+(?:the\s+)?((?:(?:[A-Z][\w'’&.-]*|&)\s+)*[A-Z][\w'’&.-]*)")
#: Last words of names that no "the company" or "the firm" refers to: public bodies and
#: institutions ("Dunmore Securities Commission", "Northvale University").
_NOT_COMPANY_WORDS = (lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_WORDS) - (
    lexicon.COMPANY_NOUNS | lexicon.COMPANY_NAME_ENDINGS | lexicon.COMPANY_TRADE_WORDS | {"fund"}
)
_BODY_LAST_WORDS = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NAME_ENDINGS | lexicon.COMPANY_TRADE_WORDS | lexicon.INSTITUTION_WORDS


def _of_named_body(mention: Mention) -> bool:
    """Researchers or other experts placed at a named organisation: "Researchers at Dunmore
    University", "analysts at Hartwell Securities", "scientists from the Kelmont Institute".
    Not a place ("economists of Kelmont"): the body's name must end in an organisation's word;
    and not members, officials or residents (``lexicon.EXPERT_NOUNS``)."""
    head = mention.head_word
    if head not in lexicon.EXPERT_NOUNS and not (head.endswith("s") and head[:-1] in lexicon.EXPERT_NOUNS):
        return False
    found = _AT_BODY.match(mention.span.text, mention.head.end - mention.span.start)
    if found is not None and "&" in found[1].split():
        return True  # "analysts at Granger & Holt": partners joined by "&" name a firm
    return found is not None and found[1].split()[-1].lower().strip(".'’") in _BODY_LAST_WORDS


#: "from Stop the Line", "of Friends of the Marsh", "with the Harbour Trust": a named group
#: after a plural of people; its name may hold small words.
_FROM_GROUP = re.compile(
    r"\s+(?:from|of|with|at)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+(?:(?:the|of|for|and|our|a)\s+)?)*[A-Z][\w'’&.-]*)"
)


def _members_of_named_group(mention: Mention) -> bool:
    """Campaigners or activists of a named group (``lexicon.GROUP_MEMBER_NOUNS``): "Campaigners
    from Stop the Line said", "volunteers with the Harbour Trust". The name must read as a
    group's: a body's last word ("Harbour Trust") or a small word inside it ("Stop the Line",
    "Friends of the Marsh"); a place ("campaigners from Kelmont") names no group."""
    if not mention.plural or mention.name or mention.pronoun or mention.head_word not in lexicon.GROUP_MEMBER_NOUNS:
        return False
    found = _FROM_GROUP.match(mention.span.text, mention.head.end - mention.span.start)
    if found is None:
        return False
    words = found[1].split()
    return words[-1].lower().strip(".'’") in _BODY_LAST_WORDS or any(w.islower() for w in words)


#: "Lawyers for the Port Alder Authority", "representatives of Kelvane": the principal's name.
_FOR_NAMED = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*)")


def _agents_for(mention: Mention) -> str | None:
    """The named principal that plural agents speak for: "Lawyers for the Port Alder Authority"
    -> "Port Alder Authority", "representatives of Kelvane" -> "Kelvane". None for "lawyers"
    alone or "lawyers for the company", and for "officials at the ministry", who speak unnamed
    (``lexicon.AGENT_PLURALS``). A named owner speaks through them too: "Brightwell's lawyers"
    -> "Brightwell"."""
    if not mention.plural or mention.name or mention.pronoun or mention.head_word not in lexicon.AGENT_PLURALS:
        return None
    if mention.possessor:
        owner = _POSSESSIVE.sub("", mention.possessor)
        return owner if owner[:1].isupper() and owner.lower() not in lexicon.POSSESSIVE_PRONOUN_SUBJECTS else None
    found = _FOR_NAMED.match(mention.span.text, mention.head.end - mention.span.start)
    return found[1] if found is not None else None


def _member_role(mention: Mention) -> str | None:
    """The role noun an appositive gives a lone member of a group just named: "One, a nurse who
    travels from Harwick" -> "nurse", "Another, a retired teacher" -> "teacher". None when the
    head is no "one" or "another", or the appositive gives no role ("One, the youngest")."""
    if mention.head_word not in lexicon.LONE_MEMBER_WORDS or not mention.descriptions or mention.possessor:
        return None
    words = _tokens(mention.descriptions[0])
    if words[:1] not in (("a",), ("an",)):
        return None
    noun = ""
    for word in words[1:]:
        if word in lexicon.MEMBER_ROLE_STOPS:
            break
        noun = word
    if lexicon.role_noun(noun) or noun in lexicon.MALE_WORDS | lexicon.FEMALE_WORDS:
        return noun
    return None


#: "figures released by the Northvale Health Board", "a report published by the Harbour Trust":
#: the body a document comes from, named by a participle of publishing and "by".
_ISSUED_BY = re.compile(
    r"\s+(?:released|published|issued|compiled|produced|prepared|commissioned|conducted|gathered|collected)\s+by\s+"
    r"(?:the\s+)?((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w'’&.-]*)"
)


def _branch_of(mention: Mention) -> str | None:
    """The named body a branch of it belongs to: "the state chapter of the Peoples Progressive
    Congress (PPC)" -> "Peoples Progressive Congress"; None for "the youth wing" alone."""
    if mention.head_word not in lexicon.BRANCH_NOUNS:
        return None
    found = _AT_BODY.match(mention.span.text, mention.head.end - mention.span.start)
    if found is None or not found.group(0).lstrip().startswith("of"):
        return None
    return found[1]


def issuer(mention: Mention) -> str | None:
    """The named body a document comes from: "figures released by the Northvale Health Board"
    -> "Northvale Health Board"."""
    if mention.head_word not in lexicon.DOCUMENT_NOUNS:
        return None
    found = _ISSUED_BY.match(mention.span.text, mention.head.end - mention.span.start)
    if found is None or _NAME_AS_MODIFIER.match(mention.span.text, found.end()):
        # "a transcript released by the Vestravian presidency": the presidency issued it; the
        # capitalised word only says whose presidency, and names no body of its own.
        return None
    return found[1]


#: A lower-case word going on with the noun phrase after a capitalised one ("the Vestravian
#: presidency", "the Estmark foreign ministry"): not a word that opens a phrase or clause of
#: its own ("on Monday", "last week", "and the ministry", "which", "showing ...").
_NAME_AS_MODIFIER = re.compile(
    r"\s+(?!(?:" + "|".join(sorted(lexicon.PHRASE_OPENING_WORDS)) + r")\b)(?![a-z]+(?:ing|ed)\b)[a-z]"
)


def platform_name(text: str) -> str | None:
    key = _LEADING_DET.sub("", _POSSESSIVE.sub("", text.strip()).lower())
    return _PLATFORM_NAMES.get(key)


#: Words that open a clause on the phrase: what follows tells of someone else ("Robert Kline,
#: whose daughter died ...").
_CLAUSE_OPENERS = frozenset({"who", "whose", "whom", "which", "that"})


#: Words that open a phrase about someone else: a preposition ("a strategist for Mrs.
#: Clinton") or a conjunction ("Khizr and Ghazala Khan": after it, another person).
_OTHERS_OPENERS = frozenset({"for", "of", "to", "with", "at", "from", "by", "on", "in", "about", "against", "between", "among", "and", "or"})


#: "gave only her first name", "who gave his forename": the gender of the one so named.
_OWN_PARTIAL_NAME = re.compile(r"\b(his|her)\s+(?:own\s+)?(?:%s)\b" % "|".join(map(re.escape, lexicon.PARTIAL_NAME_PHRASES)), re.IGNORECASE)


def gender_of(mention: Mention) -> str | None:
    """"Ms. Okafor", "Her son, Chinedu Okafor", "Adaeze Okafor": the gender the mention gives
    the one it names, from a title, a word such as "son" or a given name; not from a clause
    or prepositional phrase about someone else ("Robert Kline, whose daughter ...", "a
    strategist for Mrs. Clinton")."""
    words: set[str] = set()
    for phrase in (mention.words, *(_tokens(d) for d in mention.descriptions)):
        opener = next((k for k, w in enumerate(phrase) if w in _CLAUSE_OPENERS or w in _OTHERS_OPENERS), len(phrase))
        words.update(phrase[:opener])
    # "his spokesman" is no man for "his", but "the mayor herself" is a woman.
    if words & lexicon.MALE_WORDS - {"his", "him", "he"}:
        return "male"
    if words & lexicon.FEMALE_WORDS - {"her", "hers", "she"}:
        return "female"
    own = _OWN_PARTIAL_NAME.search(" ".join((mention.span.text, *mention.descriptions)))
    if own is not None:
        # "a student who gave only her first name, Jo": whose name it is, "her" says.
        return "male" if own.group(1).lower() == "his" else "female"
    if mention.name and len(mention.name.split()) > 1:
        # A lone name may be a surname that is also a given name ("Laurent added"): no gender.
        first = mention.name.split()[0].lower()
        if first in lexicon.MALE_GIVEN_NAMES:
            return "male"
        if first in lexicon.FEMALE_GIVEN_NAMES:
            return "female"
    return None


def _named_pair_subject(mention: Mention) -> bool:
    """Whether a coordination that did not speak is the subject of its sentence and names
    someone ("Ada Kell and Tom Birch formed the band in 2016. They said ..."): the pair a
    "they" right after means, as when they spoke."""
    return mention.subject and not mention.pronoun and any(part.name for part in mention.parts)


def _collective(mention: Mention) -> bool:
    """"The family", "the couple": one noun for several people, whom a later "they" means."""
    return not mention.plural and mention.head_word in lexicon.COLLECTIVE_PEOPLE_NOUNS


def _people_group(mention: Mention) -> bool:
    """"The brothers", "the two men", "the family": a group of people, not a body."""
    return (mention.plural and lexicon.people_noun(mention.head_word)) or _collective(mention)


def _equivalents(role: str) -> frozenset[str]:
    """Other words for the same job: "barrister" for "lawyer"."""
    return frozenset(w for group in lexicon.ROLE_EQUIVALENTS if role in group for w in group) - {role}


def _roles(descriptions: Iterable[str], when: str = "") -> set[str]:
    """The roles a person's descriptions name: "minister" in "Energy Minister", and "deputy
    minister", not "minister", in "Deputy Minister" (a later "the minister" is not them).
    ``when`` ("former", "current"): only those said to be held then (see ``_time``)."""
    roles = set()
    for desc in descriptions:
        words = _role_words(_tokens(desc))
        # "the two-term incumbent" holds some office the story leaves unsaid; "the incumbent
        # mayor" holds that one, and is no incumbent of another.
        officeless = not any(lexicon.role_noun(w) for w in words)
        for k, word in enumerate(words):
            # Any role noun: "an oceanographer at the Brenmoor Institute" is whom a later "the
            # oceanographer" means, however far on.
            if lexicon.role_noun(word) and (not when or _time(words, k) == when):
                roles.add(_ranked(_rank(words, k), word))
            elif word in lexicon.STATUS_ROLES and not when:
                roles.add(lexicon.STATUS_ROLES[word])  # "a retired bus driver": the retiree
            elif word == lexicon.INCUMBENT and not when and officeless:
                roles.add(word)  # "the two-term incumbent": whom "the outgoing governor" means
            if not when and lexicon.role_noun(word) and _leaving(words, k):
                roles.add(f"{lexicon.INCUMBENT} {word}")  # "the outgoing mayor": whom "the departing mayor" means
        # "the former chief financial officer", "a former farm owner": the time read before the
        # title's or the place's first word, as for any role.
        roles |= {role for role, k in (*_keeper_roles(words), *_c_suite_roles(words)) if not when or _time(words, k) == when}
    return roles


def _headline_at(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a headline: a line of its own that ends in no full stop ("Think
    tank says housing shortfall is twice official estimate")."""
    if pos >= len(text) or (pos > 0 and text[pos - 1] != "\n"):
        return False
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    # The line's last character, found without copying the line (an article in one line).
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end > pos and text[end - 1] not in ".!?\"'”’"


def _introduced_as(description: str, words: Sequence[str]) -> bool:
    """Whether a description introduces its holder by ``words`` as its head noun: "a think
    tank in Lowmarsh" and "a Lowmarsh-based think tank" by ("think", "tank"); not "a think
    tank report", whose noun is another (``lexicon.DESCRIPTION_TAIL_OPENERS``)."""
    toks = _tokens(description)
    if not toks or toks[0] not in ("a", "an", "the"):
        return False
    n = len(words)
    for k in range(1, len(toks) - n + 1):
        if tuple(toks[k : k + n]) == tuple(words):
            after = toks[k + n : k + n + 1]
            return not after or after[0] in lexicon.DESCRIPTION_TAIL_OPENERS
    return False


def _body_nouns_described(descriptions: Iterable[str]) -> set[str]:
    """The kinds of body an organisation's descriptions call it: "union" for "The Westmere
    Education Association, the teachers' union", whom a later "the union" means. Only the
    last word of a description, and only a noun for a body (``lexicon.ORGANIZATION_NOUNS``)."""
    lasts = (_tokens(desc)[-1:] for desc in descriptions)
    return {words[0] for words in lasts if words and words[0] in lexicon.ORGANIZATION_NOUNS}


def _keeper_roles(words: Sequence[str]) -> list[tuple[str, int]]:
    """The roles a description gives by the place someone runs, each with where its words
    start: "baker" (and "owner") for "who owns the bakery on Mill Street", "shopkeeper" for
    "who runs the corner shop", "farmer" for "a farm owner"; none for "who lives above the
    bakery" or "who runs marathons and grew up on a farm" (the verb must govern the place)."""
    found = []
    for k, word in enumerate(words):
        if word not in lexicon.RUNNING_WORDS:
            continue
        if word in lexicon.RUNNING_ROLES:
            found.append((lexicon.RUNNING_ROLES[word], k))
        if word in lexicon.RUNNING_NOUNS:
            # "a farm owner", "the bakery's owner": the place just before the noun.
            before = k - 2 if k >= 2 and words[k - 1] in ("'s", "’s") else k - 1
            place = words[before].removesuffix("'s").removesuffix("’s") if before >= 0 else ""
            if place in lexicon.TRADE_PLACES:
                found.append((lexicon.TRADE_PLACES[place], before))
        elif (place := _kept_place(words, k)) is not None:
            found.append((lexicon.TRADE_PLACES[place], k))
    return found


def _kept_place(words: Sequence[str], k: int) -> str | None:
    """The trade place the running verb at ``words[k]`` takes as its object: "bakery" in "runs
    the bakery", "shop" in "owns the corner shop"; only determiners, possessives and one
    modifier between, and no noun after the place ("kept the shop accounts" keeps accounts)."""
    modifiers = 0
    for j in range(k + 1, min(len(words), k + 4)):
        word = words[j]
        if word in lexicon.TRADE_PLACES:
            after = words[j + 1] if j + 1 < len(words) else ""
            return word if not after[:1].isalpha() or after in lexicon.PLACE_PHRASE_ENDS else None
        if word in _TIME_BREAKS:
            return None
        if word not in _DETERMINERS and not word.endswith(("'s", "’s")):
            modifiers += 1
            if modifiers > 1:
                return None
    return None


def _c_suite_roles(words: Sequence[str]) -> list[tuple[str, int]]:
    """The C-suite initials a description spells out, each with where its title starts: "cfo"
    for "Chief Financial Officer" or "the company's finance chief", so that a later "the CFO
    said" finds its holder."""
    found = []
    # A title the words spell out is part of their text, joined: one not in it need not be
    # looked for word by word (most descriptions hold none).
    joined = " ".join(words)
    for acronym, titles in lexicon.C_SUITE_TITLES.items():
        for title in titles:
            if title not in joined:
                continue
            size = len(title.split())
            k = next((k for k in range(len(words) - size + 1) if " ".join(words[k : k + size]) == title), None)
            if k is not None:
                found.append((acronym, k))
                break
    return found


def _another_one(ent: _Entity, roles: set[str]) -> bool:
    """Whether ``ent`` was introduced as one more holder of one of ``roles``: "A second
    candidate, Treasurer Alba Reyes" is not whom "the candidate" before meant."""
    for desc in ent.descriptions:
        words = _role_words(_tokens(desc))
        k = next((k for k, w in enumerate(words) if _role_at(words, k) in roles), None)
        if k is not None and lexicon.ANOTHER_ONE_WORDS & set(words[:k]):
            return True
    return False


def _role_at(words: Sequence[str], k: int) -> str:
    """The role key ``words[k]`` names, with its rank as ``_roles`` keeps it: "deputy minister"
    for "minister" in "a second deputy minister", "candidate" in "a second candidate"; "" for
    a word that is no role."""
    word = words[k]
    return _ranked(_rank(words, k), word) if lexicon.role_noun(word) else ""


def _holds_ranked(ent: _Entity, role: str) -> bool:
    """Whether ``ent`` was described with ``role`` under a rank word and never without one:
    "Ray Dunn, the deputy mayor" is not whom a later bare "the mayor" means."""
    return role not in ent.roles and any(r.endswith(" " + role) for r in ent.roles)


def _holds_other_office(ent: _Entity, role: str) -> bool:
    """Whether ``role`` is an office (``lexicon.OFFICE_ROLE_NOUNS``) and ``ent`` was given
    another one and never this one: "Tomas Reyes, the port's deputy director" is not whom a
    later "the mayor" means."""
    if role not in lexicon.OFFICE_ROLE_NOUNS:
        return False
    held = {r.rsplit(" ", 1)[-1] for r in ent.roles}
    return bool(held & lexicon.OFFICE_ROLE_NOUNS) and not held & ({role} | _equivalents(role))


def _named_owner(mention: Mention) -> set[str]:
    """The words of the named owner a role is given ("germany" in "Germany's foreign minister",
    "european", "union" in "The European Union's foreign policy chief"); none for "the
    company's chief executive" or "his deputy", whose owner is no name. A person's full name
    gives only the surname: "Donald J. Trump's campaign chief" may be one described as "Mr.
    Trump's campaign manager"."""
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(mention.possessor)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not words[0][:1].isupper() or words[0].lower() in _ANY_PRONOUNS:
        return set()
    if len(words) > 1 and words[0].lower() in lexicon.MALE_GIVEN_NAMES | lexicon.FEMALE_GIVEN_NAMES:
        return {words[-1].lower()}
    return {w.lower() for w in words}


def _person_owner(mention: Mention) -> str:
    """The common noun for a person that owns a role, lower-cased: "rival" in "rival's coach"
    or "the victim's mother" (``lexicon.PERSON_OWNER_NOUNS``, or a person role noun); "" for
    "Germany's foreign minister" (``_named_owner``), "the company's chief executive" or "his
    deputy"."""
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(mention.possessor)]
    word = words[-1] if words else ""
    if not word or not word.islower() or word in _ANY_PRONOUNS:
        return ""
    return word if word in lexicon.PERSON_OWNER_NOUNS or lexicon.role_noun(word) else ""


def _owner_words_of(ent: _Entity) -> set[str]:
    """The words of a person's descriptions and name, without possessive endings, with the
    country a nationality adjective among them belongs to: what may name the body a role of
    theirs belongs to ("kestrel" for "Kestrel's chief executive", "germany" for "Germany's
    foreign minister" after "German Foreign Minister Anna Weber")."""
    words = {_POSSESSIVE.sub("", w) for w in ent.description_words() | set(_tokens(ent.name or ""))}
    countries = (c for w in words for c in lexicon.NATIONALITY_COUNTRIES.get(w, ()))
    return words | {part for country in countries for part in country.split()}


def _name_headed_by(tokens: Sequence[str], noun: str) -> bool:
    """Whether a body's name of two words or more has ``noun`` for its head: last ("Hallenby
    Arts Trust") or first before "of" ("Museum of Coastal History", "the Museum of ...")."""
    words = tokens[1:] if tokens[:1] == ("the",) else tokens
    return len(words) > 1 and (words[-1] == noun or (words[0] == noun and words[1] == "of"))


def _role_words(words: Iterable[str]) -> tuple[str, ...]:
    """Words with an "ex-" split from its role and a lone hyphen left out: "the ex-mayor" and
    "the ex - mayor" -> the, ex, mayor; so with a role of two hyphened words ending in a role
    noun, as the parser splits it in a later mention: "the vice-chancellor" -> the, vice,
    chancellor (whom "the vice-chancellor said" means)."""
    return tuple(part for w in words if w != "-" for part in (("ex", w[3:]) if w.startswith("ex-") and len(w) > 3 else _hyphened_role(w)))


def _hyphened_role(word: str) -> tuple[str, ...]:
    """"vice-chancellor" -> vice, chancellor; "singer-songwriter" -> singer, songwriter: a word
    of two hyphened parts whose last is a role noun, as its parts. Any other word alone."""
    parts = word.split("-")
    if len(parts) == 2 and all(p.isalpha() for p in parts) and lexicon.role_noun(parts[1]):
        return tuple(parts)
    return (word,)


#: Words a role's time is not read across: "the former mayor's son" is no former anything.
_TIME_BREAKS = frozenset({"and", "or", "of", "for", "'s", "’s", ","})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our"})


def _time(words: Sequence[str], k: int) -> str:
    """Whether the role at ``words[k]`` is said to be held no longer ("former": "a former
    mayor", "the ex-minister", "who served as mayor") or now ("current": "the current mayor"),
    or neither (""). The words of ``lexicon.FORMER_WORDS`` and ``CURRENT_WORDS`` count among
    the three before the role; a relative clause counts when it is one of
    ``lexicon.FORMER_CLAUSES``."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if words[j] in lexicon.FORMER_WORDS:
            return "former"
        if words[j] in lexicon.CURRENT_WORDS:
            return "current"
        if words[j] in _TIME_BREAKS or words[j].endswith(("'s", "’s")):
            break
    if words and words[0] == "who":
        between = tuple(w for w in words[1:k] if w not in _DETERMINERS and not w.endswith(("'s", "’s")) and w not in lexicon.RANK_WORDS)
        for n in range(len(between), max(-1, len(between) - 3), -1):
            # Up to two words of the role's field after the clause ("who served as general
            # chairman"), but no participle ("who was elected mayor" holds it now).
            if between[:n] in lexicon.FORMER_CLAUSES and not any(w.endswith(("ed", "ing")) for w in between[n:]):
                return "former"
    return ""


def _leaving(words: Sequence[str], k: int) -> bool:
    """Whether the role at ``words[k]`` is said to be about to be left: "the outgoing
    governor", "the retiring two-term mayor" (``lexicon.LEAVING_WORDS`` among the three words
    before it, as for ``_time``)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if words[j] in lexicon.LEAVING_WORDS:
            return True
        if words[j] in _TIME_BREAKS or words[j].endswith(("'s", "’s")):
            break
    return False


#: Words a role's rank cannot be read across: "Deputy Mayor and Finance Minister" names a
#: minister of no rank.
_RANK_BREAKS = frozenset({"and", "or", "of", "the", "a", "an", "to", "for", "'s", "’s"})


def _rank(words: Sequence[str], k: int) -> str:
    """The rank word of the role at ``words[k]``: right before it ("Deputy Minister") or before
    the one or two words of its field ("Deputy Foreign Minister", "Deputy Prime Minister"); else
    the word right before it."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if words[j] in lexicon.RANK_WORDS or words[j] in lexicon.ROLE_RANK_WORDS.get(words[k], ()):
            return words[j]
        if words[j] in _RANK_BREAKS:
            break
    return words[k - 1] if k else ""


def _ranked(rank: str, role: str) -> str:
    """A role with its rank word, if any: "deputy minister", "vice president", "chief minister"
    (``lexicon.ROLE_RANK_WORDS``)."""
    return f"{rank} {role}" if rank in lexicon.RANK_WORDS or rank in lexicon.ROLE_RANK_WORDS.get(role, ()) else role


def is_vague(mention: Mention) -> bool:
    """"some observers", "sources", "people familiar with the matter", "a senior official"."""
    text = mention.span.text.lower()
    if any(phrase in text for phrase in lexicon.ANONYMITY_PHRASES):
        return True
    if mention.words == (mention.head_word,) and mention.head_word in lexicon.LONE_MEMBER_WORDS:
        return True  # "Fans were split. One wrote on X: ...", whatever the tagger made of "One"
    if _unnamed_members(mention):
        return True  # "Some Democrats privately worry", "a Republican said"
    if share_of_people(mention):
        return True  # "About 40 percent of voters said", as unnamed as "most voters"
    if _named_members(mention):
        return False  # "Retailers including Homestore and ValueMart said"
    if mention.name or (mention.proper and not _vague_acronym(mention)) or mention.pronoun or issuer(mention) is not None:
        return False
    head = mention.head_word
    if _unsourced_reports(mention):
        return True  # "according to reports", "media reports said": nobody a reader can check
    if head in mention.words and set(mention.words[: mention.words.index(head)]) & lexicon.UNNAMING_ADJECTIVES:
        return True  # "an unnamed adviser to the president", "an anonymous donor"
    if _senior_unnamed(mention):
        return True  # "a senior army officer said", as "a senior official" does
    if _described_not_named(mention):
        return True  # "A fund manager who holds the stock said"
    if head not in lexicon.VAGUE_NOUNS:
        return False
    if _of_named_body(mention):
        return False  # "analysts at Hartwell Securities"; "officials at the ministry" stay unnamed
    if mention.determiner in lexicon.VAGUE_DETERMINERS:
        return True
    if mention.plural and mention.determiner in ("", "other"):
        return True
    words = mention.words
    if len(words) >= 3 and words[1] == "of" and words[-1] in lexicon.ANONYMOUS_SOURCE_NOUNS and head in lexicon.PARTITIVE_HEADS:
        return True  # "One of the people said", after "People familiar with the matter said"
    if _one_of_unnamed_people(mention):
        return True  # "One of those doctors told the paper", after "citing two senior doctors"
    if head == "those" and "who" in words:
        return True  # "Those who know the chairman say"
    # "many", "some" and "others" on their own.
    return head in lexicon.VAGUE_CROWD_WORDS


def share_of_people(mention: Mention) -> bool:
    """"About 40 percent of voters", "61% of respondents", "40 per cent of voters": a poll's
    share of a group of people named by what they are, no one a reader can check. Not "40
    percent of the vote"."""
    words, head = mention.words, mention.head_word
    if head not in words:
        return False
    at = words.index(head)
    if head not in _SHARE_HEADS and not (head == "cent" and at > 0 and words[at - 1] == "per"):
        return False
    after = words[at + 1 :]
    group = after[after.index("of") + 1 :] if "of" in after else ()
    return bool(group) and (lexicon.people_noun(group[-1]) or group[-1] in _POLLED_GROUPS)


#: The heads of a poll's share: "40 percent of voters", "61% of respondents" (and "cent" after
#: "per", the British spelling, in ``share_of_people``).
_SHARE_HEADS = frozenset({"percent", "%"})
#: Groups a poll's share is taken of, besides nouns of people: "61% of respondents", "40 percent
#: of Republicans".
_POLLED_GROUPS = lexicon.POLL_RESPONDENT_NOUNS | lexicon.PEOPLE_GROUP_NOUNS


#: The determiners of a group already in view, in "one of those doctors".
_GROUP_IN_VIEW = frozenset({"the", "those", "these"})
#: Plural people whom the article names by their place in a case or a paper, no vague source.
_NAMED_BY_PLACE = lexicon.PARTY_PLURALS | lexicon.AUTHOR_NOUNS | lexicon.ON_RECORD_PLURALS


def _one_of_unnamed_people(mention: Mention) -> bool:
    """"One of those doctors", "two of the nurses": some of a group of people known only by
    their role (``lexicon.people_noun``), with nothing in the phrase that names them or a body
    they are at; an unnamed source, as "one of the people" is. Not "one of the plaintiffs" or
    "one of the authors", whom the case or the paper names, nor "one of the hospital's
    doctors"."""
    words, head = mention.words, mention.head_word
    if mention.name or mention.possessor or head not in lexicon.PARTITIVE_HEADS or len(words) < 4 or len(words) > 6:
        return False
    if words[0] != head or words[1] != "of" or words[2] not in _GROUP_IN_VIEW:
        return False
    noun = words[-1]
    if noun in _NAMED_BY_PLACE or not lexicon.people_noun(noun) or not all(w.isalpha() for w in words[3:]):
        return False
    # No capitalised word after the first: "one of the Halden doctors" names their body.
    return not any(w[:1].isupper() for w in mention.span.text.split()[1:])


def _senior_unnamed(mention: Mention) -> bool:
    """One holder of a rank brought in by "a" and a word of seniority in place of a name: "a
    senior army officer", "a high-ranking commander" (``senior_source``), the stock wording of
    an anonymous source in officialdom; not "a senior student". Not "the senior officer", nor one placed
    at a named body ("a senior engineer at Halvorsen Bank"), whom the body vouches for. So with
    one who held a post in a body, named by the body's noun: "a former ministry adviser", "a
    former Halbrook aide" (see ``_former_insider``)."""
    words, head = mention.words, mention.head_word
    if mention.determiner not in lexicon.INDEFINITE_ARTICLES or mention.plural or head not in words:
        return False
    # The tokens split a hyphen off ("high", "-", "ranking"); join them back.
    before = " ".join(words[: words.index(head)]).replace(" - ", "-").split()
    if not lexicon.role_noun(head) or _of_named_body(mention):
        return False
    return senior_source((*before, head)) or _former_insider(mention, before)


def senior_source(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` hold a word of seniority and, within the three words after
    it, a role of officialdom or access: "a senior army officer", "a high-ranking customs
    inspector" (``lexicon.SENIORITY_WORDS``, ``lexicon.SENIOR_SOURCE_NOUNS``). Not "a senior
    student", nor "senior citizens"."""
    return any(
        w in lexicon.SENIORITY_WORDS and any(v in lexicon.SENIOR_SOURCE_NOUNS for v in words[k + 1 : k + 4]) for k, w in enumerate(words)
    )


def _former_insider(mention: Mention, before: Sequence[str]) -> bool:
    """Whether the words before a role make it a past post in a body that goes unnamed: "former"
    (``lexicon.FORMER_WORDS``) before an insider's role ("a former aide",
    ``lexicon.ANONYMOUS_SOURCE_NOUNS``), or before a body's noun or name and a staff role ("a
    former ministry adviser", "a former Halbrook executive", ``lexicon.INSIDER_STAFF_NOUNS``).
    Not "a former teacher" or "a former primary school teacher", an unnamed person by
    occupation, nor "a former England captain" or "a former Labour councillor", nor one placed
    at a named body ("a former minister at Halvorsen Bank")."""
    at = next((k for k, w in enumerate(before) if w in lexicon.FORMER_WORDS), None)
    if at is None or _FOR_BODY.search(mention.span.text.split(",")[0]):
        return False
    if mention.head_word in lexicon.ANONYMOUS_SOURCE_NOUNS:
        return True
    return mention.head_word in lexicon.INSIDER_STAFF_NOUNS and any(_body_word(w, mention.span.text) for w in before[at + 1 :])


def _body_word(word: str, text: str) -> bool:
    """Whether a word before a role names the body the role is held in: a body's noun
    ("ministry", "treasury", "company") or a capitalised name that is no party's, people's or
    country's ("Halbrook" in "a former Halbrook aide"; not "Labour", "Tory" or "England")."""
    if word in _INSIDER_BODY_WORDS:
        return True
    if word in lexicon.PARTY_WORDS or word in lexicon.NATIONALITY_COUNTRIES or word in _COUNTRY_WORDS:
        return False
    written = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    return written is not None and written.group()[:1].isupper()


def _described_not_named(mention: Mention) -> bool:
    """One person brought in by a role and a "who" clause that says why they know, in place of a
    name: "A fund manager who holds the stock said", "a doctor who treated the injured". An
    unnamed source, as "a senior official" is; not one placed at a named body ("a trader at
    Halvorsen Bank who ..."), whom the body vouches for, nor one whose clause gives a name ("a
    guard who gave his name as Tom")."""
    words, head = mention.words, mention.head_word
    if mention.determiner not in lexicon.INDEFINITE_ARTICLES or mention.plural or head not in words:
        return False
    if not lexicon.role_noun(head) or _of_named_body(mention):
        return False
    after = [w for w in words[words.index(head) + 1 :] if w != ","]
    return bool(after) and after[0] in ("who", "whose") and not set(after) & lexicon.NAME_GIVING_WORDS


def _unnamed_members(mention: Mention) -> bool:
    """Unnamed members of a people, party or faith, picked out by a quantifier: "Some Democrats
    privately worry", "several Catholics said", "a Republican said". Not the party itself
    ("Democrats said", "the Democrats"), nor a document or body the people's word only
    qualifies ("an Islesway notice said", "a Catholic charity")."""
    if mention.head_word in lexicon.DOCUMENT_NOUNS or mention.head_word in lexicon.ORGANIZATION_NOUNS:
        return False
    return mention.label == "NORP" and not mention.possessor and mention.determiner in lexicon.VAGUE_DETERMINERS


#: "Retailers including Homestore and ValueMart", "banks such as Orland Bank": a group whose
#: members are named right after it.
_NAMED_MEMBERS = re.compile(rf"\s*,?\s+(?:{'|'.join(sorted(lexicon.MEMBER_LIST_OPENERS, key=len, reverse=True))})\s+(?:the\s+)?[A-Z]")


def _named_members(mention: Mention) -> bool:
    """A group whose members the phrase names: "Retailers including Homestore and ValueMart
    said", "analysts such as Ines Marr": the reader can check them."""
    if not mention.plural or mention.name or mention.pronoun:
        return False
    return _NAMED_MEMBERS.match(mention.span.text, mention.head.end - mention.span.start) is not None


def _unsourced_reports(mention: Mention) -> bool:
    """"reports", "media reports that ...": reports nothing says the source of. Not "reports
    Schoen filed" or "fundraising reports", which a reader can look up."""
    head, words = mention.head_word, mention.words
    if head not in lexicon.UNSOURCED_DOCUMENT_NOUNS or head not in words or mention.possessor:
        return False
    if mention.determiner not in ("", "other"):
        return False
    at = words.index(head)
    before, after = words[:at], words[at + 1 :]
    return set(before) <= lexicon.UNSOURCED_DOCUMENT_MODIFIERS and (not after or after[0] == "that")


def _vague_acronym(mention: Mention) -> bool:
    """"one MP present", "two MPs": a vague source's noun written as an acronym, which the
    tagger takes for a proper noun though it names no one."""
    if mention.head_word not in lexicon.VAGUE_NOUNS:
        return False
    written = [w for w in mention.span.text.split() if w.lower() == mention.head_word]
    return bool(written) and len(written[-1]) >= 2 and written[-1].removesuffix("s").isupper()


def is_vague_group(mention: Mention) -> bool:
    """An unnamed plural group as the source: "shipping agents warned", "economists say"."""
    if mention.name or mention.proper or mention.pronoun or not mention.plural or mention.possessor or _lone_club_name(mention):
        return False
    if mention.head_word in lexicon.ORGANIZATION_NOUNS or mention.head_word in lexicon.DOCUMENT_NOUNS:
        return False
    if mention.determiner in ("the", "these", "those", "its", "their", "his", "her", "our"):
        return False
    if _of_named_body(mention) or _bodies_of_named(mention) or _named_members(mention) or _agents_for(mention) or _members_of_named_group(mention):
        return False  # "Researchers at Dunmore University": the body says who they are
    return mention.determiner in lexicon.VAGUE_DETERMINERS or mention.determiner == ""


def _filed_papers(mention: Mention) -> bool:
    """"accounts filed with Companies House", "papers lodged at the court": a noun followed by a
    participle of filing is papers on record, which a reader can look up, not unnamed people
    (``lexicon.FILING_PARTICIPLES``)."""
    words, head = mention.words, mention.head_word
    if mention.pronoun or head not in words or lexicon.people_noun(head) or lexicon.role_noun(lexicon.singular_of(head)):
        return False  # "Voters registered in the county said", "Protesters filed past"
    after = words[words.index(head) + 1 :]
    return bool(after) and after[0] in lexicon.FILING_PARTICIPLES and not _filed_by_people(after[1:])


def _filed_by_people(words: Sequence[str]) -> bool:
    """Whether the words after a filing participle give people as the ones who filed:
    "Complaints filed by residents" are what residents say, no paper a reader can look up
    (unlike "accounts filed with Companies House")."""
    if not words or words[0] != "by":
        return False
    return any(lexicon.people_noun(w) or lexicon.role_noun(w) for w in words[1:4])  # "by two local residents"


def _partitive_member(mention: Mention) -> str | None:
    """The singular of the group noun in "one of the people familiar with the matter"
    ("person"), "one of the officials" ("official"): what one picked out of the group is later
    called; None for any other phrase."""
    words = [w for w in mention.words if w not in ("the", "these", "those")]
    if len(words) < 3 or words[0] != mention.head_word or mention.head_word not in lexicon.PARTITIVE_HEADS or words[1] != "of":
        return None
    return _group_member(words[2:])


def _group_member(words: Sequence[str]) -> str:
    """What one of a group is called, from the words after "of": the first plural of a role,
    past adjectives and numbers ("the senior officials" -> "official", "the two witnesses"
    -> "witness"); else the singular of the first word ("sources" -> "source")."""
    people = next((lexicon.people_singular(w) for w in words if lexicon.people_singular(w)), "")
    return people or lexicon.singular_of(words[0])


def _bodies_of_named(mention: Mention) -> bool:
    """Bodies placed under a named organisation or state: "Forces of the Republic of Valdoria",
    "unions at Kestrel Energy": a plural of an organisation's noun, unlike "forces" alone."""
    head = mention.head_word
    if not (mention.plural and head.endswith("s") and head[:-1] in lexicon.ORGANIZATION_NOUNS):
        return False
    return _AT_BODY.match(mention.span.text, mention.head.end - mention.span.start) is not None


def _body_words(toks: Sequence[str]) -> bool:
    """"Dockworkers' Union of", "Vellmar Chamber of": words with an organisation's or
    institution's noun, which no person's given names have (their surname may be one:
    "Margaret Court")."""
    return any(t in lexicon.ORGANIZATION_NOUNS or t in lexicon.INSTITUTION_WORDS for t in toks)


def _acronym_given(mention: Mention) -> bool:
    """"The Rashtriya Jan Morcha (RJM)", "the Peoples Progressive Congress (PPC)": a name given
    with its initials beside it is a body's; people are not introduced by acronym."""
    if not mention.name or _personal_name(mention.name):
        return False
    initials = {i for i in _initials(_clean_name(mention.name)) if len(i) >= 3}
    return any(d.strip("() ") in initials for d in mention.descriptions if INITIALISM.fullmatch(d.strip("() ")))


def _company_name(name: str | None) -> bool:
    """"Corvane Partners", "Ormond Holdings Ltd": a name of two words or more ending as a
    company's does; or in a trade's word after a word that is no given name ("Castellan
    Freight", which the recognizer may call a person; not "Samantha Power")."""
    words = (name or "").split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    if last in lexicon.COMPANY_NAME_ENDINGS:
        return True
    return _trade_name(name)


def _trade_name(name: str | None) -> bool:
    """"Castellan Freight", "Pellham Mining": two words or more ending in a trade's word after
    a word that is no given name; a person's surname may be one too ("Siobhan Power")."""
    words = (name or "").split()
    return (
        len(words) > 1
        and words[-1].lower() in lexicon.COMPANY_TRADE_WORDS
        and words[-1][:1].isupper()
        and words[0].lower() not in lexicon.GIVEN_NAMES
    )


def _company_named(mention: Mention) -> bool:
    """Whether the mention's name is a company's (``_company_name``), unless it ends only in a
    trade's word and the mention marks a person: a title ("Councillor Siobhan Power") or a
    person's role ("Teodor Steel, a nurse at Marlow General")."""
    words = (mention.name or "").split()
    if len(words) > 1 and words[-1].lower() in lexicon.COMPANY_NAME_ENDINGS:
        return True
    if not _trade_name(mention.name):
        return False
    first = mention.span.text.split()[0].lower().strip(",")
    return first not in lexicon.TITLES and not _described_as_person(mention)


def _club_name(name: str | None) -> bool:
    """"Ravensholt United", "Ashby Rovers": a name of two words or more ending as a sports
    club's does."""
    words = (name or "").split()
    return len(words) > 1 and words[-1].lower() in lexicon.CLUB_NAME_ENDINGS


def _lone_club_name(mention: Mention) -> bool:
    """"Rovers said the player remained under contract": a club's short name on its own,
    capitalised (``lexicon.LONE_CLUB_NAMES``), not a group of rovers."""
    return mention.words == (mention.head_word,) and mention.head_word in lexicon.LONE_CLUB_NAMES and mention.span.text[:1].isupper()


def _club_named_before(text: str, mention: Mention) -> bool:
    """Whether the text before a lone club word names a club ending in it: "Harlow Rovers were
    fined in May. ... Rovers said ..." (a capitalised word right before it, not "The"), though no
    one was quoted there. Read on the raw text, once per article and club word."""
    first = _first_club_naming(text, mention.span.text)
    return first is not None and first < mention.span.start


_NOT_CLUB_NAMES = lexicon.BACK_POINTING_DETERMINERS | {"a", "an"}


@functools.lru_cache(maxsize=32)
def _first_club_naming(text: str, word: str) -> int | None:
    """Where the first "<Capitalised> <word>" naming a club starts in ``text`` ("Harlow
    Rovers"), or None (see ``_club_named_before``)."""
    for found in re.finditer(r"\b([A-Z][\w'’-]*)\s+" + re.escape(word) + r"\b", text):
        if found.group(1).lower() not in _NOT_CLUB_NAMES:
            return found.start()
    return None


def kind_of(mention: Mention, *, lemma: str | None = None) -> str:
    """The kind of speaker a mention names, judged from the mention alone."""
    if outlet_name(mention.head.text) or outlet_name(mention.span.text):
        return "outlet"
    if mention.name and (outlet_name(mention.name) or _hyphenated_outlet(mention.name)):
        return "outlet"
    if mention.head_word in lexicon.OWN_CHANNEL_NOUNS and not _masthead(mention):
        # "according to its website": the owner's own word, as "its statement" is; "the
        # Herald's website" is an outlet's.
        owner = _POSSESSIVE.sub("", mention.possessor)
        if owner and not outlet_name(owner) and not set(owner.lower().split()) & (lexicon.MASTHEAD_WORDS | lexicon.OUTLET_NOUNS):
            return "document"
        if mention.name and mention.head_word not in mention.name.lower().split() and not _outlet_descriptor(mention):
            return "organization"  # "the Skerry Lines website", not "celebrity website GlitzDaily"
    if _house_publication(mention):
        return "document"  # "according to a council newsletter": the council's own word
    words = set(mention.words)
    if _member_role(mention) is not None:
        return "person"  # "One, a nurse who travels from Harwick": one of the group, a person
    if mention.pronoun:
        if mention.head_word in ("he", "she"):
            return "person"
        return "anonymous" if is_vague(mention) else "unknown"  # "One wrote on X: ..."
    if _lone_club_name(mention):
        return "organization"
    if _filed_papers(mention):
        return "document"  # "according to accounts filed with Companies House": on record
    if _board_of_body(mention):
        return "organization"  # "the museum's trustees": the board speaks for the museum
    if (is_vague(mention) or is_vague_group(mention)) and not _statistics(mention, lemma):
        return "anonymous"
    if journal_name(mention) is not None:
        return "document"  # "the Journal of Geriatric Neurology" publishes studies, not news
    if mention.determiner == "the" and _masthead(mention):
        return "outlet"  # "the Bellmont Gazette", whatever the tagger says: a person is no "the X"
    if (
        mention.name
        and mention.head_word in lexicon.OUTLET_NOUNS
        and mention.head_word not in lexicon.OUTLET_NEEDS_NEWS
        and mention.head_word not in mention.name.lower().split()
    ):
        return "outlet"  # "France Info radio": the common noun after the name says what it is
    if _company_named(mention):
        return "organization"  # "activist investor Corvane Partners", "Brightwater Capital"
    if mention.plural and not mention.name and not mention.possessor and (_of_named_body(mention) or _bodies_of_named(mention) or _members_of_named_group(mention)):
        return "organization"  # "Researchers at Dunmore University": they speak for the body
    if (principal := _agents_for(mention)) is not None:
        # "Lawyers for the Port Alder Authority": the body speaks through them; a person's
        # lawyers ("lawyers for Anna Kowal") are people known by their role.
        last = principal.split()[-1].lower().strip(".'’")
        return "organization" if last in _BODY_LAST_WORDS or _company_name(principal) else "person"
    if _named_members(mention) and not lexicon.people_noun(mention.head_word):
        return "organization"  # "Retailers including Homestore and ValueMart", unlike "analysts"
    if _outlet_descriptor(mention) or _named_agency(mention) or _described_as_outlet(mention):
        return "outlet"  # "the Norpress agency", whatever the tagger makes of the name
    if _organization_descriptor(mention) or _described_as_company(mention) or _described_as_body(mention):
        return "organization"  # "Power company Tallis Electric", tagged PERSON
    if _described_as_document(mention):
        return "document"  # "The Ferris Guide, a 40-page booklet", tagged PERSON
    if _club_name(mention.name):
        return "organization"  # "Ravensholt United said", tagged PERSON
    if _acronym_given(mention) and mention.label not in ("ORG", "NORP", "GPE", "FAC"):
        # "The Rashtriya Jan Morcha (RJM)", which the tagger left unlabelled or took for a
        # person's; one it labelled a body is judged below (it may be an outlet's).
        return "outlet" if _is_outlet_phrase(mention) or _masthead(mention) else "organization"
    if mention.label == "PERSON" and _body_named_before_noun(mention):
        return "organization"  # "the Altamar pension fund", the name tagged PERSON
    if mention.label == "PERSON" and _possessive_body_name(mention.name):
        return "organization"  # "the Redcliff Tenants' Network", tagged PERSON
    if mention.label == "PERSON":
        return "person"
    if _is_outlet_phrase(mention) or _masthead(mention):
        return "outlet"
    if mention.label in ("ORG", "") and mention.name and _lone_personal_name(mention.name):
        return "person"  # "Smith said", "Dana said": a known surname or given name on its own
    if mention.name and (_described_as_person(mention) or _personal_name(mention.name)):
        # "Helena Marsh, the city's finance director", "Amanda Reyes": the tagger's ORG is wrong.
        return "person"
    if mention.name and _person_shaped_name(mention.name) and any(map(_office_description, mention.descriptions)):
        # "Tamsin Lowry, director of the River Trust Alliance": an office in a body, after a
        # name written as a person's, whatever the tagger made of the name.
        return "person"
    if _authors(mention):
        return "document"  # "the authors write that ...": the paper's words, by its writers
    # "the Marlow County poll": a name before the document noun says whose it is.
    named_document = mention.proper and mention.head_word in (mention.name or mention.head_word).lower().split()
    if mention.head_word in lexicon.DOCUMENT_NOUNS and not named_document:
        return "outlet" if _the_newspapers(mention, lemma) else "document"
    if mention.label in ("ORG", "NORP", "GPE", "FAC"):
        if lemma in lexicon.OUTLET_VERBS:
            return "outlet"
        return "organization"
    if mention.head_word in lexicon.ORGANIZATION_NOUNS or (mention.plural and lexicon.singular_of(mention.head_word) in _BODY_NOUNS):
        return "organization"  # "the council", "the hospital groups", "the companies"
    if _body_phrase(mention):
        return "organization"  # "Ostrava's general staff", "the high command"
    if mention.head_word in lexicon.ORGANISER_NOUNS:
        return "organization"  # "according to its organisers": they speak for the event
    if mention.head_word in lexicon.TRIAL_SIDE_NOUNS and not mention.plural and mention.determiner == "the" and mention.words[-1:] == (mention.head_word,):
        return "organization"  # "according to the prosecution": its counsel speak as one
    if _books_of_account(mention):
        return "document"  # "according to the league's latest accounts"
    if lexicon.role_noun(mention.head_word) or words & (lexicon.MALE_WORDS | lexicon.FEMALE_WORDS):
        return "person"
    if mention.plural and mention.head_word in lexicon.PARTY_PLURALS:
        return "person"  # "The plaintiffs say ...": the parties the case names
    if mention.name and len(mention.name.split()) >= 2 and not mention.plural:
        # "The Royal Astronomical Circle": a person is no "the X Y"; nor "The Tenants' Forum",
        # where the "the" hangs on the possessive.
        the = mention.determiner == "the" or mention.span.text.lower().startswith("the ")
        if the and _LEADING_DET.sub("", mention.span.text) == mention.name and not _personal_name(mention.name):
            return "organization"
        return "person"
    if not mention.name and not mention.plural and _who_follows(mention):
        return "person"  # "A veteran stringer who has covered the tour for years": a "who"
    return "unknown"


#: Owners whose board is no body's: a person's trustees ("his trustees") manage his estate.
_PERSONAL_OWNERS = _POSSESSIVE_PRONOUNS - {"its", "our"}
#: Owners whose "governors" or "directors" are their board: a company or an institution ("the
#: company's directors", "the school's governors"), not "the nation's governors" (of its states)
#: or "the film's directors".
_BOARD_OWNER_NOUNS = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.INSTITUTION_WORDS


def _board_of_body(mention: Mention) -> bool:
    """The whole governing board of a body, owned by it: "the museum's trustees", "its
    governors", "the trustees of the charity" (``lexicon.BOARD_MEMBER_NOUNS``). They speak for
    the body, as its board does; not "trustees" or "some trustees", unnamed members of some
    board, nor "his trustees"."""
    if not mention.plural or mention.name or mention.head_word not in lexicon.BOARD_MEMBER_NOUNS:
        return False
    if mention.possessor:
        owner = _POSSESSIVE.sub("", mention.possessor).split()
    else:
        words = mention.words
        if mention.determiner != "the" or mention.head_word not in words:
            return False
        after = words[words.index(mention.head_word) + 1 :]
        if len(after) < 2 or after[0] != "of":
            return False
        owner = [w for w in after[1:] if w not in _DETERMINERS]
    if not owner or owner[0].lower() in _PERSONAL_OWNERS:
        return False
    if owner[0].lower().strip(".") in lexicon.HONORIFICS or owner[0].lower() in lexicon.GIVEN_NAMES:
        return False  # "Mr Brenning's trustees", "Walter Brenning's trustees": his estate's
    # "the company's directors", "the museum's trustees"; not "the nation's governors".
    return mention.head_word in lexicon.ALWAYS_BOARD_NOUNS or owner[-1].lower() in _BOARD_OWNER_NOUNS


#: A possessive inside a name, before its last word: "Tenants' Network", "Children's Society".
_POSSESSIVE_INSIDE = re.compile(r"\w(?:'s|’s|s'|s’)\s+\S+$")


def _possessive_body_name(name: str | None) -> bool:
    """Whether a name is a body's with a possessive before its last word, a body's noun
    ("The Redcliff Tenants' Network", ``lexicon.POSSESSIVE_NAME_BODY_ENDINGS``): no person's
    name has one."""
    if not name or not _POSSESSIVE_INSIDE.search(name):
        return False
    last = name.split()[-1].lower()
    return last in lexicon.POSSESSIVE_NAME_BODY_ENDINGS or last in lexicon.ORGANIZATION_NOUNS


def _books_of_account(mention: Mention) -> bool:
    """"the league's latest accounts", "its annual accounts": a body's books, a document on
    record; "accounts" on their own may be what witnesses told (``lexicon.FINANCIAL_ACCOUNT_MODIFIERS``,
    ``lexicon.OWNED_ACCOUNT_MODIFIERS``)."""
    words, head = mention.words, mention.head_word
    if head != "accounts" or head not in words:
        return False
    before = set(words[: words.index(head)])
    if before & lexicon.FINANCIAL_ACCOUNT_MODIFIERS:
        return True
    # "the league's latest accounts": owned by a body; "the latest accounts from survivors" are told.
    owner = _POSSESSIVE.sub("", mention.possessor).lower()
    return bool(before & lexicon.OWNED_ACCOUNT_MODIFIERS) and bool(owner) and owner not in _ANY_PRONOUNS - {"its"}


def _who_follows(mention: Mention) -> bool:
    """Whether a relative "who" follows the mention's head noun: "A veteran stringer who has
    covered the tour for two decades", someone, whatever the noun; not a crowd or a group of
    people ("The crowd who gathered outside", ``lexicon.CROWD_NOUNS``)."""
    words = mention.words
    head = mention.head_word
    if head in _GROUP_OF_PEOPLE_NOUNS:
        return False
    return head in words and words[words.index(head) + 1 : words.index(head) + 2] == ("who",)


def _the_newspapers(mention: Mention, lemma: str | None) -> bool:
    """Whether "papers" are the newspapers, not a filing's: "the Sunday papers reported" (see
    ``lexicon.PRESS_PAPERS_WORDS``), unlike "court papers filed this week"."""
    if mention.head_word != "papers":
        return False
    return lemma in lexicon.OUTLET_VERBS or bool(set(mention.words) & lexicon.PRESS_PAPERS_WORDS)


def _house_publication(mention: Mention) -> bool:
    """An organisation's own newsletter or bulletin: "a council newsletter", "the union's
    bulletin", "its newsletter". Not one with a title ("the Morning Brew newsletter"), nor an
    outlet's ("the BBC's bulletin"), nor one whose owner the phrase does not say."""
    if mention.head_word not in lexicon.HOUSE_PUBLICATION_NOUNS or mention.name or mention.pronoun:
        return False
    owner = _POSSESSIVE.sub("", mention.possessor)
    if owner:
        return not outlet_name(owner) and not set(owner.lower().split()) & (lexicon.MASTHEAD_WORDS | lexicon.OUTLET_NOUNS)
    before = mention.words[: mention.words.index(mention.head_word)] if mention.head_word in mention.words else ()
    return bool(set(before) & (lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_WORDS | lexicon.HOUSE_OWNER_WORDS))


def _body_phrase(mention: Mention) -> bool:
    """Whether the phrase's last two words up to its head name a body
    (``lexicon.ORGANIZATION_PHRASES``): "Ostrava's general staff", "the high command"."""
    words = _up_to_head(mention).lower().split()
    return " ".join(words[-2:]) in lexicon.ORGANIZATION_PHRASES


def _authors(mention: Mention) -> bool:
    """The writers of a document the article speaks of: "the authors", "its authors", "the
    study's authors", "the authors of the report"; not "authors" at large ("Authors protested
    the ban")."""
    if mention.head_word not in lexicon.AUTHOR_NOUNS or mention.name or mention.pronoun:
        return False
    return mention.determiner in lexicon.AUTHORS_DETERMINERS or bool(mention.possessor)


_AGE = re.compile(r"^\d{1,3}-year-olds?$")


def _body_named_before_noun(mention: Mention) -> bool:
    """"The Altamar pension fund", "the Okafor foundation": "the", a name, then a body's noun
    the name is no part of; the body is named after someone or something, not a person."""
    if not mention.name or mention.determiner != "the" or mention.head_word not in lexicon.ORGANIZATION_NOUNS:
        return False
    words = [w.lower() for w in mention.name.split()]
    if mention.head_word in words:
        return False
    at = mention.words.index(mention.head_word) if mention.head_word in mention.words else -1
    return at > 0 and words[-1] in mention.words[:at]


def _is_age(mention: Mention) -> bool:
    """"the 58-year-old" on its own: a person known by their age."""
    if mention.name or mention.pronoun or mention.determiner != "the":
        return False
    words = mention.head.text.split(",")[0].split()
    if len(words) >= 2 and words[-1].lower() in lexicon.ROLE_NOUNS and _AGE.match(words[-2]):
        return True  # "the 29-year-old defender": the age picks out the person just named
    return bool(words) and bool(_AGE.match(words[-1]))


def _is_epithet(mention: Mention) -> bool:
    """"the Swede", "the Texan", "the Republican" on their own: a person known by nationality,
    home state or party (``lexicon.PERSON_EPITHET_NOUNS``), capitalised as such nouns are. Not
    a listed outlet of that name ("The Australian reported ..."), which is the newspaper."""
    if mention.pronoun or mention.possessor or mention.determiner != "the" or len(mention.words) != 2:
        return False
    word = mention.span.text.split()[-1]
    return word[:1].isupper() and mention.words[-1] in lexicon.PERSON_EPITHET_NOUNS and outlet_name(mention.span.text) is None


_AGE_IN = re.compile(r"\b(\d{1,3})-year-olds?\b")


def _age_said(mention: Mention) -> str | None:
    """The age "the 22-year-old" (or "the 22-year-old defender") gives, as digits."""
    found = _AGE_IN.search(mention.head.text.split(",")[0])
    return found.group(1) if found else None


def _ages(ent: "_Entity") -> set[str]:
    """The ages the article gave someone: "Maeve, 22," (described "aged 22"), "a 22-year-old
    student"."""
    ages = set()
    for desc in ent.descriptions:
        for found in re.finditer(r"\baged (\d{1,3})\b|\b(\d{1,3})-year-old\b", desc):
            ages.add(found.group(1) or found.group(2))
    return ages


def _personal_name(name: str) -> bool:
    """"Amanda Reyes", "Lukas Meier": a known given name and a surname, with no word of an
    organisation's name ("Amanda Reyes Foundation")."""
    words = [w.lower().strip(".,'’") for w in _clean_name(name).split()]
    if len(words) < 2 or words[0] not in lexicon.GIVEN_NAMES:
        return False
    return not any(w in lexicon.ORGANIZATION_NOUNS or w in lexicon.OUTLET_NOUNS or w in lexicon.MASTHEAD_WORDS for w in words[1:])


def _lone_personal_name(name: str) -> bool:
    """"Smith", "Dana": one word, written as a name, that is a common surname or given name."""
    words = _clean_name(name).split()
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    word = words[0].lower().strip(".,'’")
    return word in lexicon.SURNAMES or word in lexicon.GIVEN_NAMES


def told_the_press(source: Mention, told: Mention) -> bool:
    """"A source close to the singer told Stagewatch that ...": an unnamed source of press
    reports (``PRESS_SOURCE_NOUNS``) talks to journalists, so the lone name they told, when it
    is no given name or surname, is an outlet's."""
    if source.pronoun or source.name or source.head_word not in lexicon.PRESS_SOURCE_NOUNS:
        return False
    return bool(told.name) and not told.pronoun and len(_clean_name(told.name).split()) == 1 and not _lone_personal_name(told.name)


def clearly_a_person(mention: Mention) -> bool:
    """Whether a mention names a person by more than the tagger's word: a known given name or
    surname ("Dana Whitlow", "Smith"), or a description only a person has ("a trader")."""
    if mention.pronoun:
        return mention.head_word in ("he", "she")
    name = mention.name or ""
    return _personal_name(name) or _lone_personal_name(name) or _described_as_person(mention)


def _could_be_person(name: str, kind: str, label: str, *, said_it: bool = False) -> bool:
    """A lone capitalised word the tagger called an organisation that may well be a surname:
    not an acronym ("NATO"), not an outlet, no organisation or masthead word, no place; or a
    name written as a person's ("Bex Harlow", see ``_person_shaped_name``), unless it called
    itself "it" (``said_it``: "Wells Fargo said it had settled") and opens with no known given
    name."""
    words = name.split()
    if kind not in ("organization", "unknown") or label not in ("ORG", ""):
        return False
    if len(words) != 1:
        return _person_shaped_name(name) and not outlet_name(name) and (not said_it or _given_name_start(name))
    word = words[0]
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or outlet_name(word):
        return False
    low = word.lower()
    return low not in lexicon.ORGANIZATION_NOUNS and low not in lexicon.OUTLET_NOUNS and low not in lexicon.MASTHEAD_WORDS


def _said_to_be_body(mention: Mention) -> bool:
    """Whether the mention's own words say the name is a company's, a body's or an outlet's:
    "the outdoor brand Fellgate", "Lumenfield, the cloud storage startup", "the Norpress
    agency"."""
    return (
        _organization_descriptor(mention)
        or _described_as_company(mention)
        or _described_as_body(mention)
        or _outlet_descriptor(mention)
        or _described_as_outlet(mention)
    )


def _lone_name(mention: Mention) -> Mention | None:
    """The mention as a person's name, if it is one capitalised word with no article that may
    be a surname: "Voss" (read as a noun or an ORG), never "NATO", "Critics" or "The minister"."""
    if mention.pronoun or mention.determiner or mention.plural or mention.possessor or _member_role(mention) is not None:
        return None  # "Another, a retired teacher, said she ...": one of a group, no name
    head = mention.head.text.strip()
    if mention.name and _clean_name(mention.name) != head:
        return None
    if not _could_be_person(head, "unknown", mention.label if mention.label in ("ORG", "") else "-"):
        return None
    low = head.lower()
    if any(low in words for words in (lexicon.VAGUE_NOUNS, lexicon.ROLE_NOUNS, lexicon.DOCUMENT_NOUNS, lexicon.COMPANY_NOUNS, lexicon.STATEMENT_NOUNS)):
        return None
    return replace(mention, name=head, proper=True, label="PERSON" if not mention.name else mention.label)


def _generic_object(mention: Mention) -> bool:
    """"But you cannot trust a councillor who refuses to read it.": an indefinite role inside
    another clause's object is anyone of the kind, not someone met here, so a later "he" still
    means the one the article is about."""
    return not mention.subject and not mention.name and mention.determiner in ("a", "an") and mention.span.text.rstrip().endswith((" who", " that"))


def _surname_read_as_plural(mention: Mention) -> Mention:
    """"Mendes, who leads the inquiry, said": a known surname with no article that the tagger
    read as a plural common noun is a person's name, and what follows it after a comma
    describes them. Any other mention as it is ("Critics, who ...")."""
    if mention.name or mention.pronoun or mention.determiner or mention.possessor or not mention.plural:
        return mention
    head = mention.head.text.strip()
    if not _lone_personal_name(head) or not mention.span.text.startswith(head):
        return mention
    rest = mention.span.text[len(head) :]
    descriptions = mention.descriptions
    if not descriptions and rest.startswith(",") and rest.strip(" ,"):
        descriptions = (rest.strip(" ,"),)
    return replace(mention, name=head, proper=True, plural=False, label="PERSON", descriptions=descriptions)


_RELATIVE = re.compile(r"\s(?:that|which|who)\s", re.IGNORECASE)


def _relative_object_read_as_head(mention: Mention) -> Mention:
    """"The hospital groups that employ the nurses said": the parser may take the relative
    clause's object ("the nurses") for a second subject of the cue, leaving the speaker's own
    noun phrase as a description cut short ("The hospital groups that employ"). The mention as
    the phrase it is, headed by the noun before "that"; any other mention as it is."""
    if mention.name or mention.pronoun:
        return mention
    for desc in mention.descriptions:
        rel = _RELATIVE.search(desc)
        if rel is None or not mention.span.text.startswith(desc) or mention.head.start < mention.span.start + len(desc):
            continue
        phrase = desc[: rel.start()].rstrip(" ,")
        words = phrase.split()
        if not words or not words[-1].isalpha():
            return mention
        head_word = words[-1].lower()
        determiner = words[0].lower() if len(words) > 1 and words[0].lower() in ("the", "a", "an", "this", "that", "some", "its", "their") else ""
        return replace(
            mention,
            head=Span(mention.span.start, mention.span.start + len(phrase), phrase),
            head_word=head_word,
            determiner=determiner,
            label="",
            proper=False,
            plural=head_word.endswith("s") and not head_word.endswith("ss"),
            descriptions=tuple(d for d in mention.descriptions if d != desc),
            subject=True,
        )
    return mention


def _statistics(mention: Mention, lemma: str | None) -> bool:
    """"figures showed ...", "according to the regulator's own figures": a noun that names
    people or numbers ("senior figures say", "figures close to the minister") names numbers
    when they show something, or when they are someone's and cited as a source."""
    if mention.head_word not in lexicon.DOCUMENT_NOUNS:
        return False
    if lemma == "according to" and _PUBLISHED_WORDS & set(mention.words):
        return True  # "according to figures published in January": numbers someone published
    if lemma == "according to" and _keeper_of_numbers(mention):
        return True  # "according to diocesan figures": the diocese's numbers
    return lemma in lexicon.DATA_VERBS or (lemma == "according to" and bool(mention.possessor))


def _keeper_of_numbers(mention: Mention) -> bool:
    """"according to diocesan figures", "according to official figures": a word before the noun
    that says whose or what numbers they are, and none that marks people ("senior figures",
    ``lexicon.PEOPLE_FIGURE_WORDS``), nor a place among whom they stand after it ("figures in
    the party", "figures close to the minister")."""
    words, head = mention.words, mention.head_word
    if head not in words:
        return False
    k = words.index(head)
    before = [w for w in words[:k] if w not in ("the", "a", "an")]
    after = words[k + 1 : k + 2]
    if not before or set(before) & lexicon.PEOPLE_FIGURE_WORDS or set(before) & lexicon.VAGUE_DETERMINERS:
        return False
    return not (after and after[0] in lexicon.PEOPLE_FIGURE_PLACE_WORDS)


#: Participles that make "figures" numbers put out ("figures published in January"), not people.
_PUBLISHED_WORDS = frozenset({"published", "released", "issued", "compiled", "posted"})


def _hyphenated_outlet(name: str) -> bool:
    """"Interfax-Balt", "the Evening Standard-Register": a capitalised name joined by a hyphen
    to a known outlet's name before it, or to a masthead word after it, is an outlet's, as
    "the Star-Ledger" and "Interfax-Ukraine" are."""
    last = _LEADING_DET.sub("", name.strip()).split()[-1:]
    parts = last[0].split("-") if last else []
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    return outlet_name(parts[0]) is not None or parts[-1].lower().strip(".'’") in lexicon.MASTHEAD_WORDS


def _masthead(mention: Mention) -> bool:
    """"the Valley Courier": a name of two or more words ending in a masthead word, or "the
    Courier" alone; one opening with a masthead word in the Romance way ("El Diario de
    Castellmar"), or a broadcaster's ("Channel Nine")."""
    if not mention.name:
        return False
    words = mention.name.split()
    if len(words) == 1 and _camel_masthead(words[0]):
        return True
    if len(words) < 2 and mention.determiner != "the":
        return False
    if words[-1].lower().strip(".'’") in lexicon.MASTHEAD_WORDS:
        return True
    if len(words) >= 2 and words[0].lower() in lexicon.BROADCAST_NAME_WORDS:
        return True  # "Channel Nine", "Radio Sever", "Kanal 5"
    # "El Diario de Castellmar", "Corriere della Sera": the masthead word first.
    while words and words[0].lower() in lexicon.FOREIGN_ARTICLES:
        words = words[1:]
    return len(words) >= 3 and words[0].lower() in lexicon.LEADING_MASTHEAD_WORDS and words[1].lower() in lexicon.NAME_LINK_WORDS


def _camel_masthead(word: str) -> bool:
    """"ByteDaily", "HarbourNews": a one-word name run together in camel case whose last part
    is a masthead word (``lexicon.CAMEL_MASTHEAD_WORDS``)."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    return len(parts) >= 2 and "".join(parts) == word and parts[-1].lower() in lexicon.CAMEL_MASTHEAD_WORDS


#: An appositive only a person takes: an age ("Marta, 54", shown as "aged 54") or a relative
#: clause on "who" ("Marta, who gave only her first name").
_PERSON_APPOSITIVE = re.compile(r"^(?:aged\s+)?[1-9]\d?$|^(?:who|whose|whom)\s", re.IGNORECASE)


def _described_as_person(mention: Mention) -> bool:
    """An appositive or title that names a person's role: "the city's finance director"; or an
    age or a "who" clause, which only a person is given: "said Marta, 54"."""
    if any(_PERSON_APPOSITIVE.match(d) or _role_headed(d) for d in mention.descriptions):
        return True
    # A role at the head of a description names a person whatever body it is of: "Police
    # Chief", "the party's leader".
    if any(d.split() and d.split()[-1].lower().strip(",.'’") in lexicon.ROLE_NOUNS for d in mention.descriptions):
        return True
    words = {w.lower().strip(",.'’") for d in mention.descriptions for w in d.split()}
    return bool(words & lexicon.ROLE_NOUNS) and not words & (lexicon.ORGANIZATION_NOUNS | lexicon.OUTLET_NOUNS)


#: The words that tie an office to the body it is held in (``lexicon.OFFICE_LINK_PREPS``).
_OFFICE_LINKS = lexicon.OFFICE_LINK_PREPS
#: A word of a name written as a person's: "Tamsin", "McAllister", "O'Dowd", "Lowry-Hart".
_PERSON_NAME_WORD = re.compile(r"[A-Z][\w'’-]*[a-z][\w'’-]*")


#: Words of an organisation's, company's or outlet's name, which no person's name has.
_NOT_PERSON_NAME_WORDS = (
    lexicon.ORGANIZATION_NOUNS
    | lexicon.OUTLET_NOUNS
    | lexicon.MASTHEAD_WORDS
    | lexicon.INSTITUTION_WORDS
    | lexicon.COMPANY_NOUNS
    | lexicon.COMPANY_NAME_ENDINGS
    | lexicon.COMPANY_TRADE_WORDS
)


def _office_description(description: str) -> bool:
    """A description giving a person's office in a body: "director of the River Trust
    Alliance", "a spokeswoman for the trust", "chief executive of Marlow Water" (a person's role
    right before "of", "for", "at" or "to"). Not a role a body may hold as well ("the parent of
    Vance Bank", "adviser to the board"), nor a body's own noun ("a charity for sailors")."""
    words = _tokens(description)
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_BREAKS | _OFFICE_LINKS), None)
    if not cut or words[cut] not in _OFFICE_LINKS:
        return False
    role = words[cut - 1]
    return lexicon.role_noun(role) and role not in lexicon.BODY_HELD_ROLES


def _person_shaped_name(name: str) -> bool:
    """"Tamsin Lowry", "Ade Okafor-Reid": two or three words written as a person's name is, with
    no word of an organisation's, company's or outlet's name ("River Trust Alliance", "Vance
    Holdings", "Marlow Gazette")."""
    words = _clean_name(name).split()
    if not 2 <= len(words) <= 3 or not all(_PERSON_NAME_WORD.fullmatch(w) for w in words):
        return False
    return not any(w.lower() in _NOT_PERSON_NAME_WORDS for w in words) and not _company_name(name)


def _role_headed(description: str) -> bool:
    """A description whose head, before the body it names, is a person's role: "the chief
    delegate for the Andean Rivers alliance", "a senior adviser to the Harbour Board"."""
    words = _tokens(description)
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_BREAKS), None)
    if not cut or words[0] not in ("a", "an", "the"):
        return False
    return words[cut - 1] in lexicon.ROLE_NOUNS




#: Company nouns that also name a person's trade ("Florida developer Mel Sembler").
_PERSON_TRADES = frozenset({"developer", "publisher", "producer", "operator", "miner", "brewer", "shipper", "carrier", "supplier"})
#: The company nouns read with care, as the trades are: those, and "group", which is a body's
#: word only ("Environmental group Clearwater Coast", "The group Boar Watch said"), however many
#: groups a person may head, so it is no person's trade.
_TRADES = _PERSON_TRADES | {"group"}

#: Nouns whose plural names bodies that speak together ("the companies said", "the lenders");
#: not trades a person may have ("the developers").
_BODY_NOUNS = lexicon.ORGANIZATION_NOUNS | (lexicon.COMPANY_NOUNS - _TRADES)


def _organization_descriptor(mention: Mention) -> bool:
    """"Power company Tallis Electric", "the carmaker Veltra": a company or body noun right
    before the name says what the name is, whatever the recognizer's label."""
    if not mention.name:
        return False
    words = mention.span.text.split()
    name = mention.name.split()
    for k in range(1, len(words) - len(name) + 1):
        if words[k : k + len(name)] == name:
            before = words[k - 1].lower().strip(",")
            if before in lexicon.OUTLET_NOUNS or before in lexicon.ROLE_NOUNS:
                return False
            if before in _PERSON_TRADES:
                return False  # "developer Mel Sembler"
            if _title_of_body(words[: k - 1]):
                return False  # "Leader of the House Clara Penhale": the House is the title's
            return before in lexicon.COMPANY_NOUNS or before in lexicon.ORGANIZATION_NOUNS
    return False


def _title_of_body(words: Sequence[str]) -> bool:
    """Whether words before a name end in a title's "of" phrase: "Leader of the", "Speaker of
    the" (a title or role noun, then "of" and at most an article). It looks at the title before
    "of", as a mention's words give it; ``frames._of_title_body_end`` looks at the body after
    it in the parse and knows only ``lexicon.OF_TITLE_BODIES``, to split a name off the body
    ("Leader of the Opposition Ravi Menon"). Kept apart on purpose: one tests the word before
    "of", the other the words after it, so neither can stand in for the other."""
    lowers = [w.lower() for w in words]
    if "of" not in lowers:
        return False
    k = len(lowers) - 1 - lowers[::-1].index("of")
    return k > 0 and all(w == "the" for w in lowers[k + 1 :]) and (lowers[k - 1] in lexicon.TITLES or lexicon.role_noun(lowers[k - 1]))


_DESCRIPTION_BREAKS = lexicon.DESCRIPTION_BREAKS


def _described_as_body(mention: Mention) -> bool:
    """"Lumenfield, the cloud storage startup": an appositive headed by a company or organisation
    noun ("a relief charity", "the Dutch lender") says the name is a body's, whatever the
    recognizer's label. Not "a member of the council" (a preposition), "its founder" or a trade
    a person may have ("a publisher"), nor a name that starts with a known given name."""
    if not mention.name or _personal_name(mention.name):
        return False
    return any(_body_description(desc) for desc in mention.descriptions)


def _body_description(desc: str, *, trades: bool = False) -> bool:
    """Whether an appositive is a company's or body's noun phrase: "a relief charity", "the
    Dutch lender", "the electronics maker" (not "a policy maker"). ``trades``: a trade a person
    may have counts too ("the Oslo shipping group", "a parts supplier"), for a name already
    read as a body's."""
    words = _after_possessor(_tokens(desc))
    if len(words) >= 2 and words[0] in ("a", "an", "the") and lexicon.maker_phrase(words):
        return True
    if len(words) < 2 or words[0] not in ("a", "an", "the") or any(w in _DESCRIPTION_BREAKS or w.endswith(("'s", "’s")) for w in words):
        return False
    last = words[-1]
    if (last in _PERSON_TRADES and not trades) or last in lexicon.ROLE_NOUNS:
        return False
    if last == "maker":
        return False  # "a policy maker": a company's is taken above
    return last in lexicon.COMPANY_NOUNS or last in lexicon.ORGANIZATION_NOUNS


def _described_as_document(mention: Mention) -> bool:
    """"The Ferris Guide, a 40-page booklet handed to investors": an appositive headed by a
    document noun (``lexicon.DOCUMENT_NOUNS``) says the name is a document's, whatever the
    recognizer's label. The document noun comes before any preposition or clause, and no noun of
    a person or body after it makes it a modifier: not "a report author", "a member of the
    review"."""
    if not mention.name or _personal_name(mention.name):
        return False
    for desc in mention.descriptions:
        words = _tokens(desc)
        if len(words) < 2 or words[0] not in ("a", "an", "the"):
            continue
        stop = next((k for k, w in enumerate(words) if k and (w in _DESCRIPTION_BREAKS or w == "to")), len(words))
        at = next((k for k in range(1, stop) if words[k] in lexicon.DOCUMENT_NOUNS), None)
        if at is not None and not _person_or_body_word(words[at + 1] if at + 1 < stop else ""):
            return True
    return False


def _person_or_body_word(word: str) -> bool:
    """Whether a word after a document noun is the noun it modifies: "author" in "a report
    author", "team" in "a survey team"."""
    return bool(word) and (
        lexicon.role_noun(word) or lexicon.people_noun(word) or word in _BODY_NOUNS or word in _TRADES or word in lexicon.DOCUMENT_NOUNS
    )


def _after_possessor(words: Sequence[str]) -> Sequence[str]:
    """"the region's electricity utility", "Norway's biggest lender": a possessive opening a
    description says whose body it is and stands for its article; the words after it, with
    "the" in its place, so that the noun that heads them can be judged. Others unchanged."""
    for k, word in enumerate(words[:3]):
        if word.endswith(("'s", "’s", "s'")) and len(word) > 2:
            return ("the", *words[k + 1 :])
    return words


#: Outlet nouns that name the press on their own ("a regional daily"); the others ("website",
#: "agency", "network", "show") need a news word beside them.
_PRESS_NOUNS = frozenset({"newspaper", "newspapers", "daily", "tabloid", "broadsheet", "weekly", "magazine", "broadcaster", "newswire"})


def _described_as_outlet(mention: Mention) -> bool:
    """"ENA, the Estmark state news agency": an appositive headed by an outlet noun says the
    name is an outlet's, as "the state news agency ENA" does before it. Nouns that also end
    other things need their news word ("the state agency" may be a ministry's), and words of
    mastheads or studies ("the paper") say too little on their own; a programme noun after a
    word saying what is on it ("the breakfast show Morning Glow") names a programme, no person
    whatever the tagger says."""
    if not mention.name or _personal_name(mention.name) or mention.label in ("GPE", "LOC", "NORP"):
        return False  # "Israel, a free daily": a place is none, whatever the parser hung on it
    for desc in mention.descriptions:
        words = _tokens(desc)
        if len(words) < 2 or words[0] not in ("a", "an", "the") or any(w in _DESCRIPTION_BREAKS or w.endswith(("'s", "’s")) for w in words):
            continue
        last = words[-1]
        if last not in lexicon.OUTLET_NOUNS or last in lexicon.NAME_PART_OUTLET_WORDS:
            continue
        if last in lexicon.PROGRAMME_NOUNS and len(words) > 2:
            return True
        if last not in _PRESS_NOUNS and not _NEWS_WORDS & set(words[:-1]):
            continue  # "a political crowdfunding website", "a production agency"
        return True
    return False


def _called_a_body(ent: "_Entity", kind: str) -> bool:
    """Whether a lone name the article set beside a company's or body's noun ("Corvane, the
    electronics maker") is that body, and no ``kind`` "person" to be merged with a person named
    by the same word later ("Chief executive Martin Corvane")."""
    if kind != "person" or ent.kind != "organization" or len(ent.tokens) != 1:
        return False
    return ent.described_body or any(_body_description(desc, trades=True) for desc in ent.descriptions)


def _described_as_company(mention: Mention) -> bool:
    """"The manufacturer of the drug, Teverin Pharma": a name set beside a company noun that heads
    the speaker's phrase is a company, whatever the recognizer's label. (Not a description: in
    "Mujtaba Rahman of the Eurasia Group, a consulting company" it is the Group's.)"""
    if not mention.name:
        return False
    head = mention.head_word
    if not _company_head(mention) or head in mention.name.lower().split():
        return False
    if head in _TRADES:
        # "The publisher, Aldgate House,": a trade a person may have, but a name that ends in
        # a body's word ("House", "Group") is the firm's, not a publisher's own.
        return _tokens(mention.name)[-1:] != () and _tokens(mention.name)[-1] in _BODY_LAST_WORDS
    return True


#: A name written in capitals or with a digit: "G-40", "OPEC", "G7".
_ACRONYM = re.compile(r"^(?=[\w-]*[A-Z][\w-]*$)(?=.*(?:\d|[A-Z]{2}))[A-Z0-9][A-Za-z0-9+-]*$")


def _acronym_named(mention: Mention) -> str | None:
    """The name of a body called by an acronym before its noun, which the tagger took for an
    adjective: "the G-40 group" -> "G-40 group", "the OPEC group"."""
    words = _LEADING_DET.sub("", mention.head.text).split()
    if len(words) < 2 or mention.name or not _tokens(words[-1]) == (mention.head_word,):
        return None
    return " ".join(words) if all(_ACRONYM.match(w) for w in words[:-1]) else None


def _company_head(mention: Mention) -> bool:
    """A company noun heads the mention: "the lender", "the carmaker", and "the snack maker" or
    "the maker of the drug", but not "the policy maker" (lexicon.PERSON_MAKER_WORDS)."""
    head = mention.head_word
    if head in lexicon.COMPANY_NOUNS:
        return True
    if head != "maker" or head not in mention.words:
        return False
    k = mention.words.index(head)
    return k > 0 and mention.words[k - 1] not in lexicon.PERSON_MAKER_WORDS and (
        mention.words[k - 1] not in ("the", "a", "an") or mention.words[k + 1 : k + 2] == ("of",)
    )


def _body_noun_spoken_for(mention: Mention) -> str | None:
    """The common noun of the body an unnamed spokesperson speaks for: "firm" in "a spokesman
    for the firm", "union" in "a union spokesperson" and "company" in "the company's
    spokeswoman"; None for "a spokesman for Halbrook" (a name) or "a spokesman" alone."""
    head, words = mention.head_word, mention.words
    if head not in lexicon.SPEAKING_FOR_NOUNS or head not in words or mention.plural:
        return None
    bodies = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS
    owner = _POSSESSIVE.sub("", mention.possessor).lower().split()
    if owner[:1] == ["the"] and owner[-1] in bodies:
        return owner[-1]  # "the company's spokeswoman"
    k = words.index(head)
    if k and words[k - 1] in bodies:
        return words[k - 1]  # "a union spokesperson"
    after = words[k + 1 : k + 4]
    if len(after) == 3 and after[0] in ("for", "of", "at") and after[1] == "the" and after[2] in bodies:
        return after[2]  # "a spokesman for the firm"
    return None


def _outlet_sort(words: set[str]) -> str | None:
    """Press, broadcast or agency, when the words say which and only one."""
    sorts = {lexicon.OUTLET_SORTS[w] for w in words if w in lexicon.OUTLET_SORTS}
    return sorts.pop() if len(sorts) == 1 else None


def _same_sort(sort: str | None, ent: _Entity) -> bool:
    """Whether an outlet could be what "the newspaper" or "the broadcaster" means: of that sort,
    or of none its name, descriptions and mentions show; "the podcast" only a podcast
    (``lexicon.STRICT_OUTLET_SORTS``)."""
    if sort is None:
        return True
    words = set(ent.tokens) | ent.description_words() | {w for m in ent.mentions for w in _tokens(m.text)}
    other = _outlet_sort(words) or _name_sort(ent.tokens)
    return other == sort or (other is None and sort not in lexicon.STRICT_OUTLET_SORTS)


def edition_name(tokens: Sequence[str]) -> bool:
    """Whether lower-case name words are a paper's by its day or "Daily" and one or two words
    after it: "sunday pilgrim", "daily verger" (``lexicon.EDITION_NAME_WORDS``). Not a club, a
    market or a place that opens with a day ("sunday club", "saturday market",
    ``lexicon.EDITION_LOOKALIKE_ENDINGS``)."""
    if not 2 <= len(tokens) <= 3 or tokens[0] not in lexicon.EDITION_NAME_WORDS:
        return False
    return tokens[-1] not in _NOT_EDITION_ENDINGS


def _name_sort(tokens: Sequence[str]) -> str | None:
    """The sort of outlet a name of two or more words shows: by a broadcaster's first word
    ("Radio Kessel"), a weekend edition's ("the Sunday Meridian") or its last word ("the
    Fenwick Echo" is a newspaper, "Fenwick Live" a broadcaster: ``lexicon.OUTLET_NAME_SORTS``)."""
    if len(tokens) < 2:
        return None
    if tokens[0] in lexicon.BROADCAST_NAME_WORDS:
        return "broadcast"
    if edition_name(tokens):
        return "press"
    return lexicon.OUTLET_NAME_SORTS.get(tokens[-1])


#: A capitalised name in running text, "the" left out: "Fenwick Live", "Sunday Meridian"; its
#: first word, and each word after it.
_NAME_FIRST_WORD = r"[A-Z][\w'’&-]*"
_NAME_NEXT_WORD = r"(?: +(?:& +)?[A-Z0-9][\w'’&-]*)"
_CAPITALISED_NAME = _NAME_FIRST_WORD + _NAME_NEXT_WORD + "*"
#: "the Swedish daily Kvallsposten", "the broadcaster, Fenwick Live": an outlet noun, perhaps
#: with a word or two before it, then the name; after a comma only a name of two or more words
#: in apposition, closed by a comma, a full stop or "and", and no one's age ("serialised by the
#: newspaper, Achterberg, 58, writes" names no outlet; in "According to the newspaper, Ada Holt
#: was paid" the name opens the main clause).
_OUTLET_THEN_NAME = re.compile(
    r"\b(the\s+(?:[\w-]+\s+){0,2}?([a-z]+))(?:\s+(?:the\s+)?(" + _CAPITALISED_NAME + r")"
    r"|,\s+(?:the\s+)?(" + _NAME_FIRST_WORD + _NAME_NEXT_WORD + r"+)(?!,\s*\d)(?=\s*(?:[,.;]|and\b|$)))"
)
#: "Fenwick Live, the broadcaster, said": the name, then an outlet noun in apposition (not
#: "next Sunday, the newspaper said").
_NAME_THEN_OUTLET = re.compile(r"(?<![\w'’])(?:[Tt]he\s+)?(" + _CAPITALISED_NAME + r"),\s+(the\s+(?:[\w-]+\s+){0,2}?([a-z]+))(?=\s*[,.;])")
#: "the Sunday Meridian", "Radio Kessel", "Tarnwood FM": a name of two or more words.
_LONG_NAME = re.compile(r"(?<![\w'’])(?:[Tt]he\s+)?(" + _CAPITALISED_NAME + r")")


def _outlet_noun_phrase(phrase: str, noun: str) -> bool:
    """Whether "the broadcaster", "the Swedish daily" or "the state news agency" says an outlet:
    a noun of a sort (``lexicon.OUTLET_SORTS``), one that also ends other names only with a news
    word before it ("the news agency", not "the US agency")."""
    if lexicon.OUTLET_SORTS.get(noun) not in ("press", "broadcast", "agency") or noun in lexicon.NAME_PART_OUTLET_WORDS:
        return False
    if noun in lexicon.OUTLET_NEEDS_NEWS:
        return bool(_NEWS_WORDS & set(_tokens(phrase)))
    return True


def _outlet_by_name(written: str) -> bool:
    """Whether a name of two or more words says an outlet by itself: a listed outlet, "Radio
    Kessel", "Tarnwood FM" or "Coastline Wire" (``lexicon.TOLD_OUTLET_WORDS``), or with "the"
    before it a masthead ("the Fenwick Echo", "the Sunday Meridian"); not "Ben Post", which may
    be a person's, nor "Fenwick Live" or "the English Channel" with no outlet noun beside them,
    nor one word ("Independent candidate Yusuf Mbeki")."""
    words = _tokens(written)
    if len(words) < 3 if words[0] == "the" else len(words) < 2:
        return False
    if outlet_name(written):
        return True
    if words[-1] in ("live", "channel") or _name_sort(words[1:] if words[0] == "the" else words) is None:
        return False
    return words[0] in ("the", *lexicon.BROADCAST_NAME_WORDS) or words[-1] in lexicon.TOLD_OUTLET_WORDS


def named_outlets(text: str, start: int = 0) -> list[Mention]:
    """The outlets ``text`` names, whether or not they speak: "polled by the broadcaster,
    Fenwick Live", "began appearing in the Sunday Meridian", "a Harbour Herald poll". Each is a
    name the phrase around it or the name itself says is an outlet's (an outlet noun beside it,
    a masthead, a broadcaster's or a weekend edition's name), so that a later "the channel" or
    "told the Meridian" can mean it; with the outlet noun as its description. Only from
    ``start`` on (after the headline and byline)."""
    found: dict[tuple[int, int], Mention] = {}

    def add(begin: int, end: int, description: str = "") -> None:
        span = Span.of(text, begin, end)
        if (span.start, span.end) not in found:
            found[(span.start, span.end)] = name_mention(span, label="ORG", descriptions=(description,) if description else ())

    for m in _OUTLET_THEN_NAME.finditer(text, start):
        which = 3 if m.group(3) else 4
        if which == 4 and _given_name_first(m.group(4)):
            continue  # "Speaking to the broadcaster, Tomas Reyn, a presenter, said": a person
        if _outlet_noun_phrase(m.group(1), m.group(2)):
            add(m.start(which), m.end(which), m.group(1))
    for m in _NAME_THEN_OUTLET.finditer(text, start):
        if _outlet_noun_phrase(m.group(2), m.group(3)):
            add(m.start(1), m.end(1), m.group(2))
    for m in _LONG_NAME.finditer(text, start):
        if _outlet_by_name(m.group(0)) and not _glued_to_opening_word(text, m):
            add(m.start(1), m.end(1))
    return [found[k] for k in sorted(found)]


def _given_name_first(written: str) -> bool:
    """Whether a name opens with a given name ("Ada Holt", "Tomas Reyn"): a person's, no
    outlet's, unless the whole is a listed outlet."""
    first = written.split()[0].lower()
    return first in lexicon.GIVEN_NAMES and not outlet_name(written)


#: Where a sentence opens: the text's or a line's start, or a full stop (and a closing mark).
_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][\"'”’)]*\s)\s*$")


def _glued_to_opening_word(text: str, match: re.Match[str]) -> bool:
    """Whether a run of capitalised words that opens a sentence may hold the sentence's first
    word before the outlet's name ("Keep Dunmere Courier credited by name", "Meanwhile Harbour
    Gazette said"): no "the" before it, and the run written nowhere but at a sentence's
    opening."""

    def opens(at: int) -> bool:
        return _SENTENCE_OPENING.search(text, max(0, at - 4), at) is not None

    if match.group(0)[:4].lower() == "the " or not opens(match.start()):
        return False
    return all(opens(m.start()) for m in re.finditer(re.escape(match.group(1)), text))


def _outlet_descriptor(mention: Mention) -> bool:
    """"the Meridian daily La Voz", "the trade publication Reel Business", "the news site
    Axios": an outlet noun right before the name says what it names, whatever the tagger
    thinks of the name."""
    if not mention.name:
        return False
    words = list(mention.words)
    first = mention.name.split()[0].lower()
    if first not in words:
        return False
    i = words.index(first)
    if i > 1 and words[i - 1] in lexicon.FOREIGN_ARTICLES and words[i - 2] in lexicon.OUTLET_NOUNS:
        i -= 1  # "the Portuguese daily O Relvado"
    if i == 0:
        return False
    before = words[i - 1]
    if before not in lexicon.OUTLET_NOUNS | lexicon.OUTLET_NEEDS_NEWS or before in lexicon.NAME_PART_OUTLET_WORDS:
        return False  # "the news service Capitol Markets Daily" passes, with its news word
    if before in lexicon.OUTLET_NEEDS_NEWS:
        return bool(_NEWS_WORDS & set(words[max(0, i - 3) : i - 1]))
    return True


#: Words that pick members out of a group: "one of them", "two of those".
_PARTITIVES = frozenset({"one", "two", "three", "some", "several", "both", "each", "another", "many", "most", "all"})


def _sequel(mention: Mention) -> bool:
    """"A later post", "another statement": the next of what was said before, as "the
    statement" is the same (``lexicon.SEQUEL_WORDS``)."""
    return mention.determiner == "another" or (mention.determiner in ("a", "an") and bool(set(mention.words) & lexicon.SEQUEL_WORDS))


def _one_of_them(mention: Mention) -> bool:
    """"One of them", "two of those": members of a group named before."""
    words = mention.words
    return len(words) == 3 and words[0] in _PARTITIVES and words[1] == "of" and words[2] in ("them", "those")


def _modifies_name_word(mention: Mention, words: Sequence[str], i: int) -> bool:
    """"the Committee on Publication Ethics", "the Press Complaints Commission": an outlet noun
    inside the name of a body ("committee", "commission"), before a word of it that names no
    outlet, says what the body deals with, not what it is (unlike "the Xinhua News Agency", or
    "the Daily Spotlight", which names no body)."""
    if not mention.name or i + 1 >= len(words):
        return False
    name = _tokens(mention.name)
    after = words[i + 1]
    return (
        words[i] in name
        and any(w in lexicon.ORGANIZATION_NOUNS for w in name if w != words[i])
        and after in name
        and after.isalpha()
        and after not in lexicon.OUTLET_NOUNS
        and after not in lexicon.OUTLET_NEEDS_NEWS  # "Eastmere Wire Service"
        and after not in lexicon.MASTHEAD_WORDS
        and after not in lexicon.NAME_LINK_WORDS  # "Gazette du Saguenay", "Journal de Québec": a masthead
    )


def _is_outlet_phrase(mention: Mention) -> bool:
    """"the X newspaper", "state broadcaster X", "local media outlet Interfax", "news agency".
    Words after the head do not count: "a study published in the journal X" is a study."""
    words = mention.words
    if mention.head_word in words:
        words = words[: words.index(mention.head_word) + 1]
    for i, word in enumerate(words):
        if word in lexicon.OUTLET_NOUNS:
            if _modifies_name_word(mention, words, i):
                continue
            if word in lexicon.OUTLET_NEEDS_NEWS:
                window = words[max(0, i - 2) : i]
                if "news" in window or "media" in window or "state" in window or "wire" in window:
                    return True
                continue
            if word in lexicon.NAME_PART_OUTLET_WORDS:
                # Only as part of a proper name or "media outlet": "the Press" alone is too vague,
                # and "the paper" may be a study.
                if mention.proper or (i + 1 < len(words) and words[i + 1] in lexicon.OUTLET_NOUNS):
                    return True
                continue
            return True
    return False


def _named_agency(mention: Mention) -> bool:
    """"the Norpress agency": a name right before a lower-case "agency" is a news agency's, as
    "the Reuters agency" is. A capitalised "Agency" is part of a public body's name ("the
    Environment Agency"), and a noun between ("the UN refugee agency", "the EU's border
    agency") makes it a body of the name's."""
    if mention.head_word != "agency" or "agency" not in mention.words[1:] or not mention.name:
        return False
    i = mention.words.index("agency")
    if "agency" in mention.name.lower().split():
        return False
    if not mention.span.text.rstrip(".,").endswith("agency"):
        return False  # "the Meridian Agency": the capital makes it a name
    return mention.words[i - 1] == mention.name.lower().split()[-1] and not mention.possessor


def _add_description(descriptions: list[str], desc: str) -> None:
    """Add ``desc`` unless it says nothing new: "His counterpart, Foreign Minister" after "His
    counterpart" and "Foreign Minister", or one of those after it; "council leader" after
    "Council leader" (a capital at the start of a sentence is no new description)."""
    have = {d.casefold() for d in descriptions}
    if desc.casefold() in have:
        return
    parts = [p.strip().casefold() for p in desc.split(",")]
    if len(parts) > 1 and all(p in have for p in parts):
        return
    if any(desc.casefold() in [p.strip() for p in d.split(",")] for d in have):
        return
    descriptions.append(desc)




def _up_to_head(mention: Mention) -> str:
    """A phrase's words up to its head ("other digital security experts" of "other digital
    security experts who ..."): what names it, without the clauses that describe it."""
    if not mention.span.start <= mention.head.end <= mention.span.end:
        return mention.head.text
    return mention.span.text[: mention.head.end - mention.span.start]


def _without_coordinator(text: str) -> str:
    """A conjunct's own words as written, without a "both" or "and" at either end."""
    words = text.strip(" ,;").split()
    while words and words[0].lower() in lexicon.COORDINATION_OPENERS | {"and", "or"}:
        words.pop(0)
    return " ".join(words)


class Registry:
    """People and organisations of one article, learned in reading order."""

    def __init__(
        self,
        *,
        writer: str | None = None,
        sentences: Sequence[Span] = (),
        quoted: Sequence[Span] = (),
        text: str = "",
        holders: Sequence[Mention] = (),
        role_subjects: Sequence[Mention] = (),
    ) -> None:
        #: The one person named in the byline: who "I" is.
        self.writer = writer
        #: The article's text: whether a club was named in full before a lone "Rovers said".
        self.text = text
        #: Where the article's lines start, and which of them open a headline
        #: (``_headline_at``): found once, for each word asked about (``_in_headline``).
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self._headline_starts = frozenset(start for start in self._line_starts if _headline_at(text, start))
        #: Where the article's sentences start, and its quotations (start, end): for a role
        #: the article never gave anyone ("the striker"), which may mean the one person the
        #: sentence before named, but not anyone named inside quoted words.
        self._sentence_starts = sorted({s.start for s in sentences})
        self._quoted = sorted((q.start, q.end) for q in quoted)
        #: Indefinite role phrases ("a passenger" in "Video posted by a passenger showed ..."):
        #: (position, role word), for a later "the passenger" that means that new one.
        self._holders = sorted((h.span.start, h.span.text.lower()) for h in holders)
        #: Unnamed people new in a role who were a sentence's subject, outside quoted words
        #: ("The second engineer, who asked not to be named, agreed."): (position, gender or
        #: "", head word, kind, descriptions, genders of others kept in focus), for a "he" or
        #: "she" right after.
        self._role_subjects = sorted(
            (m.span.start, gender_of(m) or "", m.head_word, "anonymous" if kind_of(m) == "anonymous" else "person", m.descriptions, m.others_in_focus)
            for m in role_subjects
            if not self._in_quotation(m.span.start)
        )
        self.entities: list[_Entity] = []
        self._by_token: dict[str, list[int]] = {}
        #: Speakers known only by a role ("a spokesman", "the official"): (position, gender or
        #: "" when unknown, head word, kind). They compete as antecedents of pronouns, so that
        #: "he" after "a spokesman said" is left unresolved rather than given to someone named
        #: further back, and a later "the official" or "he" after an anonymous one stays
        #: anonymous.
        self._unnamed: list[tuple[int, str, str, str]] = []
        #: Where an unnamed speaker put a question ("Asked by a reporter whether ..."): the one
        #: a "she" answering after it means is the one asked, not the asker.
        self._unnamed_askers: set[int] = set()
        #: Where an unnamed speaker said more than a question ("A nurse, who asked not to be
        #: named, said ..."): they stay one a pronoun may mean.
        self._unnamed_told: set[int] = set()
        #: What the unnamed speakers were called, by where they spoke ("Brookside teacher",
        #: "who asked not to be named because ..."): how a later "she" or "the teacher" that
        #: means the same anonymous source is described.
        self._unnamed_descriptions: dict[int, tuple[str, ...]] = {}
        #: The singular noun of the group an unnamed speaker was picked out of, by where they
        #: spoke ("person" for "one of the people familiar with the matter"): the noun a later
        #: "the person" means them by.
        self._unnamed_members: dict[int, str] = {}
        #: Where each unnamed speaker's phrase ends: a name inside it ("A resident of Orlevo")
        #: is no one met after them.
        self._unnamed_ends: dict[int, int] = {}
        #: Where an unnamed body or document spoke, and its kind ("the ministry said").
        self._things: list[tuple[int, str]] = []
        #: Speaker mentions read as a person's name because of what they said of themselves.
        self._promoted: dict[Span, Mention] = {}
        #: Where a named speaker spoke "in a statement" or "in a letter": (position, entity,
        #: noun), so that a later "the statement said" is theirs.
        self._issued: list[tuple[int, int, str]] = []
        #: The same for a body known here by a role ("The council issued a statement", "The
        #: ministry said in a statement"): (position, noun, the mention), resolved when a later
        #: "the statement said" asks, to the body named before it if there is one.
        self._issued_by_role: list[tuple[int, str, Mention]] = []
        #: Where any speaker, named or not, spoke in a statement, letter, tribute or the like
        #: ("In a tribute issued through police, Ashworth's family described him as ..."): a
        #: later "the statement said" means none said in before it.
        self._media_at: list[int] = []
        #: Questions about someone ("Renwick asked whether the accountant had ever ..."):
        #: (where the question's sentence ends, the asker), so that "She said she had not"
        #: opening the next sentence is the one asked about answering, not the asker.
        self._questions: list[tuple[int, int, str]] = []  # ... and the gender of the one asked, if known
        #: Definite groups of people that were a sentence's subject, speaking or not ("The
        #: brothers, for their part, still speak."): where, for a "they" right after.
        self._groups: list[int] = []
        #: Coordinations that spoke ("Ana Ruiz and Tom Baker said"): (position, the mention),
        #: for a "they" right after.
        self._coordinations: list[tuple[int, Mention]] = []
        #: Where a named pair that never spoke was a sentence's subject ("Ada Kell and Tom Birch
        #: opened the cafe in 2019."): a "they" means them only in the next sentence, or after
        #: sentences that all open with "they", before anyone else (a plural subject that did
        #: not speak among them) can come between.
        self._silent_pairs: set[int] = set()
        #: Where a body was named inside a speaker's own phrase ("Dunmore" in "A Dunmore nurse,
        #: who asked not to be named, said"), and where that phrase starts: no sighting of the
        #: body after the nurse, for a "she" that follows.
        self._within_speaker: dict[int, int] = {}
        #: Body nouns that were the subject of words a trailing "it said" closes ("The company
        #: will report results in February, it said."): (where the cue's speaker is, the noun),
        #: for the body the sentence is about.
        self._content_bodies: list[tuple[int, str]] = []
        #: Pronouns that close words opening with the same pronoun ("He is leaning toward
        #: Rubio, he said"): the closing pronoun's position -> the opening one's, from which it
        #: is resolved.
        self._content_pronouns: dict[int, int] = {}

    # -- learning -------------------------------------------------------------------------
    def learn_issued(self, mention: Mention, noun: str) -> None:
        """Note that someone named put out a ``noun`` without a cue ("Teodor Brannigan issued
        a statement through his lawyers"), so that a later "the statement said" is theirs."""
        if not mention.name:
            self._learn_issued_by_role(mention, noun)
            return
        index = self.resolve(mention).entity
        if index is not None:
            bisect.insort(self._issued, (mention.span.start, index, noun))

    def _learn_issued_by_role(self, mention: Mention, noun: str) -> None:
        """Note that a body known by a role put out a ``noun`` ("The council issued a
        statement", "The ministry said in a statement"), so that a later "the statement said"
        is that body's, if the article names it."""
        if not mention.name and not mention.pronoun and mention.determiner == "the" and kind_of(mention) == "organization":
            self._issued_by_role.append((mention.span.start, noun, mention))

    def learn_content_body(self, pos: int, noun: str) -> None:
        """Note that the words closed by the pronoun at ``pos`` have "the ``noun``" or a name
        for their subject ("The company will report ..., it said", "Kelvane will report ...,
        it said"): that body is what "it" means."""
        bisect.insort(self._content_bodies, (pos, noun))

    def learn_content_pronoun(self, pos: int, at: int) -> None:
        """Note that the words closed by the pronoun at ``pos`` open with the same pronoun at
        ``at`` ("He is leaning toward Rubio, he said"): both mean the one met before the words,
        so the pronoun is resolved as from ``at``, and a name inside the words is not it."""
        self._content_pronouns[pos] = at

    def learn(
        self,
        mention: Mention,
        *,
        spoke: bool = False,
        kind: str | None = None,
        asked: bool = False,
        self_pronoun: str = "",
        media: tuple[str, ...] = (),
        question_end: int | None = None,
        asked_gender: str = "",
    ) -> int | None:
        """Register a named mention; returns the entity index, or None for unnamed ones.

        ``spoke``: the mention is a cue's speaker; ``asked``: and the cue put a question;
        ``self_pronoun``: "he", "she", "it" or "its" opening what they said ("Voss said he
        expected ...", "Wells Fargo said it had settled");
        ``media``: the statement nouns of where they said it ("in a statement");
        ``question_end``: where the sentence ends, when the cue asked about someone;
        ``asked_gender``: that one's gender, when known ("asked him whether")."""
        if mention.parts:
            return self._learn_coordination(mention, spoke=spoke)
        index = self._learn(mention, spoke=spoke, kind=kind, asked=asked, self_pronoun=self_pronoun)
        if index is not None and spoke and self_pronoun in ("it", "its"):
            self.entities[index].said_it = True
        if index is not None and spoke and asked and question_end is not None:
            bisect.insort(self._questions, (question_end, index, asked_gender))
        if index is not None and spoke:
            for noun in media:
                bisect.insort(self._issued, (mention.span.start, index, noun))
        elif index is None and spoke:
            for noun in media:
                self._learn_issued_by_role(mention, noun)
        if spoke and media:
            bisect.insort(self._media_at, mention.span.start)
        return index

    def _learn(self, mention: Mention, *, spoke: bool, kind: str | None, asked: bool, self_pronoun: str) -> int | None:
        common = self._headline_noun(mention)
        common = None if common is mention else common
        if mention.label == LONE_SUBJECT:
            # "Vollmer bristled when asked about that.", a surname the tagger read as a common
            # noun: only someone named in full before, never a new entity ("Board Of Elections
            # Finds", "Woman Reveals" in a headline).
            known = self._match(_tokens(mention.name or ""), mention.span.start, "person")
            if known is None or self.entities[known].kind != "person" or not self._named_person(known):
                return None
            mention = replace(mention, label="PERSON")
        if not mention.name and not mention.pronoun and mention.subject and _people_group(mention):
            # "The brothers, for their part, still speak. They said ...": a group "they" means.
            bisect.insort(self._groups, mention.span.start)
            if not spoke:
                return None
        if common is not None:
            mention = common  # "Whistleblower tells tribunal she was ...": no one's name
        elif spoke and self_pronoun in ("he", "she"):
            # "Voss said he expected ...": a lone capitalised word that says "he" of itself is
            # a person's name, whether the tagger read it as a noun or an organisation.
            named = _lone_name(mention)
            if named is not None:
                self._promoted[mention.span] = named
                mention, kind = named, "person"
        mention = _relative_object_read_as_head(_surname_read_as_plural(mention))
        principal = _principal(mention)
        if principal is not None:
            self._within_speaker[principal.span.start] = mention.span.start
            # "A Halbrook spokesperson said": Halbrook is a body met here, the speaker unnamed.
            known = self._match(_tokens(principal.name or ""), principal.span.start + 1, "unknown")
            if known is None or self.entities[known].kind not in ("person", "outlet"):
                body = kind_of(principal)
                self.learn(principal, kind=body if body in ("person", "outlet") else "organization")
            else:
                self.learn(principal)
            kind = None
        mention = _unnamed(mention)
        kind = kind or kind_of(mention)
        if spoke and not mention.name and not mention.pronoun and (mention.plural or _collective(mention)):
            # "One critic called it ... Prewitt said ... "...," she said": a surname the tagger
            # read as a plural noun is the Joanna Prewitt met before, no unnamed group.
            known = self._named_before(mention, mention.span.start)
            if known is not None and known.entity is not None:
                return self._seen_again(known.entity, mention.span.start, asked)
        if spoke and not mention.name and not mention.pronoun and (mention.plural or _collective(mention)) and kind in ("person", "anonymous", "unknown", "organization"):
            # "The researchers said ... They cautioned ...": a group that "they" may mean.
            if kind != "anonymous" and self.resolve(mention).kind == "anonymous":
                # "citing people familiar with the matter ... the people said": as anonymous
                # as they were, for a "One of them said" after.
                kind = "anonymous"
            bisect.insort(self._unnamed, (mention.span.start, "plural", mention.head_word, kind))
            self._describe_unnamed(mention)
            return None
        if spoke and not mention.name and not mention.pronoun and not mention.plural and not mention.possessor and kind in ("organization", "document", "unknown"):
            # "The national guidance says ... It adds": an unnamed body or document that speaks
            # is what a following "it" means, unless it is a body already named (or one whose
            # owner is named: "the paper's editorial board" is the paper's).
            if self.resolve(mention).entity is None:
                bisect.insort(self._things, (mention.span.start, kind))
        if spoke and not mention.name and not mention.pronoun and kind in ("person", "anonymous") and not mention.plural:
            # "The minister added ...": a role that names someone already met is that person
            # speaking, and "she" right after it is them too.
            res = self.resolve(mention, near=False)
            if res.resolution == "role" and res.entity is not None:
                ent = self.entities[res.entity]
                if not self._in_headline(mention.span.start):
                    # A headline's role ("Minister defends rail budget") is a guess at whom
                    # the story names later: no sighting that draws a "he" to them.
                    for positions in (ent.spoke_at, ent.positions, ent.subject_at):
                        bisect.insort(positions, mention.span.start)
                return res.entity
            res = self.resolve(mention)
            if res.resolution == "role" and res.entity is not None:
                # A role taken for the one person named just before (``_sole_person_before``)
                # is them, but a guess from where they stand: it is no unnamed speaker a later
                # "he" must stop at, and no sighting that draws it to them ("... the Texas
                # senator said. As for Trump, he said").
                return res.entity
            if _generic_object(mention):
                return None
            if res.kind == "anonymous" and res.resolution == "none" and kind != "anonymous":
                # "One official, who asked not to be named, said ... the official said ... he
                # added": the same anonymous source each time.
                kind, mention = "anonymous", replace(mention, descriptions=res.descriptions)
            bisect.insort(self._unnamed, (mention.span.start, gender_of(mention) or "", mention.head_word, kind))
            (self._unnamed_askers if asked else self._unnamed_told).add(mention.span.start)
            self._describe_unnamed(mention)
            return None
        if spoke and mention.pronoun and mention.head_word in ("he", "she"):
            self._person_by_pronoun(mention)
        if spoke and not mention.name and mention.determiner == "the" and _company_head(mention):
            self._body_by_company_noun(mention)
        if not mention.name:
            known = self._named_before(mention, mention.span.start) if spoke and not mention.pronoun else None
            if known is not None and known.entity is not None:
                # "Morrow said after the meeting ...", a surname the recognizer did not read: the
                # Janet Morrow met before speaks here, and is the one a "she" right after means.
                return self._seen_again(known.entity, mention.span.start, asked)
            return None
        name = outlet_name(mention.name) or _clean_name(mention.name)
        toks = _tokens(name)
        if not toks:
            return None
        known = self._by_handle(name, mention.span.start)
        if known is not None:
            # "@JoannaMarrow wrote": the person named in full before, by her handle.
            name, toks, kind = self.entities[known].name, self.entities[known].tokens, self.entities[known].kind
        sex = gender_of(mention)
        index = self._match(toks, mention.span.start, kind, sex)
        if index is None and len(toks) > 1 and not _body_words(toks[:-1]):
            # "Jamal Osei" found for an "Osei" registered alone: the same one, now named in full.
            # Not "the Dockworkers' Union of Vellmar" for a "Vellmar" the tagger took for a
            # person: a body's name ends in a place, not a surname.
            index = self._match(toks[-1:], mention.span.start, kind, sex)
            if index is not None and (self.entities[index].tokens != toks[-1:] or _called_a_body(self.entities[index], kind)):
                index = None
        if index is None and len(toks) > 1 and kind == "organization":
            # "Kestrel Energy" found for a "Kestrel" registered alone as a body: the same one.
            index = self._match(toks[:1], mention.span.start, kind)
            if index is not None and (self.entities[index].tokens != toks[:1] or self.entities[index].kind not in ("organization", "unknown")):
                index = None
        if kind not in ("person", "organization", "outlet") and index is None and not (spoke and kind == "unknown") and journal_name(mention) is None:
            # A lone "Okafor" the tagger did not label is someone only if met before or speaking;
            # a named journal is what a later "the journal" means.
            return None
        if index is None:
            index = len(self.entities)
            self.entities.append(_Entity(name=name, kind=kind, tokens=toks, label=mention.label))
            for tok in toks:
                self._by_token.setdefault(tok, []).append(index)
        ent = self.entities[index]
        if len(toks) == 1 and sex is None and ent.kind == "person" and ent.named_gender and mention.subject and not spoke and not mention.descriptions:
            # "Achterberg bristled" after "Rosalind Achterberg" and "her son, Daniel Achterberg":
            # either of them, as far as a later "she" or "he" can tell.
            for other in self._by_token.get(toks[0], ()):
                them = self.entities[other]
                if other != index and them.kind == "person" and them.named_gender not in (None, ent.named_gender):
                    them.shared_at.append((mention.span.start, False, True))
        if (
            ent.kind in ("organization", "unknown")
            and kind in ("person", "outlet")
            and not _company_name(ent.name)
            and len(toks) >= len(ent.tokens)
            and not (len(toks) == 1 and _called_a_body(ent, kind))
        ):
            # The tagger's ORG on "RTV" yields to "state broadcaster RTV said"; a bare name to a
            # later "Ms. Tull" or "Amanda Reyes". A part of the name does not: "Veltra" read as
            # a person leaves "Veltra Motors" a company; nor does the tagger's PERSON on a later
            # bare "Corvane" turn "Corvane, the electronics maker" into a person.
            ent.kind = kind
        elif ent.kind == "person" and kind == "organization" and toks == ent.tokens and ent.gender is None and (
            _described_as_company(mention)
            or (_company_named(mention) and not (ent.roles and _trade_name(mention.name)))
            or _body_named_before_noun(mention)
        ):
            # The recognizer's PERSON on "Teverin Pharma" yields to "The manufacturer of the
            # drug, Teverin Pharma, said"; not "Councillor Siobhan Power" to a later bare
            # "Siobhan Power" (a role given marks a person whose surname is a trade's word).
            ent.kind = kind
        if len(toks) > len(ent.tokens) and set(ent.tokens) <= set(toks):
            ent.name, ent.tokens = name, toks
            for tok in toks:
                if index not in self._by_token.setdefault(tok, []):
                    self._by_token[tok].append(index)
        elif toks == ent.tokens and ent.name.isupper() and not name.isupper():
            ent.name = name  # "DANA PRITCHARD:" labels a transcript's turns; "Dana Pritchard" is her name
        pos = mention.span.start
        bisect.insort(ent.positions, pos)
        if len(toks) == 1 and toks[0] == ent.tokens[-1] and not self._in_quotation(pos) and not _titled(mention.span.text):
            # Not 'addressed to "Mr. and Mrs. Khan"'; nor "Mr. Ortega", the courtesy each
            # Ortega gets: no sign which one the article goes on with by a bare "Ortega".
            bisect.insort(ent.alone_at, pos)
        if mention.span not in ent.mention_set:
            ent.mention_set.add(mention.span)
            ent.mentions.append(mention.span)
        for desc in mention.descriptions:
            _add_description(ent.descriptions, desc)
        ent.roles |= _roles(mention.descriptions)
        ent.former_roles |= _roles(mention.descriptions, "former")
        ent.current_roles |= _roles(mention.descriptions, "current")
        ent.gender = ent.gender or sex
        if toks == ent.tokens:
            ent.named_gender = ent.named_gender or sex
        ent.place = ent.place or mention.label == "GPE"
        ent.described_body = ent.described_body or _said_to_be_body(mention)
        if spoke:
            bisect.insort(ent.spoke_at, pos)
            if asked:
                bisect.insort(ent.asked_at, pos)
        if spoke or (mention.subject and not self._in_quotation(pos)):
            # A subject inside quoted words ('"Le patrimoine ... appartient à tous les
            # Québécois," she wrote') is the subject of what was said, not the article's topic.
            bisect.insort(ent.subject_at, pos)
        return index

    def _seen_again(self, index: int, pos: int, asked: bool) -> int:
        """Record that the entity ``index``, met before, speaks at ``pos`` (and was asked, if
        ``asked``): the one a "she" right after means. Returns ``index``."""
        ent = self.entities[index]
        for positions in (ent.positions, ent.spoke_at, ent.subject_at, *((ent.asked_at,) if asked else ())):
            bisect.insort(positions, pos)
        return index

    def _named_person(self, index: int) -> bool:
        """Whether the entity is a person the article gave a name: in full ("Ruth Vollmer"), or
        by a first name alone that was set beside an age or a description ("Teodor, 71, a
        retired bus driver"), which an article goes on calling them by ("Teodor, meanwhile,
        has been sleeping at his daughter's flat. He said ...")."""
        ent = self.entities[index]
        return len(ent.tokens) >= 2 or bool(ent.descriptions)

    def _learn_coordination(self, mention: Mention, *, spoke: bool) -> None:
        """"Ana Ruiz and Tom Baker said": each is learned, so that a later "Baker" is Tom Baker,
        but the pair is no entity of its own: no later "he" or "she" takes the pair's words as
        one person's. Only the first named counts as having spoken (and as the subject), as
        when the phrase was read as the first one alone: the one an article leads with is the
        one a later lone "he" most often goes on with. On PolNeAR train, counting every part
        as a speaker, or none, moved several "he"/"she" to someone else, mostly wrongly.
        Returns None: no one entity spoke."""
        for k, part in enumerate(mention.parts):
            first = k == 0
            part = self._own_surname(part) if first else replace(self._own_surname(part), subject=False)
            self._learn(part, spoke=spoke and first, kind=None, asked=False, self_pronoun="")
        if spoke:
            # "... They added": the pair, as a group that "they" may mean (see ``_pronoun``).
            res = self.resolve(mention)
            bisect.insort(self._unnamed, (mention.span.start, "plural", mention.head_word, res.kind))
        silent = not spoke and _named_pair_subject(mention)
        if spoke or silent:
            bisect.insort(self._coordinations, (mention.span.start, mention), key=lambda c: c[0])
        if spoke:
            self._silent_pairs.discard(mention.span.start)
        elif silent:
            self._silent_pairs.add(mention.span.start)
        return None

    def _they_ever_since(self, earlier: int, later: int) -> bool:
        """Whether every sentence between the one holding ``earlier`` and the one holding
        ``later`` keeps the pair in view: it opens with "they" ("Ada Kell and Tom Birch opened
        the cafe. They said business was slow. They added ...") or speaks of them ("Whitfield
        said she expected them to win."). Otherwise someone else may have come in as a subject
        between ("Health inspectors visited in May.")."""
        first = bisect.bisect_right(self._sentence_starts, earlier)
        last = bisect.bisect_right(self._sentence_starts, later) - 1
        starts = self._sentence_starts
        return all(
            self.text[start : start + 5].lower() == "they "
            or _PAIR_IN_VIEW.search(self.text, start, starts[k + 1] if k + 1 < len(starts) else len(self.text)) is not None
            for k, start in enumerate(starts[first:last], start=first)
        )

    def _describe_unnamed(self, mention: Mention) -> None:
        """Keep what an unnamed speaker was called, the fullest of the readings of one phrase
        ("One nurse, who asked not to be named, said" is learned with and without its clause)."""
        known = self._unnamed_descriptions.get(mention.span.start, ())
        member = _partitive_member(mention)
        if member:
            self._unnamed_members[mention.span.start] = member
        self._unnamed_ends[mention.span.start] = max(mention.span.end, self._unnamed_ends.get(mention.span.start, 0))
        if len(mention.descriptions) >= len(known):
            self._unnamed_descriptions[mention.span.start] = mention.descriptions

    def _same_anonymous(self, where: int, head: str, descriptions: tuple[str, ...] = ()) -> Resolved:
        """The anonymous source who spoke at ``where`` met again through a pronoun or a role:
        "A Brookside teacher, who asked not to be named because she feared retaliation, said
        ... "...," she said" is that teacher, described as she was there (and by her head
        word), so that a reader and the citation checker see one source. Still unnamed: no
        name was found, so the resolution stays "none"."""
        said = [d for d in (*self._unnamed_descriptions.get(where, ()), *descriptions) if d]
        out: list[str] = []
        for desc in said:
            _add_description(out, desc)
        if head and head not in out:
            out.append(head)  # "teacher": what the citation checker finds the source by
        return Resolved(None, "anonymous", tuple(out), "none")

    def _own_surname(self, part: Mention) -> Mention:
        """A part given the surname of the full name after it ("Khizr and Ghazala Khan": "Khizr"
        named Khizr Khan, see ``frames._conjunct_mentions``) keeps only its own word when the
        article knows someone by that word alone or with another surname ("Trump and Ivana
        Kessler" after "Donald Trump"): that one, not a new member of the family."""
        given = part.head.text
        if not part.name or len(given.split()) != 1 or len(part.name.split()) != 2 or part.name.split()[0] != given:
            return part
        known = self._match(_tokens(given), part.span.start, "unknown")
        if known is None or len(self.entities[known].tokens) < 2 or self.entities[known].tokens[-1:] == _tokens(part.name)[-1:]:
            return part
        return replace(part, name=given)

    def _resolve_coordination(self, mention: Mention, lemma: str | None) -> Resolved:
        """Who a coordination is: each part resolved as a single speaker would be, named
        together ("Ana Ruiz and Tom Baker", "Ana Ruiz, Tom Baker and Li Wei").

        A part that cannot be resolved keeps the words that name it, without the clauses that
        describe it ("Ana Ruiz and her deputy", "Steve Ward and other security experts"): the
        name says what the article says, no less (the named ones are on record) and no more
        (quotecheck never invents a name). When no part resolves the name is None, as for a
        single unnamed speaker.

        The kind is the one most of the named parts have (of all parts when none is named),
        ties going to the earliest: "Ana Ruiz and the Harbour Trust" is a person's statement
        made with a body, as the first-named speaker's kind was reported before coordinations
        were read, and one part the recognizer mislabels ("Carly Fiorina" read as an
        organisation) does not relabel the rest. ``resolution`` is the weakest of the named
        parts' ("name" < "alias" < "role" < "pronoun"), or "none" when none is named."""
        results = [self.resolve(self._own_surname(part), lemma=lemma) for part in mention.parts]
        named = [r for r in results if r.name]
        if not named:
            names = None
        else:
            words = [r.name if r.name else _without_coordinator(_up_to_head(part)) for part, r in zip(mention.parts, results)]
            words = list(dict.fromkeys(w for w in words if w))  # "Ruiz and Ana Ruiz" is one person
            names = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        kinds = Counter(r.kind for r in (named or results))
        kind = kinds.most_common(1)[0][0]  # ties go to the earliest part (Counter keeps order)
        resolution = max((r.resolution for r in named), key=RESOLUTIONS.index, default="none")
        descriptions = tuple(dict.fromkeys(d for r in results for d in r.descriptions))
        parts = tuple(dict.fromkeys(r.entity for r in results if r.entity is not None))
        return Resolved(names, kind, descriptions, resolution, None, parts)

    def _spoke_last(self, pos: int) -> tuple[int | None, int]:
        """The entity that spoke last before ``pos``, and where (None and -1 when nobody has)."""
        best, best_pos = None, -1
        for i, ent in enumerate(self.entities):
            last = _last(ent.spoke_at, pos)
            if last > best_pos:
                best, best_pos = i, last
        return best, best_pos

    def _person_by_pronoun(self, mention: Mention) -> None:
        """"Okonkwo said ... She added": with no person or unnamed speaker for "she" to mean, the
        one who spoke last, a lone capitalised word the tagger took for an organisation, is a
        person (a surname it did not know), not a body called Okonkwo."""
        pos = mention.span.start
        gender = "male" if mention.head_word == "he" else "female"
        best, best_pos = self._spoke_last(pos)
        if best is None or pos - best_pos > PRONOUN_WINDOW:
            return
        # Nobody the pronoun may mean is named, or spoke unnamed, since.
        for ent in self.entities:
            if ent.kind == "person" and ent.gender in (None, gender) and (ent.last_before(pos) or -1) >= best_pos:
                return
        if self._unnamed_before(pos, pos - best_pos, lambda sex, head: sex in ("", gender)):
            return
        ent = self.entities[best]
        if not ent.place and not ent.described_body and _could_be_person(ent.name, ent.kind, ent.label, said_it=ent.said_it):
            ent.kind, ent.gender = "person", gender

    def _body_by_company_noun(self, mention: Mention) -> None:
        """"Lumenfield said ... "...," the company wrote": with no organisation for "the
        company" to mean, the one who spoke last, a lone capitalised word the tagger took for a
        person but no known given name or surname, with no gender or role, is a company. When
        "the company" does mean a body met before, it is a sighting of it that spoke: "Aquarel,
        the utility, ... The company has said ... it said" (see ``_pronoun``)."""
        pos = mention.span.start
        known = self.resolve(mention).entity
        if known is not None:
            ent = self.entities[known]
            for positions in (ent.spoke_at, ent.positions):
                if pos not in positions:
                    bisect.insort(positions, pos)
            return
        best, best_pos = self._spoke_last(pos)
        if best is None or pos - best_pos > PRONOUN_WINDOW:
            return
        ent = self.entities[best]
        # "Parcelwise said ... The company wrote": a lone name the tagger gave no kind is the
        # company just as well.
        if ent.kind in ("person", "unknown") and len(ent.tokens) == 1 and ent.gender is None and not ent.roles and not _lone_personal_name(ent.name):
            ent.kind = "organization"

    def _by_handle(self, name: str, pos: int) -> int | None:
        """The person a social-media handle names in full ("@JoannaMarrow": Joanna Marrow),
        when the article has named them so."""
        handle = _handle_words(name)
        known = self._match(handle, pos, "person") if handle else None
        return known if known is not None and self.entities[known].tokens == handle else None

    def _spelled_out(self, name: str, pos: int) -> int | None:
        """The body or outlet an acronym stands for, named in full within ``ROLE_WINDOW`` before
        ``pos``: "Northern Press Service quoted ... Several delegates told NPS" gives Northern
        Press Service, whether or not the article wrote "(NPS)" after it."""
        acronym = _acronym(name)
        if acronym is None:
            return None
        return self._recent(
            pos, ROLE_WINDOW, lambda e: e.kind in ("organization", "outlet", "unknown") and len(e.tokens) > 1 and acronym in _initials(e.name)
        )

    def knows(self, mention: Mention) -> bool:
        """Whether a named mention matches someone registered under a longer name."""
        toks = _tokens(_clean_name(mention.name)) if mention.name else ()
        index = self._match(toks, mention.span.start + 1, "unknown", gender_of(mention)) if toks else None
        return index is not None and len(self.entities[index].tokens) > len(toks)

    def _match(self, toks: tuple[str, ...], pos: int, kind: str, gender: str | None = None) -> int | None:
        """An entity whose name contains every token of ``toks`` (most recently seen first).

        ``gender``: what the mention says of the one it names ("Ms. Okafor": female). An entity
        named in full as one of the other gender is not them (the son "Chinedu Okafor"); one
        whose gender is unknown, or known only from a surname it shares, may be."""
        candidates = None
        for tok in toks:
            found = set(self._by_token.get(tok, ()))
            candidates = found if candidates is None else candidates & found
        if candidates and gender:
            candidates = {i for i in candidates if self.entities[i].named_gender in (None, gender)}
        if candidates and len(toks) == 1:
            candidates = self._by_surname_alone(candidates, toks[0], pos)
        if not candidates:
            return None
        if len(toks) == 1 and kind == "organization" and (founder := self._founder(candidates, toks[0])) is not None:
            return founder
        if len(toks) == 1:
            candidates = self._body_met_before(candidates, toks, pos)
        same_kind = [i for i in candidates if self.entities[i].kind == kind or kind == "unknown"] or list(candidates)
        return max(same_kind, key=lambda i: self.entities[i].last_before(pos + 1) or -1)

    def _body_met_before(self, candidates: set[int], toks: tuple[str, ...], pos: int) -> set[int]:
        """"Corvane, the electronics maker, will close ... Corvane declined to comment. ...
        Chief executive Martin Corvane said": a lone word that the article has already given
        as a company's name, which it said the company is, means that company, not a person
        named by it only later. ``candidates`` narrowed to that company, if there is one."""
        bodies = {i for i in candidates if _called_a_body(self.entities[i], "person") and self.entities[i].tokens == toks and self.entities[i].last_before(pos + 1) is not None}
        if not bodies or any(self.entities[i].last_before(pos + 1) is not None for i in candidates - bodies):
            return candidates
        return bodies

    def _founder(self, candidates: set[int], word: str) -> int | None:
        """"Tobias Brightwell founded the start-up Brightwell Pay. ... Brightwell told investors":
        a lone word that is a person's surname and only the first word of a body's name is the
        person, whom news calls by the surname alone, even where the recognizer read a body; the
        body goes by its name or "the company". The person, if exactly one such person and only
        such bodies are among ``candidates``; else None."""
        people = [i for i in candidates if self.entities[i].kind == "person" and len(self.entities[i].tokens) > 1 and self.entities[i].tokens[-1] == word]
        bodies = [i for i in candidates if i not in people]
        if len(people) != 1 or not bodies:
            return None
        if all(self.entities[i].kind == "organization" and len(self.entities[i].tokens) > 1 and self.entities[i].tokens[0] == word for i in bodies):
            return people[0]
        return None

    def _shared_surname(self, toks: tuple[str, ...], pos: int, gender: str | None) -> bool:
        """Whether the lone surname ``toks`` may mean two or more people named in full before
        ``pos``, of ``gender`` when known ("Rafael Ortega ... Tomas Ortega ... Ortega said")."""
        if len(toks) != 1:
            return False
        people = [
            e
            for i in self._by_token.get(toks[0], ())
            for e in (self.entities[i],)
            if e.kind == "person" and len(e.tokens) > 1 and e.tokens[-1] == toks[0] and e.positions and e.positions[0] < pos and e.named_gender in (None, gender or e.named_gender)
        ]
        # "Tobias Brightwell ... Brightwell Pay ... Brightwell said": the founder, most likely
        # (see ``_founder``), but the company may go by that word too.
        bodies = [
            e
            for i in self._by_token.get(toks[0], ())
            for e in (self.entities[i],)
            if e.kind == "organization" and len(e.tokens) > 1 and e.tokens[0] == toks[0] and e.positions and e.positions[0] < pos
        ]
        return len(people) > 1 or (len(people) == 1 and bool(bodies))

    def _by_surname_alone(self, candidates: set[int], surname: str, pos: int) -> set[int]:
        """Of several people named in full with the surname ``surname``, the ones the article
        has called by it alone up to ``pos``, if any: "Aurelia Vance ... "...," Vance says. Her
        mother, Greta Vance, ... Vance is less sentimental": the bare surname stays Aurelia's,
        though the mother was named since."""
        people = {
            i for i in candidates if self.entities[i].kind == "person" and len(self.entities[i].tokens) > 1 and self.entities[i].tokens[-1] == surname
        }
        if len(people) < 2:
            return candidates
        called = {i for i in people if self.entities[i].alone_at and self.entities[i].alone_at[0] <= pos}
        return (candidates - people) | called if called else candidates

    # -- resolving ------------------------------------------------------------------------
    def resolve(
        self, mention: Mention, *, lemma: str | None = None, other_than: int | tuple[int, ...] | None = None, near: bool = True
    ) -> Resolved:
        """Who ``mention`` is; ``other_than`` is an entity it cannot be (the speaker, for the
        "her" they spoke to), or several (each of two who spoke, for the "them" they told);
        ``near``: whether a role nobody was given may be the one person named just before
        (``_sole_person_before``)."""
        return self._speaking_for(mention, self._resolve(mention, lemma=lemma, other_than=other_than, near=near))

    def _resolve(self, mention: Mention, *, lemma: str | None, other_than: int | tuple[int, ...] | None, near: bool) -> Resolved:
        """Who ``mention`` is, before ``_speaking_for`` looks for the body a spokesperson speaks
        for: the steps below in turn ("its report", "the authors", "she", "Rovers", "the
        22-year-old", "Daria", "Ana Ruiz", "the agency", "the woman", "the mayor", "the
        council", "the source"); the order matters, as a mention may fit more than one."""
        if mention.parts:
            return self._resolve_coordination(mention, lemma)
        promoted = self._promoted.get(mention.span)
        mention = promoted if promoted is not None else self._headline_noun(_unnamed(_relative_object_read_as_head(_surname_read_as_plural(mention))))
        if (res := self._by_owner(mention)) is not None:
            return res
        kind = kind_of(mention, lemma=lemma)
        pos = mention.span.start
        if (res := self._by_document_or_group(mention, kind, pos)) is not None:
            return res
        if mention.pronoun and mention.head_word in lexicon.WRITER_PRONOUNS:
            # "I said that we would wait": the writer, named if the byline names one person.
            return Resolved(self.writer, "person", (WRITER,), "pronoun" if self.writer else "none")
        if mention.pronoun:
            return self._pronoun(mention, pos, kind, lemma, other_than)
        if _is_epithet(mention) and (res := self._by_epithet(mention, pos)) is not None:
            return res
        if (res := self._by_capitalised_noun(mention, pos)) is not None:
            return res
        if _is_age(mention):
            return self._by_age(mention, pos)
        if (partial := _partial_name(mention)) is not None:
            return self._by_partial_name(mention, partial, kind, pos)
        if kind == "anonymous":
            known = self._named_before(mention, pos)
            if known is not None:
                return known
            return Resolved(None, "anonymous", mention.descriptions, "none")
        if (res := self._another_anonymous(mention, pos)) is not None:
            return res
        if kind == "document" and (journal := journal_name(mention)) is not None:
            return Resolved(journal, kind, mention.descriptions, "name")
        if kind == "document" and _described_as_document(mention):
            # "The Ferris Guide, a 40-page booklet": the document goes by its own title.
            return Resolved(_clean_name(mention.name or ""), kind, mention.descriptions, "name")
        if mention.name and kind in ("person", "organization", "outlet", "unknown"):
            return self._by_name(mention, kind, pos)
        if (res := self._by_outlet_noun(mention, kind, pos, lemma)) is not None:
            return res
        if (res := self._by_sex_noun(mention, pos)) is not None:
            return res
        if lexicon.role_noun(mention.head_word) and mention.determiner in ("the", "this", "that", ""):
            return self._by_role(mention, kind, pos, near=near)
        if mention.determiner in ("the", "") and not mention.possessor and (body := self._body_by_role_stem(mention, mention.head_word, pos)) is not None:
            # "the regulator", "the watchdog": no person's role, a body's (see ``_by_role``).
            ent = self.entities[body]
            return Resolved(ent.name, "organization", tuple(ent.descriptions), "role", body)
        if (res := self._by_body_noun(mention, kind, pos)) is not None:
            return res
        if (res := self._by_headline_noun(mention, pos)) is not None:
            return res
        if (res := self._by_account_noun(mention, pos)) is not None:
            return res
        if (res := self._by_unnamed_source(mention, kind, pos)) is not None:
            return res
        return Resolved(None, kind, mention.descriptions, "none")

    def _in_headline(self, pos: int) -> bool:
        """Whether ``pos`` lies on a headline's line (``_headline_at``): "rival's coach" in "Reyes
        wins Larchmere Open as rival's coach blames schedule"."""
        return self._line_starts[bisect.bisect_right(self._line_starts, pos) - 1] in self._headline_starts

    def _headline_noun(self, mention: Mention) -> Mention:
        """"Whistleblower tells tribunal she was sidelined": a lone capitalised word on a
        headline's line that the article never writes so again is a common noun the headline
        capitalised, no name; a name there ("Reyes wins ...") comes back in the story. A name
        the recognizer found stays one unless the word is a known common noun or the story
        writes it in lower case: "Tesco to close 20 stores ... The supermarket chain said". Only
        a capitalised word: a handle on an embedded post's line ("@marrowmum · Nov 14") is a
        name. A name of several words on a headline's line may open with a company noun that is
        no word of it (``_headline_trade_noun``)."""
        name = mention.name
        if name and " " in name and mention.span.text == name and self._in_headline(mention.span.start):
            return self._headline_trade_noun(mention)
        if not name or not name[:1].isupper() or " " in name or mention.span.text != name or not self._in_headline(mention.span.start):
            return mention
        if self._written_again(name):
            return mention
        word = name.lower()
        common = lexicon.role_noun(word) or word in _HEADLINE_COMMON_NOUNS
        if mention.label in ("ORG", "PERSON") and not common and not re.search(rf"\b{re.escape(word)}\b", self.text):
            return mention
        return replace(mention, name=None, proper=False, label="")

    def _written_again(self, name: str) -> bool:
        """Whether the article writes ``name`` more than once, as a word of its own (not inside
        a handle or a longer word): a headline's capitalised words written so again are a name."""
        return len(re.findall(rf"(?<![\w@#]){re.escape(name)}(?!\w)", self.text)) > 1

    def _headline_trade_noun(self, mention: Mention) -> Mention:
        """"Retailer Brightmart says hackers stole data": a headline capitalises the company
        noun it sets before a body's name (``lexicon.COMPANY_NOUNS``); the noun says what the
        body is and is no word of its name, unless the story writes the two together again
        ("Carrier Global", a name), or a person's name follows it (a given name, or two words
        the recognizer calls a person: "Broadcaster Dana Mireille")."""
        name = mention.name or ""
        first, _, rest = name.partition(" ")
        if first.lower() not in lexicon.COMPANY_NOUNS or not rest[:1].isupper():
            return mention
        if rest.split()[0].lower() in lexicon.GIVEN_NAMES or (mention.label == "PERSON" and len(rest.split()) > 1):
            return mention  # "Broadcaster Dana Mireille says ...": a person, whatever her trade
        if self._written_again(name):
            return mention
        start = mention.span.start + len(first) + 1
        head = Span(start, mention.span.end, rest)
        return replace(mention, head=head, name=rest, head_word=first.lower(), label="ORG")

    def _another_anonymous(self, mention: Mention, pos: int) -> Resolved | None:
        """"A senior officer, who spoke on condition of anonymity, said ... Another officer
        said": one more unnamed holder of the role an anonymous source just spoke in speaks on
        the same terms, anonymous too (a different source, so not ``_same_anonymous``)."""
        head = mention.head_word
        if mention.name or mention.pronoun or mention.plural or mention.possessor or head not in mention.words:
            return None
        if not lexicon.ANOTHER_ONE_WORDS & set(mention.words[: mention.words.index(head)]):
            return None
        found = self._unnamed_speaker_before(pos, PRONOUN_WINDOW, lambda sex, h: sex != "plural" and h == head)
        if found is None or found[0] != "anonymous":
            return None
        return Resolved(None, "anonymous", mention.descriptions, "none")

    def _by_owner(self, mention: Mention) -> Resolved | None:
        """"Kestrel's annual report", "figures released by the Northvale Health Board", "the
        state chapter of the Peoples Progressive Congress": the body that owns, issued or
        speaks through what the phrase names, if it names one."""
        if mention.possessor and mention.head_word in lexicon.DOCUMENT_NOUNS and not mention.name:
            owner = self._owner(mention, mention.possessor)
            if owner is not None:
                return owner
        if not mention.name and (by := issuer(mention)) is not None:
            # "figures released by the Northvale Health Board": the Board's, as "the Board's
            # figures" would be.
            return self._owner(mention, by) or Resolved(_clean_name(by), "organization", mention.descriptions, "name")
        if not mention.name and (body := _branch_of(mention)) is not None:
            # "the state chapter of the Peoples Progressive Congress": the party speaks, through
            # the branch the phrase names.
            known = self._owner(mention, body)
            branch = (*mention.descriptions, _up_to_head(mention))
            if known is not None and known.kind == "organization":
                return replace(known, descriptions=(*known.descriptions, *branch))
            return Resolved(_clean_name(body), "organization", branch, "name")
        return None

    def _by_document_or_group(self, mention: Mention, kind: str, pos: int) -> Resolved | None:
        """"the authors write", "the statement said", "One of them said": the document, issuer
        or group the article met before, speaking through the phrase."""
        if kind == "document" and _authors(mention):
            # "A study published in the Journal of Marine Cognition found ... the authors write
            # that ...": the document the article last named speaks through them.
            # A journal publishes the paper; its authors are not the journal's.
            index = self._recent(pos, ROLE_WINDOW, lambda e: e.kind == "document" and _SCHOLARLY.match(e.name) is None)
            if index is not None:
                ent = self.entities[index]
                return Resolved(ent.name, "document", mention.descriptions, "role", index)
            return Resolved(None, "document", mention.descriptions, "none")
        if (
            not mention.name
            and not mention.possessor
            and (mention.determiner in ("the", "this", "that") or _sequel(mention))
            and not {"by", "from", "of"} & set(mention.words)  # "the statement by the two"
            and (issued := self._issued_before(pos, mention.head_word)) is not None
        ):
            # "The Wexmoor Police Department said in a statement ... "...," the statement said":
            # the Department's statement; "Last Harvest posted on X ... A later post said": the
            # group's next one.
            ent = self.entities[issued]
            return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "role", issued)
        if _one_of_them(mention):
            # "One of them said": one of the group just quoted, as anonymous as they were.
            group = self._group_before(pos)
            if group is not None:
                return Resolved(None, group, mention.descriptions, "none")
        return None

    def _by_capitalised_noun(self, mention: Mention, pos: int) -> Resolved | None:
        """"Price told the Courier", "Rovers said": a capitalised word the tagger took for a
        common noun, the name of someone met before or a club's short name."""
        if mention.name:
            return None
        known = self._named_before(mention, pos)
        if known is not None:
            return known
        if _lone_club_name(mention):
            # "Rovers said": the club's short name, the one the article named in full if any.
            index = self._match(_tokens(mention.span.text), pos + 1, "organization")
            if index is not None:
                ent = self.entities[index]
                return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "alias", index)
            if self._opens_sentence(pos) and not _club_named_before(self.text, mention):
                # "A wildfire spread across the park. Rangers said ...": capitalised only
                # because it opens the sentence, and no club named before: park rangers.
                return Resolved(None, "anonymous", mention.descriptions, "none")
            return Resolved(mention.span.text, "organization", mention.descriptions, "name")
        return None

    def _by_age(self, mention: Mention, pos: int) -> Resolved:
        """"Her daughter, Maeve, 22, ... "...," the 22-year-old said": the one the article gave
        that age, named in full or not, before anyone else; failing that, the person just
        named."""
        age = _age_said(mention)
        index = self._recent(pos, ROLE_WINDOW, lambda e: e.kind == "person" and age is not None and _ages(e) == {age})
        if index is not None:
            ent = self.entities[index]
            return Resolved(ent.name, "person", tuple(ent.descriptions), "role", index)
        # "The 58-year-old said": the person just named.
        # Someone named in full: a lone capitalised word may be a team or a place; not one
        # the article gave another age ("Ingrid Halloway, 51" is no 22-year-old).
        index = self._recent(
            pos,
            PRONOUN_WINDOW,
            lambda e: e.kind == "person" and bool(e.name) and len(e.name.split()) > 1 and not (age is not None and _ages(e) - {age}),
        )
        if index is not None:
            ent = self.entities[index]
            return Resolved(ent.name, "person", tuple(ent.descriptions), "role", index)
        return Resolved(None, "person", mention.descriptions, "none")

    def _by_epithet(self, mention: Mention, pos: int) -> Resolved | None:
        """"Lindqvist praised him. "...," the Swede said": the person just named in full, as for
        "the 58-year-old". None when the article names or describes a body by the word elsewhere
        ("told the Republican", "the Republican, a newspaper in Springfield"), which the
        mention then means."""
        word = mention.words[-1]
        if any(
            ent.kind != "person" and ent.name.lower() in (word, f"the {word}")
            # Another "the Republican", not the adjective of "Republican Senator Ted Marlow".
            and (ent.descriptions or any(span != mention.span and span.text.lower().startswith("the ") for span in ent.mentions))
            for ent in self.entities
        ):
            return None
        # "Republican Senator Ted Marlow ... Senator Ana Ruiz ... the Republican said": the one
        # the article described by the word (or a word it opens: "Democratic" for "the
        # Democrat"), before the person just named.
        described = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE)
        index = self._recent(pos, ROLE_WINDOW, lambda e: e.kind == "person" and any(described.search(d) for d in e.descriptions))
        if index is None:
            # The one the story is about: who last spoke or was the subject of a clause
            # ("Lindqvist praised Okafor. "...," the Swede said"), failing that the one just
            # named; not past someone named since whom the article has not shown to be a person,
            # who may be the one meant.
            named = lambda e: e.kind in ("person", "unknown") and bool(e.name)  # noqa: E731
            index = self._recent_actor(pos, PRONOUN_WINDOW, named)
            if index is None:
                index = self._recent(pos, PRONOUN_WINDOW, named)
            if index is not None and self.entities[index].kind != "person":
                index = None
        if index is None:
            return Resolved(None, "person", mention.descriptions, "none")
        ent = self.entities[index]
        return Resolved(ent.name, "person", tuple(ent.descriptions), "role", index)

    def _recent_actor(self, pos: int, window: int, accept) -> int | None:  # type: ignore[no-untyped-def]
        """The entity ``accept`` takes that last spoke or was the subject of a clause within
        ``window`` before ``pos`` (``_recent`` counts any mention)."""
        best, best_pos = None, -1
        for i, ent in enumerate(self.entities):
            if not accept(ent):
                continue
            last = _last_act(ent, pos)
            if last >= 0 and pos - last <= window and last > best_pos:
                best, best_pos = i, last
        return best

    def _by_partial_name(self, mention: Mention, partial: str, kind: str, pos: int) -> Resolved:
        """"the woman, who gave only her first name, Daria": known by a first name only, that
        name, and as anonymous as the phrase makes them; the same as the unnamed one just
        before, if the phrase is "the" and a role or a sex noun."""
        res = Resolved(partial, kind if kind == "anonymous" else "person", mention.descriptions, "name")
        if mention.determiner == "the" and not mention.possessor and (mention.head_word in lexicon.SEX_NOUNS or lexicon.role_noun(mention.head_word)):
            # "the woman, who gave only her first name, Daria": the unnamed one just before.
            earlier = self._unnamed_just_before(pos, gender_of(mention))
            if earlier is not None:
                res = replace(res, same_as=earlier[2])
        return res

    def _by_name(self, mention: Mention, kind: str, pos: int) -> Resolved:
        """"Ana Ruiz said", "Ruiz said", "told NPS": the entity the name, a handle or an
        acronym matches, or the name as it stands."""
        toks = _tokens(outlet_name(mention.name) or _clean_name(mention.name))
        index = self._match(toks, pos + 1, kind, gender_of(mention)) if toks else None
        known = self._by_handle(mention.name, pos + 1)
        if known is not None:
            index = known
        spelled = self._spelled_out(mention.name, pos)
        if spelled is not None:
            index = spelled  # "told NPS" after "Northern Press Service"
        if index is not None:
            ent = self.entities[index]
            if kind == "outlet" and ent.kind != "outlet":
                # "the Meridian news agency", "France Info radio": the phrase says more than
                # the tagger's ORG or PERSON on the name.
                ent.kind = "outlet"
            how = "name" if set(ent.tokens) == set(toks) else "alias"
            # The registry has seen the full name; a lone surname's tag is less reliable.
            return Resolved(ent.name, ent.kind, tuple(ent.descriptions), how, index, shared=self._shared_surname(toks, pos, gender_of(mention)))
        name = outlet_name(mention.name) or _clean_name(mention.name)
        return Resolved(name, kind, mention.descriptions, "name")

    def _by_outlet_noun(self, mention: Mention, kind: str, pos: int, lemma: str | None) -> Resolved | None:
        """"the agency said", "the journal said", "the newspaper reported": the body or outlet
        named before that the noun means; for an outlet, the name the phrase gives if any."""
        if (
            mention.determiner == "the"
            and not mention.proper
            and mention.head_word in lexicon.OUTLET_NOUNS & lexicon.ORGANIZATION_NOUNS
            and lemma not in lexicon.OUTLET_VERBS
            and (body := self._named_body(pos, mention.head_word)) is not None
        ):
            # "The National Emergency Management Agency said ... Reuters reported ... The agency
            # said it would issue an update": a body named as an agency is what "the agency"
            # says when it does not report news, unless an outlet called so was met since.
            ent = self.entities[body]
            return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "role", body)
        if mention.determiner == "the" and not mention.proper and mention.head_word in _JOURNAL_NOUNS:
            # "The Journal of Coastal Studies retracted the paper ... the journal said": the
            # journal named before, not another body or outlet met since.
            index = self._recent(pos, ROLE_WINDOW, lambda e: _SCHOLARLY.match(e.name) is not None)
            if index is not None:
                ent = self.entities[index]
                return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "role", index)
        if mention.determiner == "the" and not mention.proper and self._study_paper(mention, pos):
            # "told the Science Media Hub that the study was well designed ... the paper
            # discloses": the study's paper, no outlet.
            return Resolved(None, "document", mention.descriptions, "none")
        if mention.determiner == "the" and not mention.proper and mention.head_word in lexicon.OUTLET_NOUNS:
            # "told the agency", "the newspaper reported": the outlet named before, or a name
            # the tagger could not place ("Merpress said ... The agency quoted ...").
            # "The newspaper quoted her" after a broadcaster and a daily: the daily.
            sort = _outlet_sort({mention.head_word})
            index = self._recent(pos, ROLE_WINDOW, lambda e: e.kind in ("outlet", "unknown") and _same_sort(sort, e))
            if index is not None:
                ent = self.entities[index]
                return Resolved(ent.name, "outlet", tuple(ent.descriptions), "role", index)
        if kind == "outlet":
            name = outlet_name(mention.span.text) or outlet_name(mention.head.text)
            if name is None and mention.determiner == "the":
                sort = _outlet_sort(set(mention.words))
                index = self._recent(pos, ROLE_WINDOW, lambda e: e.kind == "outlet" and _same_sort(sort, e))
                if index is not None:
                    ent = self.entities[index]
                    return Resolved(ent.name, "outlet", tuple(ent.descriptions), "role", index)
            return Resolved(name, "outlet", mention.descriptions, "name" if name else "none")
        return None

    def _study_paper(self, mention: Mention, pos: int) -> bool:
        """Whether "the paper" at ``pos`` is a study's: its sentence or the one before has a
        word of a scholarly study (``lexicon.SCHOLARLY_WORDS``) and names no outlet ("told the
        Science Media Hub that the study was well designed. The study was funded by ... the
        paper discloses"; not "The Herald obtained the study. The paper said"), and no outlet
        reported or acted within ``PRONOUN_WINDOW`` ("The Kestrel Herald reported on Monday that
        ... A study by researchers found ... The paper said": the Herald)."""
        if mention.head_word != "paper":
            return False
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        start = self._sentence_starts[k - 1] if k >= 1 else 0
        if self._recent(pos, pos - start, lambda e: e.kind == "outlet") is not None:
            return False  # an outlet named since the sentence before
        if any(e.kind == "outlet" and _acted_since(e, pos, pos - PRONOUN_WINDOW) for e in self.entities):
            return False
        return any(w.lower() in lexicon.SCHOLARLY_WORDS for w in _WORD.findall(self.text, start, pos))

    def _by_sex_noun(self, mention: Mention, pos: int) -> Resolved | None:
        """"A witness, who asked not to be named because she works nearby, said ... "...," the
        woman said": the unnamed speaker just before, as anonymous as they were."""
        if mention.head_word not in lexicon.SEX_NOUNS or mention.determiner != "the" or mention.possessor:
            return None
        earlier = self._unnamed_just_before(pos, gender_of(mention))
        if earlier is None:
            return None
        kind, head, where = earlier
        if kind == "anonymous":
            return self._same_anonymous(where, head, mention.descriptions)
        return Resolved(None, kind, (*mention.descriptions, head), "none")

    def _by_role(self, mention: Mention, kind: str, pos: int, *, near: bool) -> Resolved:
        """"the mayor said", "the former mayor", "the union leader": the person met in that
        role, the anonymous one who spoke in it since, the one person the sentence before
        named (``_sole_named_before``), or one named later in it; else nobody named."""
        role = mention.head_word
        # "the union leader": a generic role matched through its modifier ("union" in
        # "general secretary of the Harbour Workers' Union").
        # ("his" is no modifier: "his boss" is not whoever a description calls "his ...")
        modifiers = {w for w in mention.words if w not in ("the", "this", "that", role) and w not in _POSSESSIVE_PRONOUNS and len(w) > 2}
        generic = role in GENERIC_ROLES
        sex = gender_of(mention)
        words = _role_words(mention.words)
        rank = _rank(words, words.index(role)) if role in words else ""
        when = _time(words, words.index(role)) if role in words else ""
        keys = {_ranked(rank, r) for r in {role} | _equivalents(role)}
        # "defeating the incumbent Randall Vesey ... The outgoing governor said": the one
        # holding the office until the winner takes it.
        leaving = role in words and _leaving(words, words.index(role))
        # The incumbent of this office ("the outgoing mayor"), or of none said ("the two-term
        # incumbent"); never the incumbent mayor for "the outgoing governor".
        incumbents = {f"{lexicon.INCUMBENT} {r}" for r in {role} | _equivalents(role)} if leaving else set()

        def incumbent(e: _Entity) -> bool:
            return bool(incumbents & e.roles) or (leaving and e.roles == {lexicon.INCUMBENT})

        owner = _named_owner(mention)
        # "rival's coach blames schedule" over "Reyes credited her new swing coach": a role a
        # person owns is only one described with that owner ("Her rival's coach, Henrik Aalto"),
        # or, for a rival's, someone named's own whom the sentence does not name ("Lind's coach").
        person_owner = _person_owner(mention)

        def fits(e: _Entity) -> bool:
            if e.kind != "person" or (sex and e.gender and e.gender != sex):
                return False  # "the mayor herself" is no man who was mayor
            if person_owner and person_owner not in _owner_words_of(e) and not (person_owner in lexicon.RIVAL_OWNER_NOUNS and self._rivals_own(e, pos)):
                return False
            if incumbent(e):
                return True
            if when == "former":
                # "The former mayor": one said to have held it, never "the current mayor".
                return bool(keys & e.former_roles)
            if when == "current" and keys & e.former_roles and not keys & e.current_roles:
                return False
            if keys & e.roles:
                return True
            return generic and bool(modifiers) and bool(modifiers & e.description_words())

        # "Foreign Minister Ileana Dusek said ... Germany's foreign minister said": a role
        # given a named owner after someone was named in it is another country's, another
        # body's (a lede's "Kaldoria's finance minister" may still be named after it).
        # Every word of the owner must be theirs: "New York's" is no owner "New Zealand" names.
        index = None
        if leaving:
            # Not the winner the story has just called "the new governor".
            index = self._recent(pos, ROLE_WINDOW, lambda e: fits(e) and incumbent(e))
        if index is None:
            index = self._recent(pos, ROLE_WINDOW, lambda e: fits(e) and owner <= _owner_words_of(e))
        if index is not None:
            # "The chief mediator, diplomat Urs Hanke, said ... An Ostmark diplomat, speaking
            # on condition of anonymity, said ... The diplomat said": the anonymous one, who
            # spoke in that role since Hanke was last met.
            since = pos - (self.entities[index].last_before(pos) or 0) - 1
            found = self._unnamed_speaker_before(pos, since, lambda sex, head: head == role)
            if found is not None and found[0] == "anonymous":
                return self._same_anonymous(found[2], role, mention.descriptions)
            if found is not None:
                return Resolved(None, found[0], mention.descriptions, "none")
            if self._new_holder_since(mention, self.entities[index].last_before(pos) or 0, role):
                # "Another passenger, Deon Marsh, said ... Video posted by a passenger showed
                # ... the passenger wrote": the one "a passenger" brought in since, whom
                # nobody named.
                return Resolved(None, kind, mention.descriptions, "none")
        if index is None:
            # "The head of Northdale General Hospital said ... Dr. Lena Ortiz, the hospital's
            # head, ...": named later in that very role, and by nobody else; but not after
            # the one person the sentence before named ("Margaret Hale ... the candidate
            # says ... Mayor Renee Vasquez, a candidate"), nor one introduced as another
            # ("A second candidate, Treasurer Alba Reyes").
            index = self._sole_named_before(mention, pos, role=role, sex=sex, when=when, generic=generic, near=near)
            if index is None:
                index = self._ahead(
                    pos,
                    ROLE_WINDOW,
                    lambda e: fits(e) and bool(keys & (e.former_roles if when == "former" else e.roles)) and not _another_one(e, keys),
                )
        if index is not None:
            ent = self.entities[index]
            return Resolved(ent.name, "person", tuple(ent.descriptions), "role", index)
        if (body := self._body_by_role_stem(mention, role, pos)) is not None:
            ent = self.entities[body]
            return Resolved(ent.name, "organization", tuple(ent.descriptions), "role", body)
        found = self._unnamed_speaker_before(pos, ROLE_WINDOW, lambda sex, head: head == role) or self._picked_out_before(pos, role)
        earlier = found[0] if found is not None else None
        if found is not None and earlier == "anonymous":
            # "A senior official, who spoke on condition of anonymity, said ... the official
            # said": the same anonymous source.
            return self._same_anonymous(found[2], role, mention.descriptions)
        return Resolved(None, earlier or kind, mention.descriptions, "none")

    def _rivals_own(self, ent: _Entity, pos: int) -> bool:
        """Whether a person is described as someone named's own ("Lind's coach, Henrik Aalto")
        and the sentence at ``pos`` names nobody of theirs: "Reyes beat Lind ... The rival's
        coach said" may mean Lind's coach, but not in "Reyes wins as rival's coach blames
        schedule", where the rival is set against Reyes, nor after "Reyes's coach"."""
        owners = {m.group(1) for d in ent.descriptions for m in _NAMED_OWNER.finditer(d)}
        if not owners:
            return False
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        start = self._sentence_starts[k] if k >= 0 else 0
        end = self._sentence_starts[k + 1] if k + 1 < len(self._sentence_starts) else len(self.text)
        sentence = self.text[start:end]
        return not any(re.search(rf"\b{re.escape(owner)}\b", sentence) for owner in owners)

    def _body_by_role_stem(self, mention: Mention, role: str, pos: int) -> int | None:
        """"The National Audit Board said ... According to the auditor, ...": a role a body is
        called by (``lexicon.BODY_ROLE_STEMS``) means the one body met last whose name holds
        its stem and is headed by a body's noun (``lexicon.ROLE_BODY_HEADS``: not "the
        council's Audit Committee"); a headline's ("Auditor says ...") the first body the story
        names, if that one holds it. Not when the story brought in someone in the role ("The
        council hired an independent auditor ... The auditor said")."""
        stems = lexicon.BODY_ROLE_STEMS.get(role, ())
        if not stems or self._unnamed_holder_before(mention, role, pos):
            return None

        def holds(e: _Entity) -> bool:
            if e.kind != "organization" or not any(t.startswith(stems) for t in e.tokens):
                return False
            return any(_name_headed_by(e.tokens, head) for head in lexicon.ROLE_BODY_HEADS)

        if self._in_headline(pos):
            first = self._first_body_after(pos, ROLE_WINDOW)
            return first if first is not None and holds(self.entities[first]) else None
        return self._recent(pos, ROLE_WINDOW, holds)

    def _unnamed_holder_before(self, mention: Mention, role: str, pos: int) -> bool:
        """Whether someone unnamed in ``role`` came in shortly before: one who spoke in it ("An
        auditor, who asked not to be named, said"), one picked out of a group, or an "a
        ``role``" of the narration ("The council hired an independent auditor")."""
        if self._unnamed_speaker_before(pos, ROLE_WINDOW, lambda sex, head: head == role) is not None:
            return True
        return self._picked_out_before(pos, role) is not None or self._new_holder_since(mention, max(0, pos - ROLE_WINDOW), role)

    def _first_body_after(self, pos: int, window: int) -> int | None:
        """The organisation the story names first within ``window`` after ``pos``: "The
        Consumer Council for Water" after the headline "Water watchdog says bills will rise"."""
        bodies = [(ent.positions[0], i) for i, ent in enumerate(self.entities) if ent.kind == "organization" and ent.positions and pos <= ent.positions[0] <= pos + window]
        return min(bodies)[1] if bodies else None

    def _new_holder_since(self, mention: Mention, since: int, role: str) -> bool:
        """Whether an indefinite "a ``role``" outside quotations, neither named nor said of
        someone, came between ``since`` and ``mention``: "Video posted online by a passenger
        showed ..." brings in a new passenger, whom a later "the passenger" means; not "Deon
        Marsh, a passenger, said", "a passenger, Deon Marsh,", "Marsh was a passenger", nor a
        role that only modifies another noun ("a passenger jet", see ``frames._new_holder``)."""
        first = bisect.bisect_left(self._holders, (since, ""))
        last = bisect.bisect_left(self._holders, (mention.span.start, ""))
        for at, word in self._holders[first:last]:
            if word != role or self._in_quotation(at):
                continue
            # The word before the article: "flew as a passenger" says what someone was.
            before = _BEFORE_INDEFINITE.search(self.text, max(0, at - 60), at)
            if before is None or before.group(1).lower() not in lexicon.NEW_HOLDER_NOT_AFTER:
                return True
        return False

    def _sole_named_before(self, mention: Mention, pos: int, *, role: str, sex: str | None, when: str, generic: bool, near: bool) -> int | None:
        """"Samuel Okafor scored twice. ... the striker said": a role nobody was given is the
        one person the sentence before named, if there is exactly one (and ``near`` allows
        it). Not "the organizer of a rally", whom the words after the role pick out, nor "the
        team leader", who leads someone else as often as not."""
        if (
            not near
            or self._unnamed_speaker_before(pos, ROLE_WINDOW, lambda sex, head: head == role) is not None
            or when
            or mention.determiner != "the"
            or mention.possessor
            or role in lexicon.RELATIONAL_ROLE_NOUNS
            or generic
        ):
            return None
        after = mention.words[mention.words.index(role) + 1 :] if role in mention.words else ()
        bare = mention.words[: mention.words.index(role) + 1] == ("the", role) if role in mention.words else False
        index = self._sole_person_before(pos, sex, bare=bare) if not after or after[0] == "," else None
        if index is not None and (_holds_ranked(self.entities[index], role) or _holds_other_office(self.entities[index], role)):
            return None
        return index

    def _by_body_noun(self, mention: Mention, kind: str, pos: int) -> Resolved | None:
        """"the G-40 group of developing countries said", "the council said", "the company
        said": the group its own name says, or the body met before that the noun means."""
        body_noun = _company_head(mention) or (kind in ("organization", "document") and mention.head_word in lexicon.ORGANIZATION_NOUNS)
        if mention.determiner == "the" and (body_noun or (kind == "unknown" and _bare_noun(mention))):
            head = mention.head_word
            if body_noun and (acronym := _acronym_named(mention)) is not None:
                # "the G-40 group of developing countries said": the group its own name says.
                return Resolved(acronym, "organization", mention.descriptions, "name")
            # "According to the Hallenby Arts Trust, ... The trust said": a noun no word list
            # calls a body's means the body whose name it ends.
            index = self._body_called(pos, head, generic=_company_head(mention), name_end=not body_noun)
            if index is not None:
                ent = self.entities[index]
                return Resolved(ent.name, "organization", tuple(ent.descriptions), "role", index)
        if kind == "organization" and (index := self._body_of_type_around(mention, pos)) is not None:
            ent = self.entities[index]
            return Resolved(ent.name, "organization", tuple(ent.descriptions), "role", index)
        return None

    def _by_headline_noun(self, mention: Mention, pos: int) -> Resolved | None:
        """"Think tank says housing shortfall is twice official estimate", over a story that
        names "the Ashgrove Policy Centre, a think tank in Lowmarsh": a headline's bare noun for
        a body is the one organisation the next paragraphs introduce by that noun, or whose name
        of two words or more ends in it ("Union says ..." over "the Westmere Transport Union"),
        but not one met only as where someone works ("Ida Noor, an economist at Fenwick Bank,
        said" is no word of the bank's; ``_only_employer``)."""
        if mention.determiner or mention.name or mention.pronoun or mention.plural or mention.parts:
            return None
        words = _tokens(mention.span.text)
        if not words or pos not in self._headline_starts:
            return None
        index = self._ahead(
            pos,
            PRONOUN_WINDOW,
            lambda e: e.kind == "organization"
            and not e.place
            and (any(_introduced_as(d, words) for d in e.descriptions) or (len(e.tokens) > 1 and e.tokens[-1] == words[-1]))
            and not self._only_employer(e, pos),
        )
        if index is None:
            return None
        ent = self.entities[index]
        return Resolved(ent.name, "organization", tuple(ent.descriptions), "role", index)

    def _only_employer(self, body: _Entity, pos: int) -> bool:
        """Whether the organisation ``body`` is, within ``PRONOUN_WINDOW`` after ``pos``, met only
        in a person's description ("Ida Noor, an economist at Fenwick Bank, said") and neither
        speaks nor is a subject there."""
        if any(pos <= at <= pos + PRONOUN_WINDOW for at in (*body.spoke_at, *body.subject_at)):
            return False
        return any(e.kind == "person" and any(body.name in d for d in e.descriptions) for e in self.entities)

    def _by_account_noun(self, mention: Mention, pos: int) -> Resolved | None:
        """"An account called @crumbwatch posted ... "...," the account wrote": the social-media
        handle met last before, within ``ROLE_WINDOW``."""
        if mention.determiner not in ("the", "that", "this") or mention.head_word not in lexicon.ACCOUNT_NOUNS or mention.name:
            return None
        index = self._recent(pos, ROLE_WINDOW, lambda e: is_handle(e.name))
        if index is None:
            return None
        ent = self.entities[index]
        kind = "person" if ent.kind == "person" else "unknown"  # who holds the account is unsaid
        return Resolved(ent.name, kind, tuple(ent.descriptions), "role", index)

    def _by_unnamed_source(self, mention: Mention, kind: str, pos: int) -> Resolved | None:
        """"..., citing two diplomats. The diplomats said ...", "quoting a senior police source
        ... The source said": the same unnamed one or group, if anonymous."""
        if kind != "unknown" or mention.determiner not in ("the", "these", "those", "that", "this"):
            return None
        head = mention.head_word
        number = (lambda sex: sex == "plural") if mention.plural else (lambda sex: sex != "plural")
        found = self._unnamed_speaker_before(pos, ROLE_WINDOW, lambda sex, h: number(sex) and h == head)
        if found is None and not mention.plural:
            found = self._picked_out_before(pos, head)
        if found is not None and found[0] == "anonymous":
            return self._same_anonymous(found[2], head, mention.descriptions)
        return None

    def _picked_out_before(self, pos: int, noun: str) -> tuple[str, str, int] | None:
        """As ``_unnamed_speaker_before``, for the unnamed speaker picked out of a group by the
        group's ``noun`` in the singular: "one of the people familiar with the matter said ...
        the person cautioned", "one of the officials said ... the official added"."""
        found = self._unnamed_speaker_before(pos, ROLE_WINDOW, lambda sex, h: h in lexicon.PARTITIVE_HEADS)
        if found is None or self._unnamed_members.get(found[2]) != noun:
            return None
        return found

    def _body_called(self, pos: int, head: str, *, generic: bool, name_end: bool = False) -> int | None:
        """The organisation "the ``head``" means at ``pos`` ("the council", "the firm"): the
        last met within ``ROLE_WINDOW`` whose name or role has that word, or, for a company
        noun (``generic``), the last company; failing that, the one body of that type. With
        ``name_end``, for a noun no word list calls a body's ("the trust" after "Hallenby Arts
        Trust"), only the last whose name of two words or more ends in it, or opens with it
        before "of" ("the museum" after "the Museum of Coastal History")."""
        if name_end:
            return self._recent(
                pos,
                ROLE_WINDOW,
                lambda e: _plain_body(e) and _name_headed_by(e.tokens, head),
            )
        accept = (
            lambda e: _plain_body(e)
            # "A filing with the Dunmore Securities Commission showed ... The company told
            # the regulator": a company is no commission, ministry or university ("the
            # group" may be a foundation).
            and (
                head in e.tokens
                or head in e.roles
                or head in _body_nouns_described(e.descriptions)
                or (generic and (head == "group" or e.tokens[-1] not in _NOT_COMPANY_WORDS))
            )
            # "Tobias Wren told the Kestrel Bay Mercury ... the company said": a newspaper
            # the tagger calls an organisation is still no company or firm.
            and not (generic and publication_name(e.name) is not None)
        )
        index = self._acting_body_over(self._recent(pos, ROLE_WINDOW, accept), pos, accept)
        if index is None and head in lexicon.BODY_TYPE_WORDS:
            index = self._one_body_of_type(pos, lexicon.BODY_TYPE_WORDS[head])
        return index

    def _acting_body_over(self, index: int | None, pos: int, accept: Callable[[_Entity], bool]) -> int | None:
        """The body "the bank" or "the company" at ``pos`` means when the last one met that
        ``accept`` takes, ``index``, was never a subject nor a speaker within ``ROLE_WINDOW``:
        another that ``accept`` takes and that was, within ``PRONOUN_SUBJECT_WINDOW`` ("The
        Bank of Lorvia raised its main rate. ... said Ida Noor, an economist at Fenwick Bank.
        The bank did not respond": the Bank of Lorvia, not the economist's employer;
        "Brennoch Foods raised ... on the Tarrow Exchange, according to a statement from the
        company": Brennoch Foods). Else ``index``."""
        if index is None:
            return None
        if _acted_since(self.entities[index], pos, pos - ROLE_WINDOW):
            return index
        # The cheap test of when each acted first: ``accept`` runs on the few that did lately.
        actors = [i for i, e in enumerate(self.entities) if i != index and _acted_since(e, pos, pos - PRONOUN_SUBJECT_WINDOW) and accept(e)]
        return actors[0] if len(actors) == 1 else index

    def _speaking_for(self, mention: Mention, res: Resolved) -> Resolved:
        """An unnamed spokesperson with the body they speak for among their descriptions: "The
        developer, Thornbury Heritage Ltd, said ... a spokesman for the firm said" (or "a
        union spokesperson", "the company's spokeswoman") is a spokesman for Thornbury
        Heritage Ltd, still unnamed."""
        if res.name is not None or res.kind != "person" or mention.name or mention.pronoun or mention.parts:
            return res
        noun = _body_noun_spoken_for(mention)
        if noun is None:
            return res
        index = self._body_called(mention.span.start, noun, generic=noun in lexicon.COMPANY_NOUNS)
        if index is None:
            return res
        described = f"{mention.head_word} for {self.entities[index].name}"
        if described in res.descriptions:
            return res
        return replace(res, descriptions=(*res.descriptions, described))

    def _named_before(self, mention: Mention, pos: int) -> Resolved | None:
        """"Alves said", tagged as a plural common noun: a capitalised word that is the name of
        someone met before is that person, not a vague group; the first word of a company's
        name is that company."""
        head = mention.head.text
        if mention.determiner or not head[:1].isupper() or len(head.split()) != 1:
            return None
        toks = _tokens(head)
        index = self._match(toks, pos + 1, "person")
        if index is not None and self.entities[index].kind != "person":
            index = None
        if index is None:
            # "Orlane said in a statement", after "Orlane Foods": the first word of a company's
            # name, which the recognizer did not read as one here.
            index = self._match(toks, pos + 1, "organization")
            if index is None or self.entities[index].kind != "organization" or self.entities[index].place:
                return None
            if self.entities[index].tokens[:1] != toks or len(self.entities[index].tokens) < 2:
                return None
            words = mention.words
            k = words.index(toks[0]) if toks[0] in words else -1
            if words[k + 1 : k + 2] not in ((), (",",)):
                return None  # "Democracy for America" is not "Democracy Corps"
        ent = self.entities[index]
        return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "alias", index)

    def _owner(self, mention: Mention, owner: str) -> Resolved | None:
        """"Kestrel's annual report": the named owner of a document, if the article named it."""
        toks = _tokens(_clean_name(owner))
        if not toks:
            return None
        index = self._match(toks, mention.span.start + 1, "unknown")
        if index is not None:
            ent = self.entities[index]
            return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "alias", index)
        name = outlet_name(owner)
        if name is not None:
            return Resolved(name, "outlet", (), "name")
        return None

    def _recent(self, pos: int, window: int, accept) -> int | None:  # type: ignore[no-untyped-def]
        best, best_pos = None, -1
        for i, ent in enumerate(self.entities):
            if not accept(ent):
                continue
            last = ent.last_before(pos)
            if last is not None and pos - last <= window and last > best_pos:
                best, best_pos = i, last
        return best

    def _other_medium_between(self, where: int, pos: int) -> bool:
        """Whether another speaker spoke in a statement, tribute, letter or the like after the
        one at ``where`` and before ``pos``: "Maitland said in a statement ... In a tribute,
        the family described him as ... "...," the statement said" is not Maitland's."""
        i = bisect.bisect_right(self._media_at, where)
        return i < len(self._media_at) and self._media_at[i] < pos

    def _issued_before(self, pos: int, noun: str) -> int | None:
        """The entity that last spoke "in a ``noun``" within ``PRONOUN_WINDOW`` before ``pos``;
        failing that, for a body's statement ("the statement said"), the organisation that was
        the last to speak, named or not, just before."""
        by_role = max(
            ((where, m) for where, said_in, m in self._issued_by_role if where < pos and pos - where <= PRONOUN_WINDOW and said_in == noun),
            key=lambda found: found[0],
            default=None,
        )
        i = bisect.bisect_left(self._issued, (pos, -1, ""))
        for where, index, said_in in reversed(self._issued[:i]):
            if pos - where > PRONOUN_WINDOW or (by_role is not None and where < by_role[0]):
                break
            if said_in == noun:
                return None if self._other_medium_between(where, pos) else index
        if by_role is not None:
            # "The council issued a statement. ... the statement said": the council's, when
            # it is a body the article named ("Harrow Council").
            if self._other_medium_between(by_role[0], pos):
                return None
            return self.resolve(by_role[1]).entity
        if noun in lexicon.BODY_STATEMENT_NOUNS:
            last, where = self._spoke_last(pos)
            unnamed = bisect.bisect_left(self._unnamed, (pos, ""))
            if unnamed and self._unnamed[unnamed - 1][0] > where:
                return None  # "the business mogul announced" spoke since
            if last is not None and where >= 0 and pos - where <= PRONOUN_SUBJECT_WINDOW and self.entities[last].kind == "organization":
                return last
        return None

    def _named_body(self, pos: int, noun: str) -> int | None:
        """The organisation (no outlet) last met within ``ROLE_WINDOW`` before ``pos`` whose
        name ends in ``noun`` ("the National Emergency Management Agency" for "agency"), or else
        the one body whose name ends in a word for that type (``lexicon.BODY_TYPE_WORDS``: "the
        National Water Authority"), unless an outlet the article itself called by ``noun`` ("the
        news agency Merpress") was met after it."""
        body = self._recent(pos, ROLE_WINDOW, lambda e: e.kind == "organization" and not e.place and len(e.tokens) > 1 and e.tokens[-1] == noun)
        if body is None and noun in lexicon.BODY_TYPE_WORDS:
            # "The regulator, the National Water Authority, ... The agency said": an authority,
            # commission or bureau is an agency too, when it is the only one.
            body = self._one_body_of_type(pos, lexicon.BODY_TYPE_WORDS[noun])
        if body is None:
            return None
        outlet = self._recent(
            pos, ROLE_WINDOW, lambda e: e.kind == "outlet" and (noun in e.description_words() or any(noun in _tokens(m.text) for m in e.mentions))
        )
        if outlet is not None and (self.entities[outlet].last_before(pos) or -1) > (self.entities[body].last_before(pos) or -1):
            return None
        return body

    def _one_body_of_type(self, pos: int, last_words: frozenset[str]) -> int | None:
        """"The National Storm Service warned ... the agency said": the one organisation met
        within ``ROLE_WINDOW`` before ``pos`` whose name ends in one of ``last_words``, or None
        when there is none or more than one."""
        found = [
            i
            for i, ent in enumerate(self.entities)
            if ent.kind == "organization" and not ent.place and _of_type(ent.tokens, last_words)
            for last in (ent.last_before(pos),)
            if last is not None and pos - last <= ROLE_WINDOW
        ]
        return found[0] if len(found) == 1 else None

    def _body_of_type_around(self, mention: Mention, pos: int) -> int | None:
        """"Britain's rail regulator on Tuesday fined ... The Office of Rail Standards said":
        a body's type noun with a place's possessive, or "the", is the one body of that type
        named before it, or, in a lead that names the body only later, the one first named in
        the next few paragraphs (``lexicon.BODY_TYPE_WORDS``)."""
        types = lexicon.BODY_TYPE_WORDS.get(mention.head_word)
        if types is None or mention.name or mention.plural or mention.pronoun:
            return None
        if mention.determiner != "the" and not (mention.possessor[:1].isupper() and not mention.determiner):
            return None
        index = self._one_body_of_type(pos, types)
        if index is None:
            index = self._ahead(pos, PRONOUN_WINDOW, lambda e: e.kind == "organization" and not e.place and _of_type(e.tokens, types))
        return index

    def _ahead(self, pos: int, window: int, accept) -> int | None:  # type: ignore[no-untyped-def]
        """The one entity first met within ``window`` after ``pos`` (or at it, when a role there
        was already taken for them) that ``accept`` takes, or None when there is none or more
        than one."""
        found = [i for i, ent in enumerate(self.entities) if ent.positions and ent.positions[0] >= pos and self._next_after(ent, pos) <= pos + window and accept(ent)]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _next_after(ent: _Entity, pos: int) -> float:
        """Where ``ent`` is next met after ``pos`` (a role that named them at ``pos`` aside)."""
        i = bisect.bisect_right(ent.positions, pos)
        return ent.positions[i] if i < len(ent.positions) else float("inf")

    def _pronoun(
        self, mention: Mention, pos: int, kind: str, lemma: str | None = None, other_than: int | tuple[int, ...] | None = None
    ) -> Resolved:
        word = mention.head_word
        pos = self._content_pronouns.get(pos, pos)
        others = {other_than} if isinstance(other_than, int) else set(other_than or ())
        gender = lexicon.pronoun_sex(word) or ""
        if gender:
            accept = lambda e: e.kind == "person" and e.gender in (None, gender)  # noqa: E731
        elif word in ("it",) and lemma in lexicon.READING_VERBS:
            # '"...," it read.': what reads is a written thing, no body that speaks.
            return Resolved(None, "document", (), "none")
        elif word in ("it",):
            # An outlet only told something ("told the Verkhansk Courier") or named in the
            # dateline ("ARDMORE (Lantern Wire) --") is no "it" that speaks: one that spoke or
            # was a subject may be.
            accept = lambda e: e.kind == "organization" or e.kind == "outlet" and _acted_since(e, pos, 0)  # noqa: E731
        elif word in lexicon.PRONOUNS_PLURAL:
            gender = "plural"
            accept = lambda e: e.kind == "organization" and not e.place  # noqa: E731
            pair = self._coordination_before(pos, accept)
            if pair is not None:
                return replace(self._resolve_coordination(pair, lemma), resolution="pronoun")
        else:
            return Resolved(None, kind, (), "none")
        # "X asked her whether ... "No," she replied": the one who answers is not the one who
        # just asked.
        asker = self._last_speaker(pos) if lemma in lexicon.REPLY_VERBS else None
        if asker is None and lemma in lexicon.ANSWER_VERBS:
            # "Renwick asked whether the accountant had ever spoken to her client. She said she
            # had not.": the one asked about answers the question just put (not when the one
            # asked is a man and the answer is "she said").
            asker = self._answered(pos, gender)
        # A surname shared with someone of the other gender counts for both (see ``shared_at``).
        shared = lambda ent, k: max((p for p, *flags in ent.shared_at if 0 < pos - p <= PRONOUN_SUBJECT_WINDOW and (k < 0 or flags[k])), default=-1)  # noqa: E731
        candidates = [
            (i, ent, last)
            for i, ent in enumerate(self.entities)
            if accept(ent) and i != asker and i not in others
            for last in (max(_last(ent.positions, pos), shared(ent, -1)),)
            if last >= 0 and pos - last <= PRONOUN_WINDOW
        ]
        content = self._content_body(pos) if word == "it" else None
        if content is not None and not content[0][0].isupper() and content[1] is None:
            # "The Patients' Alliance said ... The union will announce further dates next
            # week, it said.": the unnamed body the words have for their subject ("union"),
            # when the article names no body of that kind, is what "it" means, not the alliance.
            return Resolved(None, "organization", (content[0],), "none")
        about = self._sentence_body(pos, candidates, content) if word == "it" else None
        best = about
        if best is None:
            subject_last = lambda ent: max(_last(ent.subject_at, pos), shared(ent, 1))  # noqa: E731
            # The subject of the last sentence that had one among the candidates is the topic.
            topic = max(candidates, key=lambda c: subject_last(c[1]), default=None)
            best_score = float("-inf")
            for i, ent, last in candidates:
                score = -(pos - last) / PRONOUN_DISTANCE
                if _within(ent.spoke_at, pos, PRONOUN_WINDOW) or shared(ent, 0) >= 0:
                    score += PRONOUN_SPOKE
                if topic is not None and i == topic[0] and pos - subject_last(ent) <= PRONOUN_SUBJECT_WINDOW:
                    score += PRONOUN_SUBJECT
                if ent.gender is not None:
                    score += PRONOUN_GENDER
                if score > best_score:
                    best, best_score = i, score
        if word == "it" and about is None:
            # "..., the ministry said in a statement. It described ...": an unnamed body or
            # document that spoke since the best named one was last met is what "it" means.
            k = bisect.bisect_left(self._things, (pos, ""))
            where, thing = self._things[k - 1] if k else (-1, "")
            seen = self.entities[best].last_before(pos) if best is not None else None
            if where >= 0 and pos - where <= PRONOUN_SUBJECT_WINDOW and where > (seen if seen is not None else -1):
                return Resolved(None, thing, (), "none")
        if best is None and gender in ("male", "female") and (subject := self._role_subject_before(pos, gender, -1)) is not None:
            return subject
        if best is None:
            fits = (lambda sex, head: sex == "plural") if gender == "plural" else (lambda sex, head: sex in ("", gender))
            return self._unnamed_pronoun(pos, PRONOUN_WINDOW, fits, kind) if gender else Resolved(None, kind, (), "none")
        ent = self.entities[best]
        if gender:
            # An unnamed speaker who spoke after the best named one was last mentioned ("Kovach
            # was unmoved" after the official brings her back); "they" after "the researchers".
            before = bisect.bisect_left(ent.spoke_at, pos)
            seen = self._met_outside_group_words(ent, pos) if gender == "plural" else ent.last_before(pos)
            # A surname shared with someone of the other gender, met since, is a sighting too
            # ("A former board member, who asked not to be named, said Reinholt could be ..."
            # after Miriam Reinholt: the "he" that follows is Tomas Reinholt, not the member).
            seen_last = max(ent.spoke_at[before - 1] if before else -1, seen if seen is not None else -1, shared(ent, -1))
            seen_last = self._within_speaker.get(seen_last, seen_last + 1) - 1
            fits = (lambda sex, head: sex == "plural") if gender == "plural" else (lambda sex, head: sex in ("", gender))
            if (subject := self._role_subject_before(pos, gender, seen_last)) is not None:
                return subject
            earlier = self._unnamed_pronoun(pos, pos - seen_last - 1, fits, "")
            if earlier.kind:
                return earlier
        if gender == "plural":
            # "Greaves & Sons ... The brothers, for their part, still speak. They said ...": a
            # group of people that was the subject since the body was last met is who "they"
            # are, unnamed, not the body.
            i = bisect.bisect_left(self._groups, pos)
            group = self._groups[i - 1] if i else -1
            if group > seen_last and pos - group <= PRONOUN_SUBJECT_WINDOW:
                return Resolved(None, "unknown", (), "none")
        if gender in ("male", "female") and ent.gender is None:
            ent.gender = gender
        return Resolved(ent.name, ent.kind, tuple(ent.descriptions), "pronoun", best)

    def _role_subject_before(self, pos: int, gender: str, since: int) -> Resolved | None:
        """"The second engineer, who asked not to be named, agreed. He said ...": the unnamed
        one new in a role who was the subject of the sentence before the one at ``pos`` (or of
        that sentence), met after ``since`` (where the best named candidate was last met) and
        after any unnamed speaker, when their gender fits ``gender``: the one the pronoun
        means, as anonymous as they were. None for a "they" or "it", and when the role
        subject's verb acted on a "him" or "her" of that gender ("Tom Hale was arrested. A
        police officer handcuffed him. He said ...": Tom Hale stays in focus)."""
        if gender not in ("male", "female"):
            return None
        i = bisect.bisect_left(self._role_subjects, (pos, ""))
        if not i:
            return None
        where, sex, head, kind, descriptions, others = self._role_subjects[i - 1]
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        start = self._sentence_starts[k - 1] if k >= 1 else 0
        if where < start or where <= since or sex not in ("", gender) or gender in others or pos - where > PRONOUN_SUBJECT_WINDOW:
            return None
        after = bisect.bisect_right(self._unnamed, (where, "\uffff"))
        if after < len(self._unnamed) and self._unnamed[after][0] < pos:
            return None  # an unnamed speaker since is for ``_unnamed_pronoun``
        if kind == "anonymous":
            return self._same_anonymous(where, head, descriptions)
        return Resolved(None, kind, (head,), "none")

    def _met_outside_group_words(self, ent: _Entity, pos: int) -> int | None:
        """Where ``ent`` was last met before ``pos``, leaving out where an unnamed group that
        spoke earlier in the sentence named it in its own words ("Analysts at Brackwell
        Securities wrote that the bid undervalued Norvex. They said ...": Norvex is what the
        analysts spoke of, not someone met after them, for the "They" that follows)."""
        for at in reversed(ent.positions[: bisect.bisect_left(ent.positions, pos)]):
            if not self._in_group_words(at):
                return at
        return None

    def _opens_sentence(self, pos: int) -> bool:
        """Whether the word at ``pos`` opens its sentence (after a quote mark at most): "Rangers
        said ..." is capitalised there whatever it names."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        return pos - (self._sentence_starts[k] if k >= 0 else 0) < 2

    def _in_group_words(self, at: int) -> bool:
        """Whether ``at`` lies after the phrase of an unnamed group that spoke earlier in its
        sentence (the words of "Analysts at Brackwell Securities wrote that ...")."""
        k = bisect.bisect_right(self._sentence_starts, at) - 1
        start = self._sentence_starts[k] if k >= 0 else 0
        i = bisect.bisect_left(self._unnamed, (at, ""))
        return any(
            start <= where and self._unnamed_ends.get(where, where) <= at and sex == "plural"
            for where, sex, _, _ in self._unnamed[:i]
        )

    def _sentence_body(
        self, pos: int, candidates: Sequence[tuple[int, _Entity, int]], content: tuple[str, int | None] | None
    ) -> int | None:
        """The organisation a trailing "it said" at ``pos`` closes words about: the body "the
        company" means, or the one a lone name stands for, when the words have that subject
        (``content``, see ``_content_body``: "The company will report results in February, it
        said.", "Kelvane will report ..., it said."); else the last organisation the sentence
        named before the pronoun. None when the pronoun opens its sentence."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        start = self._sentence_starts[k] if k >= 0 else 0
        if pos - start < 2:
            return None
        if content is not None:
            noun, called = content
            if noun[0].isupper():
                # "Kelvane will report ...": the body with that name ("Kelvane Foods").
                named = [(last, c) for c, ent, last in candidates if ent.kind == "organization" and noun.lower() in ent.tokens]
                index = max(named)[1] if named else None
            else:
                index = called
                if index is not None:
                    # "The union will announce ..., it said": the union, however long ago the
                    # article named it.
                    return index
            if index is not None and any(c[0] == index for c in candidates):
                return index
        inside = [(last, i) for i, ent, last in candidates if ent.kind == "organization" and last >= start]
        return max(inside)[1] if inside else None

    def _content_body_called(self, pos: int, noun: str) -> int | None:
        """The organisation "the ``noun``" that opens words closed by a trailing "it said" at
        ``pos`` means ("The union will announce further dates next week, it said."): as a
        speaker "the union" would be, else the last body met before whose name has the noun
        ("the Veltrian Medical Union", met paragraphs before). None when none has."""
        generic = noun in lexicon.COMPANY_NOUNS
        index = self._company_subject_before(pos, noun) if generic else None
        if index is None:
            index = self._body_called(pos, noun, generic=generic)
        if index is None and not generic:
            index = self._recent(pos, pos + 1, lambda e: _plain_body(e) and noun in e.tokens)
        return index

    def _content_body(self, pos: int) -> tuple[str, int | None] | None:
        """The noun of the body the words closed by a trailing "it said" at ``pos`` have for
        their subject ("union" in "The union will announce further dates next week, it
        said."), with the organisation "the ``noun``" means (``_content_body_called``): None
        in its place when the article names no body of that kind, or when the noun is a name
        ("Kelvane will report ...", which ``_sentence_body`` looks for among the candidates).
        None when the words have no such subject. Looked up once for both uses in
        ``_pronoun``."""
        i = bisect.bisect_left(self._content_bodies, (pos, ""))
        if i == len(self._content_bodies) or self._content_bodies[i][0] != pos:
            return None
        noun = self._content_bodies[i][1]
        return noun, None if noun[0].isupper() else self._content_body_called(pos, noun)

    def _company_subject_before(self, pos: int, noun: str) -> int | None:
        """The company "the ``noun``" of words closed by a trailing "it said" at ``pos`` means:
        the last one within ``ROLE_WINDOW`` that spoke or was the subject of its clause, as the
        company an article is about is. Not a bank only named as the employer of others
        ("Kelvane Foods said ... Analysts at Brookmere Bank said ... The company will report
        results in February, it said": Kelvane Foods)."""
        return self._recent_actor(
            pos,
            ROLE_WINDOW,
            lambda e: _plain_body(e)
            and not (noun not in e.tokens and noun not in e.roles and e.tokens[-1] in _NOT_COMPANY_WORDS)
            and publication_name(e.name) is None,
        )

    def _unnamed_pronoun(self, pos: int, window: int, accept, kind: str) -> Resolved:  # type: ignore[no-untyped-def]
        """"A teacher, who asked not to be named, said ... "...," she said": the unnamed speaker
        within ``window`` before ``pos`` that ``accept`` takes, as anonymous as they were and
        described by their head word, so that their anonymity's reason is theirs here too; the
        ``kind`` the pronoun alone gives when there is none."""
        found = self._unnamed_speaker_before(pos, window, accept, askers=False)
        if found is None:
            return Resolved(None, kind, (), "none")
        earlier, head, where = found
        if earlier == "anonymous":
            return self._same_anonymous(where, head)
        return Resolved(None, earlier, (head,) if head else (), "none")

    def _coordination_before(self, pos: int, accept) -> Mention | None:  # type: ignore[no-untyped-def]
        """"Ana Ruiz and Tom Baker said ... They added": the coordination that spoke last within
        ``PRONOUN_SUBJECT_WINDOW`` before ``pos``, when no other group spoke and no body
        ``accept`` takes was met since; one that was only a subject, when ``pos`` is in the
        same sentence or the next (see ``_silent_pairs``)."""
        i = bisect.bisect_left(self._coordinations, pos, key=lambda c: c[0])
        if not i:
            return None
        where, pair = self._coordinations[i - 1]
        if pos - where > PRONOUN_SUBJECT_WINDOW:
            return None
        k = bisect.bisect_left(self._unnamed, (pos, ""))
        if any(w > where and sex == "plural" for w, sex, _, _ in self._unnamed[:k]):
            return None
        if where in self._silent_pairs and not self._they_ever_since(where, pos):
            return None  # "Ada Kell and Tom Birch opened the cafe. Health inspectors visited. They said"
        if any(accept(e) and (e.last_before(pos) or -1) > where for e in self.entities):
            return None
        return pair

    def _last_speaker(self, pos: int) -> int | None:
        """The entity that spoke last before ``pos``, if what they said was a question."""
        best, best_pos = self._spoke_last(pos)
        if best is None or _last(self.entities[best].asked_at, pos) != best_pos:
            return None
        return best

    def _answered(self, pos: int, gender: str) -> int | None:
        """The asker of a question about someone whose sentence ends right before ``pos`` (only
        spaces between, or the answer in quotation marks: 'Conroy asked Sanders whether ...
        / "Sure it is," he said'), if nobody spoke since and the one asked may be ``gender``."""
        i = bisect.bisect_right(self._questions, (pos, len(self.entities), "~"))
        if not i:
            return None
        end, asker, asked = self._questions[i - 1]
        k = bisect.bisect_left(self._quoted, (end, end))
        if k < len(self._quoted) and 0 <= self._quoted[k][0] - end <= 3 and self._quoted[k][1] <= pos:
            end = self._quoted[k][1]  # the quoted answer
        if not 0 <= pos - end <= 3 or self._last_speaker(pos) != asker or asked not in ("", gender):
            return None
        return asker

    def _group_before(self, pos: int) -> str | None:
        """The kind of the last unnamed group that spoke within a pronoun's reach of ``pos``."""
        i = bisect.bisect_left(self._unnamed, (pos, ""))
        for where, sex, _head, kind in reversed(self._unnamed[:i]):
            if pos - where > PRONOUN_WINDOW:
                break
            if sex == "plural":
                return "person" if kind == "unknown" else kind
        return None

    def _sole_person_before(self, pos: int, gender: str | None, *, bare: bool) -> int | None:
        """The one person named in the sentence before the one at ``pos`` (or in that sentence
        before ``pos``), outside quoted words, and a subject or speaker there ("Samuel Okafor
        scored twice."); None when there is nobody, more than one person, an unnamed speaker, a
        name that may be a person's, or a gender that does not fit. A person the article gave
        another role is taken only for a ``bare`` role ("the physiologist" for "the study's
        co-author"), not one with words of its own ("the Republican presidential candidate" is
        no "Mayor Bill de Blasio"). The article's sentences must be known."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        if k < 1:
            return None
        before, own = self._sentence_starts[k - 1], self._sentence_starts[k]
        named: dict[int, bool] = {}  # entity -> named in the sentence before
        for i, ent in enumerate(self.entities):
            for at in ent.positions[bisect.bisect_left(ent.positions, before) : bisect.bisect_left(ent.positions, pos)]:
                if not self._in_quotation(at):
                    named[i] = named.get(i, False) or at < own
        # Organisations and outlets named beside them are no candidates; a name of unknown kind
        # may be a second person.
        people = [i for i in named if self.entities[i].kind == "person"]
        if len(people) != 1 or not named[people[0]] or any(self.entities[i].kind == "unknown" for i in named):
            return None
        if any(before <= where < pos for where, _, _, _ in self._unnamed):
            return None  # "a witness said ... the pilot said": maybe the witness, maybe not
        ent = self.entities[people[0]]
        if ent.label != "PERSON" or (gender and ent.gender and ent.gender != gender) or (ent.roles and not bare):
            return None  # "Trump Plaza", met as a place, may have been taken for someone
        if not any(not self._in_quotation(at) for at in ent.subject_at[bisect.bisect_left(ent.subject_at, before) : bisect.bisect_left(ent.subject_at, own)]):
            return None  # "He said that when Trump's properties did well": Trump is no subject
        return people[0]

    def _unnamed_just_before(self, pos: int, gender: str | None) -> tuple[str, str, int] | None:
        """The kind ("person", "anonymous"), head word and place of the unnamed speaker who spoke last
        within ``PRONOUN_WINDOW`` before ``pos``, when their gender does not clash with
        ``gender`` and no person who may be of that gender has been named since."""
        i = bisect.bisect_left(self._unnamed, (pos, ""))
        if not i:
            return None
        where, sex, head, _ = self._unnamed[i - 1]
        if pos - where > PRONOUN_WINDOW or sex == "plural" or (gender and sex and sex != gender):
            return None
        own_end = self._unnamed_ends.get(where, where)
        if any(e.kind == "person" and e.gender in (None, gender) and (e.last_before(pos) or -1) >= own_end for e in self.entities):
            return None
        same = [k for w, _, _, k in self._unnamed[:i] if w == where]
        return ("anonymous" if "anonymous" in same else "person"), head, where

    def _in_quotation(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted, (pos, float("inf"))) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _unnamed_before(self, pos: int, window: int, accept) -> str | None:  # type: ignore[no-untyped-def]
        """The kind ("person", "anonymous") of the latest of the last three unnamed speakers
        within ``window`` before ``pos`` that ``accept(gender, head word)`` takes."""
        found = self._unnamed_speaker_before(pos, window, accept)
        return found[0] if found is not None else None

    def _unnamed_speaker_before(self, pos: int, window: int, accept, *, askers: bool = True) -> tuple[str, str, int] | None:  # type: ignore[no-untyped-def]
        """As ``_unnamed_before``, with the speaker's head word and place: the kind, "teacher"
        and where the teacher spoke for "A teacher, who asked not to be named, said". Without
        ``askers``, one who only put a question ("Asked by a reporter whether ..., she said")
        is passed over."""
        i = bisect.bisect_left(self._unnamed, (pos, ""))
        latest = self._unnamed[max(0, i - 3) : i]
        for where, sex, head, kind in reversed(latest):
            if not askers and where in self._unnamed_askers and where not in self._unnamed_told:
                continue
            if pos - where <= window and accept(sex, head):
                # One speaker learned twice ("One nurse, who asked not to be named, said"): once
                # with the clause that makes them anonymous, once without.
                if any(w == where and k == "anonymous" for w, _, _, k in latest):
                    return "anonymous", head, where
                return ("unknown" if sex == "plural" else "person"), head, where
        return None

    def to_entities(self, used: set[int]) -> tuple[Entity, ...]:
        out = []
        for i, ent in enumerate(self.entities):
            if i not in used:
                continue
            out.append(
                Entity(
                    name=ent.name,
                    kind=ent.kind,  # type: ignore[arg-type]
                    descriptions=tuple(ent.descriptions),
                    mentions=tuple(sorted(ent.mentions)),
                )
            )
        return tuple(out)


def earlier_full_name(text: str, mention: Mention, *, later: bool = True) -> Mention | None:
    return FullNames(text).first(mention, later=later)


def earlier_full_names(text: str, mention: Mention, *, later: bool = True, every: bool = True) -> list[Mention]:
    """"Daniel Okafor has run the port since 2019. ... Okafor said": the full name a lone
    surname stands for, written earlier in the text (or, failing that and when ``later``,
    later), when the entity recognizer did not read that sentence. Only a name that starts with
    a known given name, so that "Ashby Rovers" or "Yesterday Okafor" never pass, and none whose
    given name is of the other gender than a title says ("Ms. Okafor" is not "Chinedu
    Okafor")."""
    return FullNames(text).earlier(mention, later=later, every=every)


class FullNames:
    """``earlier_full_names`` over one text, each search made once.

    The registry asks after the same speaker's surname once for every cue and again for a lone
    subject, and each search runs a regular expression over all the text before the name: done
    afresh every time, these look-ups were the slowest part of ``pipeline.finish``. Keep one
    for one text only (one article's ``finish``), so nothing outlives it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._before: dict[tuple[str, str | None, int], list[re.Match[str]]] = {}
        self._after: dict[tuple[str, str | None, int], re.Match[str] | None] = {}
        self._scans: dict[str, tuple[list[re.Match[str]], list[int]]] = {}
        self._made: dict[tuple[int, int, str], Mention | None] = {}
        self._words: dict[str, bool] = {}
        self._names: dict[tuple[str, str | None], tuple[list[re.Match[str]], list[int]]] = {}

    def first(self, mention: Mention, *, later: bool = True) -> Mention | None:
        """The nearest full name before the mention (see ``earlier_full_name``)."""
        found = self.earlier(mention, later=later, every=False)
        return found[-1] if found else None

    def earlier(self, mention: Mention, *, later: bool = True, every: bool = True) -> list[Mention]:
        """See ``earlier_full_names``."""
        surname = mention.name or ""
        if " " in surname or not surname[:1].isupper():
            return []
        sex = gender_of(mention)
        before = self._before_name(surname, sex, mention.span.start)
        if before:
            # ``every``: each of the earlier ones ("Rosalind Achterberg ... Her son, Daniel
            # Achterberg" for "Achterberg").
            chosen = before if every else before[-1:]
        elif later:
            # "Garvey said ... Dana Garvey chairs the panel": failing an earlier one, the first
            # full name written after it.
            after = self._after_name(surname, sex, mention.span.end)
            chosen = [after] if after is not None else []
        else:
            chosen = []
        made = (self._mention(found, surname) for found in chosen)
        return [m for m in made if m is not None]

    def _mention(self, found: re.Match[str], surname: str) -> Mention | None:
        """``_full_name_mention``, made once per match: a lone surname asks for every full name
        before it, and a recurring speaker asks again each time."""
        key = (found.start(), found.end(), surname)
        if key not in self._made:
            self._made[key] = _full_name_mention(self.text, found, surname)
        return self._made[key]

    def has_word(self, word: str) -> bool:
        """Whether ``word`` stands as a word anywhere in the text (case as given), searched once."""
        if word not in self._words:
            self._words[word] = re.search(r"\b" + re.escape(word) + r"\b", self.text) is not None
        return self._words[word]

    def _before_name(self, surname: str, sex: str | None, start: int) -> list[re.Match[str]]:
        key = (surname, sex, start)
        if key not in self._before:
            # Every match holds the surname itself: without it before ``start``, none to look for.
            if self.text.find(surname, 0, start) < 0:
                self._before[key] = []
            elif self._cut_at(surname, start):
                found = _full_name_pattern(surname).finditer(self.text, 0, start)
                self._before[key] = [m for m in found if _is_full_name(self.text, m, sex)]
            else:
                names, ends = self._full_names(surname, sex)
                self._before[key] = names[: bisect.bisect_right(ends, start)]
        return self._before[key]

    def _after_name(self, surname: str, sex: str | None, end: int) -> re.Match[str] | None:
        key = (surname, sex, end)
        if key not in self._after:
            if self.text.find(surname, end) < 0:
                self._after[key] = None
            elif self._cut_at(surname, end, before=False):
                found = _full_name_pattern(surname).finditer(self.text, end)
                self._after[key] = next((m for m in found if _is_full_name(self.text, m, sex)), None)
            else:
                names, ends = self._full_names(surname, sex)
                at = bisect.bisect_right(ends, end)
                # No match of the whole text straddles ``end``, so the first one ending after it
                # also starts after it.
                self._after[key] = names[at] if at < len(names) else None
        return self._after[key]

    def _matches(self, surname: str) -> tuple[list[re.Match[str]], list[int]]:
        """Every match of the surname's pattern over the whole text, found once, with their ends.

        A search of the text before (or after) a mention finds the same matches as this one
        does there, unless a match runs across the cut (see ``_cut_at``): one scan per surname
        instead of one per mention keeps a long article with a recurring speaker linear."""
        if surname not in self._scans:
            found = list(_full_name_pattern(surname).finditer(self.text))
            self._scans[surname] = (found, [m.end() for m in found])
        return self._scans[surname]

    def _full_names(self, surname: str, sex: str | None) -> tuple[list[re.Match[str]], list[int]]:
        """The matches of ``_matches`` that are full names for ``sex``, with their ends."""
        if (surname, sex) not in self._names:
            found = [m for m in self._matches(surname)[0] if _is_full_name(self.text, m, sex)]
            self._names[surname, sex] = (found, [m.end() for m in found])
        return self._names[surname, sex]

    def _cut_at(self, surname: str, cut: int, *, before: bool = True) -> bool:
        """Whether a search cut at ``cut`` may find other matches than the whole text holds: a
        match of the whole text runs across the cut, or (for the text before) the surname ends
        right at it, where the cut makes a word boundary that the whole text lacks. Then the
        cut search is run as it stands."""
        found, ends = self._matches(surname)
        at = bisect.bisect_right(ends, cut)
        if at < len(found) and found[at].start() < cut:
            return True
        return before and self.text.endswith(surname, 0, cut)


# Kept across articles: a batch of news names the same people again and again, and compiling
# the pattern costs about as much as the scan it makes (more surnames than ``re`` keeps compiled).
@functools.lru_cache(maxsize=4096)
def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """One to three capitalised words before the surname. A nickname in quotation marks may
    stand between the given name and the surname ('Eleanor "Nell" Marchbanks'): the recognizer
    reads no person there. A name never runs over a line break (soft ones are already spaces):
    "By Tomasz Wierzbicki" then "Brenna Ortiz has rowed ..." names two people, not one."""
    return re.compile(r"((?:[A-Z][\w'’.-]*[^\S\n]+|" + _NICKNAME + r"[^\S\n]+){1,3})" + re.escape(surname) + r"\b")


def _is_full_name(text: str, found: re.Match[str], sex: str | None) -> bool:
    """Whether the words found before a surname start a full name: a known given name (or one a
    role introduces), not one of the other sex than ``sex``, and no sentence ending among them."""
    other = lexicon.MALE_GIVEN_NAMES if sex == "female" else lexicon.FEMALE_GIVEN_NAMES if sex == "male" else frozenset()
    if _given_name(found.group(1)) in other:
        return False
    if any(w.endswith(".") and len(w) > 2 and w.lower() not in _DOTTED_TITLES for w in found.group(1).split()):
        return False  # "Hillary Clinton. Ms. Conway": a sentence ended between them
    return _given_name_start(found.group(1)) or _role_introduced(text, found.start(1), found.group(1))


def _full_name_mention(text: str, found: re.Match[str], surname: str) -> Mention | None:
    words = found.group(1).split()
    while words and words[0].lower().rstrip(".") in _BEFORE_GIVEN_NAME:
        words.pop(0)
    if not words:
        return None
    start = found.start(1) + found.group(1).index(words[0])
    span = Span.of(text, start, found.end())
    mention = name_mention(span, label="PERSON", descriptions=_role_beside(text, start, found.end()), head_word=surname.lower())
    nickname = re.compile(_NICKNAME + r"\s+")
    if nickname.search(span.text):
        mention = replace(mention, name=nickname.sub("", span.text), words=tuple(w.lower() for w in nickname.sub("", span.text).split()))
    return mention


#: A nickname in quotation marks inside a name: "Nell", “Nell”, ‘Nell’.
_NICKNAME = r"[\"“'‘][A-Z][\w'’.-]*[\"”'’]"


_BODY_ENDINGS = lexicon.COMPANY_NAME_ENDINGS | lexicon.COMPANY_TRADE_WORDS | lexicon.ORGANIZATION_NOUNS


def earlier_body_name(text: str, mention: Mention) -> Mention | None:
    """"Shares in Kestrel Energy fell ... Kestrel declined to comment": the full name of an
    organisation a lone capitalised word stands for, written earlier in the text (or, failing
    that, later), when the entity recognizer did not read that sentence. Only a name ending in
    a company's or organisation's word ("Kestrel Energy", "Kestrel Group"), and never for a
    person's name ("Smith" is no "Smith Group")."""
    name = mention.name or ""
    if " " in name or not name[:1].isupper() or name.isupper() or mention.label == "PERSON" or mention.pronoun:
        return None
    if _lone_personal_name(name):
        return None
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + r"((?:\s+[A-Z][\w&'’-]*){1,2})(?![\w'’-])")

    def body(found: re.Match[str]) -> bool:
        return found.group(1).split()[-1].lower().strip(".") in _BODY_ENDINGS

    before = [m for m in pattern.finditer(text, 0, mention.span.start) if body(m)]
    after = (m for m in pattern.finditer(text, mention.span.end) if body(m))
    found = before[-1] if before else next(after, None)
    if found is None:
        return None
    return name_mention(Span.of(text, found.start(), found.end()), label="ORG")


#: "The 54-year-old former striker, " before a name, ", the club's former striker" after it.
_ROLE_BEFORE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,4}?([\w-]+))\s*,\s*$")
_ROLE_AFTER = re.compile(r"^\s*,\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,4}?([\w-]+))\s*[,.;]")


def _role_beside(text: str, start: int, end: int) -> tuple[str, ...]:
    """The role written as an appositive next to a name found in the raw text, when it ends in
    a role noun."""
    before = _ROLE_BEFORE.search(text[max(0, start - 80) : start])
    if before and before.group(2).lower() in lexicon.ROLE_NOUNS:
        return (before.group(1),)
    after = _ROLE_AFTER.match(text[end : end + 80])
    if after and after.group(2).lower() in lexicon.ROLE_NOUNS:
        return (after.group(1),)
    return ()


_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")
#: The word before an indefinite article and its phrase up to a role: "as" in "flew as a
#: first-time passenger".
_BEFORE_INDEFINITE = re.compile(r"([A-Za-z-]+)\s+(?:" + "|".join(sorted(lexicon.INDEFINITE_ARTICLES)) + r")\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _role_introduced(text: str, start: int, words: str) -> bool:
    """"stallholder Mabel Crane", "Stallholder Mabel Crane": a role word right before one or
    two capitalised words makes them a given name the lists do not know. The role alone before
    the surname ("stallholder Crane") names nobody in full."""
    rest = words.split()
    role = bool(rest) and rest[0].lower() in lexicon.ROLE_NOUNS
    if role:
        rest = rest[1:]
    else:
        before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
        role = before is not None and before.group(1).lower() in lexicon.ROLE_NOUNS
    return role and 1 <= len(rest) <= 2 and all(w.isalpha() and not w.isupper() for w in rest)


#: Titles and roles, which may stand before a given name ("Dr Dana", "stallholder Mabel"); the
#: union is made once here, not for every word tested.
_BEFORE_GIVEN_NAME = lexicon.TITLES | lexicon.ROLE_NOUNS


def _given_name(words: str) -> str:
    """The first of the capitalised words before a surname, titles and roles aside, lower-cased:
    "dana" in "Dr Dana"."""
    rest = words.split()
    while rest and rest[0].lower().rstrip(".") in _BEFORE_GIVEN_NAME:
        rest.pop(0)
    return rest[0].lower() if rest else ""


def _given_name_start(words: str) -> bool:
    """Whether the capitalised words before a surname, titles and roles aside, start with a
    known given name ("Dr Dana" yes, "Yesterday" no)."""
    return _given_name(words) in lexicon.GIVEN_NAMES


#: "The council's leader, Gillian Moss, was more cautious:" and "Gillian Moss was blunt:": the
#: subject of a clause that ends in a colon before a quotation, a name of two or three words in
#: apposition to a role or opening the clause.
_COLON_APPOSITION = re.compile(r"^((?:[Tt]he|[Aa]n?|[A-Z][\w'’]*'s)\s+(?:[\w'’-]+\s+){0,4}?[\w-]+),\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),\s+[a-z]")
_COLON_NAME = re.compile(r"^((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+(?:was|is|were|had|has|sounded|seemed|struck|took|put|remained)\b")
_CLAUSE_START = re.compile(r"(?:^|[.!?][\"'”’)]?\s+|\n)(?=[^.!?\n]*$)")


def colon_subject(text: str, quote_start: int, pronoun: str) -> Mention | None:
    """The named subject of the clause that leads into a quotation with a colon, for a "he" or
    "she" after it: "The council's leader, Gillian Moss, was more cautious: "...," she said."
    Only a name whose given name does not say the other sex; None when the clause has no
    name in one of these two plain shapes."""
    colon = text.rfind(":", max(0, quote_start - 4), quote_start)
    if colon < 0 or text[colon + 1 : quote_start].strip(" \t\"'“‘"):
        return None
    head = text[max(0, colon - 300) : colon]
    opened = _CLAUSE_START.search(head)
    start = colon - len(head) + (opened.end() if opened else 0)
    clause = text[start:colon]
    found = _COLON_APPOSITION.match(clause)
    role = found.group(1) if found else ""
    name_at = found.start(2) if found else -1
    if found is None:
        found = _COLON_NAME.match(clause)
        name_at = 0 if found else -1
    if found is None:
        return None
    name = found.group(2 if role else 1)
    words = name.split()
    if words[0].lower().rstrip(".") in lexicon.TITLES:
        words = words[1:]
    first = words[0].lower() if words else ""
    if not words or first in lexicon.ROLE_NOUNS or first in lexicon.ORGANIZATION_NOUNS:
        return None
    if (pronoun == "she" and first in lexicon.MALE_GIVEN_NAMES) or (pronoun == "he" and first in lexicon.FEMALE_GIVEN_NAMES):
        return None
    span = Span.of(text, start + name_at, start + name_at + len(name))
    return name_mention(span, label="PERSON", descriptions=(role,) if role else (), subject=True)


def writer_name(header: str) -> str | None:
    """The one writer a byline names ("By Jane Doe, Reuters": Jane Doe), or None for no byline,
    several writers or a desk ("By Staff Reporters")."""
    for line in header.split("\n"):
        found = BYLINE.match(line)
        if found is None:
            continue
        words = found.group("people").split()
        if not 2 <= len(words) <= 4:
            return None
        if any(not w[:1].isupper() or w.lower().strip(".") in lexicon.BYLINE_NON_NAMES for w in words):
            return None
        return " ".join(words)
    return None


def build_registry(
    mentions: Sequence[Mention],
    *,
    writer: str | None = None,
    sentences: Sequence[Span] = (),
    quoted: Sequence[Span] = (),
    text: str = "",
    holders: Sequence[Mention] = (),
    role_subjects: Sequence[Mention] = (),
    outlets: Sequence[Mention] = (),
) -> Registry:
    """A registry primed with every named mention of the article, in reading order; ``writer``
    is the byline's one writer; ``sentences`` and ``quoted`` are the article's sentences and
    quotations, ``text`` the article's text, ``holders`` its indefinite role phrases and
    ``role_subjects`` its unnamed subjects new in a role (see ``Registry``); ``outlets`` the
    outlets it names (``named_outlets``), learned as outlets."""
    registry = Registry(writer=writer, sentences=sentences, quoted=quoted, text=text, holders=holders, role_subjects=role_subjects)
    named = {id(m) for m in outlets}
    for mention in sorted([*outlets, *mentions], key=lambda m: m.span.start):
        registry.learn(mention, kind="outlet" if id(mention) in named else None)
    return registry
