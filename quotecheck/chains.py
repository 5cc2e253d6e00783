"""Who carried each quote to this article: the ``via`` chain, the recipient and the context.

A chain lists the intermediaries between the original speaker and the publisher, nearest the
speaker first: "Interfax reported, citing Lavrov" gives Lavrov -> Interfax -> publisher. Words
said *to* the publisher itself ("told the Global Times" in the Global Times) are first-hand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from . import lexicon
from .extract.frames import TRANSLATION_FORMS
from .extract.speakers import Registry, Resolved, abbreviates, clearly_a_person, edition_name, kind_of, outlet_name, publication_name, told_the_press
from .inflect import lemma_of
from .model import Hop, Publisher, Span

if TYPE_CHECKING:
    from .extract.assemble import Draft
    from .extract.frames import Mention


def _hop(
    mention: Mention, cue: Span | None, registry: Registry, publisher: Publisher | None, *, other_than: tuple[int, ...] = ()
) -> Hop:
    res = registry.resolve(mention, other_than=other_than)
    name = res.name
    if publisher is not None and (_own_publication(mention.span.text) or (name is None and _this_publication(mention))):
        # "told this newspaper"; "told the newspaper" with no other newspaper named: this one.
        name = publisher.name
    elif _own_publication(mention.span.text):
        name = mention.span.text  # "this newspaper", not an outlet it names elsewhere
    return Hop(name=name or _bare(mention.span.text), kind=res.kind, span=mention.span, cue=cue)  # type: ignore[arg-type]


def _relay_hop(mention: Mention, cue: Span, registry: Registry, publisher: Publisher | None) -> Hop:
    """The hop of one who passed the words on. One who *reported* them, citing someone, is an
    outlet unless clearly a person: "La Voz Regional reported, citing officials, ..." (a name
    the tagger may take for an organisation's or a person's), not "Dana Whitlow reported"; so
    is the press named as a whole ("Chinese media quoted Zhang as saying")."""
    hop = _hop(mention, cue, registry, publisher)
    if hop.kind == "anonymous" and mention.head_word in lexicon.MEDIA_COLLECTIVE_NOUNS and not mention.possessor:
        return Hop(hop.name, "outlet", hop.span, hop.cue)  # "Chinese media quoted Zhang": the press, unnamed
    if lemma_of(cue.text) not in lexicon.OUTLET_VERBS or hop.kind not in ("person", "organization", "unknown") or not mention.name:
        return hop
    # "Whitlow reported" after "Dana Whitlow": the person the article named in full.
    known_person = hop.kind == "person" and hop.name != _bare(mention.name)
    if known_person or clearly_a_person(mention):
        return hop
    return Hop(hop.name, "outlet", hop.span, hop.cue)


def reader_hop(reader: Mention, cue: Span | None, registry: Registry, publisher: Publisher | None) -> Hop:
    """The hop of one who read out a statement made on someone else's behalf ("Detective Lena
    Brackwood read out a statement on behalf of the Renfield family")."""
    return _hop(reader, cue, registry, publisher)


def _this_publication(mention: Mention) -> bool:
    """"the newspaper", "this paper": the bare noun, not "the state news agency"."""
    words = [w for w in mention.words if w not in ("the", "this")]
    return words == [mention.head_word] and mention.head_word in lexicon.OWN_PUBLICATION_NOUNS


def _own_publication(name: str) -> bool:
    """"this newspaper", "our paper": what the article calls its own outlet, whoever that is;
    not "the newspaper", which may be one the article named before."""
    words = name.casefold().split()
    return (
        len(words) == 2 and words[0] in lexicon.OWN_PUBLICATION_DETERMINERS and words[1] in lexicon.OWN_PUBLICATION_NOUNS
    )


def _private_translator(hop: Hop) -> bool:
    """A translator that is no outlet: "translated by an interpreter" passed the words to no
    one; "translated by the Gazette du Fleuve" is a hop."""
    return hop.cue is not None and hop.cue.text.lower() in TRANSLATION_FORMS and hop.kind != "outlet"


def _titled_programme(mention: Mention) -> bool:
    """"the Today programme", "the Inside Track podcast": a programme noun with a title."""
    return mention.head_word in lexicon.PROGRAMME_NOUNS and bool(mention.name) and not mention.pronoun


def _bare(text: str) -> str:
    for det in ("the ", "The "):
        if text.startswith(det):
            return text[len(det) :]
    return text


def recipient_verb(hop: Hop) -> str:
    """How a chain names the step to a recipient: "in" for a medium the words appeared in
    ("writing in the Northern Courier"), "on" for a programme ("said on the Orbit Hour
    podcast"), else "told" ("told the BBC")."""
    cue = hop.cue.text.lower() if hop.cue is not None else ""
    return lexicon.MEDIUM_PREPOSITIONS.get(cue, "told")


def same_outlet(name: str | None, publisher: Publisher | None) -> bool:
    """Whether ``name`` is the publisher itself ("the Global Times" in a Global Times article,
    "the Associated Press" under an "(AP)" dateline, "this newspaper" in any)."""
    if not name:
        return False
    if _own_publication(name):
        return True
    if publisher is None:
        return False
    ours, theirs = outlet_name(name) or _bare(name), outlet_name(publisher.name) or _bare(publisher.name)
    if abbreviates(ours, theirs) or abbreviates(theirs, ours):
        return True  # "the Associated Press" for AP, "AP" for the Associated Press
    a, b = ours.casefold().split(), theirs.casefold().split()
    if a == b:
        return True
    # "the Courier" for the Northbridge Courier: a masthead's last words alone.
    short, full = sorted((a, b), key=len)
    return bool(short) and full[-len(short) :] == short and short[-1] in lexicon.MASTHEAD_WORDS


def _speakers_paper(speaker: Mention | None, recipient: Mention) -> str | None:
    """The outlet "the paper" means when the speaker is described by it: "The Meridian's
    political editor ... said on the paper's podcast" -> "Meridian"; else None."""
    if speaker is None or not speaker.possessor or not _this_publication(recipient):
        return None
    owner = _bare(speaker.possessor.removesuffix("'s").removesuffix("’s").strip())
    return owner if owner[:1].isupper() else None


#: An outlet or programme named in a description: "now a pundit for the Friday Football Show",
#: "a columnist at the Valley Courier".
_DESCRIBED_OUTLET = re.compile(r"\b(?:for|at|of|on|with)\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)")


def _described_outlet(descriptions: tuple[str, ...], recipient: Mention) -> str | None:
    """The outlet "the programme" or "the paper" means when the speaker's description names one
    of that noun: "Tom Oakes, now a pundit for the Friday Football Show, ... told the show" ->
    "Friday Football Show", not the last outlet named; else None."""
    noun = recipient.head_word
    if recipient.name or recipient.pronoun or [w for w in recipient.words if w != "the"] != [noun]:
        return None
    for desc in descriptions:
        for found in _DESCRIBED_OUTLET.finditer(desc):
            name = found.group(1)
            last = name.split()[-1].lower()
            if noun in lexicon.PROGRAMME_NOUNS and (last in lexicon.PROGRAMME_NOUNS or _on_air_role(desc[: found.start()])):
                # "the programme" for "the Friday Football Show", or for the show a pundit
                # works for whatever its title ("a pundit for the Saturday Sports Hour").
                return name
            if noun in lexicon.OWN_PUBLICATION_NOUNS and len(name.split()) >= 2 and last in lexicon.MASTHEAD_WORDS:
                return name  # "the paper" for "the Valley Courier"
    return None


def _on_air_role(before: str) -> bool:
    """Whether a description ends in a broadcaster's role before the title of what they work
    for: "now a pundit" (for the Saturday Sports Hour), "the presenter" (of Late Call)."""
    words = before.lower().split()
    return bool(words) and words[-1] in lexicon.ON_AIR_ROLE_NOUNS


#: A capitalised name in the possessive right before a journalist's noun: "Ekonomiska Dagen's
#: columnist", "the Herald's chief correspondent".
_POSSESSIVE_NAME = re.compile(r"((?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*)['’]s\s+(?:[a-z-]+\s+){0,3}(?:%s)\b" % "|".join(sorted(lexicon.COLUMN_WRITER_NOUNS)))


def _writers_outlet(speaker: Mention) -> tuple[Hop, ...]:
    """The outlet a journalist speaker writes for, named in the speaker's own phrase: "the
    business daily Ekonomiska Dagen's columnist Johan Lindfors argued" or "Jane Moss, a
    columnist for the Valley Courier, wrote": a columnist's words reach the article through
    the paper that printed them. Empty when no journalist or no outlet is named."""
    if speaker.pronoun or not set(speaker.words) & lexicon.COLUMN_WRITER_NOUNS:
        return ()
    # The name a columnist is someone's is an outlet's, listed or not ("Ekonomiska Dagen").
    owner = _POSSESSIVE_NAME.search(speaker.span.text)
    names = [(owner.group(1), _bare(owner.group(1)))] if owner else []
    found = (m.group(1) for desc in speaker.descriptions for m in _DESCRIBED_OUTLET.finditer(desc))
    names += [(name, publication_name(name)) for name in found]
    for name, outlet in names:
        at = speaker.span.text.find(name) if outlet else -1
        if outlet and at >= 0:
            start = speaker.span.start + at
            return (Hop(outlet, "outlet", Span(start, start + len(name), name)),)
    return ()


#: A journalist's or presenter's role and the outlet or show they work for, at the start of a
#: description: "host of Channel 9's Sunday show", "a reporter for the Valley Courier".
_JOURNALIST_OF = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(%s)\s+(?:of|for|at|with|on)\s+(?:the\s+)?"
    r"((?:[A-Z0-9][\w&-]*\s+)*[A-Z0-9][\w&-]*)(['’]s\b)?"
    % "|".join(sorted(lexicon.ON_AIR_ROLE_NOUNS | lexicon.JOURNALIST_NOUNS))
)


#: Last words of a name that say it broadcasts or publishes ("Channel 9 News", "Sunday Show").
_ON_AIR_NAME_ENDS = lexicon.MASTHEAD_WORDS | lexicon.TOLD_OUTLET_WORDS | lexicon.PROGRAMME_NOUNS


def _outlet_in_descriptions(descriptions: tuple[str, ...]) -> str | None:
    """The outlet a hearer works for, named in their description: "told Julian Ferris, host
    of Channel 9's Sunday show" -> "Channel 9"; words told to a journalist went to their outlet.
    None when no description names one."""
    for desc in descriptions:
        found = _JOURNALIST_OF.match(desc)
        if found is None:
            continue
        role, name, possessive = found.groups()
        words = name.lower().split()
        rest = desc[found.end() :].split()
        # A host may host a forum, not a show: the name or what it owns must say broadcast.
        on_air = (possessive and rest and rest[0].lower().strip(",.") in lexicon.PROGRAMME_NOUNS) or (
            words[-1] in _ON_AIR_NAME_ENDS
            or (len(words) >= 2 and words[0] in lexicon.BROADCAST_NAME_WORDS)
        )
        if role in lexicon.JOURNALIST_NOUNS or on_air:
            return name
    return None


def _told_publication(recipient: Mention) -> bool:
    """A hearer whose name says it publishes what it is told: a name ending in a review's or a
    blog's word ("the Health Policy Review") or set before one ("the Patchwork security blog"),
    or a name ending in a channel number ("Dalmora 24"), which no person's name does, or a
    paper's name after its day ("told the Sunday Pilgrim", ``_edition_name``)."""
    words = _bare(recipient.span.text).rstrip(".,").split()
    if recipient.pronoun or not words or not any(w[:1].isupper() for w in words):
        return False
    if recipient.determiner == "the" and _edition_name(words):
        return True
    if words[-1].isdigit() and len(words[-1]) <= 3 and len(words) >= 2 and words[-2][:1].isupper():
        return True
    return words[-1].lower() in lexicon.TOLD_OUTLET_WORDS and (words[-1][:1].isupper() or len(words) >= 2)


def _edition_name(words: Sequence[str]) -> bool:
    """Whether a name is a paper's by its day or "Daily" and one or two capitalised words after
    it: "Sunday Pilgrim", "Weekend Courier" (``speakers.edition_name``). Not a club or a
    market that opens with a day ("the Sunday Club"), nor people named after one ("the Weekend
    Market traders")."""
    return all(w[:1].isupper() for w in words) and edition_name([w.lower() for w in words])


def without_recipient_again(via: tuple[Hop, ...], recipient: Hop | None) -> tuple[Hop, ...]:
    """The chain without the outlet the words were told to, named again as the one that
    reported them: "told the newspaper El Heraldo that ..., El Heraldo reported" is one step,
    not two (Ocampo -> El Heraldo, not Ocampo -> El Heraldo -> El Heraldo). So is a carrier taken
    over from the quote before and the outlet told now: "According to one insider quoted by the
    Pulse, ... '...,' the insider told the magazine" (the insider -> the Pulse)."""
    if recipient is None or recipient.kind != "outlet":
        return via
    told = recipient.name.casefold()
    return tuple(hop for hop in via if not (hop.kind == "outlet" and hop.name.casefold() == told))


def _speaks_for(mention: Mention, speaker: Mention, res: Resolved) -> bool:
    """Whether a cited one is the speaking organisation's own spokesperson: "Kestrel Run said
    ..., the Aftenbladet Sport reported, citing a company spokesperson". The spokesperson's
    words are the organisation's, so they are no step between it and the paper. Only one tied
    to the speaker by the word right before the noun: "its", "company", a word of the
    speaker's name or its head noun ("The ministry said ..., citing a ministry spokesman");
    "citing a police spokesman" after "The ministry said", or "a state police spokesman"
    after "The state ministry said", is someone else."""
    if res.kind != "organization" or mention.head_word not in lexicon.SPOKESPERSON_NOUNS:
        return False
    if mention.head_word not in mention.words:
        return False
    own = {w.casefold() for w in (res.name or "").split()} | {speaker.head_word} | lexicon.OWN_SPOKESPERSON_MODIFIERS
    modifiers = [w for w in mention.words[: mention.words.index(mention.head_word)] if w not in ("'s", "’s")]
    return bool(modifiers) and modifiers[-1] in own


def chain_for(
    draft: Draft, registry: Registry, publisher: Publisher | None
) -> tuple[tuple[Hop, ...], Hop | None, tuple[Span, ...]]:
    """``via``, ``recipient`` and ``context`` of one draft quote."""
    frame = draft.frame
    if frame is None:
        return (), None, ()
    # Who spoke, resolved once: read for the relays, the hearer and the speaker's own paper.
    resolved = registry.resolve(draft.speaker) if draft.speaker is not None else None
    via = tuple(
        hop
        for hop in (
            _relay_hop(r.mention, r.cue, registry, publisher)
            for r in draft.relays
            if draft.speaker is None or resolved is None or not _speaks_for(r.mention, draft.speaker, resolved)
        )
        if not same_outlet(hop.name, publisher) and not _private_translator(hop)
    )
    if not via and frame.recipient is None and draft.speaker is not None:
        # "Ekonomiska Dagen's columnist Johan Lindfors argued": his paper carried the words.
        via = tuple(hop for hop in _writers_outlet(draft.speaker) if not same_outlet(hop.name, publisher))
    recipient = None
    if frame.recipient is not None:
        # "Adeyemi asked her whether ...": "her" is someone other than the one asking.
        speaker = resolved.who if resolved is not None and frame.recipient.pronoun else ()
        # A medium's cue is the preposition that says where the words appeared ("in").
        cue = frame.medium_cue if frame.recipient_outlet and frame.medium_cue is not None else frame.cue
        recipient = _hop(frame.recipient, cue, registry, publisher, other_than=speaker)
        own = _speakers_paper(draft.speaker, frame.recipient)
        if own is None and resolved is not None:
            own = _described_outlet(resolved.descriptions, frame.recipient)
        if own is not None:
            # "The Meridian's political editor said on the paper's podcast": the paper is the
            # one the speaker works for, not the last paper named.
            recipient = Hop(own, "outlet", recipient.span, recipient.cue)
        elif _titled_programme(frame.recipient) and recipient.kind != "outlet":
            # "told the Today programme": a programme airs what it hears; its title is its name.
            recipient = Hop(_bare(frame.recipient.span.text), "outlet", recipient.span, recipient.cue)
        elif frame.recipient_outlet and recipient.kind != "outlet":
            # A programme or a website the words were published on, whatever its name says.
            recipient = Hop(recipient.name, "outlet", recipient.span, recipient.cue)
        elif (
            recipient.kind in ("person", "organization", "unknown")
            and draft.speaker is not None
            and frame.lemma not in lexicon.QUESTION_VERBS  # "A source asked Ferris ...": no interview
            and told_the_press(draft.speaker, frame.recipient)
            and len(recipient.name.split()) == 1
        ):
            # "A source close to the singer told Stagewatch": a name nobody goes by, told by a
            # source of press reports, whatever the tagger made of it; unless the article named
            # someone or some body so in full.
            recipient = Hop(recipient.name, "outlet", recipient.span, recipient.cue)
        elif (
            recipient.kind in ("person", "organization", "unknown")
            and frame.lemma not in lexicon.QUESTION_VERBS
            and _told_publication(frame.recipient)
        ):
            # "told the Health Policy Review", "told Dalmora 24", "in an interview with Tarnwood
            # FM": only a publication is so named.
            recipient = Hop(recipient.name, "outlet", recipient.span, recipient.cue)
        elif recipient.kind == "person" and (
            works_for := _outlet_in_descriptions(registry.resolve(frame.recipient, other_than=speaker).descriptions)
        ):
            # "told Julian Ferris, host of Channel 9's Sunday show": Channel 9 aired the words.
            recipient = Hop(works_for, "outlet", recipient.span, recipient.cue)
        elif recipient.kind == "unknown" and kind_of(frame.recipient) == "unknown":
            recipient = Hop(recipient.name, "unknown", recipient.span, recipient.cue)
        if recipient.kind != "outlet" and same_outlet(recipient.name, publisher):
            # "told Coastline Wire" in a Coastline Wire article: the publisher is an outlet,
            # whatever the tagger made of its name.
            recipient = Hop(recipient.name, "outlet", recipient.span, recipient.cue)
    return without_recipient_again(via, recipient), recipient, frame.context
