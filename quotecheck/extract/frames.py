"""Attribution frames: the cues of a parsed Doc with their speaker, hearer and content.

This is the one place where spaCy objects become quotecheck's character-offset records: every
``Frame`` and ``Mention`` holds only ``Span`` values (offsets into the whole article, the Doc
being a slice of it starting at ``base``), so the stages after this one never touch spaCy.

The rules read only the parser's labels (``dep_``), the fine-grained tags (``tag_``) and the
entity labels: no lemmatizer or attribute ruler is needed, which keeps the pipeline fast. Cue
words are found through ``inflect.FORM_TO_LEMMA``; every word list lives in ``lexicon``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .. import lexicon
from ..header import DATELINE
from ..inflect import FORM_TO_LEMMA, forms_of, forms_of_all, lemma_of
from ..model import Span, SpanIndex, stripped_end
from ..parsing import PROPER_TAGS as _PROPER_TAGS
from ..wrapping import line_ends_words

if TYPE_CHECKING:  # spaCy types only for annotations; this module works on any parsed Doc.
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

#: Dependents of a cue verb that can carry what was said.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "attr", "dative"})
_CONTENT_PREPS = frozenset({"for", "of", "on", "about", "against", "at", "as", "to", "over", "that"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "DT"})
_PUNCT_CHARS = frozenset(",;:—–-.\u2014\u2013")
#: Entity labels of a name, a person's or a body's.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})
#: Entity labels of a body's name, not a person's.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
#: Entity labels that say a capitalised run is no person's name ("The chairman, In Paris, ...").
_NOT_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "EVENT"})
_WH_WORDS = frozenset({"who", "which", "that", "whom"})
_DASHES = frozenset("\u2014\u2013\u2015")


# Labels of mentions that only tell the registry (``speakers.Registry``) something about the
# article, no one to learn as a name.
#: The label of a lone capitalised subject the recognizer did not label (see
#: ``entity_mentions``): a name only if it is someone's already met.
LONE_SUBJECT = "LONE_SUBJECT"
#: The label of a name of two or three capitalised words the recognizer did not label (see
#: ``entity_mentions``): only ever the full name of a lone surname that speaks later.
UNREAD_NAME = "UNREAD_NAME"
#: The label of an indefinite role phrase ("a passenger" in "Video posted by a passenger", see
#: ``entity_mentions``): no one to learn, only where someone new in that role came in.
NEW_HOLDER = "NEW_HOLDER"
#: The label of someone new in a role as a sentence's subject, unnamed ("The second engineer,
#: who asked not to be named, agreed.", see ``entity_mentions``): no one to learn, only
#: whom a "he" or "she" right after may mean.
ROLE_SUBJECT = "ROLE_SUBJECT"


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase that can speak: what the resolution stage needs to know about it."""

    span: Span  # the whole noun phrase, appositives included
    head: Span  # the name or the head noun ("Ma Jihua", "the minister", "he")
    head_word: str  # lowercased head token ("jihua", "minister", "he")
    determiner: str  # lowercased determiner or quantifier, "" when none
    label: str  # entity label of the head ("PERSON", "ORG", ...) or ""
    name: str | None  # a proper name inside the phrase, titles stripped
    proper: bool  # the head is a proper noun
    plural: bool
    pronoun: bool
    descriptions: tuple[str, ...] = ()  # appositives and titles: "a veteran industry analyst"
    possessor: str = ""  # "Russia's" in "Russia's Foreign Minister Sergei Lavrov"
    words: tuple[str, ...] = ()  # lowercased words of the phrase
    subject: bool = False  # the subject of its clause: what a following "he" most likely means
    #: For someone new in a role as a sentence's subject: the genders of the "him" or "her"
    #: their verb acts on ("A police officer handcuffed him"), someone else kept in focus whom
    #: a "he" right after means rather than the officer (see ``_objects_in_focus``).
    others_in_focus: tuple[str, ...] = ()
    #: The conjuncts of a coordinated phrase ("Ana Ruiz and Tom Baker", "the mayor and her
    #: deputy"), each a mention of its own, in order; empty for a single one. The fields above
    #: describe the first conjunct with the whole phrase as its span, as before coordinations
    #: were read, so that stages which want one head still get one.
    parts: tuple["Mention", ...] = ()


def name_mention(
    span: Span,
    *,
    label: str = "",
    descriptions: tuple[str, ...] = (),
    subject: bool = False,
    head_word: str | None = None,
    words: tuple[str, ...] | None = None,
) -> Mention:
    """A proper name found in the raw text rather than by the parse ("Kestrel Energy" written
    earlier, the body in "A Halbrook spokesperson"): the whole span is the name and its head."""
    split = tuple(w.lower() for w in span.text.split())
    return Mention(
        span=span,
        head=span,
        head_word=(split[-1] if split else "") if head_word is None else head_word,
        determiner="",
        label=label,
        name=span.text,
        proper=True,
        plural=False,
        pronoun=False,
        descriptions=descriptions,
        words=split if words is None else words,
        subject=subject,
    )


@dataclass(frozen=True, slots=True)
class Relay:
    """Someone who passed the words on: the agency that "quoted X as saying", "citing X"."""

    mention: Mention
    cue: Span


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution cue and what hangs on it."""

    cue: Span
    lemma: str  # "say", "tell", "according to", "quote" ...
    frame: str  # clause | tell | object | belief | finding | according | decline | statement | transcript | label
    speaker: Mention | None
    content: tuple[Span, ...]  # from the parse; empty when the content is a nearby quotation
    extent: Span  # the attribution clause (speaker, cue, hearer, context) without the content
    sentence: Span
    recipient: Mention | None = None
    #: The recipient is the medium that carried the words first ("said on 'The Late Hour'",
    #: "in his column for the Sporting Ledger"): an outlet, whatever its name looks like.
    recipient_outlet: bool = False
    #: The preposition that names such a medium as where the words appeared: "in" in "writing
    #: in the Northern Courier", "on" in "said on the Orbit Hour podcast".
    medium_cue: Span | None = None
    context: tuple[Span, ...] = ()
    #: Intermediaries found in this sentence, nearest the speaker first.
    relays: tuple[Relay, ...] = ()
    #: Content comes before the cue ("..., X said.").
    content_before: bool = False
    passive: bool = False
    negated: bool = False
    #: The content is a gerund clause the cue denies or admits ("denied knowingly taking any
    #: banned substance"), not a noun ("denied planning permission", "denied nothing").
    gerund: bool = False
    #: The speaker's phrase negates the cue: "Neither Harlow nor Delune responded", "No one at
    #: the firm returned calls" (see ``_negating_subject``); so does a fronted "nor" with the
    #: auxiliary before the speaker: "Nor had any customer reported ..." (``_negative_inversion``).
    subject_negates: bool = False
    #: The content only says that words already quoted were made ("He made the remarks at the
    #: premiere, according to Screen Ledger"): the frame attributes those words.
    about_remarks: bool = False
    #: Under a modal of possibility: "the findings could help explain why ..."
    hypothetical: bool = False
    #: A headline's "Name: ..." label with no quotation marks: ``"person"`` when the entity
    #: recognizer says so, ``"surname"`` when the article must name such a person, ``"body"``,
    #: ``"medium"``, ``"people"`` or ``"side"`` for an organisation, outlet, group or someone's
    #: side ("Okafor camp", ``_body_label``), else "".
    headline_label: str = ""
    #: Who an opening question was about ("Asked about Varga, she said ..."): not the speaker.
    topic: Mention | None = None
    #: The cue is in a relative clause on a noun, whose gap is in what was said ("attacks that
    #: Trump said were sparked by ..."): a claim about the noun, never the source of the words
    #: around it.
    in_relative: bool = False
    #: The noun phrase a relative word opening the content stands for: "The levy" for "which"
    #: in "The levy, which the mayor said was a mistake, ..." (see ``_antecedent``).
    about: Span | None = None


@dataclass(frozen=True, slots=True)
class ParsedChunk:
    """What one parsed Doc contributes: its frames, sentences and named mentions."""

    frames: tuple[Frame, ...]
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]


# --------------------------------------------------------------------------------------------
# Conversion helpers: the only place Token offsets become Spans.
# --------------------------------------------------------------------------------------------


class _Converter:
    def __init__(self, text: str, base: int) -> None:
        self.text = text
        self.base = base

    def tokens(self, first: Token, last: Token) -> Span:
        start = self.base + first.idx
        end = self.base + last.idx + len(last.text)
        # The tokenizer leaves a dash glued to a word ("ended —Greaves" gives "—Greaves");
        # a span never starts or ends with one.
        while start < end - 1 and self.text[start] in _DASHES:
            start += 1
        while end > start + 1 and self.text[end - 1] in _DASHES:
            end -= 1
        return Span(start, end, self.text[start:end])

    def token(self, tok: Token) -> Span:
        return self.tokens(tok, tok)

    def chars(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


def _from_line_start(toks: Sequence[Token], head: Token) -> list[Token]:
    """A phrase's tokens from the last paragraph or list line its head stands on: the parser
    may join the line before to the subject ("... "long overdue".\n- Finance director Jonas
    Petrik said"), but a new list item or paragraph starts a new phrase."""
    cut = 0
    for k, t in enumerate(toks):
        if t.i >= head.i:
            break
        if t.is_space and "\n" in t.text:
            after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if "\n\n" in t.text or (after is not None and after.text in lexicon.BULLETS):
                cut = k + 1
    rest = list(toks[cut:])
    while rest and rest[0].i < head.i and (rest[0].is_space or rest[0].text in lexicon.BULLETS):
        rest.pop(0)
    return rest


def _trim_tokens(toks: Sequence[Token]) -> list[Token]:
    """Drop punctuation, conjunctions and quotation marks at both ends of a token run."""
    toks = list(toks)
    # A "nor" before the auxiliary it inverts ("Nor will it raise prices") is no joiner: it stays.
    while toks and (toks[0].is_punct or toks[0].is_space or (toks[0].dep_ == "cc" and not _inverted_nor(toks))):
        toks.pop(0)
    while toks and (
        (toks[-1].is_punct and not toks[-1].is_quote and toks[-1].text not in ("?", "!", "%") and not _closes_bracket(toks))
        or toks[-1].is_space
        or toks[-1].dep_ == "cc"
        # An opening mark, stuck to the sentence before it by the segmenter: ". ''It was".
        or (toks[-1].is_quote and len(toks) > 1 and toks[-2].whitespace_ and not toks[-1].whitespace_)
    ):
        toks.pop()
    return toks


def _closes_bracket(toks: Sequence[Token]) -> bool:
    """Whether the last token closes a bracket the run opened: "the State Emergency Management
    Agency (SEMA)" keeps its ")"."""
    pairs = {")": "(", "]": "["}
    opening = pairs.get(toks[-1].text)
    if opening is None:
        return False
    return sum(t.text == opening for t in toks[:-1]) > sum(t.text == toks[-1].text for t in toks[:-1])


#: A comma followed by one of these closes reported content: what follows is the writer's own
#: aside ("..., though they blame ...", "..., while critics say ..."). See lexicon.ASIDE_OPENERS.
_TAIL_MARKS = lexicon.ASIDE_OPENERS


#: Words that open an aside even without a comma: "... backed the bill although he voted
#: against it"; "despite" only after a mark or conjunction (see ``_inside_predicate``).
_BARE_TAIL_WORDS = lexicon.BARE_ASIDE_OPENERS
_DASH_TOKENS = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})


def _tail_node(toks: list[Token], k: int, members: set[int]) -> Token | None:
    """The dependent that starts at ``toks[k]`` and runs to the end of the content, if any."""
    node = toks[k]
    while node.head.i in members and node.head.i != node.i and node.head.left_edge.i >= toks[k].i:
        node = node.head
    if node.right_edge.i >= toks[-1].i:
        return node
    # '..., quoting a nurse as saying the children had "eaten bread"': the parser may hang the
    # closing mark of a quotation inside the tail on the content's verb; it still ends the tail.
    after = [t for t in toks if t.i > node.right_edge.i]
    opened = sum(1 for t in node.subtree if t.is_quote) % 2 == 1
    return node if opened and all(t.is_quote for t in after) else None


def _opens_aside(toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` opens a concessive or contrastive aside.

    "even" does so only as part of a concessive subordinator ("..., even though he lost");
    "..., even if he loses" is a condition and "..., even in a close race" a focus, both part
    of the claim.
    """
    word = toks[j].lower_
    if word == "even":
        return j + 1 < len(toks) and toks[j + 1].i == toks[j].i + 1 and toks[j + 1].lower_ in lexicon.EVEN_CONCESSIVE
    return word in _TAIL_MARKS


def _aside_dash(tok: Token) -> bool:
    """A dash that sets off an aside: a dash proper, or a hyphen standing alone with spaces
    around it ("the state - which she won - would"), not the one inside "front-runner"."""
    if tok.text not in _DASH_TOKENS:
        return False
    return tok.text != "-" or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_))


def _closing_dash(toks: list[Token], k: int) -> int | None:
    """The index of the dash that closes the aside the dash at ``toks[k]`` opens ("the council —
    a body long split on zoning — had"): the next aside dash after at least one word, with a
    word after it; None when there is none."""
    return next((m for m in range(k + 2, len(toks) - 1) if _aside_dash(toks[m])), None)


def _dash_aside_closed(toks: list[Token], k: int) -> bool:
    """Whether the aside the dash at ``toks[k]`` opens is closed by a second dash with the
    claim's words going on after it: in "concerns about job losses — as voiced by Krueger —
    were not to be dismissed" the predicate follows the aside, so the aside is inside the
    content and does not end it. A closed aside after words with no verb is inside too, even
    when no verb follows it either: in verbless content ("higher fees — as in 2019 — for
    every user") a cut at the first dash would leave a bare noun phrase of the claim."""
    closing = _closing_dash(toks, k)
    if closing is None:
        return False
    return any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in toks[closing + 1 :]) or not any(
        t.tag_.startswith("VB") or t.tag_ == "MD" for t in toks[:k]
    )


def _inside_predicate(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]``, a preposition of concession, follows the claim's words directly: in
    "she would back him despite mixed feelings" the phrase is part of the claim; after ", but"
    or a dash it opens an aside (see lexicon.BARE_ASIDE_PREPOSITIONS)."""
    if toks[k].lower_ not in lexicon.BARE_ASIDE_PREPOSITIONS or k == 0:
        return False
    before = toks[k - 1]
    return not (before.is_punct or before.dep_ == "cc")


def _is_focus(tok: Token) -> bool:
    """A focusing adverb or "not" that opens a phrase narrowing the claim: "..., particularly
    the young", "..., not the rich", "..., possibly raising taxes"."""
    return tok.lower_ in lexicon.FOCUS_ADVERBS and tok.dep_ in ("advmod", "neg", "preconj")


def _is_list_member(node: Token) -> bool:
    """An appositive with its own conjunct is the rest of a list the parser misread: "his wife,
    Lonnie, and other family members", "the mayor, her aides and advisers with ...". One that
    opens with "a" or "an" describes the name before it: "Ann Cole, a lawyer and judge"."""
    if node.dep_ != "appos" or not any(c.dep_ == "conj" for c in node.children):
        return False
    return node.left_edge.lower_ not in ("a", "an")


def _figure_gloss(node: Token) -> bool:
    """An appositive that ranks the figure before it, with no clause of its own: "rose to 4.9
    percent, the highest since 2019", "fell to 212, the lowest level in a decade". The ranking
    is part of the reported claim (QA probe p57 D11), not the writer's aside as "..., a move
    that could ..." is."""
    if node.dep_ not in ("appos", "npadvmod"):
        return False
    if node.tag_ not in ("JJS", "RBS") and not any(c.tag_ in ("JJS", "RBS") and c.dep_ == "amod" for c in node.children):
        return False
    doc = node.doc
    comma = node.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    # The figure ends before the comma: "4.9 percent", "$9,800 a tonne" (the parser may hang
    # the ranking on the verb then).
    before = doc[comma - 1]
    if not any(_figure_word(t) for t in (before, before.head)):
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in node.subtree)


def _figure_word(tok: Token) -> bool:
    """A word of a figure: a number or an amount, not a date ("4.9 percent", "9,800")."""
    return tok.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") or (tok.like_num and tok.ent_type_ not in ("DATE", "TIME")) or any(
        c.dep_ == "nummod" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children
    )


def _list_after_nested_phrase(node: Token) -> bool:
    """An appositive with a coordination of its own, hung on the object of a phrase that
    modifies a noun, is the rest of a list that noun opens: "spent the money on a holiday home
    in Portugal, a vintage car and private school fees" (the parser hangs "a vintage car and
    ... fees" on "Portugal"; QA probe p56 #10). A phrase describing the top noun ("Ann Cole, a
    lawyer and judge") is no such list: its anchor is no object of a nested phrase."""
    if node.dep_ != "appos":
        return False
    anchor = node.head
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or not prep.head.tag_.startswith("NN") or prep.head.dep_ == "appos":
        return False
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in node.subtree):
        return False  # "the case of Guccifer 2.0, an individual or group of hackers who ...": a description
    if any(c.dep_ == "poss" for c in node.children) or lexicon.role_noun(node.lower_) or node.lower_ in lexicon.PLACE_COMMON_NOUNS:
        return False  # "Lagos, Nigeria's largest city and ...", "Tomas Reyl, a farmer and ...": who or what it is
    level = {node.i} | {c.i for c in node.children if c.tag_.startswith("NN") and c.i < node.i}
    return any(t.dep_ == "cc" and t.head.i in level for t in node.subtree)


def _own_label(rel: Token) -> bool:
    """A relative clause in which the speaker, as a pronoun, names the thing in quotation marks:
    'said the company would fight the lawsuit, which it called "without merit"'. The label is
    the speaker's words too, where 'which critics called "reckless"' is the writer's aside."""
    if rel.dep_ != "relcl" or lemma_of(rel.text) not in lexicon.CALLING_VERBS | {"describe"}:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in lexicon.PERSONAL_PRONOUNS for c in rel.children):
        return False
    return any(t.is_quote for t in rel.doc[rel.i + 1 : rel.right_edge.i + 2])


def _judged_words(noun: Token) -> bool:
    """Whether a noun that renames the words before it carries a relative clause with a subject
    of its own: "described the inquiry as a fishing expedition, a phrase Maddox called ...".
    What Maddox called it is his statement, not part of the one it renames."""
    return any(c.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" for g in c.children) for c in noun.children)


_STATEMENT_ACT_FORMS = forms_of_all(lexicon.STATEMENT_ACT_VERBS)


def _medium_tail(toks: list[Token]) -> int | None:
    """Where the written statement reported content came in starts, when that closes it:
    in "talks would resume in a statement on Sunday", at "in". Only "in a/an" and a noun of
    ``lexicon.MEDIUM_TAIL_NOUNS`` ("a statement", "a Facebook post") hung on the root of the
    reported clause, or on a word the parser hangs a closing phrase on by default (a noun, the
    verb of a clause on a noun: "efforts to transition to ... in a statement"), and only a
    time after it. Not after a verb of speech ("said in a statement that" is the cue's medium,
    and "asked for the files in a statement" is a statement reported), nor of an act done in a
    statement ("had lied to parliament in a statement": ``lexicon.STATEMENT_ACT_VERBS``), nor on
    a verb the clause's root leads to ("wanted to correct the error in a statement") outside
    quotation marks: those are part of the claim."""
    members = {t.i for t in toks}
    for k in range(len(toks) - 2, 0, -1):
        prep = toks[k]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i not in members:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lower_ not in lexicon.MEDIUM_TAIL_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE_ARTICLES for c in noun.children):
            continue
        head = prep.head
        if lemma_of(head.text) in lexicon.SPEECH_VERBS or head.lower_ in _STATEMENT_ACT_FORMS:
            continue
        roots = {t.i for t in toks if t.head.i not in members or t.head.i == t.i}
        if head.i not in roots and _in_verb_chain(head, roots):
            # A verb inside quoted words before it ('to "keep talking" in a statement') is the
            # parser's default attachment across the closing mark, not the speaker's phrase.
            closed = sum(t.is_quote for t in prep.doc[head.i + 1 : prep.i]) % 2 == 1
            if not closed:
                continue
        # Only a time may follow it: "in a statement on Friday", where "on Friday" hangs on the verb.
        times = {
            t.i
            for c in head.rights
            if c.i > prep.i
            and (
                (c.dep_ == "prep" and any(p.dep_ == "pobj" and _point_in_time(p) for p in c.children))
                or (c.dep_ == "npadvmod" and _point_in_time(c))
            )
            for t in c.subtree
        }
        if all(t.i in times or t.is_punct for t in toks[k + 1 :] if t.i > prep.right_edge.i):
            return k
    return None


#: Dependencies by which a clause's root leads to the verbs of its own predicate: "wanted to
#: correct", "said it would", "came and went", "left before it ended".
_VERB_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl"})


def _in_verb_chain(tok: Token, roots: set[int]) -> bool:
    """Whether ``tok`` is a verb reached down from one of ``roots`` through the predicate's own
    complements: "correct" in "wanted to correct the error", not "transition" in "efforts to
    transition", a clause on a noun."""
    node = tok
    while node.i not in roots:
        if not (node.tag_.startswith("VB") or node.tag_ == "MD") or node.dep_ not in _VERB_CHAIN_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return node.i != tok.i


def _without_medium_tail(toks: list[Token]) -> list[Token]:
    """Reported content without the written statement it came in when that closes it (see
    ``_medium_tail``): "talks would resume in a statement on Sunday" is "talks would resume";
    ``_verb_frame`` keeps the statement as the frame's context."""
    k = _medium_tail(toks)
    return toks if k is None else toks[:k]


def _cut_tail(toks: list[Token], *, closing_cue: bool = False) -> list[Token]:
    """Drop the writer's aside at the end of reported content.

    Annotators end reported content before a non-restrictive tail: after a comma ("..., a move
    that could ...", "..., though they blame ...", "..., which he argued ..."), a dash
    ("... – even though he picked ..."), a parenthesis ("... (there were over 2,000 ...)") or a
    concessive word ("... despite the group's name change"). The reasons, conditions and
    purposes a speaker gives go on ("..., because it is late", "..., if it passes", "..., to
    cut costs"), and so does a phrase a focusing adverb opens ("..., particularly in Ohio").
    Before a ``closing_cue`` so does a participle clause ("Storms swept the coast, knocking out
    power to 200,000 homes, officials said"): the cue at the end takes in all before it.
    """
    if len(toks) < 3:
        return toks
    # A subtree the parser built across its own crossing arcs ("..., which she said meant ...":
    # "which" hangs on "meant") comes out of order; the marks below are read by position.
    toks = _without_medium_tail(sorted(toks, key=lambda t: t.i))
    members = {t.i for t in toks}
    for k in range(len(toks) - 1, 0, -1):
        tok = toks[k]
        if k + 1 < len(toks) and toks[k + 1].i != tok.i + 1:
            continue
        if tok.text == "(" and toks[-1].text == ")":
            return toks[:k]
        if tok.text == ";" and any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in toks[k + 1 :]):
            # "... accepted all three invitations; the senator's office says ...": a clause of
            # its own after a semicolon is the writer's next sentence.
            return toks[:k]
        if tok.text in _DASH_TOKENS and k + 1 < len(toks) and _opens_aside(toks, k + 1) and not _dash_aside_closed(toks, k):
            return toks[:k]
        if tok.lower_ in _BARE_TAIL_WORDS and not _inside_predicate(toks, k):
            node = _tail_node(toks, k, members)
            # The concessive word must head the tail or mark its head: in "Democratic, though
            # culturally conservative, areas" it is inside a noun phrase that goes on.
            if node is not None and (node == tok or tok.head == node):
                return toks if _quoted_counterpoint(toks, k, node) else toks[:k]
        if tok.text != "," or k + 1 >= len(toks):
            continue
        # A comma inside a closing mark ('... to hide," in what she called ...') is a comma
        # before the words after the mark, and those are the writer's again.
        quoted = toks[k + 1].is_quote and not tok.whitespace_ and k + 2 < len(toks) and toks[k + 2].i == tok.i + 2
        start = k + 2 if quoted else k + 1
        keep = toks[:start] if quoted else toks[:k]
        nxt = toks[start]
        node = _tail_node(toks, start, members)
        if node is None:
            continue
        aside = _opens_aside(toks, start)
        if aside and _quoted_counterpoint(toks, start, node):
            return toks
        if node.dep_ == "advcl":
            # "..., though they blame ..." and "..., saying ..." are asides; "..., because it is
            # late", "..., if it passes", "..., so that ...", "..., to cut costs", "..., when the
            # votes are counted" and "..., especially since ..." are part of the claim.
            opener = nxt.tag_ in ("IN", "TO", "WRB") and nxt.dep_ in ("mark", "aux", "advmod")
            opener = opener or _led_opener(toks, start, node)
            participle = _claim_participle(node, nxt, toks, closing_cue=closing_cue)
            if quoted or aside or not (opener or participle or _is_focus(nxt)):
                return keep
            if participle and not closing_cue and not (opener or _is_focus(nxt)):
                # A participle tail may follow the writer's own aside ("..., who also held a
                # rally, drawing 900 people"): the commas before it are read on.
                continue
            # A tail that belongs to the claim ends the search: the commas before it are
            # inside the claim too ("..., choosing instead to help them, particularly ...").
            return toks
        if node.dep_ in ("appos", "npadvmod"):
            # "..., particularly those who ...", "..., not the rich" narrow the claim.
            if (_is_focus(nxt) and not aside) or _is_list_member(node) or _list_after_nested_phrase(node):
                return toks
            if _figure_gloss(node) and not aside:
                return toks
            return keep
        if node.dep_ in ("relcl", "acl"):
            if _own_label(node):
                continue
            return keep
        if nxt.lower_ == "which" and nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.i == node.i:
            # '... would "criminalise being fifteen", which strikes me as overblown': a
            # sentence relative the parser took for a complement; the writer's comment.
            return keep
        # "as" with a noun phrase is a role ("sees her, as the leader"), not an aside.
        if node.dep_ in ("prep", "conj") and aside and not (node.dep_ == "prep" and nxt.lower_ == "as"):
            return keep
        if quoted and node.dep_ == "prep":
            # After a quotation, a prepositional phrase is how or where it was said.
            return keep
        if node.lower_ in lexicon.QUOTED_WORDS_NOUNS and node.tag_.startswith("NN") and (quoted or _judged_words(node)):
            # '... as "a landmark," a phrase Vance later said she disliked': the noun renames
            # the quotation; what follows is the writer's comment on it (the parser may hang
            # it on the cue as a second object).
            return keep
    return toks


def _quoted_counterpoint(toks: list[Token], start: int, node: Token) -> bool:
    """A concessive clause that goes on quoting the speaker: in 'she said there were "no plans
    to cut jobs," though the firm would "review the budget carefully."' both fragments are
    hers, so the "though" clause is no aside of the writer's. Only with a quotation before it
    and one inside it, and no cue of its own ("though critics called it "reckless"")."""
    if not node.tag_.startswith("VB") or not any(t.is_quote for t in toks[:start]):
        return False
    tail = toks[start:]
    return any(t.is_quote for t in tail) and not any(t.tag_.startswith("VB") and lemma_of(t.text) for t in tail)


def _quoted_counterpoint_conj(clause: Token, verb: Token, content: Sequence[Token]) -> bool:
    """The "but" clause of 'she said there were "no plans to cut jobs," but the firm would
    "review the budget carefully."', which the parser joins to the cue: like a "though" clause
    (see ``_quoted_counterpoint``), it goes on quoting the speaker when the content before it
    closes on a quotation and it holds one of its own, with a subject and no cue of its own
    ('but critics called it "reckless"' is theirs)."""
    before = [c for c in content if c.i < clause.i]
    if clause.i < verb.i or not clause.tag_.startswith("VB") or not before:
        return False
    end = max(c.right_edge.i for c in before)
    doc = clause.doc
    links = doc[end + 1 : clause.left_edge.i]
    cc = [t for t in links if t.dep_ == "cc" and t.head.i == verb.i]
    if len(cc) != 1 or cc[0].lower_ not in lexicon.COUNTERPOINT_CONJUNCTIONS or not all(t.is_punct or t.i == cc[0].i for t in links):
        return False
    if not any(t.is_quote for t in doc[end - 1 : cc[0].i]):
        return False  # the content before must close on a quotation
    tail = list(clause.subtree)
    return (
        any(c.dep_ in _SUBJECT_DEPS | {"expl"} for c in clause.children)
        and any(t.is_quote for t in tail)
        and not any(t.tag_.startswith("VB") and lemma_of(t.text) for t in tail)
        and _speakers_counterpoint(clause, verb)
    )


#: Nouns of a body that speaks as one: "the company", "the council".
_BODY_NOUNS = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS


def _speakers_counterpoint(clause: Token, verb: Token) -> bool:
    """Whether a quoting "but" clause reads as the speaker's reported words: backshifted by a
    modal ('but the firm would "watch costs closely."') or with the speaker as its subject, by
    a pronoun, the cue's own subject noun or the speaker's body ('The chief executive said ...,
    but the company remains "cautious."'). 'but workers remain "deeply worried."' narrates
    someone else's words."""
    if any(c.dep_ == "aux" and c.lower_ in lexicon.COUNTERPOINT_REPORT_MODALS for c in clause.children):
        return True
    subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.tag_ == "PRP":
        return subject.lower_ not in lexicon.HEDGING_PRONOUNS
    if any(c.dep_ in _SUBJECT_DEPS and c.lower_ == subject.lower_ for c in verb.children):
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
    return (
        subject.tag_ == "NN"
        and subject.lower_ in _BODY_NOUNS
        and bool(determiners & {"the", "its", "our"})
    )


def _led_opener(toks: Sequence[Token], start: int, node: Token) -> bool:
    """Whether the clause ``node`` after a comma opens with an adverb on it and then its
    subordinator: "..., partly because revenue fell", "..., only if the vote passes". The
    adverb narrows the reason or condition, which stays part of the claim as it does without
    one ("..., because revenue fell")."""
    nxt = toks[start]
    if nxt.dep_ != "advmod" or nxt.head.i != node.i or nxt.tag_ != "RB" or start + 1 >= len(toks):
        return False
    mark = toks[start + 1]
    return mark.i == nxt.i + 1 and mark.dep_ == "mark" and mark.head.i == node.i and mark.tag_ in ("IN", "WRB")


def _claim_participle(node: Token, nxt: Token, toks: Sequence[Token], *, closing_cue: bool) -> bool:
    """Whether the participle clause ``node``, opening at ``nxt`` after a comma, goes on with the
    reported claim. Before a closing cue it does ("Storms swept the coast, knocking out power,
    officials said"). After the cue, a participle on the reported clause's verb says what the
    claim's subject did with it or what came of it ("said the firm raised $9 million, bringing
    its total to $40 million", "say officers still patrol the park, handing out fines"), and an
    adverb of result may lead it (", thereby closing the gap", ``lexicon.RESULT_ADVERBS``). Not one with a cue of its own ("...,
    amounting to what the senators said was ..."), which is another statement, nor one after a
    to-infinitive of wanting or promising ("pledged to bolster its army, reversing decades of
    pacifism"), which is the writer's gloss on the plan. From PolNeAR train, outside the closing
    cue, keeping these tails gains 14 matched contents and loses 4 (dev: 2 and 1)."""
    if node.tag_ not in ("VBG", "VBN") or not _plain_participle(node, toks):
        return False
    led = nxt.i == node.i or (not closing_cue and nxt.i + 1 == node.i and nxt.lower_ in lexicon.RESULT_ADVERBS)
    if not led:
        return False
    if closing_cue:
        return True
    if any(t.tag_.startswith("VB") and lemma_of(t.text) in lexicon.SPEECH_VERBS for t in node.subtree):
        return False
    members = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in members or t.head.i == t.i]
    return not any(c.dep_ == "aux" and c.lower_ == "to" for r in roots for c in r.children)


def _plain_participle(node: Token, toks: Sequence[Token]) -> bool:
    """A participle clause in unquoted reported words that is no cue of its own: "knocking out
    power to 200,000 homes", not "calling Trump a buffoon" (a statement of its own) nor a
    participle among quoted words, which may describe the speaker ('"...," a delegate,
    wearing a cowboy hat, ...')."""
    return lemma_of(node.text) is None and not any(t.is_quote for t in toks)


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i


# --------------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------------


#: Nouns of bodies that are no name on their own, capitalised or not ("Police said"); the
#: ones that are names ("Congress", "the Kremlin") are left out.
_COMMON_BODIES = lexicon.ORGANIZATION_NOUNS - {"parliament", "congress", "senate", "house", "kremlin", "pentagon"}
_NUMERIC_ENTITIES = frozenset({"TIME", "DATE", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _called_name(noun: Token) -> list[Token]:
    """The name in "a man called Ewan Tully" on ``noun`` ("man"), or none: a participle of
    naming right after an indefinite noun, whose object is a proper name that ends the phrase
    (a comma or the verb follows). 'one lawmaker called Trump "the orange prince"' is a verb
    of calling the parser hung on the noun: the lawmaker spoke, and Trump is no name of his."""
    if not any(c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE_ARTICLES for c in noun.children):
        return []
    doc = noun.doc
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lower_ not in lexicon.NAMING_PARTICIPLES or acl.i != noun.i + 1:
            continue
        for obj in acl.children:
            if obj.dep_ in ("oprd", "dobj", "attr", "xcomp", "npadvmod") and obj.tag_ in _PROPER_TAGS:
                name = _name_tokens(obj)
                after = doc[name[-1].i + 1] if name and name[-1].i + 1 < len(doc) else None
                if name and (after is None or after.text in (",", ")", ".") or after.tag_.startswith("VB") or after.tag_ == "MD"):
                    return name
    return []


#: Every form of the verbs of giving one's own name: "identifies", "gave", "introduced".
_OWN_NAME_FORMS = forms_of_all(lexicon.OWN_NAME_VERBS)


def _self_given_name(noun: Token) -> list[Token]:
    """The name in "The man, who identifies himself as Kev Marlow," on ``noun`` ("man"), or
    none: a relative clause set off by a comma in which the one described gives their own
    name, with a reflexive and "as" ("identifies himself as", "introduced herself as"), a
    reflexive and the name ("calls himself Kev"), or "name" and "as" ("who gave his name as Tom
    Hale"); or such a participle right after the noun ("A group calling itself NightLedger",
    "a man calling himself Kev"). The parser may hang the clause on the last noun of the phrase
    ("A driver on the picket line, who gave her name as ..."), but only by "who": "A spokesman
    for the group, which calls itself Green Dawn," names the group. ("who gave only her first
    name, Joanne," is left to the speakers' reading of first names, which keeps an anonymous
    source's reason.) The name must read as a person's ("who identifies herself as a Democrat"
    gives a party), or as a body's after "itself" or "themselves" ("who call themselves the
    River Guard")."""
    clauses = [t for t in noun.subtree if t.lower_ in _OWN_NAME_FORMS and (_own_name_participle(t, noun) or (t.dep_ == "relcl" and _describes_holder(t, noun)))]
    for clause in clauses:
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        reflexive = any(c.lower_ in lexicon.REFLEXIVE_PRONOUNS for c in objects)
        own_names = [c for c in objects if c.lower_ in lexicon.OWN_NAME_NOUNS and any(p.dep_ == "poss" for p in c.children)]
        names = [
            p
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ == "as" and (reflexive or own_names)
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if reflexive:
            names += [c for c in clause.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
        for name in names:
            if _persons_own_name(name) or (_names_a_body(clause) and _bodys_own_name(name)):
                return _name_tokens(name)
    return []


def _own_name_participle(clause: Token, noun: Token) -> bool:
    """Whether ``clause`` is a participle right after ``noun`` by which it gives its own name:
    "A group calling itself NightLedger", "a man identifying himself as Kev"."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.i == noun.i and clause.i == noun.i + 1


def _names_a_body(clause: Token) -> bool:
    """Whether a clause giving its subject's own name names a group or a body, by its
    reflexive: "a group calling itself NightLedger", "who call themselves the River Guard"."""
    return any(c.dep_ == "dobj" and c.lower_ in lexicon.GROUP_REFLEXIVES for c in clause.children)


def _bodys_own_name(name: Token) -> bool:
    """Whether a word given as a group's own name ("calling itself NightLedger", "call
    themselves the River Guard") reads as a name: a singular proper noun, or a plural one
    after "the" ("the Marsh Wardens"), that the recognizer takes for no place, people or
    number ("calling themselves Democrats" gives a party)."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)
    return (name.tag_ == "NNP" or (name.tag_ == "NNPS" and the)) and name.ent_type_ in ("", "ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT")


def _describes_holder(clause: Token, noun: Token) -> bool:
    """Whether a relative clause describes the one named by ``noun``: it hangs on the noun, or
    on a later noun of its phrase and opens with a person's relative word ("A nurse on the night
    shift, who ..."; not "A spokesman for the group, which ...")."""
    if clause.head == noun:
        return True
    return (
        clause.head.dep_ == "pobj"
        and clause.head.i > noun.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in lexicon.PERSON_RELATIVE_PRONOUNS for c in clause.children)
    )


def _persons_own_name(name: Token) -> bool:
    """Whether a word given as one's own name ("who identifies himself as Kev Marlow") reads as a
    person's name: a proper noun with no article and no entity label but a person's ("as a
    Democrat" and "as Labour" give a party, not a name)."""
    return (
        name.tag_ in _PROPER_TAGS
        and name.ent_type_ in ("", "PERSON")
        and not any(c.dep_ == "det" for c in name.children)
    )


def _masthead_words_before(head: Token) -> list[Token]:
    """"the Kestrel Gazette", where the recognizer took "Gazette" alone for a person: the
    proper compounds before a masthead word that it left out of every entity are the rest of
    the outlet's name ("Kestrel"), each hung on a word after it in the name ("Vessport" on
    "Maritime" in "the Vessport Maritime Gazette"). None for any other head."""
    if head.lower_ not in lexicon.MASTHEAD_WORDS or head.tag_ not in _PROPER_TAGS:
        return []
    before: list[Token] = []
    i = head.i - 1
    while i >= 0:
        tok = head.doc[i]
        if tok.dep_ != "compound" or tok.tag_ not in _PROPER_TAGS or tok.ent_type_ or not tok.i < tok.head.i <= head.i:
            break
        before.insert(0, tok)
        i -= 1
    return before


def _weekday_masthead_start(head: Token) -> list[Token]:
    """"The Sunday Mirrorline quoted ...", where the recognizer read "Sunday" as a date and only
    "Mirrorline" as the outlet: a capitalised weekday between "the" and a one-word body's name,
    hung on it as a compound, is the start of a masthead ("The Sunday Times", "the Saturday
    Star"); none for "on Sunday Mirrorline said" (no article) or any other word."""
    doc = head.doc
    if head.i < 2:
        return []
    day, article = doc[head.i - 1], doc[head.i - 2]
    if (
        day.dep_ == "compound"
        and day.head.i == head.i
        and day.text.istitle()
        and day.lower_ in lexicon.WEEKDAY_NAMES
        and article.lower_ == "the"
        and article.head.i == head.i
    ):
        return [day]
    return []


def _hyphenated_name_word(prev: Token, toks: Sequence[Token]) -> list[Token]:
    """"the Nordvale Anti-Doping Agency": the tagger may read the capitalised word after a
    name's hyphen as an adjective ("Doping", JJ), which ends the run of proper compounds. When
    ``prev`` is such a title-case word hung on the name ``toks``, glued by a hyphen to a
    capitalised proper noun of the name before it, the hyphen and the word are the name's; the
    word before the hyphen is then taken as a compound. None for "the anti-doping Agency"."""
    doc = prev.doc
    if prev.i < 2 or prev.dep_ not in ("amod", "compound") or prev.head not in toks or not prev.text.istitle():
        return []
    hyphen, first = doc[prev.i - 1], doc[prev.i - 2]
    if not _name_hyphen(hyphen) or not (first.tag_ in _PROPER_TAGS and first.text.istitle() and first.head in toks):
        return []
    return [hyphen, prev]


def _given_name_left_out(head: Token) -> bool:
    """Whether the word before a one-word PERSON is a given name the recognizer left out: "host
    Piers Albescu", a capitalised proper-noun compound of it with no entity of its own, no
    title or role ("Minister Albescu") and not a sentence's first word, unless a known given
    name ("Marguerite Olander said", ``lexicon.GIVEN_NAMES``): any capitalised word opens one."""
    if head.i < 1:
        return False
    before = head.doc[head.i - 1]
    opens = before.is_sent_start or head.i < 2
    return (
        before.head.i == head.i
        and before.dep_ in ("compound", "flat")
        and before.tag_ in _PROPER_TAGS
        and not before.ent_type_
        and before.is_alpha
        and before.text[:1].isupper()
        and (not opens or before.lower_ in lexicon.GIVEN_NAMES)
        and (opens or not head.doc[head.i - 2].text[:1].isupper())
        and before.lower_ not in _TITLE_OR_ROLE_WORDS
    )


#: Words before a surname that are no given name: a title or a role ("Minister Albescu").
_TITLE_OR_ROLE_WORDS = lexicon.TITLES | lexicon.ROLE_NOUNS | lexicon.COURTESY_TITLES


def _number_in_name(head: Token) -> list[Token]:
    """The number that ends a station's or channel's name: "Channel 6", "Kanal 5" (a short
    number right after the proper noun, which the recognizer leaves out of any name)."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.dep_ != "nummod" or nxt.head.i != head.i or not (nxt.text.isdigit() and len(nxt.text) <= 3):
        return []
    return [nxt] if not head.ent_type_ and head.whitespace_ else []


def _name_tokens(head: Token) -> list[Token]:
    """The proper-name tokens around a head: its entity, or its run of flat/compound NNPs.
    A time, date or number the recognizer finds is no name ("Council minutes show", TIME)."""
    if head.ent_type_ and head.ent_type_ not in _NUMERIC_ENTITIES and head.ent_iob_ in ("B", "I"):
        doc = head.doc
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = head.i
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
        toks = [t for t in doc[start : end + 1]]
        commas = [t.i for t in toks if t.text == ","]
        if commas:
            # "Norrland Lithium, Annika Berglund" read as one organisation, "Lazar, Song" as one
            # person: the part the head is in, unless the commas belong to the name
            # ("University of California, Berkeley").
            bounds = [start - 1, *commas, end + 1]
            parts = [[t for t in toks if a < t.i < b] for a, b in zip(bounds, bounds[1:])]
            # "In a statement posted on Facebook, Whitcombe wrote": a part that is the object
            # of a preposition outside the head's phrase is a phrase the recognizer ran into it.
            apart = any(_prepositional_part(part, head) or _subject_part(part, head) for part in parts)
            if head.ent_type_ == "PERSON" or apart or any(_person_part(part) for part in parts):
                toks = next((part for part in parts if part and part[0].i <= head.i <= part[-1].i), toks)
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and len(toks) == 1
            and head.ent_type_ != "PERSON"
            and head.tag_ in _PROPER_TAGS
            and before.head.i == head.i
            and before.dep_ in ("compound", "flat")
            and before.tag_ in _PROPER_TAGS
            and before.ent_iob_ == "B"
            and before.ent_type_ == head.ent_type_
        ):
            # "Chief financial officer Anand Ruparelia": the recognizer may cut a name it does
            # not know into two one-word places; the first is a compound of the second.
            toks.insert(0, before)
        if len(toks) == 1 and toks[0] == head and head.ent_type_ == "PERSON" and _given_name_left_out(head):
            # "host Piers Albescu": the recognizer may leave an unfamiliar given name out of the
            # person's name.
            toks.insert(0, doc[head.i - 1])
        if len(toks) == 1 and toks[0] == head and head.ent_type_ == "PERSON":
            toks = _masthead_words_before(head) + toks
        toks = _linked_name_start(head, toks) + toks
        if toks == [head] and head.ent_type_ == "ORG":
            toks = _unread_body_name_start(head) + toks  # "Brookmere Bank", read as "Bank"
        if toks == [head] and head.ent_type_ == "ORG":
            toks = _weekday_masthead_start(head) + toks  # "The Sunday Mirrorline", read as "Mirrorline"
        if toks[-1] == head and head.ent_type_ == "ORG":
            toks += _body_name_tail(head)  # "the Boatmen's Union" of "... Union of Tarvik"
        dashes = [t.i for t in toks if t.text in _SPACED_DASHES and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_]
        # "Courier: Critics say ...": a transcript's label the recognizer ran into the words.
        dashes += [t.i for t in toks if t.text == ":" and t.i > start]
        # "Kanal 5 quoted Olenko", read as one name: a verb in lower case is in no name.
        dashes += [t.i for t in toks if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.text.islower()]
        if dashes:
            # "SAN RAFAEL, Calif. - Lumatek Inc. will ...": a dateline the recognizer ran into
            # the name; a spaced dash parts them.
            bounds = [start - 1, *dashes, end + 1]
            toks = next(
                ([t for t in toks if a < t.i < b] for a, b in zip(bounds, bounds[1:]) if a < head.i < b),
                toks,
            )
    elif head.tag_ in _PROPER_TAGS and head.ent_type_ in ("DATE", "TIME") and head.lower_ in lexicon.STAMP_TIME_WORDS:
        return []  # "The Sunday papers said": the day they come out names no outlet
    elif head.tag_ in _PROPER_TAGS:
        toks = [head]
        # "The Kestrel Bay Civic Trust": a compound may hang on another compound of the name.
        while toks[0].i > 0:
            prev = head.doc[toks[0].i - 1]
            hyphened = _hyphenated_name_word(prev, toks)
            if hyphened:
                toks[:0] = hyphened  # "the Nordvale Anti-Doping Agency": "Anti-Doping" read as an adjective
                continue
            if _name_hyphen(prev) and _name_compound(head.doc[prev.i - 1], toks):
                # "Stéphane Ruiz-Mbeki" with no entity read: the hyphen joins the surname's
                # pieces, and the given name hangs on the last one.
                toks.insert(0, prev)
                continue
            if not _name_compound(prev, toks):
                break
            toks.insert(0, prev)
            if prev.lower_ in lexicon.TITLES or prev.lower_ in lexicon.ROLE_NOUNS:
                # "Labour Minister Odile Faure": what stands before a title is the title's
                # ("Labour"), not the name's; the title itself is stripped below.
                break
        if toks == [head] and head.i == head.sent.start and head.lower_ in _COMMON_BODIES:
            return []  # "Ministry denies report": a headline's capital makes no name
        if _capitalised_role(head):
            return []
        toks += _body_name_tail(head) or _number_in_name(head)
    else:
        return []
    first = toks[0].i - 1 if toks else -1
    if first >= 0:
        article = head.doc[first]
        if article.dep_ == "compound" and article.head.i == head.i and article.text.istitle() and article.lower_ in lexicon.FOREIGN_ARTICLES and article.tag_ in ("UH", "FW", "NNP", "DT"):
            toks.insert(0, article)  # "O Relvado", "Il Foglio": the article is the name's
    # A nickname in quotation marks is no part of the name: the recognizer may take
    # '"The Hammer" Brenner' for a title.
    marks = [k for k, t in enumerate(toks) if _quote_mark(t)]
    if marks and toks.index(head) > marks[-1]:
        toks = toks[marks[-1] + 1 :]
    # Titles ("Foreign Minister", "Mr.") and possessive markers are not part of the name.
    while toks and (toks[0].lower_ in lexicon.TITLES or toks[0].lower_ in lexicon.ROLE_NOUNS or toks[0].tag_ == "POS"):
        if _title_as_given_name(toks):
            break
        toks.pop(0)
    toks = toks[_title_inside_name(toks) :]
    # "Republican Curtis Hale": a party before a given name and a surname describes the person.
    if len(toks) >= 3 and toks[0].lower_ in lexicon.PARTY_WORDS and toks[1].lower_ in lexicon.GIVEN_NAMES:
        toks.pop(0)
    # The recognizer may take in a label's colon or a trailing comma ("Dana Pritchard:").
    while toks and (toks[-1].tag_ == "POS" or toks[-1].text in _NAME_TRAILERS):
        toks.pop()
    if not any(c.isupper() for t in toks for c in t.text):
        return []  # "Ethiopia's foreign ministry" read as one organisation leaves no name
    toks = _possessive_in_name(toks)
    return _name_left(_post_nominals_dropped(toks))


def _post_nominal(tok: Token) -> bool:
    """Whether a word is letters written after a name ("KC", "MBE", "Jr."), ``lexicon.POST_NOMINALS``."""
    return tok.text.removesuffix(".") in lexicon.POST_NOMINALS


def _post_nominals_dropped(toks: list[Token]) -> list[Token]:
    """The name without the letters after it: "Felicity Warne KC" names Felicity Warne. The
    letters may be the phrase's head, with the recognizer's name cut short before them
    ("Warne KC"), or all of it ("KC" in "Prosecutor Felicity Warne KC"): the capitalised words
    that hang on them right before the name are its start ("Felicity Warne"). The letters stay
    when no such word comes before them."""
    out = list(toks)
    heads = {t.i for t in out}
    while out and _post_nominal(out[-1]):
        out.pop()
    if len(out) == len(toks):
        return out
    doc = toks[0].doc
    first = out[0].i if out else toks[0].i
    while first > 0 and _name_word(doc[first - 1], heads):
        first -= 1
        out.insert(0, doc[first])
    return out or list(toks)


def _title_inside_name(toks: Sequence[Token]) -> int:
    """Where the name starts after a title the recognizer ran into it: 2 for "District Collector
    Meena Iyer", read as one organisation, where a capitalised title or role noun stands
    before two or three capitalised words, none a body's word; 0 when no title does."""
    for k in range(1, len(toks) - 2):
        rest = toks[k + 1 :]
        if toks[k].lower_ not in lexicon.TITLES and toks[k].lower_ not in lexicon.ROLE_NOUNS:
            continue
        if len(rest) <= 3 and all(t.is_title or _NAME_INITIAL.fullmatch(t.text) for t in toks) and not any(t.lower_ in _BODY_NAME_WORDS for t in rest):
            return k + 1
    return 0


#: Words of a body's name, never of a person's: "Collector Services Ltd" is no collector's.
_BODY_NAME_WORDS = lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.COMPANY_NAME_ENDINGS | lexicon.OUTLET_NOUNS | lexicon.INSTITUTION_WORDS


def _name_hyphen(tok: Token) -> bool:
    """A hyphen glued to the words on both sides: the "-" of "Ruiz-Mbeki"."""
    return tok.text in _HYPHENS and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _name_compound(tok: Token, toks: Sequence[Token]) -> bool:
    """Whether ``tok`` is a proper noun (or a word with an accented capital, see
    ``_accented_capital``) hung as a compound on a word of the name ``toks``."""
    return tok.dep_ in ("compound", "flat") and (tok.tag_ in _PROPER_TAGS or _accented_capital(tok)) and tok.head in toks


def _accented_capital(tok: Token) -> bool:
    """"Émile Durand-Roux": the tagger, which has seldom met a word opening with an accented
    capital, may read a given name as an adjective or a common noun. A title-case word whose
    first letter is a capital outside ASCII."""
    first = tok.text[:1]
    return first.isupper() and not first.isascii() and tok.text.istitle()


def _capitalised_role(head: Token) -> bool:
    """"The party's Publicity Secretary, Comrade Ifeanyi Nwosu,", "Union Minister of State,
    Shri Govind Lal Meghwal,": a capitalised title or role, in no entity, with a person's name
    set beside it is the person's role, and the name is the appositive's: one the recognizer
    knows as a person's, or one a title opens ("Comrade Tunde Olaleye" read as a place). ("The
    Prime Minister said", with no name beside it, keeps the title as the name it goes by.)"""
    return (
        head.ent_type_ == ""
        and (head.lower_ in lexicon.TITLES or head.lower_ in lexicon.ROLE_NOUNS)
        and any(
            c.dep_ == "appos" and c.tag_ in _PROPER_TAGS and (c.ent_type_ == "PERSON" or c.left_edge.lower_ in lexicon.TITLES)
            for c in head.children
        )
    )


def _linked_name_start(head: Token, toks: list[Token]) -> list[Token]:
    """"the Conseil du patrimoine religieux du Québec", of which the recognizer read only
    "Québec": a name in the Romance way, opening with a capitalised word and joined by linking
    words ("du", "de la", "della"), is the body's whole name, not its last place. The words
    that open it, before ``toks``; none for "a dozen Quebec municipalities"."""
    doc = head.doc
    first = next((t for t in doc[head.left_edge.i : toks[0].i] if t.dep_ not in ("det", "punct")), None)
    if first is None or first.tag_ not in _PROPER_TAGS or not first.text[:1].isupper():
        return []
    lead = list(doc[first.i : toks[0].i])
    if not any(t.lower_ in lexicon.NAME_LINK_WORDS for t in lead) or not all(t.is_alpha and head.left_edge.i <= t.head.i <= head.i for t in lead):
        return []
    return lead


def _unread_body_name_start(head: Token) -> list[Token]:
    """"Analysts at Brookmere Bank said": the recognizer may read only "Bank" as the body, and
    a body's noun alone names none. The capitalised proper nouns the parser hangs on it as
    compounds, which the recognizer left unlabelled, open its name; none when the head is no
    body's noun, or before a role ("Chairman")."""
    if head.lower_ not in _BODY_HEAD_WORDS:
        return []
    doc = head.doc
    start = head.i
    while start > 0:
        before = doc[start - 1]
        if not (
            before.dep_ in ("compound", "flat")
            and before.head.i in range(start, head.i + 1)
            and before.tag_ in _PROPER_TAGS
            and before.ent_iob_ == "O"
            and before.text[:1].isupper()
            and not lexicon.role_noun(before.text)
        ):
            break
        start -= 1
    return list(doc[start : head.i])


#: A body's own noun, which alone names no body: "Bank", "Foods", "Group".
_BODY_HEAD_WORDS = lexicon.ORGANIZATION_NOUNS | lexicon.INSTITUTION_WORDS | lexicon.COMPANY_NAME_ENDINGS | lexicon.COMPANY_TRADE_WORDS


#: Words that may stand between the "of" of a body's name and its last word ("the Chamber of
#: Commerce and Industry", "the Institute for the Study of War", "the Committee on Standards").
_NAME_TAIL_LINKS = frozenset({"of", "for", "on", "and", "&", "the"})


def _body_name_tail(head: Token) -> list[Token]:
    """"the Vellmar Chamber of Commerce", unread or cut short by the recognizer: the "of", "for"
    or "on" phrase of proper nouns after an organisation's noun is the rest of its name, as the
    parser's compounds before it are the start. Nothing for "Mayor Ruiz of Dunmore" (no body's
    noun)."""
    if head.lower_ not in lexicon.ORGANIZATION_NOUNS and head.lower_ not in lexicon.INSTITUTION_WORDS:
        return []
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ in ("of", "for", "on")), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.tag_ not in _PROPER_TAGS or obj.ent_type_ in ("PERSON", *_NUMERIC_ENTITIES):
        return []
    tail = list(head.doc[prep.i : obj.right_edge.i + 1])
    if not all(t.tag_ in _PROPER_TAGS or t.lower_ in _NAME_TAIL_LINKS for t in tail) or tail[-1].tag_ not in _PROPER_TAGS:
        return []
    return tail


def _title_as_given_name(toks: list[Token]) -> bool:
    """"Reform Alliance's Dean Pollard", "Opposition leader Dean Halloran": a title that is also
    a given name, before one surname, where the recognizer starts a name, is the person's given
    name after a possessive or after a role (no one is a leader and a dean in one title)."""
    first = toks[0]
    if not (first.lower_ in lexicon.TITLE_GIVEN_NAMES and first.text.istitle() and len(toks) == 2 and first.ent_iob_ == "B" and first.i > 0):
        return False
    before = first.doc[first.i - 1]
    return before.tag_ == "POS" or before.lower_ in lexicon.ROLE_NOUNS or before.lower_ in lexicon.TITLES


def _name_text_lower(tok: Token) -> str:
    """The lower-cased words of the proper name ``tok`` heads ("politico", "new york times")."""
    return " ".join(t.lower_ for t in tok.subtree if t.tag_ in _PROPER_TAGS)


def _country_of_body(proper: Token, head: Token) -> bool:
    """Whether a proper noun before a body's noun names the country the body belongs to, not
    the body: "the Estmark embassy" (a state's body) or "the Estmark state news agency" (a
    state-owned one), where "the Reuters news agency" is named. The recognizer often does not
    know a small country's name, so the body's noun decides."""
    if head.lower_ in lexicon.STATE_BODY_NOUNS:
        return True
    between = head.doc[proper.i + 1 : head.i]
    return head.lower_ in (lexicon.ORGANIZATION_NOUNS | lexicon.OUTLET_NOUNS) and any(
        t.lower_ in lexicon.STATE_OWNED_WORDS for t in between
    )


def _nationality_before_name(proper: Token, head: Token) -> bool:
    """Whether a proper noun before an outlet's or body's noun only says whose it is, the
    body's own name being set after the noun: "Varnian" in "the Varnian news agency VNA" (the
    recognizer may take a small country's adjective for anything), where "VNA" names it; "the
    Reuters news agency" has no name after it."""
    return head.lower_ in lexicon.ORGANIZATION_NOUNS | lexicon.OUTLET_NOUNS and any(
        c.dep_ == "appos" and c.i > head.i and c.tag_ in _PROPER_TAGS for c in head.children
    )


def _possessive_in_name(toks: list[Token]) -> list[Token]:
    """"The Alzheimer's Research Foundation": a possessive name after "the" is part of the name
    that the article belongs to ("the" is no determiner of "Alzheimer"), where "Russia's Foreign
    Ministry" names whose ministry it is. So with an owner of several words: "The Kestrel Vale
    Supporters' Trust"."""
    doc = toks[0].doc
    i = toks[0].i
    if i < 3 or doc[i - 1].tag_ != "POS":
        return toks
    owner = doc[i - 2]
    # The owner's own name words before it: "Kestrel Vale" of "Kestrel Vale Supporters'".
    first = owner.i
    while first > 1 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == owner.i and doc[first - 1].tag_ in _PROPER_TAGS:
        first -= 1
    article = doc[first - 1]
    if (
        owner.tag_ in _PROPER_TAGS
        and owner.dep_ == "poss"
        and article.lower_ == "the"
        and article.head.i in (owner.i, owner.head.i)
        # not "The Post's Jane Smith"
        and (toks[-1].lower_ in lexicon.ORGANIZATION_NOUNS or toks[-1].lower_ in lexicon.POSSESSIVE_NAME_BODY_ENDINGS)
    ):
        return [*doc[first : owner.i + 1], doc[i - 1], *toks]
    return toks


_NAME_TRAILERS = frozenset({":", ";", ",", "-", "\u2013", "\u2014"})
_SPACED_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _before_closing_according(run: list[Token]) -> list[Token]:
    """A content run without an "according to X" that closes its sentence after a comma: the
    parser hangs it on the content's verb, but it attributes the whole sentence, cue and all
    ("The minister said the talks failed, according to Interfax"; see ``_according_frames``)."""
    for k, tok in enumerate(run):
        if k > 0 and _according_to(tok) is not None and _after_comma(tok) and _closes_sentence(tok):
            return run[:k] if run[k - 1].is_quote else run[: k - 1]
    return run


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes right before ``tok``, or a comma and a closing quotation mark
    ('... "wait for the science," according to NTB')."""
    doc, i = tok.doc, tok.i
    return i > 0 and (doc[i - 1].text == "," or (i > 1 and doc[i - 1].is_quote and doc[i - 2].text == ","))


def _own_object(verb: Token, kind: str) -> bool:
    """A speech verb of the clause kind with an object or adjective of its own ("as critics cry
    foul", "as rivals cried wolf") says nothing about the clause around it."""
    return kind == "clause" and any(
        (c.dep_ == "dobj" and c.tag_ in ("NN", "NNS") and c.lower_ not in _PRO_OBJECTS)
        or (c.i == verb.i + 1 and c.tag_ == "JJ" and c.dep_ in ("advmod", "acomp", "oprd", "dobj"))
        for c in verb.children
    )


def _object_outside_quotation(verb: Token, kind: str, quoted: frozenset[int]) -> bool:
    """A speech verb of the clause kind with no content and a plain noun object of its own, and
    no quotation it could introduce: "higher fuel prices had added "large but passing" costs to
    its deliveries" adds costs, not words, and quoted words that only modify the object are
    whoever reports it. No cue at all. (An object before a colon or quoted words, 'declared the
    need for drive: "..."', 'posted a message reading "..."', still introduces them.)"""
    if kind != "clause" or verb.tag_ == "VBG":
        return False  # "Durbin, noting the size of the crowd, said": an aside of the speaker's
    if _inverted_object(verb) is not None:
        return False  # '"...," recalled his former assistant': the object is who speaks
    quoted_below = any(t.i in quoted for t in verb.subtree)
    return any(
        c.dep_ == "dobj" and c.tag_ in ("NN", "NNS") and c.lower_ not in _PRO_OBJECTS and c.i not in quoted
        and c.left_edge.i > verb.i
        # quoted words modify the object ("added "large" costs"), or none hang on the cue
        # ("posted a message reading "..."" does quote)
        and (any(t.i in quoted for t in c.subtree if t.i < c.i) or not (quoted_below or _before_quotation(c, quoted)))
        for c in verb.children
    )


def _before_quotation(obj: Token, quoted: frozenset[int]) -> bool:
    """Whether quoted words or a colon follow a cue's object: 'declared the need for drive:
    "Change the world"', 'thanked the crowd, "..."': the words the cue introduces."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct and not doc[after].is_quote and doc[after].text != ":":
        after += 1
    return after < len(doc) and (doc[after].text == ":" or doc[after].is_quote or after in quoted)


_PRO_OBJECTS = frozenset({"this", "that", "so", "it", "what", "much", "something", "anything", "nothing"})


def _prepositional_part(part: list[Token], head: Token) -> bool:
    """A part of a comma-joined entity that is a preposition's object outside ``head``'s phrase."""
    ids = {t.i for t in part}
    if not part or head.i in ids or any(t.i in ids for t in head.subtree):
        return False
    return any(t.dep_ == "pobj" and t.head.i not in ids for t in part)


def _subject_part(part: list[Token], head: Token) -> bool:
    """A part of a comma-joined entity that is the subject of a verb outside ``head``'s phrase:
    "According to an email obtained by the Westmere Tribune, Weingart wrote", where the
    recognizer ran the outlet's name on into the writer's surname after the comma."""
    ids = {t.i for t in part}
    phrase = {t.i for t in head.subtree}
    if not part or head.i in ids or ids & phrase:
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in ids | phrase and t.head.tag_.startswith(("VB", "MD")) for t in part)


def _quote_mark(tok: Token) -> bool:
    """A quotation mark, not the apostrophe of "Consumers' Federation"."""
    return tok.is_quote and tok.tag_ != "POS"


def _glued(a: Token, b: Token) -> bool:
    return a.i + 1 == b.i and not a.whitespace_


def _name_word(tok: Token, heads: set[int]) -> bool:
    """A capitalised word that belongs to a name: a proper noun attached to one of ``heads``
    (the name's words), in no entity of another kind, neither a title nor an acronym ("CEO")."""
    return (
        tok.tag_ in _PROPER_TAGS
        and tok.dep_ in ("compound", "flat", "nmod")
        and tok.head.i in heads
        and tok.ent_type_ in ("", "PERSON")
        and tok.text[:1].isupper()
        and not (tok.text.isupper() and len(tok.text) > 1)
        and tok.lower_ not in lexicon.TITLES
        and tok.lower_ not in lexicon.ROLE_NOUNS
    )


def _name_left(toks: list[Token]) -> list[Token]:
    """Words of a name the recognizer left out before it: the first half of a hyphenated
    surname ("Okafor-Lind" read as "Lind"), a given name ("Police Chief Amanda Reyes" read as
    "Reyes"), and one before a quoted nickname ('Jonas "The Hammer" Brenner'), which is left
    out. The tokens may skip the nickname."""
    doc = toks[0].doc
    out = list(toks)
    while out[0].i > 0:
        first = out[0]
        prev = doc[first.i - 1]
        if prev.text in ("-", "\u2010", "\u2011") and prev.i > 0 and _glued(doc[prev.i - 1], prev) and _glued(prev, first):
            word = doc[prev.i - 1]
            if not word.text[:1].isupper() or word.lower_ in lexicon.TITLES or word.lower_ in lexicon.ROLE_NOUNS:
                break
            out[0:0] = [word, prev]
        elif _quote_mark(prev):
            opening = next((t for t in reversed(doc[max(0, prev.i - 6) : prev.i]) if _quote_mark(t)), None)
            heads = {t.i for t in out} | set(range(opening.i, prev.i + 1)) if opening is not None else set()
            if opening is None or opening.i == 0 or not _name_word(doc[opening.i - 1], heads):
                break
            out.insert(0, doc[opening.i - 1])
        elif _name_word(prev, {t.i for t in out}) and _given_name(prev, lone=all(_glued(a, b) for a, b in zip(out, out[1:]))):
            out.insert(0, prev)
        else:
            break
    return out


def _given_name(tok: Token, *, lone: bool) -> bool:
    """Whether a capitalised word before a surname is a given name rather than a description
    ("Rival Hillary Clinton", "General Counsel James A. Baker"): a known given name, one right
    after an honorific ("Dr. Anand Swaroop Bhatnagar" with only "Swaroop Bhatnagar"
    recognised), or, before a lone surname, one that follows a title ("Police Chief Amanda
    Reyes" with only "Reyes" recognised)."""
    if tok.lower_ in lexicon.MALE_GIVEN_NAMES or tok.lower_ in lexicon.FEMALE_GIVEN_NAMES:
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.lower_ in lexicon.HONORIFICS:
        return True  # "Dr. Anand Swaroop Bhatnagar": an honorific stands right before a name
    return lone and before is not None and (before.lower_ in lexicon.TITLES or before.lower_ in lexicon.ROLE_NOUNS)


def _name_text(toks: Sequence[Token], conv: _Converter) -> str:
    """The name the tokens spell, a space where they skip words (a nickname). A list's bullet
    the recognizer took into the name ("• Piet de Wit") is no part of it."""
    pieces: list[list[Token]] = []
    for tok in toks[next((k for k, t in enumerate(toks) if t.text not in lexicon.BULLETS), len(toks)) :]:
        if pieces and pieces[-1][-1].i + 1 == tok.i:
            pieces[-1].append(tok)
        else:
            pieces.append([tok])
    return " ".join(conv.tokens(p[0], p[-1]).text for p in pieces)


def _anonymity_tail(head: Token, right: int) -> int:
    """"citing people with knowledge of the matter": the parser may hang the phrase that makes
    the source anonymous on the verb, not on "people"; it is still part of who they are. The
    new right end of the mention."""
    follower = next((c for c in head.head.children if c.i == right + 1 and c.dep_ in ("prep", "amod", "acomp")), None)
    if follower is None or head.head.i == head.i:
        return right
    words = " ".join(t.lower_ for t in head.doc[follower.i : follower.right_edge.i + 1])
    if any(words.startswith(phrase) for phrase in lexicon.ANONYMOUS_DESCRIPTIONS):
        return follower.right_edge.i
    return right


#: Participles that give a title: 'a report titled "..."'.
_TITLING_WORDS = frozenset({"titled", "entitled", "headlined", "called", "named"})


def make_mention(head: Token, conv: _Converter, *, exclude: Iterable[int] = (), split: bool = True) -> Mention:
    """Describe the noun phrase headed by ``head`` (a subject, object or ``according to`` object);
    with ``split``, a coordination's conjuncts become its ``parts`` (see ``_conjunct_mentions``)."""
    mention = _phrase_mention(head, conv, exclude=exclude, split=split)
    inner = _partitive_appositive(head)
    if inner is None or mention.name:
        return mention
    own = _phrase_mention(inner, conv, exclude=exclude, split=False)
    if not own.name or not mention.span.start < own.span.start < mention.span.end:
        return mention
    # "One of its largest shareholders, the Altamar pension fund, said": the appositive names
    # the one who spoke; the partitive before it describes them.
    role = mention.span.text[: own.span.start - mention.span.start].rstrip(" ,")
    described = tuple(d for d in own.descriptions if d not in role)
    return replace(own, span=mention.span, subject=mention.subject, descriptions=(role, *described))


def _partitive_appositive(head: Token) -> Token | None:
    """The appositive closing "One of its largest shareholders, the Altamar pension fund": set
    off by a comma on the noun after "one of", and named (a proper noun or one beside it)."""
    if head.lower_ != "one" or head.tag_ != "CD":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) if of is not None else None
    if group is None:
        return None
    # The parser hangs the appositive on either noun.
    for appos in (*group.children, *head.children):
        if appos.dep_ != "appos" or appos.i < group.i or head.doc[appos.left_edge.i - 1].text != ",":
            continue
        if appos.tag_ in _PROPER_TAGS or any(c.dep_ in ("compound", "appos") and c.tag_ in _PROPER_TAGS for c in appos.children):
            return appos
    return None


def _phrase_mention(head: Token, conv: _Converter, *, exclude: Iterable[int] = (), split: bool = True) -> Mention:
    """The mention ``make_mention`` gives before it looks for a name after "one of"."""
    excluded = set(exclude)
    left, right = _subtree_range(head)
    doc = head.doc
    # A second subject right before this one describes it ("The state news agency Valpress").
    twin = next(
        (
            c
            for c in head.head.children
            if c.dep_ == head.dep_ and c.i < head.i and c.right_edge.i == left - 1
            and c.lower_ not in _WH_WORDS and c.tag_ not in ("WDT", "WP", "WP$")  # "which he argued"
            and c.right_edge.text != ":"  # "8:31 p.m.: Hale's campaign manager": a stamp
            # "actor Jude Calloway and pop singer Serena Vance": two subjects joined, each with
            # titles of their own, the "and" left on the first
            and c.right_edge.dep_ != "cc"
        ),
        None,
    ) if head.dep_ in ("nsubj", "nsubjpass") else None
    if twin is not None:
        left = twin.left_edge.i
    tail = _appositive_tail(head) if head.dep_ in ("nsubj", "nsubjpass") else None
    if tail is not None:
        right = tail.right_edge.i  # "Amara Nwosu, director of the campaign group Fair Play Now"
    right = _anonymity_tail(head, right)
    # 'A report by the auditors, titled "Costs and Choices,"': the title is no part of who spoke.
    for t in doc[left : right + 1]:
        if t.dep_ == "acl" and t.lower_ in _TITLING_WORDS and t.i > head.i:
            excluded |= {u.i for u in t.subtree} | ({t.i - 1} if doc[t.i - 1].text == "," else set())
    # "Four councillors on Monday demanded": when they spoke is no part of who spoke.
    for child in head.children:
        if child.dep_ == "prep" and child.i > head.i and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in child.children):
            excluded |= {t.i for t in child.subtree}
    toks = [t for t in doc[left : right + 1] if t.i not in excluded]
    # "8:31 p.m.: Hale's campaign manager, Denise Farrow,": a liveblog's time stamp before a
    # colon is no part of who spoke.
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is not None and toks[colon].i < head.i and any(t.like_num or t.ent_type_ in ("TIME", "DATE") for t in toks[:colon]):
        toks = toks[colon + 1 :]
    # A phrase never runs on past a relative or participle clause into the cue itself.
    toks = _trim_tokens(toks)
    toks = _from_line_start(toks, head)
    if not toks:
        toks = [head]
    if twin is not None and twin.i < toks[0].i:
        twin = None  # the line before, not a second subject
    span = conv.tokens(toks[0], toks[-1])

    name_toks = [] if _title_of_place(head) else _name_tokens(head)
    # "Foreign Minister Sergei Lavrov", "the state news agency Valpress": the head may be a
    # title or common noun with the name beside it as a compound or an appositive.
    if not name_toks:
        for child in sorted(head.children, key=lambda t: (t.ent_type_ != "PERSON", not _name_beside_role(head, t), t.i)):
            if child.dep_ == "appos" and (_names_the_body(head, child) or _names_the_place(head, child)):
                continue
            if child.dep_ == "compound" and child.ent_type_ in ("GPE", "LOC") and head.lower_ in lexicon.ORGANIZATION_NOUNS:
                continue  # "the Osk transport ministry": the place is whose ministry, not its name
            if child.dep_ == "compound" and child.i < head.i and _country_of_body(child, head):
                continue  # "the Estmark embassy", "the Estmark state news agency ENA"
            if child.dep_ == "compound" and child.i < head.i and _nationality_before_name(child, head):
                continue  # "the Varnian news agency VNA": whose agency, not its name
            if child.dep_ in ("appos", "compound") and child.tag_ in _PROPER_TAGS and (
                child.ent_type_ in _NAME_LABELS
                or child.dep_ == "appos"
                or child.i > head.i - 2
                # "the Reuters news agency": an outlet's name with only compounds before its noun
                or (
                    head.lower_ in lexicon.OUTLET_NOUNS
                    and child.i < head.i
                    and all(t.dep_ == "compound" for t in head.doc[child.i + 1 : head.i])
                )
            ):
                name_toks = _name_tokens(child)
                if name_toks:
                    break
    if not name_toks:
        # "the state news agency Tanjug reported", read as a relative clause on "agency"
        for child in head.children:
            if child.dep_ == "relcl" and _named_descriptor(child) is not None:
                name_toks = _name_tokens(next(c for c in child.children if c.dep_ == "nsubj"))
                break
    if not name_toks and head.tag_ == "NN":
        # "The skipper, a man called Ewan Tully,": the name is given by "called" or "named", on
        # the head or on an appositive describing it.
        for noun in [head, *(c for c in head.children if c.dep_ == "appos" and c.tag_ == "NN")]:
            called = _called_name(noun)
            if called:
                name_toks = called
                break
    self_named = False  # "The man, who identifies himself as Kev Marlow,"
    body_named = False  # "A group calling itself NightLedger"
    if not name_toks and head.tag_ in ("NN", "NNS"):
        name_toks = _self_given_name(head)
        self_named = bool(name_toks)
        body_named = self_named and _names_a_body(next(t for t in name_toks[0].ancestors if t.dep_ in ("relcl", "acl")))
    if not name_toks and is_handle(head.text):
        name_toks = [head]  # "@mairead_bakes wrote", whatever the tagger made of it: a name
    described_by: list[Token] = []  # the phrase a closing name was set beside
    titled_from = -1  # where a role set beside the name starts, in an appositive of the head
    if not name_toks and head.tag_ in ("NN", "NNS"):
        # "The head of the ferry service, Tomasz Wierzbicki,": the parser hangs the person's name
        # set beside the phrase on the nearest noun, not on the role, whatever follows the name
        # (", a former interior minister,").
        last = _appositive_on_inner_noun(head, toks)
        if last is None:
            pass
        elif last.ent_type_ == "PERSON" and last.head.dep_ == "pobj":
            name_toks = _name_tokens(last)
        # "The company behind the best-selling kit, LumaTest,", "The armed group controlling
        # the road, the Tessaly Liberation Front,": so with a body's name set beside the
        # phrase of a body's noun.
        elif (
            last.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", *_NUMERIC_ENTITIES)
            and (head.lower_ in lexicon.COMPANY_NOUNS or head.lower_ in lexicon.ORGANIZATION_NOUNS)
        ):
            name_toks = _name_tokens(last)
            described_by = _trim_tokens([t for t in toks if t.i < last.left_edge.i])
    if not name_toks and head.tag_ in ("NN", "NNS"):
        name_toks = _titled_appositive_name(head)
        if name_toks:
            # "Her former student, the designer Yusuf Kemaloglu": two descriptions, each
            # phrase its own.
            titled_from = name_toks[0].head.left_edge.i if name_toks[0].dep_ == "compound" else name_toks[-1].head.left_edge.i
    name = _name_text(name_toks, conv) if name_toks else None
    if name_toks and name_toks[-1].i > toks[-1].i and toks[-1].i < name_toks[0].i <= right:
        # The name after "called" stands in the participle clause the phrase was trimmed at.
        span = conv.tokens(toks[0], name_toks[-1])
    if name_toks:
        head_span = conv.tokens(name_toks[0], name_toks[-1])
    else:
        det = [c for c in head.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod") and c.i < head.i]
        first = min([head, *det], key=lambda t: t.i)
        head_span = conv.tokens(first, head)

    determiner = ""
    possessor = ""
    for child in head.children:
        if child.dep_ in ("det", "predet") and not determiner:
            determiner = child.lower_
        elif child.dep_ == "nummod" and not determiner:
            determiner = child.lower_
        elif child.dep_ == "amod" and child.lower_ in lexicon.VAGUE_DETERMINERS and not determiner:
            determiner = child.lower_
        elif child.dep_ == "poss":
            possessor = conv.tokens(child.left_edge, child.right_edge).text
    if determiner in lexicon.NEGATED_QUANTIFIERS and any(c.dep_ in ("preconj", "neg") and c.lower_ == "not" for c in head.children):
        determiner = "some"  # "Not all economists": some of them, unnamed

    descriptions: list[str] = []
    if twin is not None:
        desc = _trim_tokens(list(twin.subtree))
        if desc:
            descriptions.append(conv.tokens(desc[0], desc[-1]).text)
    if described_by:
        descriptions.append(conv.tokens(described_by[0], described_by[-1]).text)
    name_ids = {t.i for t in name_toks}
    if self_named:
        # "A driver on the picket line, who gave her name as Joanne Pike,": the clause gives the
        # name, and the phrase before its comma describes her.
        clause = next(t for t in name_toks[0].ancestors if t.dep_ in ("relcl", "acl"))
        # "A group calling itself NightLedger": the participle says what the phrase is, and
        # stays in its description.
        before = name_toks[0].i if clause.dep_ == "acl" else clause.left_edge.i
        desc = _trim_tokens([t for t in toks if t.i < before])
        if desc:
            descriptions.append(conv.tokens(desc[0], desc[-1]).text)
    for child in head.children:
        if child.dep_ == "appos" and (_clause_subject_read_as_appositive(head, child) or _bracketed_acronym(child)):
            continue
        if child.dep_ == "appos" and not name_toks and _names_the_place(head, child):
            continue  # "in the capital, Veresk": the place's name, no description of the speaker
        if child.dep_ == "appos" and name_toks and head.dep_ == "pobj" and child.ent_type_ == "PERSON" and not name_ids & {t.i for t in child.subtree}:
            # "A spokesman for Kerr, Nathan Boyle,": the parser hangs the spokesman's name on
            # the name closing the role's phrase; one person's name does not describe another.
            continue
        if child.dep_ == "appos":
            if child.i in name_ids or name_ids & {t.i for t in child.subtree}:
                # "the harbour authority's chief executive, Martin Greaves": the name is the
                # appositive, so the description is the head phrase before it.
                desc = _trim_tokens([t for t in toks if t.i < child.left_edge.i])
            else:
                closed = list(tail.subtree) if tail is not None and tail.left_edge.i == child.right_edge.i + 1 else []
                desc = _before_reporting_clause(_trim_tokens(list(child.subtree) + closed))
            if desc:
                descriptions.append(conv.tokens(desc[0], desc[-1]).text)
    # "Jonas Keller, who follows utilities at Hartwell Securities,": a relative clause set off
    # by a comma describes the person named; one without ("the analyst who ...") picks them out.
    if name_toks:
        for child in head.children:
            if _which_on_person(child):
                continue  # "a councillor, Gareth Imrie, which appeared to ...": about the reply
            if _set_off_relative(child) and not _reporting_clause(child) and child.i not in excluded:
                desc = _trim_tokens([t for t in child.subtree if t.i not in excluded])
                if name_ids & {t.i for t in desc}:
                    continue  # the clause giving the name (see ``self_named`` above)
                if desc:
                    descriptions.append(conv.tokens(desc[0], desc[-1]).text)
    # Title words before the name: "Russia's Foreign Minister Sergei Lavrov".
    if name_toks and not self_named:
        # Brackets stay: "the State Emergency Management Agency (SEMA)" keeps its ")".
        pre = [t for t in toks if titled_from <= t.i < name_toks[0].i and (t.dep_ != "punct" or t.text in ("(", ")"))]
        pre = _trim_tokens(pre)
        while pre and pre[-1].lower_ in lexicon.COURTESY_TITLES:
            pre = _trim_tokens(pre[:-1])  # "The board's chair, Dr Feliks Novak": "Dr" is a title
            # "The Archbishop of Wexley, the Most Rev. Anselm Ode": the style of address
            # raising "Rev." and its article go with the title.
            while pre and (pre[-1].lower_ in lexicon.CLERGY_STYLE_WORDS or (pre[-1].dep_ == "det" and pre[-1].head.i == name_toks[-1].i)):
                pre = _trim_tokens(pre[:-1])
        if pre and any(t.lower_ in lexicon.ROLE_NOUNS or t.lower_ in lexicon.TITLES for t in pre):
            text = conv.tokens(pre[0], pre[-1]).text
            if text.lower() not in lexicon.COURTESY_TITLES:
                descriptions.insert(0, text)
    if name_toks and possessor and _title_as_given_name(name_toks):
        descriptions.insert(0, possessor)  # "Reform Alliance's Dean Pollard": the party's
    # "the company's founder, Ren Zhengfei": the name is the appositive of a role.
    if (
        head.dep_ == "appos"
        and name
        and (head.head.tag_ in ("NN", "NNS") or _role_appositive(head))
        and not _names_the_body(head.head, head)
        and not _speaker_hung_on_opening_phrase(head)
    ):
        # ... or of a role and its body: "the chief executive of Norrland Lithium, Annika
        # Berglund", where the parser hangs the name on the body.
        role_head = head.head if head.head.tag_ in ("NN", "NNS") else head.head.head.head
        if _named_body_of_role(role_head):
            # "the chief delegate for the Andean Rivers alliance, Tupac Quenaya": the name hung
            # on the named body is the delegate's, so the role is the delegate's whole phrase.
            role_head = role_head.head.head
        role = _trim_tokens(t for t in role_head.subtree if t.i < head.left_edge.i)
        if role:
            descriptions.insert(0, conv.tokens(role[0], role[-1]).text)
        # "Her son, Tobias, 19, has ...": the age the parser hung on the role is the name's.
        for age in role_head.children:
            if age.dep_ == "appos" and age.i == head.right_edge.i + 2 and age.like_num and len(age.text) <= 3 and age.n_rights == 0:
                descriptions.append(age.text)

    age = _age_at_death(head)
    if age is not None:
        descriptions.append(f"aged {age}")

    pronoun = head.tag_ == "PRP" or head.lower_ in lexicon.PERSONAL_PRONOUNS
    return Mention(
        span=span,
        head=head_span,
        head_word=head.lower_,
        determiner=determiner,
        # one who gives their own name; a group or a body its own ("calling itself ...")
        label=("ORG" if body_named else "PERSON") if self_named else _label(head, name_toks),
        name=name,
        proper=head.tag_ in _PROPER_TAGS or bool(name_toks),
        plural=head.tag_ in ("NNS", "NNPS") or head.lower_ in lexicon.PRONOUNS_PLURAL,
        pronoun=pronoun,
        descriptions=tuple(dict.fromkeys(d for d in map(_without_dateline, descriptions) if d)),
        possessor=possessor,
        words=tuple(t.lower_ for t in toks),
        subject=_main_subject(head),
        parts=_conjunct_mentions(head, conv, excluded) if split else (),
    )


def _appositive_on_inner_noun(head: Token, toks: Sequence[Token]) -> Token | None:
    """The first proper name of the phrase ``toks`` set off by a comma as an appositive of a
    noun after its head ``head`` that is the object of a preposition or of a participle: "Jonas
    Eklund" in "The summit's chair of the migration working group, Jonas Eklund, a former
    interior minister", "Front" in "The armed group controlling the road, the Tessaly
    Liberation Front"; None when there is none."""
    doc = head.doc
    for tok in toks:
        if (
            tok.dep_ == "appos"
            and tok.tag_ in _PROPER_TAGS
            and tok.head.i > head.i
            and tok.left_edge.i > 0
            and doc[tok.left_edge.i - 1].text == ","
            and (tok.head.dep_ == "pobj" or tok.head.dep_ == "dobj" and tok.head.head.dep_ == "acl" and tok.head.head.head.i == head.i)
        ):
            return tok
    return None


def is_handle(text: str) -> bool:
    """Whether a word is a social-media handle ("@crumbwatch", "@Jo_Marr"): a name a reader can
    look up. Not "@" before a space or a sign ("@ 5pm", "@-"). The one test of a handle, here
    and in ``speakers``."""
    return len(text) > 2 and text[0] == "@" and (text[1].isalnum() or text[1] == "_")


def _which_on_person(rel: Token) -> bool:
    """A relative clause "which" opens, hung on a person's name: "A reply from the account of
    a councillor, Gareth Imrie, which appeared to endorse the boycott": "which" never means a
    person, so the clause is about a thing before the name, not about him."""
    return rel.dep_ == "relcl" and rel.head.ent_type_ == "PERSON" and any(
        c.lower_ == "which" and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children
    )


def _title_of_place(head: Token) -> bool:
    """"The Archbishop of Wexley, the Most Rev. Anselm Ode, said": a role and its see or seat,
    which the recognizer reads as an organisation, with a person's name set beside it. The role
    is the person's title, not a body's name, so the appositive names who spoke."""
    if head.ent_type_ in ("", "PERSON") or not (head.lower_ in lexicon.ROLE_NOUNS or head.lower_ in lexicon.TITLES):
        return False
    if head.i + 1 >= len(head.doc) or head.doc[head.i + 1].lower_ != "of":
        return False
    return any(c.dep_ == "appos" and c.i > head.i and c.ent_type_ == "PERSON" for c in head.children)


#: Verbs whose relative clause may report what a person said (see ``_reporting_clause``).
_REPORTING_CLAUSE_LEMMAS = (lexicon.SPEECH_VERBS | lexicon.OBJECT_VERBS) - lexicon.TRADE_SPEECH_VERBS


def _reporting_clause(rel: Token) -> bool:
    """"Reg Pottinger, who told a meeting that the lanes were "the final straw",": a relative
    clause that reports what the person said is a quote of theirs, not a description; so is one
    of a verb of saying with no clause ("who has called for the governor to appear before
    parliament", "who accused the board of negligence"). Not one that says what the person does
    for a living ("who writes for the Valley Courier") nor one whose verb only takes a bare
    object ("who defended the mayor in court", "who argued the case"): that is a deed."""
    lemma = lemma_of(rel.text)
    if lemma in lexicon.SPEECH_VERBS and any(c.dep_ == "ccomp" or c.is_quote for c in rel.subtree):
        return True
    if rel.dep_ != "relcl" or lemma not in _REPORTING_CLAUSE_LEMMAS:
        return False
    if any(_reported_content_child(c) for c in rel.children):
        return True
    objects = [c for c in rel.children if c.dep_ == "dobj"] if lemma in lexicon.OBJECT_OF_SPEECH_VERBS else []
    return any(c.dep_ == "prep" and c.lower_ == "of" for o in objects for c in o.children)


def _reported_content_child(child: Token) -> bool:
    """A part of a relative clause's verb of saying that carries what was said: an infinitive
    or other open clause ("who urged the council to act"), or a phrase of what was asked for or
    charged ("who has called for an inquiry", "who accused the board of negligence")."""
    if child.dep_ in ("xcomp", "ccomp", "advcl") and child.tag_.startswith("VB"):
        return True
    return child.dep_ == "prep" and child.lower_ in lexicon.REPORT_CONTENT_PREPS


def _before_reporting_clause(toks: Sequence[Token]) -> list[Token]:
    """An appositive's words up to a relative clause in it that reports what the person said
    (``_reporting_clause``): "economic spokeswoman for the Civic Alliance" of "economic
    spokeswoman for the Civic Alliance, who has called for the governor to resign"."""
    toks = list(toks)
    for tok in toks:
        if tok.dep_ == "relcl" and _reporting_clause(tok):
            return _trim_tokens([t for t in toks if t.i < tok.left_edge.i])
    return toks


def _titled_appositive_name(head: Token) -> list[Token]:
    """"Her former student, the designer Yusuf Kemaloglu, said": the appositive is itself a role
    with the person's name after it, so that name is the speaker's. The name's tokens, or []."""
    for appos in head.children:
        if appos.dep_ != "appos" or appos.tag_ != "NN" or appos.i < head.i:
            continue
        for child in appos.children:
            if child.i < appos.i or child.tag_ not in _PROPER_TAGS or child.ent_type_ in _NUMERIC_ENTITIES:
                continue
            # The recognizer may miss or mistype a name set beside a role ("the architect Ana
            # Lima" as a place); an appositive proper noun there is still a name.
            if child.dep_ == "appos" or (child.dep_ == "compound" and child.ent_type_ == "PERSON"):
                return _name_tokens(child) or [t for t in child.subtree if t.tag_ in _PROPER_TAGS]
    return []


def _bracketed_acronym(appos: Token) -> bool:
    """"The Executive Secretary of the State Emergency Management Agency (SEMA), Dr. Funmilayo
    Adekunle-Bassey,": an acronym alone in brackets after a body's name abbreviates that name,
    and is no description of the speaker (as "(PDP)" after a person's name is)."""
    doc = appos.doc
    return (
        appos.text.isupper()
        and len(appos.text) > 1
        and appos.left_edge.i == appos.right_edge.i == appos.i
        and 1 < appos.i < len(doc) - 1
        and doc[appos.i - 1].text == "("
        and doc[appos.i + 1].text == ")"
        and doc[appos.i - 2].ent_type_ in _BODY_LABELS
    )


def _next_conjuncts(tok: Token) -> list[Token]:
    """The conjuncts hanging on ``tok``: its own, and a name the parser took for the
    appositive of a name when it has conjuncts of its own ("Ana Ruiz, Tom Baker and Lena Ode",
    read as Ruiz <-appos- Baker <-conj- Ode; see ``_is_list_member``)."""
    return [c for c in tok.children if c.i > tok.i and (c.dep_ == "conj" or _listed_name(tok, c))]


def _listed_name(tok: Token, appos: Token) -> bool:
    """"Ana Ruiz, Tom Baker and Lena Ode": a person's name right after a name and a comma, with
    conjuncts of its own, continues a list of names. Not a description ("Ann Cole, a lawyer and
    judge"), nor names after a plural ("the two leading Republicans, X and Y", who are they),
    nor ones further on ("Geoffrey Cowan, author of 'Theodore Roosevelt and ...'")."""
    return (
        appos.dep_ == "appos"
        and tok.tag_ == "NNP"
        and appos.tag_ == "NNP"
        and appos.ent_type_ == "PERSON"
        and _is_list_member(appos)
        and appos.left_edge.i == tok.i + 2
        and tok.doc[tok.i + 1].text == ","
    )


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and the nouns coordinated with it, in order: "Ruiz, Baker and Lee" is parsed as
    Ruiz <- Baker <- Lee, each conjunct hanging on the one before."""
    out = [head]
    for child in _next_conjuncts(head):
        out.extend(_conjuncts(child))
    return sorted(out, key=lambda t: t.i)


def _one_name(cc: Token) -> bool:
    """"Procter & Gamble", "the Science and Technology Directorate": an "and" inside a name the
    recognizer reads as one body's makes one speaker, not two. (One person's name never holds
    an "and", so a PERSON entity over it is two people run together.)"""
    return cc.ent_iob_ == "I" and cc.ent_type_ not in ("", "PERSON")


#: Nouns of those who can speak beside a name: "his aides", "the company", "her deputy".
_CONJUNCT_SPEAKER_NOUNS = (
    lexicon.ROLE_NOUNS
    | lexicon.ORGANIZATION_NOUNS
    | lexicon.COMPANY_NOUNS
    | lexicon.OUTLET_NOUNS
    | lexicon.VAGUE_NOUNS
    | lexicon.ANONYMOUS_SOURCE_NOUNS
    | lexicon.SPEAKING_FOR_NOUNS
)


def _speaker_conjunct(tok: Token) -> bool:
    """Whether a conjunct can be a speaker of its own: a name, a personal pronoun, or a
    determined noun of people or a body ("her deputy", "the company", "others"). A bare
    singular noun ("lobbyist and GOP strategist Charlie Black", "The front-runner and former
    secretary of state said") is a second description of one person; "and the AFL-CIO's
    pending endorsement" no one who speaks."""
    if tok.tag_ in _PROPER_TAGS:
        # "Fox News Vice President and Washington Managing Editor Bill Sammon", "former
        # Pennsylvania Gov. and ... chair Ed Rendell", "Steve Bell, ..., and a Republican who
        # headed ...": titles and a noun with "a" describe one person ("Tom Baker" is a name,
        # a baker or not).
        title = (tok.lower_.rstrip(".") in lexicon.TITLES or tok.lower_ in lexicon.ROLE_NOUNS) and not (
            tok.ent_type_ == "PERSON" or any(_given_name(c, lone=False) for c in tok.children if c.dep_ == "compound")
        )
        # "Fox and Friends", a programme: a plural that is neither a name the recognizer knows
        # ("Democrats") nor one of people.
        plural = tok.tag_ == "NNPS" and not tok.ent_type_ and not lexicon.people_noun(tok.lower_)
        return not title and not plural and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    if tok.tag_ == "PRP":
        return tok.lower_ in lexicon.PERSONAL_PRONOUNS
    if tok.tag_ not in ("NN", "NNS") or not (tok.lower_ in _CONJUNCT_SPEAKER_NOUNS or lexicon.people_noun(tok.lower_)):
        return False
    determined = any(c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children)
    return determined or tok.tag_ == "NNS"


def _conjunct_mentions(head: Token, conv: _Converter, excluded: set[int]) -> tuple[Mention, ...]:
    """The speakers a coordinated phrase names, each as a mention of its own: "Ana Ruiz, a
    nurse, and Tom Baker" gives "Ana Ruiz, a nurse" and "Tom Baker", each with the appositive
    that is theirs. Reading only the first as the speaker would give the words to one person.

    A given name joined to a full name shares its surname ("Khizr and Ghazala Khan": Khizr Khan
    and Ghazala Khan), whether the parser coordinates the two names or hangs the given name on
    the surname."""
    shared = _shared_surname_given(head)
    if shared is not None:
        given = name_mention(conv.token(shared), label="PERSON")
        rest = make_mention(head, conv, exclude=excluded | {t.i for t in shared.subtree}, split=False)
        if not rest.name or len(rest.name.split()) < 2:
            return ()
        return (replace(given, name=f"{given.name} {rest.name.split()[-1]}"), rest)
    conjuncts = _conjuncts(head)
    if len(conjuncts) < 2 or not all(_speaker_conjunct(t) for t in conjuncts):
        return ()
    joiners = [c for t in conjuncts for c in t.children if c.dep_ == "cc"]
    if not joiners or any(c.lower_ not in lexicon.JOINT_CONJUNCTIONS or _one_name(c) for c in joiners):
        return ()
    doc = head.doc
    if any(t.lower_ in lexicon.COORDINATION_OPENERS and t.head.i != head.i for t in doc[head.i + 1 : conjuncts[1].i]):
        return ()  # "People close to both Clinton's camp and the White House": the "and" is theirs
    if any(_quote_mark(t) for t in doc[max(0, head.left_edge.i - 1) : conjuncts[-1].i + 1]):
        return ()  # 'on "Fox and Friends"': a title in quotation marks
    parts = []
    for tok in conjuncts:
        # Each conjunct without the ones after it, the "and" and a "both" before the first.
        after = _next_conjuncts(tok)
        own = excluded | {t.i for c in after for t in c.subtree} | {
            c.i for c in tok.children if c.dep_ in ("cc", "preconj") or (c.dep_ == "det" and c.lower_ in lexicon.COORDINATION_OPENERS)
        }
        parts.append(make_mention(tok, conv, exclude=own, split=False))
    for k in range(len(parts) - 1):
        first, then = parts[k], parts[k + 1]
        # "John and Mary Smith": a lone known given name before a full name that opens with one.
        if (
            first.name
            and then.name
            and len(first.name.split()) == 1
            and first.name.lower() in lexicon.GIVEN_NAMES
            and len(then.name.split()) >= 2
            and then.name.split()[0].lower() in lexicon.GIVEN_NAMES
            and not first.descriptions
        ):
            parts[k] = replace(first, name=f"{first.name} {then.name.split()[-1]}")
    return tuple(parts)


def _shared_surname_given(head: Token) -> Token | None:
    """"Khizr and Ghazala Khan", parsed with "Khizr" (and the "and") hung on "Khan": the given
    name that shares the head's surname, or None."""
    if head.tag_ not in _PROPER_TAGS or head.ent_type_ != "PERSON":
        return None  # "the Science and Technology Directorate"
    doc = head.doc
    for child in head.children:
        if (
            child.i < head.i
            and child.dep_ in ("amod", "compound", "nmod", "conj")
            and child.tag_ in _PROPER_TAGS
            and child.text[:1].isupper()
            and child.n_lefts == 0
            and any(c.dep_ == "cc" and c.i == child.i + 1 and c.lower_ in lexicon.JOINT_CONJUNCTIONS and not _one_name(c) for c in child.children)
            # Between "and" and the surname only the other one's given names: not "Reagan
            # and Soviet leader Mikhail Gorbachev", "Trump and Sen. Ted Cruz".
            and 1 <= head.i - child.i - 2 <= 2
            and all(_given_word(t) for t in doc[child.i + 2 : head.i])
        ):
            return child
    return None


def _given_word(tok: Token) -> bool:
    """A capitalised proper noun that can be a given name: no title, role or acronym."""
    return (
        tok.tag_ in _PROPER_TAGS
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.lower_ not in lexicon.TITLES
        and tok.lower_ not in lexicon.ROLE_NOUNS
    )


def _age_at_death(head: Token) -> str | None:
    """The age an obituary gives the one it names: "Ines Calloway, harbour pilot, dies at 81",
    "Calloway died on Monday aged 81", "Calloway, who died at the age of 81,". A later "the
    86-year-old said" is then someone else (``speakers._ages``)."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        verb = next((c for c in head.children if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)), None)
    if verb is None or verb.lower_ not in lexicon.DYING_FORMS:
        return None
    for child in verb.children:
        numbers: list[Token] = []
        if child.dep_ == "prep" and child.lower_ == "at":
            for pobj in child.children:
                numbers.append(pobj)
                if pobj.lower_ == "age":  # "at the age of 81"
                    numbers += [n for of in pobj.children if of.lower_ == "of" for n in of.children]
        elif child.dep_ == "advcl" and child.lower_ == "aged":
            numbers += list(child.children)
        for number in numbers:
            if number.tag_ == "CD" and number.text.isdigit() and len(number.text) <= 3:
                return number.text
    return None


#: A dateline before a spaced dash: "KARVANO - ", "SAN RAFAEL, Calif. - ".
_DATELINE_LEAD = re.compile(r"^[A-Z][A-Z.'\- ]*(?:, [A-Z][A-Za-z.]*)?\s+[-\u2013\u2014]+\s+")


def _without_dateline(description: str) -> str:
    """A description without the dateline the parser hung on it ("LISBRIDGE", "KARVANO -
    Dravonia's prime minister"): a place in capitals is no description."""
    description = _DATELINE_LEAD.sub("", description)
    if len(description) > 4 and description.isupper() and description.lower() not in lexicon.TITLES:
        return ""
    return description


def _name_beside_role(head: Token, child: Token) -> bool:
    """Whether ``child`` is a proper noun set beside a person's role as its appositive: in "A
    Commission spokesman, Lars Eklund, said" the name is Lars Eklund, whatever the recognizer
    calls it, and "Commission" before the role is whom the spokesman speaks for."""
    return child.dep_ == "appos" and child.i > head.i and child.tag_ in _PROPER_TAGS and head.lower_ in lexicon.ROLE_NOUNS


def _names_the_body(head: Token, appos: Token) -> bool:
    """"A spokesman for the studio, Halcyon Pictures, said": a name set off right after the
    body a role works for names the body, not the person in the role."""
    if appos.ent_type_ == "PERSON":
        return False
    words = {t.lower_ for t in appos.subtree}
    if appos.ent_type_ not in _BODY_LABELS and not words & (lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS):
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with") and prep.i < appos.i:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.tag_ in ("NN", "NNS") and body.right_edge.i + 2 == appos.left_edge.i:
                return not _named_before_noun(body)
    return False


def _names_the_place(head: Token, appos: Token) -> bool:
    """"Analysts at the Pavlov Institute in the capital, Veresk, said": a name set off right
    after a noun for a place inside the phrase (``lexicon.PLACE_COMMON_NOUNS``) names that
    place, not the one who spoke, whatever label the recognizer gave it; a person's name
    ("the mayor of the city, Dana Reeve") is still the speaker's."""
    if appos.ent_type_ == "PERSON" or appos.tag_ not in _PROPER_TAGS or appos.i < head.i:
        return False
    before = head.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    noun = head.doc[before.i - 1] if before.i > 0 else None
    return (
        noun is not None
        and noun.i != head.i
        and noun.tag_ in ("NN", "NNS")
        and noun.lower_ in lexicon.PLACE_COMMON_NOUNS
        and head.i < noun.i
        and head in noun.ancestors
    )


def _named_body_of_role(body: Token) -> bool:
    """"the chief delegate for the Andean Rivers alliance": a body named before its noun, the
    object of "for", "of", "at" or "with" on a common noun before it (the role)."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ not in ("for", "of", "at", "with") or prep.dep_ != "prep":
        return False
    return prep.head.tag_ in ("NN", "NNS") and prep.head.i < body.i and _named_before_noun(body)


def _named_before_noun(noun: Token) -> bool:
    """"the Pacific Islands bloc", "the Harbour Workers union": the body has its name before
    its noun, so a name set off after it is the person's ("the lead negotiator for the Pacific
    Islands bloc, Losana Vaikoa"). A place is no such name ("the Paris studio")."""
    return any(c.dep_ == "compound" and c.tag_ in _PROPER_TAGS and c.ent_type_ != "GPE" for c in noun.children)


def _clause_subject_read_as_appositive(head: Token, appos: Token) -> bool:
    """"According to the aide, Elena Marsh, the bridge will reopen": the parser may take the
    name for the subject and the real subject for its appositive. An appositive of a subject
    runs into the subject's verb with no comma to close it; a true one is set off ("Ma, a
    veteran analyst, said")."""
    if head.dep_ not in _SUBJECT_DEPS or appos.i < head.i:
        return False
    after = appos.right_edge.i + 1
    doc = head.doc
    if after >= len(doc):
        return False
    nxt = doc[after]
    return nxt.i == head.head.i or (nxt.head.i == head.head.i and nxt.dep_ in ("aux", "auxpass", "neg"))


def _label(head: Token, name_toks: Sequence[Token]) -> str:
    """The entity label of a mention. A name cut from a longer entity at a comma that starts
    with a known given name is a person's, whatever the recognizer called the whole ("Norrland
    Lithium, Annika Berglund" read as one organisation)."""
    label = head.ent_type_ or (name_toks[-1].ent_type_ if name_toks else "")
    if name_toks and _title_as_given_name(list(name_toks)):
        return "PERSON"  # "Reform Alliance's Dean Pollard", read as one organisation
    if label in ("", "GPE", "LOC") and _given_name_run(name_toks):
        return "PERSON"  # "Ines Calloway" unlabelled, "Amara Nwosu" read as a place
    if label not in ("PERSON", "ORG", "NORP", "GPE") and _role_before_name(name_toks):
        return "PERSON"  # "The singer-songwriter Cassia Morland", read as a building
    if name_toks and label != "PERSON" and len(name_toks) > 1:
        first = name_toks[0]
        if first.i > 0 and first.doc[first.i - 1].text == "," and first.doc[first.i - 1].ent_type_ and _person_part(name_toks):
            return "PERSON"
    return label


def _role_before_name(toks: Sequence[Token]) -> bool:
    """Whether a person's role noun or title stands right before a name of two or three
    capitalised words: "The singer-songwriter Cassia Morland", "historian Ines Vale", "Dame
    Ysolde Carrow" (the title may be read into the name)."""
    if toks and toks[0].lower_ in lexicon.PERSON_NAME_TITLES and toks[0].text[:1].isupper():
        toks = toks[1:]
    if not 2 <= len(toks) <= 3 or toks[0].i == 0 or not all(t.tag_ in _PROPER_TAGS and t.is_title for t in toks):
        return False
    if _after_person_title(toks):
        return True
    doc = toks[0].doc
    role = doc[toks[0].i - 1]
    if role.tag_ != "NN" or role.dep_ != "compound" or role.head not in toks:
        return False
    # "singer-songwriter": either word of a hyphened role may be the one the lists know.
    first = doc[role.i - 2] if role.i > 1 and doc[role.i - 1].text == "-" and not doc[role.i - 1].whitespace_ else role
    return lexicon.role_noun(role.lower_) or lexicon.role_noun(first.lower_)


def _given_name_run(toks: Sequence[Token]) -> bool:
    """Whether the tokens are a person's name the recognizer missed or took for a place: two or
    three capitalised proper nouns in no entity but a place's (GPE, LOC), opening with a known
    given name (``lexicon.GIVEN_NAMES``) and not closing with a word of a place's name ("Alice
    Springs", ``lexicon.PLACE_NAME_ENDINGS``)."""
    if not 2 <= len(toks) <= 3 or toks[-1].lower_ in lexicon.PLACE_NAME_ENDINGS:
        return False
    if toks[0].lower_ not in lexicon.GIVEN_NAMES and not _after_person_title(toks):
        return False
    if not all(
        t.tag_ in _PROPER_TAGS and t.text[:1].isupper() and not t.text.isupper() and t.ent_type_ in ("", "GPE", "LOC")
        for t in toks
    ):
        return False
    return not _title_case(toks[0].sent)


def _after_person_title(toks: Sequence[Token]) -> bool:
    """Whether a title that only a person bears stands right before the name, in its phrase:
    "Dame Olwen Pritchard", "Professor Martin Oakes" (``lexicon.PERSON_NAME_TITLES``)."""
    if toks[0].i == 0:
        return False
    title = toks[0].doc[toks[0].i - 1]
    return title.text[:1].isupper() and title.lower_ in lexicon.PERSON_NAME_TITLES and title.head in toks


def _title_case(sent: SpacySpan) -> bool:
    """Whether a sentence is set in title case, as a headline is ("Claudia Tenney Beats
    Establishment Pick"): its capitals say nothing of where a name ends."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _unread_name_run(head: Token) -> list[Token] | None:
    """The tokens of a name the recognizer left unlabelled, headed by ``head``: two or three
    capitalised proper nouns ("Aurelia Vance was nine when she first swam across the lake."),
    in no entity, not closing with a word of a place's name, outside a title-case line. Who
    it names is left open: the registry takes it only as the full name of a lone surname that
    speaks later ("..., Vance says")."""
    if head.tag_ not in _PROPER_TAGS or head.dep_ in ("compound", "flat") or head.ent_type_:
        return None
    toks = _name_tokens(head)
    if not 2 <= len(toks) <= 3 or toks[-1].i != head.i or toks[-1].lower_ in lexicon.PLACE_NAME_ENDINGS:
        return None
    if not all(t.tag_ in _PROPER_TAGS and t.text[:1].isupper() and not t.text.isupper() and not t.ent_type_ and t.is_alpha for t in toks):
        return None
    if toks[0].is_stop:
        return None  # "Beneath Clinton's wins", "First Trump said": a capital opening a sentence
    return None if _title_case(head.sent) else toks


def _person_part(part: Sequence[Token]) -> bool:
    """Whether the part of an entity after a comma is a person's name: it starts with a known
    given name or stands beside a role."""
    return len(part) > 1 and (_given_name(part[0], lone=False) or _role_appositive(part[-1]))


def _role_appositive(tok: Token) -> bool:
    """A name set beside a role: "the mayor, Henrik Strand" or, hung on the body by the parser,
    "the chief executive of Norrland Lithium, Annika Berglund"."""
    if tok.dep_ != "appos":
        return False
    head = tok.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    return head.lower_ in lexicon.ROLE_NOUNS


def _main_subject(head: Token) -> bool:
    """The subject of a sentence's main verb ("Ben Carradine, the solicitor, read ..."), not of
    a clause inside it ("Smith said Brown had lied")."""
    if head.dep_ == "appos":
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ in ("ROOT", "conj") and head.head.head.dep_ in ("ROOT", head.head.dep_)


def _group_subject(tok: Token) -> bool:
    """"The brothers, for their part, still speak.", "The two men left", "The family waited": a
    definite plural of people, or a collective noun of them, as the subject of a sentence's
    main verb, whom a "they" opening the next sentence means."""
    plural = tok.tag_ == "NNS" and lexicon.people_noun(tok.lower_)
    if tok.ent_type_ or not (plural or tok.lower_ in lexicon.COLLECTIVE_PEOPLE_NOUNS) or not _main_subject(tok):
        return False
    if any(t.ent_type_ or (t.i > tok.left_edge.i and t.text[:1].isupper()) for t in tok.subtree):
        return False  # "The Clinton aides": whose they are is for the recognizer's names
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "both") for c in tok.children)


def _new_role_subject(tok: Token) -> bool:
    """"The second engineer, who asked not to be named, agreed.", "A second engineer examined
    the meter.": someone new in a role (or a man or woman), unnamed, as the subject of a
    sentence's main verb, whom a "he" or "she" opening the next sentence means; not a role
    that may be someone met before ("The engineer agreed") or one named beside it ("A second
    engineer, Tom Hale, agreed", "The Dunmore engineer")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or tok.ent_type_ or not _main_subject(tok):
        return False
    if not (lexicon.role_noun(tok.lower_) or tok.lower_ in lexicon.SEX_NOUNS):
        return False
    if any(c.dep_ == "appos" for c in tok.children):
        return False
    if any(t.ent_type_ not in ("", "ORDINAL", "CARDINAL") or (t.i > tok.left_edge.i and t.text[:1].isupper()) for t in tok.subtree):
        return False
    return any(c.dep_ in ("det", "amod", "nummod") and c.i < tok.i and c.lower_ in lexicon.NEW_ONE_MODIFIERS for c in tok.children)


def _set_off_relative(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause set off by a comma, which describes the one its
    noun means ("Jonas Keller, who follows utilities at Hartwell Securities,"), not one that
    picks them out ("the analyst who ...")."""
    doc = clause.doc
    return clause.dep_ == "relcl" and clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == ","


def _role_subject_mention(tok: Token, conv: _Converter) -> Mention:
    """"The second engineer, who asked not to be named because his employer supplies water
    companies, agreed.": someone new in a role as a sentence's subject (see
    ``_new_role_subject``), described by the relative clauses set off after the noun (an
    anonymity request and its reason among them), with the genders of others the sentence
    keeps in focus (see ``_objects_in_focus``). A clause that reports their words is no
    description, unless it is their request not to be named."""
    mention = make_mention(tok, conv)
    described = [c for c in tok.children if _set_off_relative(c) and (not _reporting_clause(c) or _speaking_anonymously(c))]
    clauses = tuple(conv.tokens(d[0], d[-1]).text for c in described for d in (_trim_tokens(list(c.subtree)),) if d)
    described = (*mention.descriptions, *(c for c in clauses if c not in mention.descriptions))
    return replace(mention, label=ROLE_SUBJECT, descriptions=described, others_in_focus=_objects_in_focus(tok))


def _objects_in_focus(subject: Token) -> tuple[str, ...]:
    """"A police officer handcuffed him outside his home.", "A paramedic helped her out of the
    car.": the genders ("male", "female") of the "him" or "her" the subject's verb acts on,
    directly or through a preposition. Such a pronoun is never the subject itself, so it keeps
    someone met before in focus: the "He said" that follows is Tom Hale arrested before, not
    the officer."""
    verb = subject.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return tuple(sorted({sex for o in objects if (sex := lexicon.pronoun_sex(o.lower_))}))


def _new_holder(tok: Token) -> bool:
    """"Video posted online by a passenger showed ...": an indefinite noun phrase headed by a
    role word, which brings in someone new in that role; not a role word that modifies another
    noun ("a passenger jet", "an official statement", "a doctor's note"), says what a named
    person is ("Deon Marsh, a passenger, said", "Marsh was a passenger") or is named itself
    ("A passenger, Deon Marsh, said")."""
    if tok.tag_ != "NN" or tok.ent_type_ or not lexicon.role_noun(tok.lower_):
        return False
    if tok.dep_ in ("compound", "poss", "amod", "appos", "attr") or any(c.dep_ == "appos" for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE_ARTICLES for c in tok.children)


def _stressed_reflexive(tok: Token) -> Token | None:
    """"Roux herself addressed the row", "Voss himself has been careful": a lone capitalised
    subject stressed by "herself" or "himself" is someone's name, whatever the tagger made of
    it (a common noun, a verb, an organisation); the reflexive, which tells their gender."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text[:1].isupper() or tok.text.isupper():
        return None
    if tok.lower_ in lexicon.PERSONAL_PRONOUNS or tok.lower_ in lexicon.ROLE_NOUNS or tok.lower_ in lexicon.KINSHIP_NAMES:
        return None
    if any(c.dep_ in ("det", "compound", "amod", "poss", "nummod") for c in tok.children):
        return None  # "The mayor herself", "Delphine Roux herself": the parse's names see to them
    return next((c for c in tok.children if c.dep_ == "appos" and c.lower_ in lexicon.GENDERED_REFLEXIVES), None)


def _particle_surname(tok: Token) -> Token | None:
    """The first word of a surname whose particles the parser hung on it as compounds ("Van der
    Berg was gracious.", "De la Cruz was unmoved"), capitalised or not at a sentence's start;
    None when ``tok`` has no such particles, or other words beside them."""
    if any(c.dep_ in ("det", "amod", "poss") for c in tok.children):
        return None
    k = tok.i - 1
    # The particles may lean on each other ("Van" on "der"), all within the name.
    while k >= tok.sent.start and tok.doc[k].dep_ == "compound" and tok.doc[k].lower_ in lexicon.NAME_LINK_WORDS and k < tok.doc[k].head.i <= tok.i:
        k -= 1
    if k == tok.i - 1 or any(c.dep_ == "compound" and c.i <= k for c in tok.children) or any(t.ent_type_ for t in tok.doc[k + 1 : tok.i]):
        return None
    return tok.doc[k + 1]


def _described_lone_name(tok: Token) -> str:
    """The label a lone capitalised subject the recognizer left unlabelled earns from what is set
    beside it: "PERSON" for an age ("Amara, 34, a nurse at Marlow General, was at work": one
    known by a first name, whom a later "she" or "the nurse" means), "ORG" for a company's or
    body's noun ("Aquarel, the utility, was warned": what "the company" means); "PERSON" too for
    a person's role noun or a "who" clause ("Teodor, a fisherman, ...", "Teodor, who ..."); else
    "". A name the tagger read as a common noun ("Corvane, the electronics maker, will ...") earns
    only "ORG": a capitalised noun opening a sentence is more often no name at all."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NNP", "NN") or not tok.text[:1].isupper() or tok.text.isupper():
        return ""
    if tok.lower_ in lexicon.ROLE_NOUNS or tok.lower_ in lexicon.KINSHIP_NAMES or any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children):
        return ""
    # A name the recognizer labelled on its own ("Dalvik" as ORG or PERSON) is relabelled by a
    # body's noun only: its own label stands against an age or a role.
    labelled = bool(tok.ent_type_)
    if labelled and (tok.ent_type_ not in ("ORG", "PERSON") or tok.ent_iob_ != "B" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")):
        return ""
    for c in tok.children:
        if tok.doc[c.i - 1].text != "," and tok.doc[c.left_edge.i - 1].text != ",":
            continue
        if tok.tag_ == "NN" or labelled:
            if _body_appositive(c):
                return "ORG"
            continue
        if c.text.isdigit() and 1 <= len(c.text) <= 3 and c.dep_ in ("appos", "npadvmod", "amod", "nummod"):
            return "PERSON"
        if c.dep_ == "appos" and c.tag_ == "NN" and lexicon.role_noun(c.lower_) and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return "PERSON"  # "Teodor, a fisherman who has lived here since 1979, lost his boat"
        if c.dep_ == "relcl" and c.left_edge.lower_ == "who":
            return "PERSON"  # "Teodor, who has lived here since 1979, lost his boat"
        if _body_appositive(c):
            return "ORG"
    return ""


def _family_name_modifier(ent: Span) -> bool:
    """Whether a person's name only modifies a noun for a family line ("the Oru royal family",
    "the Marchetti dynasty", ``lexicon.FAMILY_LINE_NOUNS``): the family's name, which no later
    "he" or "she" means."""
    root = ent.root
    if root.dep_ != "compound" or root.head.i < root.i:
        return False
    noun = root.head
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head  # "the Ebo Royal family", "Royal" read as a proper noun
    return noun.tag_ in ("NN", "NNS") and noun.lower_ in lexicon.FAMILY_LINE_NOUNS


def _person_name_read_as_group(ent: Span) -> bool:
    """Whether an entity the recognizer labelled a nationality or group (NORP) is a person's
    name: two or three capitalised proper nouns, the last the subject of a clause
    ("Marguerite Oyelaran greets each of her 64 employees by name."), as no "Nigerian" or
    "South Korean" (an adjective) is."""
    return (
        ent.label_ == "NORP"
        and 2 <= len(ent) <= 3
        and all(t.tag_ == "NNP" and t.is_title for t in ent)
        and ent.root.i == ent.end - 1
        and ent.root.dep_ in ("nsubj", "nsubjpass")
    )


def _company_read_as_place(ent: Span) -> bool:
    """Whether an entity the recognizer labelled a facility or a product is a company's name:
    two capitalised words or more ending in a company's legal form or trade word
    ("CityLink Trams", "Harwick Freight Ltd"; ``lexicon.COMPANY_NAME_ENDINGS`` and
    ``COMPANY_TRADE_WORDS``), not "Heathrow Airport" or "the Golden Gate Bridge"."""
    words = [t for t in ent if t.lower_ != "the"]
    return (
        ent.label_ in ("FAC", "PRODUCT")
        and len(words) >= 2
        and all(t.is_title or t.text[:1].isupper() for t in words)
        and words[-1].lower_ in _COMPANY_LAST_WORDS
    )


#: Last words of a company's name: a legal form or a trade word (``_company_read_as_place``).
_COMPANY_LAST_WORDS = lexicon.COMPANY_NAME_ENDINGS | lexicon.COMPANY_TRADE_WORDS


def _name_after_company_noun(tok: Token) -> bool:
    """Whether ``tok`` is a lone capitalised name the recognizer left unlabelled that follows
    "the" and a company noun read as its compound: "Parcelwise" in "the delivery company
    Parcelwise", "Dalvik" in "the chipmaker Dalvik" (or took for a product's)."""
    if tok.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") or tok.tag_ != "NNP" or not tok.is_title or tok.dep_ in ("compound", "flat"):
        return False
    noun = tok.doc[tok.i - 1] if tok.i else tok
    if noun.head.i != tok.i or noun.dep_ != "compound" or noun.lower_ not in lexicon.COMPANY_NOUNS:
        return False
    # The article hangs on the name or on the noun: "the [delivery company] Parcelwise".
    return any(c.dep_ == "det" and c.lower_ == "the" for c in (*tok.children, *noun.children))


def _body_appositive(tok: Token) -> bool:
    """Whether ``tok`` is an appositive that calls the name beside it a company or a body:
    "the utility", "a shipping group", and "the electronics maker" or "the maker of the drug"
    (not "the policy maker": ``lexicon.PERSON_MAKER_WORDS``)."""
    if tok.dep_ != "appos" or not any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in tok.children):
        return False
    if tok.lower_ in _LONE_BODY_NOUNS:
        return True
    return tok.lower_ == "maker" and lexicon.maker_phrase([t.lower_ for t in tok.subtree])


#: The nouns that make a lone name beside them a company's or body's ("Aquarel, the utility").
_LONE_BODY_NOUNS = lexicon.COMPANY_NOUNS | lexicon.ORGANIZATION_NOUNS


def _quoted_labels(doc: Doc, base: int, quoted: Sequence[Span]) -> list[range]:
    """The token ranges of quotations with no verb in them: a quoted name, sign or label ('the
    painted sign "Ladrillos Ortega e Hijos."'), not anyone's sentence."""
    length = _text_length(doc)
    labels = []
    # Only the quotations that meet this chunk, in their order: a long article has many chunks.
    for i in sorted(_quoted_index(quoted).overlapping(Span(base, base + length, ""))):
        q = quoted[i]
        span = doc.char_span(max(0, q.start - base), min(length, q.end - base), alignment_mode="contract")
        if span is not None and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in span):
            labels.append(range(span.start, span.end))
    return labels


#: The quotations ``_quoted_index`` was last asked about, and their index.
_QUOTED_INDEX: list[tuple[Sequence[Span] | None, SpanIndex | None]] = [(None, None)]


def _quoted_index(quoted: Sequence[Span]) -> SpanIndex:
    """A ``SpanIndex`` of the article's quotations (tagged by place), made once per article:
    every chunk of it asks which of them it holds."""
    seen, index = _QUOTED_INDEX[0]
    if seen is not quoted or index is None:
        index = SpanIndex((q, i) for i, q in enumerate(quoted))
        if isinstance(quoted, tuple):  # a list may change before the next ask
            _QUOTED_INDEX[0] = (quoted, index)
    return index


def _part_of_label(toks: Sequence[Token], labels: Sequence[range]) -> bool:
    """Whether the name's words lie inside a quoted label that holds other words besides them:
    "Hijos" in "Ladrillos Ortega e Hijos", but not "Tomas" alone in 'gave his name as "Tomas"'."""
    ids = {t.i for t in toks}
    for label in labels:
        if ids and ids <= set(label):
            doc = toks[0].doc
            return any(i not in ids and not doc[i].is_punct for i in label)
    return False


def _lone_name_tag(tok: Token) -> bool:
    """Whether a lone word the recognizer gave a label other than a name's is tagged as one
    could be: a proper noun, or a capitalised word ending in "s" read as a plural inside a
    sentence ("said Mendes could be difficult", "Mendes" a PRODUCT and a plural noun)."""
    if tok.tag_ == "NNP":
        return True
    return tok.tag_ == "NNS" and tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start


#: Tags the tagger gives a lone surname that opens a sentence as its subject: a noun ("Vollmer
#: bristled"), or a comparative adverb for a name ending in "-er" ("Mercier was less
#: expansive.", RBR).
_LONE_SUBJECT_TAGS = frozenset({"NN", "NNP", "RBR"})


def entity_mentions(doc: Doc, conv: _Converter, *, labels: Sequence[range] = ()) -> Iterator[Mention]:
    """Every named person or organisation in the Doc, for the resolution registry; and every
    definite group of people that is a sentence's subject (see ``_group_subject``).

    ``labels`` are the token ranges of quoted names and labels (see ``_quoted_labels``): a
    person's name that is only part of one is no one the article speaks of.
    """
    stressed: set[int] = set()
    for tok in doc:
        if _new_role_subject(tok):
            yield _role_subject_mention(tok, conv)
        if tok.dep_ in ("nsubj", "nsubjpass") and _group_subject(tok):
            yield make_mention(tok, conv)
        elif (reflexive := _stressed_reflexive(tok)) is not None:
            # A person of the gender the reflexive gives, and the subject a later "she" means.
            stressed.add(tok.i)
            yield name_mention(conv.token(tok), subject=_main_subject(tok), label="PERSON", words=(tok.lower_, reflexive.lower_))
        elif is_handle(tok.text):
            # "an account called @crumbwatch": a name a later "the account" may mean.
            yield name_mention(conv.token(tok), subject=_main_subject(tok))
        elif label := _described_lone_name(tok):
            described = make_mention(tok, conv)
            # "Corvane, the electronics maker": a name even where the tagger read a noun.
            name = described.name or tok.text
            yield replace(described, label=label, subject=_main_subject(tok), name=name, proper=True)
        elif (
            tok.dep_ in ("nsubj", "nsubjpass")
            and not tok.ent_type_
            and tok.tag_ == "NNP"
            and _main_subject(tok)
            and (first := _particle_surname(tok)) is not None
        ):
            # "Van der Berg was gracious.": a surname with its particles, which the registry takes
            # only for someone it knows by that name in full ("Pieter van der Berg").
            yield name_mention(conv.tokens(first, tok), subject=True, label=LONE_SUBJECT)
        elif not tok.ent_type_ and _opening_adverb_of_subjectless_verb(tok):
            # "Vesey conceded shortly before midnight.", a surname read as an adverb in a
            # paragraph that does not name him in full (see
            # ``_reattach_opening_name_read_as_adverb``): the registry takes it only for
            # someone it already knows by that name in full.
            yield name_mention(conv.token(tok), subject=True, label=LONE_SUBJECT)
        elif (
            tok.dep_ in ("nsubj", "nsubjpass")  # "Voss was born in 1942" too
            and not tok.ent_type_
            and tok.tag_ in _LONE_SUBJECT_TAGS
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.lower_ not in lexicon.ROLE_NOUNS
            and tok.lower_ not in lexicon.KINSHIP_NAMES
            and not any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children)
            and _main_subject(tok)
        ):
            # "Vollmer bristled when asked about that.", the surname read as a common noun: the
            # registry takes it only for someone it already knows by that name in full.
            yield name_mention(conv.token(tok), subject=True, label=LONE_SUBJECT)
        elif (
            tok.ent_type_ in ("", "LOC")
            and tok.tag_ in _PROPER_TAGS
            and tok.dep_ not in ("compound", "flat")
            and _given_name_run(_name_tokens(tok))
            and not _part_of_label(_name_tokens(tok), labels)
        ):
            # "Ines Calloway was a harbour pilot.": a name the recognizer did not label, or
            # took for a place, is still someone a later "she" or "the pilot" may mean (see
            # ``_label``; a GPE comes through the entities below).
            yield make_mention(tok, conv)
        elif _name_after_company_noun(tok):
            # "into the delivery company Parcelwise after it disclosed ...": a company the
            # recognizer did not label, which a later "it" or "the company" may mean.
            yield replace(make_mention(tok, conv), label="ORG", name=tok.text, proper=True)
        elif (run := _unread_name_run(tok)) is not None:
            # "Aurelia Vance was nine when ...", a sentence the recognizer did not read (or a
            # given name no list knows): the full name a later "Vance says" may stand for.
            yield name_mention(conv.tokens(run[0], run[-1]), label=UNREAD_NAME)
        elif _new_holder(tok):
            # "Video posted by a passenger showed ...": someone new in a role, whom a later
            # "the passenger" may mean rather than a passenger named before.
            yield name_mention(conv.token(tok), label=NEW_HOLDER)
    for ent in doc.ents:
        if ent.text.lower() in lexicon.KINSHIP_NAMES or ent.root.i in stressed:
            continue
        if ent.label_ == "PERSON" and _part_of_label(list(ent), labels):
            continue  # the painted sign "Ladrillos Ortega e Hijos": no "Hijos" to speak
        if ent.label_ == "PERSON" and _family_name_modifier(ent):
            continue  # "a descendant of the Oru royal family": the family's name, no one person
        if len(ent) == 1 and _rubric_label(ent.root, conv):
            continue  # "VERDICT: False.", read as an organisation: the page's label, no one a role means
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") and _company_read_as_place(ent):
            # "Drivers at CityLink Trams walked out ... The company said": a company, whom a
            # later "the company" or "the operator" means.
            yield replace(make_mention(ent.root, conv), label="ORG")
            continue
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE") and _role_before_name(list(ent)):
            # "The singer-songwriter Cassia Morland", read as a building: a person, whom a
            # later "she" may mean.
            yield replace(make_mention(ent.root, conv), label="PERSON")
            continue
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
            if len(ent) == 1 and _lone_name_tag(ent.root) and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # "Delaney himself sounded more optimistic", tagged LAW: a lone name as a subject,
                # which the registry takes only for someone it already knows by that name. The
                # subject of a sentence only if of its main verb, not of what someone said ("Nefzi
                # said he never saw Mateen interact with him").
                yield name_mention(conv.token(ent.root), subject=_main_subject(ent.root))
            continue
        mention = make_mention(ent.root, conv)
        if _person_name_read_as_group(ent):
            mention = replace(mention, label="PERSON")
        yield mention
        if any(t.text == "," for t in ent):
            # "Norrland Lithium, Annika Berglund" read as one entity: a person's name after the
            # comma is a name of its own (see ``_name_tokens``).
            parts: list[list[Token]] = [[]]
            for tok in ent:
                if tok.text == ",":
                    parts.append([])
                else:
                    parts[-1].append(tok)
            for part in parts[1:]:
                if part and (ent.label_ == "PERSON" or _person_part(part)) and ent.root not in part:
                    yield make_mention(part[-1], conv)


# --------------------------------------------------------------------------------------------
# Cues
# --------------------------------------------------------------------------------------------


def _frame_kind(lemma: str, verb: Token) -> str | None:
    """Which frame a cue verb uses here, judged from the dependents it actually has."""
    if _in_narrated_refusal(verb):
        return None
    if lemma in lexicon.READING_VERBS:
        return "clause" if _reads_quotation(verb) else None
    deps = {c.dep_ for c in verb.children}
    if lemma in lexicon.SPEECH_VERBS and verb.i > 0 and verb.doc[verb.i - 1].is_quote and _inverted_object(verb) is not None:
        return "clause"  # '"...," recalled his assistant, Marco Delgado': the object speaks
    if lemma in lexicon.HEARING_VERBS:
        return "clause" if _that_clause(verb) and _hearing_body(verb) else None
    if lemma in lexicon.THAT_CLAUSE_VERBS:
        # Only with a subject of its own that can speak: in "urged the party to accept that ..."
        # the one who is to accept is not the subject of "urged".
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            # "refused to dismiss the charges, ruling that ...": the participle's subject is
            # the clause's it hangs on.
            subject = _subject(verb)[0]
        if not _that_clause(verb) or _that_read_as_mark(verb):
            return None
        return "clause" if subject is not None and _speaking(subject) else None
    if lemma in lexicon.DECLINE_VERBS:
        return "decline" if "xcomp" in deps and not _refused_act_in_relative(verb) else None
    if lemma in lexicon.AS_VERBS and ("dobj" in deps or _object_gap(verb, deps)) and _has_as(verb):
        return "object"
    has_clause = bool(deps & _CLAUSE_DEPS) or "parataxis" in deps
    agent = _passive_agent(verb) if "nsubjpass" in deps else None
    if lemma in lexicon.OBJECT_VERBS and agent is not None and _source_like(agent) and not has_clause:
        # "Her memoir was described by the Review as ...": the subject is what was said of,
        # as the object is in the active; not a speaker, as with a clause.
        return "object"
    if lemma in lexicon.TELL_VERBS and _tells_a_story(verb):
        return "clause" if _speaking_subject(verb) else None
    if lemma in lexicon.URGED_THING_VERBS and _urged_thing(verb):
        return "object"
    if lemma in lexicon.TELL_VERBS and lemma in lexicon.OBJECT_VERBS and _thing_promised(verb, deps, has_clause):
        return "object"
    if lemma in lexicon.TELL_VERBS and (deps & {"dobj", "dative"}):
        return "tell"
    if lemma in lexicon.SPEECH_VERBS and not has_clause and _attitude_object(verb):
        return "object"
    if lemma in lexicon.SPEECH_VERBS and (has_clause or not deps & {"dobj"} or lemma not in lexicon.OBJECT_VERBS):
        return "clause"
    if lemma in lexicon.FINDING_VERBS and (has_clause or _document_subject(verb)):
        if _shows_someone_speaking(verb):
            return None
        return None if lemma == "find" and _found_by_experience(verb) else "finding"
    if lemma in lexicon.BELIEF_VERBS and (has_clause or _interposed_belief(verb)):
        return "belief"
    if lemma in lexicon.OBJECT_VERBS and (deps & _OBJECT_DEPS or "prep" in deps):
        if lemma in lexicon.NEWS_OBJECT_VERBS and not _reports_news(verb):
            return None
        if _unrealised(verb):
            return None  # "I could not defend the budget": an act not done, no words reported
        if "neg" in deps and _document_subject(verb):
            return None  # "The memo does not mention the plant": what a text leaves out, no refusal
        if _plea(verb) or _ruling(lemma, verb):
            return None
        return "object"
    return None


def _thing_promised(verb: Token, deps: set[str], has_clause: bool) -> bool:
    """"promised action on housing", "urged restraint": a verb of telling that also takes what
    was said for its object (``lexicon.OBJECT_VERBS``), with one object that is no one told
    (not people, ``_people``) and no clause, said by a subject that can speak (``_speaking``);
    "promised voters a vote" and "urged the council to act" tell someone."""
    if "dative" in deps or has_clause or "xcomp" in deps:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].tag_ not in ("NN", "NNS"):
        return False
    obj = objects[0]
    # "promised the council that taxes would fall": a body is told too, and the parser may read
    # the that-clause as a relative clause on it.
    if _people(obj) or obj.lower_ in _BODY_NOUNS or obj.lower_ in lexicon.PUBLIC_APPEAL_SUBJECTS or any(c.dep_ == "relcl" for c in obj.children):
        return False  # "urged anyone with footage to get in touch": the public is told
    if _to_infinitive_clause(verb):
        return False  # the parser may hang the infinitive of the one told on the verb
    # Only a subject that can speak: "an agenda promising universal care" pledges nothing.
    subject, _ = _subject(verb)
    # A capitalised word the tagger took for a common noun is a name ("Ruiz promised ...").
    return subject is not None and (_speaking(subject) or subject.text[:1].isupper())


def _to_infinitive_clause(verb: Token) -> bool:
    """Whether a to-infinitive hangs on the verb as a clause of its own ("urged anyone with
    footage [to get in touch]", read as an adverbial clause)."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and _to_infinitive(c) for c in verb.children)


#: Nouns of things that carry written words and may "read" them (``lexicon.READING_VERBS``).
_WRITTEN_NOUNS = (
    lexicon.DOCUMENT_NOUNS
    | lexicon.CIRCULATED_NOUNS
    | lexicon.WRITTEN_NOUNS
    | {noun + plural for noun in lexicon.SIGN_NOUNS for plural in ("", "s")}
)
#: What someone reads out before a colon and the words: "read a statement to reporters:".
_READ_OUT_NOUNS = lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
#: Words between "reads" and the quotation it gives: 'reads in part: "..."', 'read simply, "..."'.
_READING_LEAD_WORDS = frozenset({",", ":", "in", "part", "simply", "only", "\u2014", "\u2013"})


def _written_thing(tok: Token) -> bool:
    """A noun of something that carries written words ("the statement", "a sign", "one
    message"), or a pronoun standing for one: what "read" has for subject when it quotes."""
    return tok.lower_ in _WRITTEN_NOUNS or tok.lower_ in lexicon.WRITTEN_PRONOUNS


def _opening_mark(tok: Token) -> bool:
    """A quotation mark that opens quoted words: glued to the word after it."""
    return tok.is_quote and not tok.whitespace_ and tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].is_space


def _quotation_after_reading(verb: Token) -> int | None:
    """Where the quotation right after a reading verb opens, past 'in part' and a comma or
    colon ('reads in part: "..."'), or past the verb's own words and a colon ('read a
    statement to reporters: "..."'), or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k < verb.i + 5 and doc[k].lower_ in _READING_LEAD_WORDS:
        k += 1
    if k < len(doc) and _opening_mark(doc[k]):
        return k
    colon = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == ":"), None)
    if colon is None or colon + 1 >= len(doc) or not _opening_mark(doc[colon + 1]):
        return None
    own = {t.i for t in verb.subtree}
    return colon + 1 if all(t.i in own and not t.tag_.startswith("VB") for t in doc[verb.i + 1 : colon]) else None


def _reads_quotation(verb: Token) -> bool:
    """Whether "read" gives written words in quotation marks, as a speech verb would: 'The
    statement read: "..."', 'The sign read "No entry"', '"...," the email read.', '"...," read
    the email.' A written thing reads them (see ``_written_thing``); someone who reads them out
    does so before a colon, after what was read ('Ruiz read a statement to reporters: "..."').
    Reading something to oneself ("read the report on Sunday") or reading a title ('read "Bleak
    House"') quotes nobody. (The words of 'a banner reading "..."' stay a label: see
    ``lexicon.SIGN_MARKERS``.)"""
    subject, _ = _subject(verb)
    opening = _quotation_after_reading(verb)
    if opening is not None:
        if subject is not None and _written_thing(subject):
            return True
        # Read out by someone: only with what was read before a colon that opens the words.
        return verb.doc[opening - 1].text == ":" and any(c.dep_ == "dobj" and c.lower_ in _READ_OUT_NOUNS for c in verb.children)
    return _reading_closes_quotation(verb)


def _author_of_read_text(verb: Token) -> Token | None:
    """Who put out the written thing "read" or "reading" describes: in "Henry posted a caption
    which reads "..."" or "posted a message reading "..."" the words are the poster's, as a
    statement one issues is (``lexicon.AUTHORING_VERB_FORMS``). Someone who only holds up or
    wears a sign ("held up a sign which read") leaves the words the sign's."""
    if lemma_of(verb.text) not in lexicon.READING_VERBS or verb.dep_ not in ("relcl", "acl"):
        return None
    text = verb.head
    issuer = text.head
    if text.dep_ != "dobj" or issuer.lower_ not in lexicon.AUTHORING_VERB_FORMS:
        return None
    return _subject(issuer)[0]


def _reading_closes_quotation(verb: Token) -> bool:
    """'"...," the email read.', '"...," read the email, which ...': a written thing, the
    subject before "read" or the noun after it, closing a quotation that ends right before it."""
    doc = verb.doc
    # A subject inside the quoted words before ('"Thanks for nothing," read one') is none.
    subjects = [
        c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not any(t.is_quote for t in doc[c.right_edge.i : verb.i])
    ]
    if subjects:
        written = subjects[0]
        first = written.left_edge.i
        after = verb.i + 1
    else:
        written = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr") and c.left_edge.i == verb.i + 1), None)
        first = verb.i
        if written is None:
            return False
        after = written.right_edge.i + 1
    if not _written_thing(written) or first == 0 or not doc[first - 1].is_quote:
        return False
    # Only the end of the sentence, or an aside about the written thing, after it.
    return after >= verb.sent.end or doc[after].is_punct


def _attitude_object(verb: Token) -> bool:
    """"tweeted her thanks to the nurses", "posted his support for the strike": a speech verb
    whose object is a feeling or stand given out in words (``lexicon.EXPRESSED_ATTITUDE_NOUNS``)
    has that object for what was said, like "praised" or "denounced" have theirs."""
    return any(c.dep_ == "dobj" and c.i > verb.i and c.lower_ in lexicon.EXPRESSED_ATTITUDE_NOUNS for c in verb.children)


def _shows_someone_speaking(verb: Token) -> bool:
    """"Video shows a man standing on the roof warning that the building could collapse": a
    finding verb whose complement is someone caught in the act of speaking (an -ing form of a
    speech cue with a subject and a clause of its own) shows the speech, whose cue is that
    -ing form and whose speaker is its subject; the video says nothing itself. ("A poll shows
    the senator maintaining his lead" is the poll's finding: no clause was said.)"""
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and c.tag_ == "VBG"
        and lemma_of(c.text) in lexicon.SPEECH_VERBS
        and any(s.dep_ == "nsubj" and s.i < c.i for s in c.children)
        and any(s.dep_ == "ccomp" and s.i > c.i for s in c.children)
        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
        for c in verb.children
    )


def _refused_act_in_relative(verb: Token) -> bool:
    """"Lena Ruiz remembered a teacher who refused to cancel a single class": a relative clause
    of refusing on someone brought in as the object of the writer's story ("remembered a
    teacher", "met a man") tells about them, narration, unless what was refused is to speak or
    to give something out ("who declined to comment", "who refused to give details":
    ``lexicon.REFUSED_SPEAKING_VERBS``, ``lexicon.REFUSED_GIVING_VERBS``). PolNeAR annotates
    the refusals of the article's own actors ("one of the few senators who has refused to
    endorse him", "whom the governor refused to endorse"), which stay."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "dobj" or lemma_of(noun.head.text) is not None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE_ARTICLES for c in noun.children):
        return False
    refused = [t.lower_ for t in _verb_chain(verb)[1:]]
    return not any(word in lexicon.REFUSED_SPEAKING_VERBS or word in lexicon.REFUSED_GIVING_VERBS for word in refused)


def _in_narrated_refusal(verb: Token) -> bool:
    """Whether a cue is what a refusal in a narrated relative clause refused: "admit" in "The
    film follows a nurse who refused to admit the mistake" is no statement of hers, and its
    subject would be the whole relative clause (see ``_refused_act_in_relative``)."""
    head = verb
    while head.dep_ == "xcomp":
        head = head.head
    return head is not verb and lemma_of(head.text) in lexicon.DECLINE_VERBS and _refused_act_in_relative(head)


def _found_by_experience(verb: Token) -> bool:
    """Whether "find" tells where someone found themselves rather than what they found out:
    a small clause whose subject is the finder again ("Kerry found himself playing defense",
    "the party found itself on the back foot"). ("Voters found his remarks deplorable" is an
    opinion, which PolNeAR annotates as attributed, and stays.)"""
    small = next((c for c in verb.children if c.dep_ in _CLAUSE_DEPS), None)
    if small is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in small.children):
        return False
    subject = next((c for c in small.children if c.dep_ in _SUBJECT_DEPS), None)
    return subject is not None and subject.lower_ in lexicon.REFLEXIVE_PRONOUNS


def _urged_thing(verb: Token) -> bool:
    """Whether a verb of urging has what was urged as its object, with no infinitive or clause
    after it: "urged a strong stand", "urged consideration of other nominees". A person, a body
    or a pronoun there is the one urged ("urged the board"), as with "tell"."""
    if any(c.dep_ in _CLAUSE_DEPS or c.dep_ in ("xcomp", "dative") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in ("NN", "NNS") or _source_like(obj):
        return False
    # "urged anyone with footage to come forward": the public appealed to, whose infinitive the
    # parser hung on a noun inside the object.
    return obj.lower_ not in lexicon.PUBLIC_APPEAL_SUBJECTS and not any(t.tag_ == "TO" for t in obj.subtree)


def _interposed_belief(verb: Token) -> bool:
    """Whether a belief verb with no clause of its own is set between commas right after the
    subject of the clause it attributes: "His leverage, aides believe, is not going anywhere."
    The parser hangs it on that clause's verb as parataxis."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if verb.dep_ != "parataxis" or subject is None or subject.lower_ in lexicon.HEDGING_PRONOUNS:
        return False
    doc = verb.doc
    words = [t.i for t in verb.subtree if not t.is_punct]  # the parser may hang the commas on it
    first, last = words[0], words[-1]
    if first == 0 or doc[first - 1].text != ",":
        return False
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return False
    # Right after the subject of the clause, which opens the sentence: a belief set deeper
    # ("vying to take his place - and to become, he hopes, ...") is left alone.
    head_subject = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
    if head_subject is None or head_subject.right_edge.i != first - 2:
        return False
    opening = doc[verb.sent.start : head_subject.left_edge.i]
    return all(t.is_punct or t.dep_ in ("cc", "advmod") for t in opening)


def _object_before_colon(verb: Token, conv: _Converter) -> bool:
    """"Pelletreau described his method:" before a quotation: the object of a speech verb that a
    colon ends the sentence after is what the quotation is about, and the quotation, here or in
    the next paragraph, is what was said. Only when a quotation mark follows the colon (across
    a line break or not): "described two options: a tax or a levy" lists the options, and "CNN
    noted the sparse attendance:" before a paragraph of narration noted the attendance."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i + 1 >= len(verb.doc):
        return False
    colon = verb.doc[obj.right_edge.i + 1]
    if colon.text != ":" or any(c.i > verb.i and c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False
    after = conv.text[conv.token(colon).end :].lstrip()
    return after[:1] in _OPENING_MARKS


#: Marks that open a quotation: straight, curly, low and angle quotes, and the ASCII "``".
_OPENING_MARKS = frozenset('"\u201c\u201e\u00ab\u2018`\'')


def _tells_a_story(verb: Token) -> bool:
    """"The numbers tell a simpler story: ...": the object of "tell" is what is told, and no
    one is named as hearing it."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return len(objects) == 1 and objects[0].dep_ == "dobj" and objects[0].lower_ in lexicon.TOLD_NARRATIVE_NOUNS


def _speaking_subject(verb: Token) -> bool:
    """Whether the verb's own subject can speak: "officials told a different story", not "the
    numbers tell a simpler story"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _speaking(subject)


def _in_hearers_relative(verb: Token, kind: str) -> bool:
    """Whether a belief verb is in a relative clause on the hearer of a cue: "Pemberton told a
    chamber that seemed to want it to be ...", "said to a crowd that believed ...". The
    hearer's wish or belief is the writer's account of the room, no attribution of its own.
    (A speech verb there keeps its frame: "told reporters who asked whether ..." is their
    question; and after "asked" the clause may be the question: "asked the panel who they
    think will win".)"""
    if kind != "belief":
        return False
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.tag_.startswith("VB"):
        clause = clause.head  # "seemed to want": up to the relative clause's own verb
    if clause.dep_ != "relcl":
        return False
    hearer = clause.head
    if hearer.dep_ in ("dobj", "dative"):
        cue = hearer.head
        return cue.tag_.startswith("VB") and lemma_of(cue.text) in lexicon.TELL_VERBS - lexicon.QUESTION_VERBS
    cue = hearer.head.head
    return (
        hearer.dep_ == "pobj"
        and hearer.head.lower_ == "to"
        and cue.tag_.startswith("VB")  # not "a retort to Democrats, who have questioned ..."
        and lemma_of(cue.text) in lexicon.SPEECH_VERBS
    )


def _terms_agreed(lemma: str, verb: Token) -> bool:
    """"the two delegations had agreed on "about 90 percent" of the text": agreeing on terms
    is a deal struck, no words reported, and a quotation in its object is the words of whoever
    reports the deal. ("agreed that ..." and a bare '"...," she agreed' are speech.)"""
    if lemma not in lexicon.AGREEMENT_VERBS:
        return False
    if any(c.dep_ in _CLAUSE_DEPS or c.dep_ in ("xcomp", "parataxis") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in lexicon.AGREED_TERMS_PREPS for c in verb.children)


def _verification_caveat(lemma: str, verb: Token) -> bool:
    """"It could not be independently confirmed whether the memo was discussed": an impersonal
    passive of checking, with no one named to check, is the article's own word on what it
    could verify (see QC204), not anyone's statement."""
    if lemma not in lexicon.VERIFYING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)


def _passive_agent(verb: Token) -> Token | None:
    """The one named by a passive's "by" phrase ("was praised by the mayor"), unless "by"
    says how ("by email")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None if source is None or _manner(source) else source


def _plea(verb: Token) -> bool:
    """"Harlow admitted 11 counts of fraud", "denied a charge of dangerous driving": a plea to
    counted charges in court, not words reported ("denied the charges" may be a statement)."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ in lexicon.PLEA_NOUNS:
            return any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in ("a", "one") for c in obj.children)
    return False


def _ruling(lemma: str, verb: Token) -> bool:
    """"to dismiss the fraud case", "denied the motion": a court's ruling on what is before it,
    not words reported."""
    objects = lexicon.RULING_OBJECTS.get(lemma, frozenset())
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # "declared a state of emergency": the act is named by the noun of the "of" phrase.
        named = [obj] + [p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
        if any(n.lower_ in objects for n in named):
            return True
    return False


def _unrealised(verb: Token) -> bool:
    """A speaker's own "I could not defend the budget", "we would never praise that plan": a
    first-person subject with a negated modal names an act the speaker could not or would not
    do, not words reported. Reported refusals keep their object ("Cruz would not endorse
    Trump" is annotated in PolNeAR train), as do "as" objects and a plain negated past ("did
    not thank the volunteers")."""
    children = list(verb.children)
    negated = any(c.dep_ == "neg" for c in children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    first_person = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children)
    return negated and modal and first_person and not _has_as(verb)


def _speaking(subject: Token) -> bool:
    """A subject that can speak: a source, or a share of one ("73 percent of voters")."""
    return _source_like(subject) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _source_like(o) for o in p.children)
        for p in subject.children
    )


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > verb.i and _has_that_mark(c) for c in verb.children)


def _that_read_as_mark(verb: Token) -> bool:
    """"Roffman learned that in 1990 after he expressed doubts", "I learned that the hard way:
    ...": a "that" standing for what was learned, which the parser took for the mark of a later
    clause. Such a clause has a second subordinator ("after") or a colon after the "that"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or not _has_that_mark(clause):
            continue
        that = next(c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that")
        if any(c.dep_ == "mark" and c.i != that.i for c in clause.children):
            return True
        if any(t.text == ":" for t in verb.doc[that.i + 1 : clause.i]):
            return True
    return False


def _hearing_body(verb: Token) -> bool:
    """"The court heard ...": the subject is a body that hears evidence."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in lexicon.HEARING_NOUNS


#: Forms of the verbs that are cues only with a that-clause; not cue words anywhere else.
_THAT_CLAUSE_FORMS = {form: lemma for lemma in sorted(lexicon.THAT_CLAUSE_VERBS) for form in forms_of(lemma)}

_OUTLET_WORDS = lexicon.OUTLET_NOUNS | lexicon.MASTHEAD_WORDS
#: The known outlets' names, lower-cased, without a leading "the".
_OUTLET_KEYS = frozenset(name.lower().removeprefix("the ") for name in lexicon.OUTLETS)


def _reports_news(verb: Token) -> bool:
    """Whether the subject of "reported X" reports news: a person ("Stevens reported ..."), or
    an outlet by name or by a word of its name ("the Daily Caller", "state television"). A
    company, authority or place reports its own figures and events instead."""
    subject, _ = _subject(verb)
    if subject is None:
        return False
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i", "you"):
        return True
    word = subject.lower_
    if word in lexicon.ROLE_NOUNS or (word.endswith("s") and word[:-1] in lexicon.ROLE_NOUNS):
        return True
    phrase = [t for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.dep_ not in ("det", "poss", "case")]
    if any(t.lower_ in _OUTLET_WORDS for t in phrase):
        return True
    return "".join(t.text_with_ws for t in phrase).strip().lower() in _OUTLET_KEYS


def _object_gap(verb: Token, deps: set[str]) -> bool:
    """"a report the ministry described as "deeply flawed"": a relative clause with no "which"
    or "that", whose object is the noun it hangs on, and a subject of its own."""
    return verb.dep_ == "relcl" and "nsubj" in deps and not deps & _CLAUSE_DEPS


def _has_as(verb: Token) -> bool:
    """"sees the deal as a betrayal": an "as" phrase on the verb or on its object. The parser
    may read "as" before an adjective as the adjective's own ("regard the tax [as largely
    harmless]", "see him [as most likely to win]"): an adjective phrase on the verb that opens
    with "as" counts, unless a second "as" makes it a comparison ("saw prices as high as ever")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if (
            child.dep_ in ("advcl", "oprd", "acomp")
            and child.tag_.startswith("JJ")
            and child.left_edge.lower_ == "as"
            and child.left_edge.head.i == child.i
            and not any(g.dep_ == "prep" and g.lower_ == "as" for g in child.children)
        ):
            return True
        if child.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "as" for g in child.children):
            return True
    return False


def _hearsay_frame(verb: Token, lemma: str, conv: _Converter) -> Frame | None:
    """"X is said to ...", "it is expected that ...": an attribution that names no one."""
    if lemma not in lexicon.HEARSAY_PASSIVES:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    content_deps = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i]
    if not content_deps:
        return None
    parts: list[list[Token]] = []
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lower_ not in ("it", "there"):
            parts.append(list(child.subtree))
    parts.extend(_cut_tail(list(c.subtree)) for c in content_deps)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i and verb.i - c.i <= 3]
    cue = conv.tokens(min([verb, *aux], key=lambda t: t.i), verb)
    return Frame(
        cue=cue,
        lemma=lemma,
        frame="hearsay",
        speaker=None,
        content=tuple(_runs_to_spans(parts, conv)),
        extent=cue,
        sentence=conv.tokens(verb.sent[0], verb.sent[-1]),
        passive=True,
    )


def _adverb_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """"the minister reportedly resigned": hearsay marked by an adverb, with no source."""
    for tok in sent:
        if tok.lower_ not in lexicon.HEARSAY_ADVERBS or tok.dep_ != "advmod":
            continue
        head = tok.head
        if not head.tag_.startswith("VB") and head.dep_ != "ROOT":
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        skip = {tok.i} | {c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i}
        if subject is not None:
            skip.update(t.i for t in subject.subtree)
        predicate = _cut_tail([t for t in head.subtree if t.i not in skip and t.i >= tok.i and sent.start <= t.i < sent.end])
        parts = [list(subject.subtree)] if subject is not None else []
        parts.append(predicate)
        yield Frame(
            cue=conv.token(tok),
            lemma=tok.lower_,
            frame="hearsay",
            speaker=None,
            content=tuple(_runs_to_spans(parts, conv)),
            extent=conv.token(tok),
            sentence=conv.tokens(sent[0], sent[-1]),
        )


def _going_on_to_say(verb: Token, frame: Frame) -> bool:
    """Whether a cue of going on has a verb of saying of its own after it: "She went on to say
    that she expected a deal "within weeks"". The words are the frame of "say"'s, and "went
    on" is no cue of its own for the quotation in them (the phrasal ones of
    ``lexicon.GOING_ON_VERBS``). Not "continue": in "continues to insist, most recently ...,
    that ..." the parser hangs the clause on "continue", whose frame is the one to keep."""
    if frame.lemma not in lexicon.GOING_ON_VERBS or " " not in frame.lemma:
        return False
    return any(
        c.dep_ == "xcomp" and lemma_of(c.text) in lexicon.SPEECH_VERBS and any(g.dep_ == "ccomp" for g in c.children)
        for c in verb.children
    )


def _phrasal_lemma(verb: Token, lemma: str | None) -> tuple[str | None, Token | None]:
    """``point out``, ``call for``: a verb that is a cue only with its particle. A preposition
    with a date is none: "called the editor on Monday to say ..." is no "call on"."""
    base = lemma or verb.lower_
    for child in verb.children:
        if child.lower_ in lexicon.POINT_IN_TIME_PREPS and _time_phrase(child):
            continue
        if _stretch_of_time(child):
            continue  # "has argued for years that ...": how long, not what was argued for
        if child.dep_ in ("prt", "prep") and child.i > verb.i:
            key = (lemma_of(verb.text) or base, child.lower_)
            spoken = lexicon.PARTICLE_ONLY_CUES.get(key)
            if spoken is not None and any(c.dep_ == "pobj" and c.lower_ not in spoken for c in child.children):
                continue  # "goes on sale": no "going on" to say more
            if key in lexicon.PHRASAL_CUES and not _hearer_before_topic(verb, child):
                return f"{key[0]} {key[1]}", child
    mark = _for_clause_mark(verb)
    if mark is not None and ((lemma_of(verb.text) or base), "for") in lexicon.PHRASAL_CUES:
        return f"{lemma_of(verb.text) or base} for", mark
    return None, None


def _stretch_of_time(prep: Token) -> bool:
    """Whether a "for" phrase says how long: "argued for years", "pleaded for two hours", "for
    the past decade". Not an amount of time asked for ("pleaded for two more weeks"), nor a
    unit that names an event ("called for a day of mourning"), nor one the parser hangs the
    cue's own phrase on ("has called for years for a ban")."""
    if prep.lower_ != "for":
        return False
    return any(
        c.dep_ == "pobj"
        and c.lower_ in lexicon.INTERVAL_NOUNS
        and not any((m.dep_ == "prep" and m.lower_ in ("of", "for")) or m.lower_ in lexicon.EXTRA_AMOUNT_WORDS for m in c.children)
        for c in prep.children
    )


def _hearer_before_topic(verb: Token, prep: Token) -> bool:
    """"warned voters of the costs": a verb of telling with its hearer as object, whose "of" or
    "about" phrase the tell frame reads as what was said; as the phrasal cue "warn of" its
    content would take the hearer in."""
    return (
        lemma_of(verb.text) in lexicon.TELL_VERBS
        and prep.lower_ in lexicon.TOLD_TOPIC_PREPOSITIONS
        and any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children)
    )


def _topic_on_hearer(verb: Token) -> Token | None:
    """The "of" the parser hangs on the hearer of a verb of reminding or warning
    (``lexicon.TOLD_OF_VERBS``): in "reminded voters of her record" it opens what was said, not
    a part of the hearer's name. Not after a quantifier ("convince enough of the delegates"),
    nor where the phrase says whose the hearer are (``_of_whom``: "informed the families of the
    victims"). None when the verb has such a phrase of its own."""
    if lemma_of(verb.text) not in lexicon.TOLD_OF_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ in lexicon.TOLD_TOPIC_PREPOSITIONS for c in verb.children):
        return None
    return next(
        (
            p
            for o in verb.children
            if o.dep_ == "dobj" and o.i > verb.i and o.tag_ in _HOLDER_TAGS
            for p in o.children
            if p.dep_ == "prep" and p.lower_ == "of" and p.i > o.i and not _of_whom(o, p)
        ),
        None,
    )


def _of_whom(noun: Token, prep: Token) -> bool:
    """Whether an "of" phrase on a noun of people says whose they are, not what they were told:
    after a noun of a tie to someone ("the families of the victims", "the mother of the boy":
    ``lexicon.RELATIONAL_ROLE_NOUNS``, ``lexicon.FAMILY_LINE_NOUNS``), or naming a person, a
    group or a place ("members of Congress", "the people of Ohio"). What one is told of is
    never a person or a place."""
    if lexicon.singular_of(noun.lower_) in lexicon.RELATIONAL_ROLE_NOUNS | lexicon.FAMILY_LINE_NOUNS:
        return True
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in _SOURCE_LABELS or c.ent_type_ == "LOC" or c.tag_ in ("NNP", "NNPS", "PRP") or _speaks(c))
        for c in prep.children
    )


def _for_clause_mark(verb: Token) -> Token | None:
    """The "for" right after the verb that opens a for-to clause hung on it: "called for Trump
    to drop out", which the parser reads as an adverbial clause marked by "for". A time set
    between the verb and "for" is the verb's: "called Wednesday for the judge to resign", "called
    on Friday for the minister to resign"."""
    doc = verb.doc
    start = verb.i + 1
    while start < len(doc) and doc[start].head.i == verb.i and (
        doc[start].dep_ in ("npadvmod", "advmod") or (doc[start].dep_ == "prep" and _setting(doc[start]))
    ):
        start = doc[start].right_edge.i + 1
    if start >= len(doc):
        return None
    mark = doc[start]
    if mark.lower_ == "for" and mark.dep_ == "mark" and mark.head.dep_ == "advcl" and mark.head.head.i == verb.i:
        return mark
    return None


def _for_clause_of(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is the for-to clause of ``verb`` (see ``_for_clause_mark``): what was
    called for, even when its verb is a cue word of its own ("called for the plant to be hit
    harder", "called for the gates to open")."""
    mark = _for_clause_mark(verb)
    return mark is not None and clause.i == mark.head.i


def _appeal_infinitive(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` is the infinitive of an appeal that the parser hung on its verb:
    "called on the board to resign" (whom it was asked of, then what), "called for the
    minister to release the files" (what was called for). Right after the preposition's
    phrase, and content even when its verb is a cue word of its own ("release")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.left_edge.lower_ != "to" or clause.head.i != verb.i:
        return False
    return any(p.right_edge.i + 1 == clause.left_edge.i for p in _appeal_preps(verb))


def _appeal_preps(verb: Token) -> list[Token]:
    """The prepositions that make ``verb`` a public appeal ("called for", "called on", "pushed
    for": ``lexicon.APPEAL_CUES``), but not one of time ("called on Monday")."""
    lemma = lemma_of(verb.text) or verb.lower_
    return [
        p for p in verb.children if p.dep_ == "prep" and (lemma, p.lower_) in lexicon.APPEAL_CUES and not _time_phrase(p)
    ]


def _point_in_time(tok: Token) -> bool:
    """Whether a word is a date or a time: one the recognizer typed so, or a weekday or time
    word where it did not run ("Monday", "tonight")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in lexicon.POINT_TIME_WORDS


def _time_phrase(prep: Token) -> bool:
    """Whether a preposition's object is a stretch of time or a date: "pushed for nearly a
    decade", "called the editor on Monday"."""
    return any(c.dep_ == "pobj" and _point_in_time(c) for c in prep.children)


def _verb_read_as_noun(tok: Token) -> bool:
    """"But Trump claims that he should be the exception": the tagger may read a cue verb's
    -s form as a plural noun while the parser still gives it a subject and a that-clause."""
    return (
        tok.tag_ == "NNS"
        and lemma_of(tok.text) is not None
        and any(c.dep_ == "nsubj" and c.i < tok.i and _source_like(c) for c in tok.children)
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
    )


def _conj_anchor(verb: Token) -> Token | None:
    """The cue a conjoined cue continues: "He said X and added Y", also when the parser hangs
    "added" on the last verb of X instead of on "said"."""
    if verb.dep_ != "conj" or lemma_of(verb.text) is None:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "He said the mayor resigned and denied wrongdoing": the mayor denied.
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None  # "... and that the footage did not show ...": a speaker of its own.
    node = verb.head
    if lemma_of(node.text) is None and lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
        # "She said she could not support Trump but understood why people did": a verb of
        # knowing or feeling on the reported clause's verb shares that clause's subject, and is
        # more of what was said, not a second act of the speaker's.
        return None
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    # Up past verbs that are no cue, and, for a finite cue, past a cue that is not finite: in
    # "May said the country would declare X and suggested Y", "suggested" continues "said".
    while (
        node.head.i != node.i
        and (lemma_of(node.text) is None or (finite and node.tag_ in ("VB", "VBG", "VBN")))
        and node.dep_ in ("ccomp", "xcomp", "conj")
    ):
        node = node.head
    if lemma_of(node.text) is None or not node.tag_.startswith("VB"):
        return None
    return node


def _dateline_ids(sent: SpacySpan) -> frozenset[int]:
    """The tokens of a dateline opening a paragraph's first sentence ("OSLO —", "PORTO VELHO,
    June 3 —", "LONDON (Reuters) -"): the parser reads them as part of the subject."""
    first = sent[0]
    if not (first.text[:1].isupper() and first.text[1:2].isupper() or first.text[1:2] == "."):
        return frozenset()  # a dateline opens with a place in capitals: "OSLO", "U.S."
    if first.i > 0 and "\n" not in first.doc[first.i - 1].whitespace_ + first.doc[first.i - 1].text:
        return frozenset()  # not at the start of a paragraph
    text = sent.text
    match = DATELINE.match(text)
    if match is None:
        return frozenset()
    end = sent.start_char + match.end()
    return frozenset(t.i for t in sent if t.idx < end)


def _past_dateline(subject: Token) -> Token:
    """"OSLO — Norway's Trade Minister Ingrid Solberg said": the parser may make the dateline
    the subject and the speaker its appositive; the speaker is the phrase after the dash."""
    dateline = _dateline_ids(subject.sent)
    if subject.i not in dateline:
        return subject
    # The dash may hang in the appositive's phrase ("June 2 - Ethiopia's foreign ministry").
    return next((c for c in subject.children if c.dep_ == "appos" and c.i not in dateline), subject)


def _name_read_as_adverb(verb: Token, subjects: Sequence[Token]) -> Token | None:
    """"State Senator Raymond Tully accused ...": the parser may read the name before the verb
    as an adverb, with nothing or only the word before the name ("State") as the subject. A
    name the tagger took for an adverb shows by its capital and the clause on it ("Tully, who
    chairs the committee, has long argued ...")."""
    for child in verb.children:
        if child.dep_ not in ("advmod", "npadvmod") or child.i > verb.i or child.ent_type_ in _NUMERIC_ENTITIES:
            continue  # "Gowdy said earlier Thursday"
        name = child.tag_ in _PROPER_TAGS or (
            child.tag_ == "RB"
            and child.text.istitle()
            and (
                any(c.dep_ in ("relcl", "appos") for c in child.children)
                # '"We speak every day," Aasgard told reporters': a capital after the quotation's
                # closing comma, right before the cue, opens no sentence; it is a name.
                or (child.i == verb.i - 1 and child.i > 1 and verb.doc[child.i - 1].is_quote and verb.doc[child.i - 2].text in (",", "?", "!"))
            )
        )
        if (
            name
            and all(t.tag_ == "RB" or t.dep_ in ("aux", "punct") for t in verb.doc[child.right_edge.i + 1 : verb.i])
            and all(s.i < child.i and s.right_edge.i == child.left_edge.i - 1 for s in subjects)
        ):
            return child
    return None


_AGE_WORDS = re.compile(r"^\d{1,3}-year-old$")


def _age_read_as_modifier(verb: Token) -> Token | None:
    """'"...," the 47-year-old said.': the parser may read "the 47-year-old said" as one noun
    phrase headed by "said", with "the" and "old" hanging on it, and leave the cue no subject.
    The "old" that closes the age, which is who speaks (see ``_age_speaker``)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    old = verb.doc[verb.i - 1]
    det = next((c for c in verb.children if c.dep_ == "det" and c.lower_ == "the" and c.i < verb.i), None)
    if old.head.i != verb.i or old.lower_ != "old" or det is None:
        return None
    return old if _AGE_WORDS.match(verb.doc[det.i + 1 : verb.i].text) else None


def _age_speaker(speaker: Mention, old: Token, conv: _Converter) -> Mention:
    """The mention of "the 47-year-old" that ``_age_read_as_modifier`` found, as it would be
    had the parser made it the subject: "the" is its article."""
    det = next(c for c in old.head.children if c.dep_ == "det" and c.i < old.i)
    whole = conv.tokens(det, old)
    return replace(speaker, span=whole, head=whole, determiner="the", subject=True)


def _closing_subject(verb: Token, subjects: Sequence[Token]) -> Token | None:
    """"Halvard Foods in talks to buy Brenmoor, sources say": a headline with no verb of its
    own before a closing cue, which the parser reads as a second subject of the cue. The
    subject set off by a comma (and a closing quotation mark) right before a verb that ends its
    sentence is the one who spoke; the one before the comma is what was said. None when no
    subject stands so. An anonymity aside after the cue ("..., two officials said, asking not
    to be named") still leaves the cue at the end of what was said (``_anonymity_aside_after``)."""
    doc = verb.doc
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    if after and not _anonymity_aside_after(verb):
        return None
    for subject in subjects:
        comma = subject.left_edge.i - 1
        if doc[comma].is_quote:
            comma -= 1  # '"..., Tom cannot," the email read': the comma inside the closing mark
        if subject.right_edge.i == verb.i - 1 and comma > verb.sent.start and doc[comma].text == ",":
            if all(other.i < comma for other in subjects if other is not subject):
                return subject
    return None


def _quoted_words_read_as_subject(verb: Token, subject: Token) -> bool:
    """A second subject after the cue that holds a quotation mark: in 'The communique, issued
    after 14 hours of talks, said member states "share responsibility ..."' the parser reads
    'member states "share responsibility' as a subject of "said"; it is what was said, and the
    subject before the cue speaks."""
    if subject.i <= verb.i or subject.left_edge.i <= verb.i:
        return False
    # 'it reads, "Thanks for your support."': the opening mark may hang on the cue instead.
    return any(t.is_quote for t in subject.subtree) or _opening_mark(subject.doc[subject.left_edge.i - 1])


def _quoted_subject_content(verb: Token) -> list[list[Token]]:
    """The content a misread second subject opens (see ``_quoted_words_read_as_subject``): the
    words from it to the end of the sentence, 'member states "share responsibility for the
    external frontier" and committed them to "swift ... returns."'."""
    misread = next((c for c in verb.children if c.dep_ == "nsubj" and _quoted_words_read_as_subject(verb, c)), None)
    if misread is None or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return []
    run = _cut_tail(list(verb.doc[misread.left_edge.i : verb.sent.end]))
    return [run] if run else []


def _anonymity_aside_after(verb: Token) -> bool:
    """"The talks stalled on Friday, two officials said, asking not to be named because the
    talks are private.": whether all the cue's words after it are one participle set off by a
    comma that asks for anonymity or speaks under it (``_speaking_anonymously``)."""
    doc, end = verb.doc, verb.sent.end
    while end - 1 > verb.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if verb.i + 2 >= end or doc[verb.i + 1].text != ",":
        return False
    part = doc[verb.i + 2]
    return (
        part.tag_ == "VBG"
        and part.head.i == verb.i
        and part.right_edge.i == end - 1
        and _speaking_anonymously(part)
    )


def _appositive_tail(subject: Token) -> Token | None:
    """The name closing a person's appositive that the parser made a second subject of the
    cue: '"...," said Amara Nwosu, director of the campaign group Fair Play Now.' reads "Fair
    Play Now" as a subject of its own, right after "group". The person named first spoke, and
    the body is where they work. The body's name token, or None."""
    if subject.tag_ not in _PROPER_TAGS or subject.ent_type_ not in ("PERSON", ""):
        return None
    if not any(c.dep_ == "appos" and c.i > subject.i and c.tag_ in ("NN", "NNS") for c in subject.children):
        return None
    last = subject.right_edge
    if last.tag_ not in ("NN", "NNS") or last.dep_ != "pobj":
        return None  # "director of the campaign group": the appositive ends on a common noun
    for other in subject.head.children:
        if other.dep_ == subject.dep_ and other.left_edge.i == last.i + 1 and other.tag_ in _PROPER_TAGS:
            return other
    return None


def _former_name(tok: Token) -> bool:
    """'In a post on X, formerly Twitter, the 24-year-old wrote': a name set off by a comma and
    opened by "formerly" (``lexicon.FORMER_NAME_ADVERBS``) is the earlier name of the noun
    before it, never the one who speaks, though the parser may read it as the subject; the
    speaker is another subject or the appositive the parser hung on it."""
    first = tok.left_edge
    return (
        first.lower_ in lexicon.FORMER_NAME_ADVERBS
        and first.dep_ == "advmod"
        and first.head.i == tok.i
        and first.i > 0
        and tok.doc[first.i - 1].text == ","
    )


def _renamed_appositive(verb: Token) -> Token | None:
    """The appositive the parser hung on a former name it read as the cue's subject (see
    ``_former_name``): "the 24-year-old" in 'on X, formerly Twitter, the 24-year-old wrote'."""
    former = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _former_name(c))
    return next((a for a in former.children if a.dep_ == "appos" and a.i > former.i and a.i < verb.i), None)


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a verb (following conj, xcomp and participles up), and whether passive."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    author = _author_of_read_text(verb)
    if author is not None:
        return author, passive
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(map(_former_name, subjects)):
        subjects = [c for c in subjects if not _former_name(c)]
        if not subjects:
            return _renamed_appositive(verb), passive
    if not subjects and not passive and (old := _age_read_as_modifier(verb)) is not None:
        return old, passive
    if len(subjects) > 1:
        # "PORTO VELHO, June 3 — The head of the service said": a dateline read as a second
        # subject is none.
        dateline = _dateline_ids(verb.sent)
        subjects = [c for c in subjects if c.i not in dateline] or subjects
    if len(subjects) > 1 and (closing := _closing_subject(verb, subjects)) is not None:
        subjects = [closing]
    if len(subjects) > 1:
        subjects = [c for c in subjects if not _quoted_words_read_as_subject(verb, c)] or subjects
    if len(subjects) > 1:
        # "The state news agency Valpress quoted ...": the parser may give two subjects; the
        # name is the one that speaks, the other describes it (see ``make_mention``).
        subjects.sort(key=lambda t: (t.tag_ not in _PROPER_TAGS, -t.i))
        tails = {tail.i for tail in map(_appositive_tail, subjects) if tail is not None}
        # "said Amara Nwosu, director of the campaign group Fair Play Now": the body closing
        # the person's appositive is no subject of its own.
        subjects = [t for t in subjects if t.i not in tails] or subjects
    misread = _name_read_as_adverb(verb, subjects) if not passive else None
    if misread is not None:
        return misread, passive
    for child in subjects:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if _which_on_person(verb):
                return None, passive  # "which" means no person, whatever the parser hung it on
            if child.lower_ in _WH_WORDS and verb.dep_ == "relcl":
                return _appositive_owner(_who_antecedent(child, verb.head)), passive
            if _named_descriptor(verb) is not None:
                return verb.head, passive
            if child.lower_ in ("it", "there") and passive:
                return None, passive
            if child.i < verb.i and (inverted := _inverted_object(verb)) is not None:
                return inverted, passive  # the subject is the quoted words before the cue
            return _past_dateline(child), passive
    if passive:
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj, passive
        return None, passive
    stranded = _stranded_subject(verb) or _subject_read_as_conjunct(verb)
    if stranded is not None:
        return stranded, passive
    anchor = _conj_anchor(verb)
    if anchor is not None:
        return _subject(anchor)[0], passive
    if verb.dep_ == "conj":
        after = _subject_after_subordinator(verb)
        if after is not None:
            return after, passive
    if verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].is_quote:
        # '"...," recalled his former assistant, Marco Delgado.': the parser joins the cue to
        # the quoted clause; its subject is no speaker, the noun after the cue is.
        inverted = _inverted_object(verb)
        if inverted is not None:
            return inverted, passive
    interposed = _cue_before_conjunct(verb)
    if interposed is not None:
        return _subject(interposed)[0], passive
    heard = _object_heard_saying(verb)
    if heard is not None:
        return heard, passive
    # "X said A and added B", "X went on to say", "X issued a statement, saying ...".
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.tag_.startswith("VB") and verb.head.i != verb.i:
        purpose = _purpose_infinitive(verb)
        if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not purpose:
            return None, passive
        cue = verb.head.head
        if (
            verb.dep_ == "advcl"
            and not purpose
            and verb.head.dep_ == "ccomp"
            and cue.tag_ in ("VBD", "VBZ", "VBP")
            and lemma_of(cue.text) in lexicon.SPEECH_VERBS
            and lemma_of(verb.head.text) not in lexicon.SPEECH_VERBS  # "..., the source recalled, adding"
        ):
            if _closes_sentence(verb):
                # "The company said profits fell, citing weak demand": the parser hangs the
                # participle on the content, but the one citing is the company, not profits.
                return _subject(cue)[0], passive
        closing = _closing_cue_of_quote(verb)
        if closing is not None:
            return _subject(closing)[0], passive
        beside = _cue_beside_relative(verb)
        if beside is not None:
            # "... the oil that funds the militia and proposed a fund": the one proposing is
            # the one who called on the state, not the oil.
            return _subject(beside)[0], passive
        if _speaker_conj(verb) or _finite_beside_modal(verb) or _refusal_in_content(verb):
            # "X complained that the remarks hurt the party and urged Y to ...": the parser
            # joins the second cue to the content; the one urging is X, not the remarks.
            return _subject(verb.head.head)[0], passive
        head_subject, head_passive = _subject(verb.head)
        if head_subject is None and not head_passive and verb.dep_ == "advcl":
            head_subject, head_passive = _subject(_clause_verb(verb.head))
        return (None, passive) if head_passive and verb.dep_ != "conj" else (head_subject, passive)
    doer = _gerund_doer(verb)
    if doer is not None:
        return doer, passive
    if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _cue_read_as_participle(verb)) and verb.head.tag_ in _NOUN_TAGS:
        issuer = verb.head.head
        if verb.head.dep_ == "dobj" and verb.head.lower_ in lexicon.STATEMENT_NOUNS and issuer.lower_ in lexicon.AUTHORING_VERB_FORMS:
            # "The ministry issued a statement calling the talks ...": the statement is the
            # ministry's words; the one calling is the ministry.
            return _subject(issuer)[0], passive
        sender = _addressed_hearer(verb)
        if sender is not None:
            return sender, passive
        return verb.head, passive
    if verb.dep_ == "relcl":
        return verb.head, passive
    inverted = _inverted_object(verb)
    if inverted is not None:
        return inverted, passive
    aside = _asked_aside(verb)
    if aside is not None:
        return aside[0], passive
    stranded = _subject_in_opening_phrase(verb)
    if stranded is not None:
        return stranded[0], passive
    return None, passive


def _closing_cue_of_quote(verb: Token) -> Token | None:
    """The cue closing a quotation that a participle after it adds to, when the parser hung the
    participle on the quoted verb: '"We recognise ...," a spokesperson said, adding that ...'
    reads "adding" as a clause of "recognise". The one adding is the spokesperson, never the
    "We" inside the quote marks. The cue, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    doc = verb.doc
    for cue in verb.head.children:
        if not (verb.head.i < cue.i < verb.i and cue.dep_ in ("ccomp", "parataxis") and lemma_of(cue.text) in lexicon.SPEECH_VERBS):
            continue
        if any(t.is_quote and t.tag_ == "''" for t in doc[verb.head.i : cue.i]):
            return cue
    return None


def _appositive_owner(head: Token) -> Token:
    """The one a relative clause's cue speaks for: "Petra Hollis, an opposition lawmaker who has
    called for the minister to resign": the lawmaker is Hollis, set beside her name, so the one
    calling is Hollis rather than an unnamed lawmaker. Else ``head`` itself."""
    if head.dep_ == "appos" and head.head.tag_ in _PROPER_TAGS and head.head.i < head.i and head.tag_ in ("NN", "NNS"):
        return head.head
    return head


def _cue_before_conjunct(verb: Token) -> Token | None:
    """The cue set inside a statement right before a cue joined to it: "The plant will close,
    the manager said, but declined to give details." The parser may join "declined" to the
    statement's verb ("close"); the one declining is the manager, not the plant."""
    if verb.dep_ != "conj" or lemma_of(verb.text) is None or verb.head.i > verb.i:
        return None
    doc = verb.doc
    for cue in verb.head.children:
        if cue.dep_ != "parataxis" or not verb.head.i < cue.i < verb.i or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if not any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            continue
        gap = doc[cue.right_edge.i + 1 : verb.left_edge.i]
        if all(t.is_punct or t.dep_ in ("cc", "advmod") for t in gap):
            return cue
    return None


#: The forms of ``lexicon.OBJECT_SPEAKER_VERBS``, most of which are no cue verbs
#: (``lemma_of("filmed")`` is None): "filmed", "overheard", "caught", "remembers".
_OBJECT_SPEAKER_FORMS = forms_of_all(lexicon.OBJECT_SPEAKER_VERBS)


def _object_heard_saying(verb: Token) -> Token | None:
    """"She quotes Oduya telling her, ...", "He recalls his father saying ...": after a verb of
    quoting, hearing or remembering (``lexicon.OBJECT_SPEAKER_VERBS``) the one saying is the
    object right before the participle, whether or not it is a known name; the parser may hang
    the participle on the verb, whose subject only passes the words on, or on the object itself
    ("overheard the landlord saying ...")."""
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.i == verb.i - 1:
        return verb.head if verb.head.head.lower_ in _OBJECT_SPEAKER_FORMS else None
    host = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp") or host.i == verb.i or host.i > verb.i:
        return None
    if host.lower_ not in _OBJECT_SPEAKER_FORMS:
        return None
    return next((c for c in host.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 1), None)


def _gerund_doer(verb: Token) -> Token | None:
    """"The union ended the talks by saying that the offer was an insult", "After saying the
    vote was rigged, the candidate left", "The mayor apologized for saying ...": a gerund cue
    that a preposition of means, time or reason hangs on a verb shares that verb's subject, who
    is the one saying. Not with a passive verb ("is justified by arguing that ..."), whose
    subject is no speaker, unless the preposition gives the reason ("was fined for saying"); nor
    a gerund on a noun ("his habit of saying") or after "for" with an object between ("blasted
    the governor for saying"), whose speaker is someone else. Not a gerund with an object or a
    prepositional phrase and no clause of its own: "by touting her record" and "after talking
    about it" name a topic. A bare gerund ("after saying so") keeps the verb's subject."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or not prep.head.tag_.startswith("VB"):
        return None
    if (
        not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
        and any(c.dep_ in ("dobj", "prep") for c in verb.children)
        and not _characterizing(verb)
        and not _appeal(verb)
    ):
        # "by touting her record", "after talking about it": a topic, no words. But "after
        # calling the Speaker a liar" says what he was called, and "in calling for a ban" what
        # was wanted.
        return None
    host = prep.head
    if prep.lower_ in lexicon.GERUND_REASON_PREPOSITIONS:
        if any(c.dep_ in ("dobj", "dative") for c in host.children):
            return None
        return _subject(host)[0]
    if prep.lower_ not in lexicon.GERUND_CUE_PREPOSITIONS:
        return None
    subject, host_passive = _subject(host)
    return None if host_passive else subject


def _characterizing(verb: Token) -> bool:
    """Whether a verb says what someone or something was called: a predicate after the object
    ("calling the Speaker a liar") or an "as" phrase on a verb of judging ("dismissing them
    as cranks")."""
    if any(c.dep_ == "oprd" and c.i > verb.i for c in verb.children):
        return True
    return lemma_of(verb.text) in lexicon.AS_VERBS and _has_as(verb)


def _appeal(verb: Token) -> bool:
    """Whether a verb is a public appeal with what was called for after it: "calling for a
    ban", "calling on the board to resign" (see ``lexicon.APPEAL_CUES``)."""
    lemma = lemma_of(verb.text) or verb.lower_
    if _for_clause_mark(verb) is not None and (lemma, "for") in lexicon.APPEAL_CUES:
        return True
    return any(p.i > verb.i for p in _appeal_preps(verb))


#: Verbs of speaking to someone, whose hearers are addressed, not speaking (see ``_addressed_hearer``).
_ADDRESSING_LEMMAS = lexicon.SPEECH_VERBS | lexicon.SPEAKING_VERBS


def _addressed_hearer(verb: Token) -> Token | None:
    """"The governor is making a pitch to rural voters saying the highway will bring jobs", "The
    campaign sent a text message to supporters saying ...", "emailed supporters saying ...": the
    parser hangs the participle on the hearers the words were addressed to, but the one saying
    is the one who addressed them, the subject of the verb of speaking or sending that "to"
    hangs on, or whose object the hearers are. Not after a verb of replying ("responded to
    critics saying ..."), whose hearers may well be the ones saying. A verb of speaking counts
    on purpose: in "The mayor spoke to residents saying the water was unsafe" the one who spoke
    is the one saying, as a news writer means it."""
    hearer = verb.head
    if hearer.dep_ == "dobj" and lemma_of(hearer.head.text) in lexicon.HEARER_OBJECT_VERBS:
        return _subject(hearer.head)[0]  # "The senator emailed supporters saying ..."
    to = hearer.head
    if hearer.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("prep", "dative"):
        return None
    host = to.head
    lemma = lemma_of(host.text)
    if not host.tag_.startswith("VB") or lemma in lexicon.REPLY_VERBS:
        return None
    if lemma not in _ADDRESSING_LEMMAS and host.lower_ not in lexicon.AUTHORING_VERB_FORMS:
        return None
    return _subject(host)[0]


def _purpose_infinitive(verb: Token) -> bool:
    """Whether a cue is an infinitive of purpose hung on the verb before it, whose subject it
    shares: "Ms Okafor rose to ask whether ...", "stood up to ask", "went on to ask", "wrote to
    the council to ask". Not one the parser put before its head ("To ask why, ..."), which
    may be the writer's; nor, after an object, one without a clause of its own ("issuing
    letters to demand information", "creating a force to defend the bloc"): it may be what
    the object is for."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and head.i < verb.i
        and head.tag_.startswith("VB")
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)
        and (not any(c.dep_ == "dobj" for c in head.children) or any(c.dep_ == "ccomp" for c in verb.children))
    )


def _subject_in_opening_phrase(verb: Token) -> tuple[Token, list[Token]] | None:
    """"According to the news agency NTB, the Norwegian delegate, Arne Skaug, said ...": the
    parser may hang the speaker on the noun closing an opening phrase, as its appositive, and
    leave the cue without a subject. The speaker's head (the person's name when there is one)
    and the words of the whole phrase, when the appositives run from a comma after that noun
    to the comma before the cue."""
    doc, sent = verb.doc, verb.sent
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == sent.start), None)
    if opening is None:
        return None
    for noun in opening.subtree:
        if noun.dep_ != "pobj" or noun.tag_ not in _PROPER_TAGS | {"NN", "NNS"}:
            continue
        chain = [t for t in noun.subtree if t.dep_ == "appos" and t.i > noun.i]
        if not chain:
            continue
        first = min(chain, key=lambda t: t.left_edge.i)
        start = first.left_edge.i
        if doc[start - 1].text != "," or max(t.right_edge.i for t in chain) != verb.i - 2:
            continue
        words = _trim_tokens([t for t in doc[start : verb.i - 1]])
        if not words:
            continue
        names = [t for t in chain if t.ent_type_ == "PERSON"]
        return (names[-1] if names else first), words
    return None


def _speaker_hung_on_opening_phrase(head: Token) -> bool:
    """Whether ``head`` is a cue's speaker the parser hung as an appositive on the noun closing
    an opening phrase ("In the first extract serialised by the newspaper, Achterberg, 58,
    writes"): that noun is no role of theirs (``_subject_in_opening_phrase``)."""
    return any(
        (opening := _subject_in_opening_phrase(verb)) is not None and opening[0].i == head.i
        for verb in head.sent
        if verb.i > head.i and verb.tag_ in ("VBD", "VBZ", "VBP")
    )


def _opening_noun_phrase(subject: Token, start: int) -> list[Token] | None:
    """The phrase of the noun closing an opening phrase on which the parser hung the speaker
    ``subject`` (whose own words start at ``start``) as an appositive: "the newspaper" in "In the
    first extract serialised by the newspaper, Achterberg, 58, writes"."""
    noun = subject
    while noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    if noun.i == subject.i:
        return None
    return _trim_tokens([t for t in noun.subtree if t.i < start]) or None


#: Words that open a clause the parser may read as a preposition: "after its founder denied".
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "because", "when", "while"})


def _subject_after_subordinator(verb: Token) -> Token | None:
    """"Shares fell after its founder, Idris Barr, denied the claims": the parser may read the
    clause as "after its founder" plus a second verb of the main clause. The noun after the
    subordinator is the cue's subject when the cue follows it and its appositive directly."""
    doc = verb.doc
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for tok in doc[verb.sent.start : verb.i]:
        if tok.dep_ == "pobj" and tok.head.lower_ in _SUBORDINATORS and tok.head.head.i == verb.head.i:
            end = tok.right_edge.i
            if end == verb.i - 1 or (end == verb.i - 2 and doc[verb.i - 1].text == ","):
                return tok
    return None


def _past_own_adverbs(verb: Token, i: int, floor: int) -> int:
    """Where the verb's phrase starts, going back from ``i`` (not below ``floor``) over the
    auxiliaries and adverbs the verb itself has there: "later" in "..., later said Holan"."""
    doc = verb.doc
    while i > floor and doc[i - 1].head.i == verb.i and doc[i - 1].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    return i


def _cue_read_as_participle(verb: Token) -> bool:
    """A past tense the tagger read as a participle on its subject (no auxiliary, no agent),
    after a comma: introducing a colon ("Rafe Oakley, who scored the opener, posted on
    Instagram: ..."), or a clause when the noun is all the sentence has for a verb ("Adaeze
    Okafor, 61, who served as mayor until 2020, announced on Friday that she would ...")."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
        return False
    if any(c.dep_ in ("agent", "auxpass", "aux") for c in verb.children) or not _source_like(verb.head):
        return False
    before = _past_own_adverbs(verb, verb.i, 1) - 1  # "Samuel Okafor, later posted on LinkedIn that ..."
    if verb.doc[before].text != ",":
        return False
    after = verb.right_edge.i + 1
    if after < len(verb.doc) and verb.doc[after].text == ":":
        return True
    return verb.head.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _asked_aside(verb: Token) -> tuple[Token, Token] | None:
    """"Prime Minister Johan Elder, asked about the dispute, said ...": the parser may read
    the aside as a clause of its own whose subject is the speaker, hung on the cue. The
    speaker and the aside's verb, when the cue has no subject and commas set the aside off."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > verb.i or lemma_of(child.text) not in lexicon.QUESTION_VERBS:
            continue
        if child.tag_ not in ("VBD", "VBN") or child.i < 1 or doc[child.i - 1].text != ",":
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
        if subject is not None and subject.right_edge.i in (child.i - 2, child.i - 1):
            return subject, child
    # "Wierzbicki, asked whether his party had split the vote, said: ...": the parser may
    # instead make the cue a clause of the aside. The aside's subject is then the cue's.
    aside = verb.head
    if (
        verb.dep_ == "ccomp"
        and aside.i < verb.i
        and aside.tag_ in ("VBD", "VBN")
        and lemma_of(aside.text) in lexicon.QUESTION_VERBS
        and aside.i > 0
        and doc[aside.i - 1].text == ","
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
        if subject is not None and subject.right_edge.i == aside.i - 2:
            return subject, aside
    return None


#: Nouns that describe a name set after them: "the state news agency Tanjug", "spokesman Li".
_DESCRIPTOR_NOUNS = lexicon.ROLE_NOUNS | lexicon.OUTLET_NOUNS | lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS


def _question_before_silence(verb: Token) -> bool:
    """"Asked about the penalty, Kelemen was blunt.", "When asked whether he would run, Voss
    smiled and walked away.": a question put by nobody named, opening a sentence whose main
    clause gives a manner or a gesture and no words. The question only sets the scene; with
    an answer in words ("Asked about X, Kelemen said ...", "... gave a roundabout answer") it
    is kept, and so it is before any other deed ("Johnson demurred", "the voters were evenly
    divided"), which news annotation reads as the answer."""
    # The parser may take the opening participle for the subject ("Asked about X, Y was blunt").
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "csubj") or verb.left_edge.i != verb.sent.start:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "Asked by a reporter whether ...": the asker is named
    main = verb.head
    # An adjective of manner ("was blunt"); a participle says how the ones asked stood ("the
    # voters were evenly divided"), their answer.
    manner = main.lower_ in _BE_FORMS and any(c.dep_ == "acomp" and c.tag_ == "JJ" for c in main.children)
    if not manner and main.lower_ not in lexicon.GESTURE_VERB_FORMS:
        return False
    own = {t.i for t in verb.subtree}
    for tok in main.subtree:
        if tok.i in own:
            continue
        if tok.tag_.startswith("VB") and lemma_of(tok.text) is not None:
            return False
        if tok.tag_ in ("NN", "NNS") and (tok.lower_ in _ANSWER_NOUNS or tok.lower_.removesuffix("s") in _ANSWER_NOUNS):
            return False
    return True


#: Nouns whose presence in a main clause says words were given: "gave a roundabout answer".
_ANSWER_NOUNS = lexicon.SAYING_THAT_NOUNS | lexicon.STATEMENT_NOUNS | lexicon.REPLY_NOUNS


def _public_appeal(verb: Token, lemma: str, subject: Token | None) -> bool:
    """"Anyone with information is asked to call the tip line.", "Residents are urged to boil
    water.": an appeal to the public in the present tense, the article's own notice, not words
    anyone is reported to have said (compare "Clinton has been asked to release the
    transcripts", a request made of someone)."""
    if lemma not in lexicon.APPEAL_VERBS or subject is None or subject.dep_ != "nsubjpass":
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children):
        return False
    if not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return False
    return subject.lower_ in lexicon.PUBLIC_APPEAL_SUBJECTS


def _named_descriptor(verb: Token) -> Token | None:
    """"..., the state news agency Tanjug reported": the parser may read the name as the
    subject of a relative clause on the noun before it. The noun, when the cue is such a clause
    with no relative pronoun and its subject is the name right after the noun."""
    if verb.dep_ != "relcl" or verb.head.tag_ not in ("NN", "NNS") or verb.head.lower_ not in _DESCRIPTOR_NOUNS:
        return None  # "the phrase Grassley cited" is a relative clause without its pronoun
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ not in _PROPER_TAGS or subjects[0].left_edge.i != verb.head.i + 1:
        return None
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in verb.doc[verb.head.i : verb.i]):
        return None
    return verb.head


def _inverted_object(verb: Token) -> Token | None:
    """A speaker after its cue that the parser took for the object: "'Not one more closure,'
    vows library campaigner" reads "library campaigner" as what was vowed. Only after content
    that comes before the cue, and only a noun of someone who speaks closing the sentence.

    The content before may be a clause of the cue or a quotation opening the sentence and
    closing right before the cue, which the parser may also take for the cue's subject
    ("closure ... vows") or hang on its quotation mark: a subject inside those quoted words is
    no speaker, one outside them is."""
    if lemma_of(verb.text) in lexicon.HEARER_OBJECT_VERBS:
        return None  # "..., told reporters": the one told, never the one telling
    closing = verb.i - 1 if verb.i > verb.sent.start and verb.doc[verb.i - 1].is_quote and verb.sent[0].is_quote else None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if any(closing is None or c.i > closing for c in subjects):
        return None
    if closing is None and not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    # '"...," read the email': a written thing after "read" gives the words as one who speaks.
    reading = lemma_of(verb.text) in lexicon.READING_VERBS
    if len(objects) != 1 or not (_speaks(objects[0]) or (reading and _written_thing(objects[0]))):
        return None
    # "recalled his former assistant, Marco Delgado, now 70.": the speaker's own appositives
    # may follow it.
    aside = {t.i for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep") and c.i > objects[0].i for t in c.subtree}
    rest = [
        t for t in verb.doc[objects[0].right_edge.i + 1 : verb.sent.end] if not t.is_punct and not t.is_space and t.i not in aside
    ]
    return None if rest else objects[0]


#: Verbs with no subject of their own whose doer is the clause's: infinitives and gerunds (a
#: past participle is passive: "the casino, now owned by Icahn" is not what Icahn did).
_NONFINITE_TAGS = frozenset({"VB", "VBG"})


def _clause_verb(verb: Token) -> Token:
    """The verb of the clause a subjectless infinitive or participle sits in, through the noun
    phrase that holds it: "defended [the plan [to cut subsidies]]" gives "defended".

    The parser hangs a participle set off by a comma ("..., calling the measure unavoidable") on
    the nearest verb, which in a long object may be such an infinitive ("to cut"); the
    participle still describes what the clause's subject did.
    """
    node = verb
    while (
        node.tag_ in _NONFINITE_TAGS
        and node.dep_ in ("acl", "xcomp", "advcl", "pcomp")
        and not any(c.dep_ in _SUBJECT_DEPS for c in node.children)
    ):
        up = node.head
        while not up.tag_.startswith("VB") and up.dep_ in ("dobj", "pobj", "prep", "attr", "oprd", "appos") and up.head.i != up.i:
            up = up.head
        if not up.tag_.startswith("VB"):
            break
        node = up
    return node


#: Head nouns of a record, poll or study that can be the subject of a finding verb.
_RECORD_NOUNS = lexicon.FINDING_SUBJECT_NOUNS | lexicon.DOCUMENT_NOUNS


def _document_subject_token(verb: Token) -> Token | None:
    """The record, poll or study a finding verb has for subject, if it has one.

    "A Marlow County poll, conducted with two colleges, shows Dana Whitfield with 51 percent":
    the parser may give the verb a second subject after it (the poll's object); the subject is
    then the record noun before the verb, not the name after it.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i and c.lower_ in _RECORD_NOUNS]
    if before and any(c.i > verb.i for c in subjects):
        return before[-1]
    if before and len(subjects) > 1 and before[0].i == min(c.i for c in subjects):
        # "A study published in the journal Avian Ecology Letters found": the journal's name
        # read as a second subject; the study found it.
        return before[0]
    subject, _ = _subject(verb)
    return subject if subject is not None and subject.lower_ in _RECORD_NOUNS else None


def _stranded_document_subject(verb: Token) -> tuple[Token, set[int]] | None:
    """"A report by the auditors, titled 'Disposals: Lessons Learned', found that ...": a
    title in the aside may leave the finding verb without a subject in the parse. The record
    noun opening the sentence is it, when an aside set off by commas is all that stands between;
    the words from the aside's comma on are no part of its name."""
    sent = verb.sent
    doc = verb.doc
    noun = next((t for t in doc[sent.start : min(sent.start + 3, verb.i)] if t.tag_ in ("NN", "NNS")), None)
    if noun is None or noun.lower_ not in _RECORD_NOUNS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[noun.i : verb.i - 1] if t.text == ","), None)
    if comma is None or any(t.tag_ in _FINITE_TAGS and not _inside_quote_marks(t, comma, verb.i) for t in doc[noun.i : comma]):
        return None
    return noun, set(range(comma, verb.i))


def _inside_quote_marks(tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` stands between two quotation marks within ``doc[start:end]``."""
    marks = [t.i for t in tok.doc[start:end] if t.is_quote]
    return any(a < tok.i < b for a, b in zip(marks, marks[1:]))


def _document_subject(verb: Token) -> bool:
    return _document_subject_token(verb) is not None


_POLL_PLACING_FORMS = {form: lemma for lemma in sorted(lexicon.POLL_PLACING_VERBS) for form in forms_of(lemma)}


def _poll_placing(verb: Token) -> bool:
    """"A survey by Castlegate Research puts Webb on 38 percent", "the poll has Ortiz at 41
    percent", "a new poll gives the mayor 44 percent": a poll subject places its object at a
    figure (``lexicon.POLL_PLACING_VERBS``). Not "the poll has a margin of error of 3 points",
    whose figure places no one."""
    if verb.lower_ not in _POLL_PLACING_FORMS or not verb.tag_.startswith("VB"):
        return False
    subject = _document_subject_token(verb)
    if subject is None or subject.lower_ not in lexicon.POLL_NOUNS:
        return False
    objects = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative")]
    return bool(objects) and _placed_figure(verb) is not None


#: Forms of the verbs of taking a side that are cues only with people for their subject.
_PEOPLE_STANCE_FORMS = {form: lemma for lemma in sorted(lexicon.PEOPLE_STANCE_VERBS) for form in forms_of(lemma)}
#: Forms of those and of the verbs of wanting and fearing, whose noun object is a view too.
_PEOPLE_VIEW_FORMS = _PEOPLE_STANCE_FORMS | {form: lemma for lemma in sorted(lexicon.PEOPLE_WISH_VERBS) for form in forms_of(lemma)}
#: People as a pronoun, a subject's ("they") or a group's ("most of them"); "it" and "this"
#: hold no view.
_PEOPLE_PRONOUNS = lexicon.SUBJECT_ONLY_PRONOUNS | lexicon.PRONOUNS_PLURAL
_PEOPLE_NOUNS = (
    lexicon.VAGUE_NOUNS
    | lexicon.ROLE_NOUNS
    | lexicon.EXPERT_NOUNS
    | lexicon.GROUP_MEMBER_NOUNS
    | lexicon.POLL_RESPONDENT_NOUNS
    | lexicon.PEOPLE_GROUP_NOUNS
)
#: Words of a share of a group, people when the group is ("most of the voters", "one of them").
_SHARE_WORDS = lexicon.PEOPLE_SHARE_WORDS | lexicon.UNNAMED_QUANTIFIERS | {"one"}


def _people_stance(verb: Token) -> bool:
    """"Most economists favor a carbon tax", "19 percent of students support the senator", "the
    governor is backing Ortiz": a verb of taking a side (``lexicon.PEOPLE_STANCE_VERBS``) with a
    noun object and people for its subject states their view; so does one of wanting or fearing
    (``lexicon.PEOPLE_WISH_VERBS``: "Farmers want more money", "Residents fear a long winter").
    A side is taken by a body or a name too ("The nurses' union backs the bill", "groups
    backing Ortiz", ``_side_taking_body``), and may be an act ("he supports keeping troops
    there", ``_gerund_object``). Not "the grant supports research" or "the data back the
    claim", whose subject holds no view, nor "backed away from", nor "backed the van into the
    yard", a motion, nor "supports his family by driving a cab", help given."""
    stance = verb.lower_ in _PEOPLE_STANCE_FORMS
    if verb.lower_ not in _PEOPLE_VIEW_FORMS or not verb.tag_.startswith("VB") or verb.dep_ in ("amod", "compound"):
        return False
    if verb.dep_ == "acl" and not (stance and verb.tag_ == "VBG" and _side_taking_body(verb.head) and not _people(verb.head)):
        # "groups backing Ortiz", "a super PAC supporting her": a body's side, named as what
        # the body is for; not "voters backing the mayor" or "Americans supporting him", a
        # poll's count or a description of people, no view they stated.
        return False
    children = list(verb.children)
    gerund = stance and _gerund_object(verb)
    if any(c.dep_ in ("prt", "nsubjpass", "auxpass", "ccomp") or (c.dep_ == "xcomp" and not gerund) for c in children):
        return False
    if _to_infinitive(verb) or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in children):
        return False  # "continue to back Ortiz", "whether he would support her": no view stated
    if any(c.dep_ == "nsubj" and c.lower_ == "which" for c in children):
        return False  # "the white electorates, which favor Ortiz": "which" is never people
    if any(c.dep_ in ("prep", "advmod") and c.i > verb.i and c.lower_ in lexicon.MOTION_DIRECTION_WORDS for c in children):
        return False  # "backed the van into the yard": a motion, no side taken
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in children):
        return False  # "supports his family by driving a cab": help given by a means, no side
    if not gerund and not any(c.dep_ == "dobj" and c.i > verb.i and c.tag_ in _NOUN_TAGS and not _poll_figure(c) for c in children):
        return False
    if _describes_speaker(verb) or _poll_margin(verb):
        return False
    if not stance and _within_speaker(verb):
        return False
    subject, _ = _subject(verb)
    return subject is not None and (_people(subject) or (stance and _side_taking_body(subject)))


def _as_clause_read_as_phrase(prep: Token) -> bool:
    """"backing the government [as the United States and France] support the rebels": an "as"
    clause whose subject the parser took for the object of a preposition "as", leaving the
    clause's verb without a subject right after it. The side taken stops before it. Only for
    verbs of taking a side, which take no "as" of their own ("portrayed him as a candidate
    who ...")."""
    if prep.dep_ != "prep" or prep.lower_ != "as" or not any(c.dep_ == "pobj" for c in prep.children):
        return False
    after = prep.right_edge.i + 1
    if after >= len(prep.doc):
        return False
    verb = prep.doc[after]
    return verb.tag_ in ("VBP", "VBD", "VBZ") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _gerund_object(verb: Token) -> bool:
    """"he supports keeping troops there", "Most favor raising the wage": whether a verb of
    taking a side has a gerund clause for its object, the act whose side is taken. Not one with
    a subject or a "to" of its own ("backed him becoming mayor", misparsed infinitives)."""
    return any(
        c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VBG" and not any(g.dep_ in ("aux", "nsubj", "mark") for g in c.children)
        for c in verb.children
    )


def _side_taking_body(noun: Token) -> bool:
    """Whether a noun names one who takes a side besides people (see ``_people``): an
    organisation ("the nurses' union", "super PACs", ``lexicon.ORGANIZATION_NOUNS`` and
    ``lexicon.CAMPAIGN_BODY_NOUNS``) or a name of any kind: a person the recognizer missed
    ("Roloson supports Ruiz"), a body, a state ("Utah backs ...")."""
    if noun.tag_ in _PROPER_TAGS:
        return True
    singular = lexicon.singular_of(noun.lower_)
    return singular in lexicon.ORGANIZATION_NOUNS or singular in lexicon.CAMPAIGN_BODY_NOUNS


def _within_speaker(verb: Token) -> bool:
    """"A neighbour who did not want to be named because she feared retaliation told the Post
    ...": a want or fear anywhere in the relative clause on the one who speaks says who they
    are, or why they stay unnamed, as background to what they said."""
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return _on_speaker(token, through_appositives=False)
        token = token.head
    return False


def _on_speaker(relative: Token, *, through_appositives: bool) -> bool:
    """Whether a relative clause hangs on the subject of a speech cue ("Ruiz, who backs Ortiz,
    said"), or, ``through_appositives``, on an appositive of it ("said Ann Ruiz, a donor who
    backs Ortiz")."""
    noun = relative.head
    while through_appositives and noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ == "nsubj" and lemma_of(noun.head.text) in lexicon.SPEECH_VERBS


def _to_infinitive(verb: Token) -> bool:
    """"continue to back Ortiz", "a reason for Bush to back Cruz": a to-infinitive names a
    stance aimed at or asked for, not one held; but "used to support" tells a past one."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and not (verb.dep_ == "xcomp" and verb.head.lower_ == "used")


def _describes_speaker(verb: Token) -> bool:
    """"said Ann Ruiz, a donor who backs Ortiz", "Ruiz, who backs Ortiz, said ...": a relative
    clause on the one who speaks says who they are, as background to what they said."""
    while verb.dep_ == "conj":
        verb = verb.head  # "said Ruiz, who chaired the party and has backed Ortiz"
    return verb.dep_ == "relcl" and _on_speaker(verb, through_appositives=True)


def _poll_margin(verb: Token) -> bool:
    """"Women back him by 20 points", "favored Ortiz 46 percent to 32": a poll's count of how a
    group splits, which PolNeAR leaves to the poll's finding, not a view the group stated."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and _poll_figure(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(
            o.dep_ == "pobj" and (_poll_figure(o) or o.lower_ in ("margin", "margins")) for o in child.children
        ):
            return True
    return False


def _people(noun: Token) -> bool:
    """Whether a subject is people, who can hold a view: a person or group by name ("Ortiz",
    "Republicans"), a person pronoun, a noun of people ("voters", "economists", "the senator"),
    or a share of people ("61 percent of voters", "two-thirds", "most in the party")."""
    word = noun.lower_
    if word in _SHARE_WORDS or noun.ent_type_ == "PERCENT" or noun.like_num:
        # "most of the contests" are no people; "most in the party", "four in 10 voters" are.
        whole = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for o in p.children if o.dep_ == "pobj"]
        if whole:
            return all(_people(o) or o.like_num or o.ent_type_ == "ORG" for o in whole)
        return word != "one"  # "an agenda, one that favors workers": a thing, unless one of people
    if noun.ent_type_ in ("PERSON", "NORP"):
        return True
    if noun.tag_ == "PRP":
        return word in _PEOPLE_PRONOUNS
    return word in _PEOPLE_NOUNS or (word.endswith("s") and word[:-1] in _PEOPLE_NOUNS) or lexicon.people_noun(word)


def _placed_figure(verb: Token) -> Token | None:
    """Where a poll places its object: the figure object of "gives the mayor [44 percent]", or
    the phrase of "puts Webb [on 38 percent]", "has Ortiz [at 41 percent]"; None for a verb
    that places no one (see ``_poll_placing``). The words between are part of what is placed
    ("puts support [for the bypass] at 61%")."""
    if verb.lower_ not in _POLL_PLACING_FORMS:
        return None
    children = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ == "dative" for c in children):
        # "gives the mayor 44 percent": the figure is the second object.
        return next((c for c in children if c.dep_ == "dobj" and _poll_figure(c)), None)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None and _poll_method(obj):
        return None
    return next(
        (c for c in children if obj is not None and c.i > obj.i and c.dep_ == "prep" and c.lower_ in lexicon.POLL_PLACING_PREPS and _poll_figure(_noun_object(c))),
        None,
    )


def _poll_method(obj: Token) -> bool:
    """An object naming how the poll was taken, by its head or a compound before it: "puts the
    [margin] of error at 3 percent", "puts the [response] rate at 40 percent"
    (``lexicon.POLL_METHOD_NOUNS``)."""
    return any(t.lower_ in lexicon.POLL_METHOD_NOUNS for t in [obj, *(c for c in obj.children if c.dep_ == "compound")])


def _next_placing(verb: Token, child: Token) -> bool:
    """A further placing the parser hung on a poll's placing verb: "has Lind at 33 percent
    [and] [Weir] [at 29 percent]"."""
    if verb.lower_ not in _POLL_PLACING_FORMS:
        return False
    if child.dep_ == "prep":
        return child.lower_ in lexicon.POLL_PLACING_PREPS and _poll_figure(_noun_object(child))
    return (child.dep_ == "cc" and child.lower_ in lexicon.POLL_PLACING_JOINS) or (child.dep_ == "conj" and child.tag_ in _NOUN_TAGS)


def _poll_figure(noun: Token | None) -> bool:
    """Whether a noun is a poll's figure: "38 percent", "12 points", "41%"."""
    return noun is not None and (noun.lower_ in lexicon.POLL_FIGURE_WORDS or noun.ent_type_ == "PERCENT")


def _finding_object(verb: Token, children: list[Token]) -> list[Token]:
    """What a record or poll found when it is a noun phrase: the object, with the standings
    and margins after it ("shows Ortiz [with a six-point lead], [with 48 percent to 42]",
    "found Ortiz [ahead] [by six points]"), as one stretch. An object the parser took for a
    second subject ("shows Dana Whitfield with ...", see ``_document_subject_token``) counts."""
    # "gives [the mayor] 44 percent": a poll's placing verb has whom it places first.
    deps = ("dobj", "nsubj", "dative") if verb.lower_ in _POLL_PLACING_FORMS else ("dobj", "nsubj")
    objects = sorted((c for c in children if c.i > verb.i and c.dep_ in deps), key=lambda t: t.i)
    if not objects:
        return []
    obj = objects[0]
    last = _placed_figure(verb) or obj
    for child in sorted(children, key=lambda t: t.i):
        if child.i <= last.right_edge.i:
            continue
        between = verb.doc[last.right_edge.i + 1 : child.left_edge.i]
        if any(t.text != "," for t in between):
            break
        if (
            (child.dep_ == "prep" and (child.lower_ in lexicon.FINDING_OBJECT_PREPS or _object_predicate_in(child) or _standing_in(child)))
            or (child.dep_ in ("advmod", "oprd", "acomp") and child.lower_ in lexicon.FINDING_OBJECT_ADVERBS)
            # "has shown him [trailing Ortiz]": what the poll shows of him
            or (child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in child.children))
            or _next_placing(verb, child)
        ):
            last = child
        elif child.dep_ != "punct":
            break
    return [t for t in verb.doc[obj.left_edge.i : last.right_edge.i + 1]]


def _standing_in(prep: Token) -> bool:
    """"The poll shows Ortiz [in the lead]", "[in second place]", "[in front]": an ``in`` phrase
    of a standing after a finding's object."""
    pobj = _noun_object(prep)
    if prep.lower_ == "on":
        return _poll_figure(pobj)  # "puts Webb [on 38 percent]"
    return (
        prep.lower_ == "in"
        and pobj is not None
        and (pobj.lower_ in lexicon.POLL_STANDING_WORDS or pobj.lower_ == "front" or pobj.like_num)
    )


def _object_predicate_in(prep: Token) -> bool:
    """"figures show bus journey times [on the route falling by a fifth]": the parser hangs
    the object's participle, what the record shows of it, on a phrase after it."""
    return any(t.dep_ == "acl" and t.tag_ == "VBG" and t.head.head.i == prep.i for t in prep.subtree)


def _has_that_mark(tok: Token) -> bool:
    """Whether a clause opens with the complementizer "that" (a mark, not a relative pronoun)."""
    return _has_mark(tok, ("that",))


def _has_mark(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether a clause opens with one of the subordinators ``words``."""
    return any(m.dep_ == "mark" and m.lower_ in words for m in tok.children)


def _from_that_mark(clause: Token, toks: list[Token]) -> list[Token]:
    """"said on Monday, after a long meeting with the board, that it would accept": a phrase set
    off by commas before the clause's "that" tells when the cue's words were said, though the
    parser hangs it on the clause; the words begin at "that". So does an adverb right before
    it ("said only that", "noted repeatedly that"): a complementizer opens its clause, and
    what stands before it is said of the saying."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or not toks or toks[0].i >= mark.i or mark.i < 1:
        return toks
    before = [t for t in toks if t.i < mark.i]
    if clause.doc[mark.i - 1].text != "," and not all(t.dep_ == "advmod" and t.head.i == clause.i for t in before):
        return toks
    return [t for t in toks if t.i >= mark.i]


def _setting_before_clause(clause: Token, verb: Token) -> list[Token]:
    """The phrases of when or where between a cue and its that-less clause, when the parser hung
    the clause on the cue as an adverbial and the phrases on the clause: "Trump said after the
    convention he would not accept ...", "She told reporters on Friday the plant would close".
    Empty when ``clause`` is not such a clause: one with a subordinator of its own ("said
    nothing until she had left") or no subject of its own is an adverbial indeed. A complement the parser
    read as the cue's own clause (ccomp) gives its phrase only right after the cue or its hearer,
    never from quoted words, a relative or a clause after "how"."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return []
    if not (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children)):
        return []
    subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i < clause.i), None)
    if subject is None:
        return []
    settings = [c for c in clause.children if c.dep_ == "prep" and c.i < subject.i and c.lower_ in _CONTEXT_PREPS]
    # Between the cue and the subject: the phrases and the cue's own words ("told reporters").
    clause_ids = {t.i for t in clause.subtree} - {t.i for p in settings for t in p.subtree}
    if not settings or any(t.i in clause_ids for t in verb.doc[verb.i + 1 : subject.left_edge.i] if not t.is_punct):
        return []
    if clause.dep_ == "ccomp":
        # A clause the parser read as the complement itself: only a plain phrase right after
        # the cue or its hearer ("said on Tuesday it would", "told reporters on Friday the
        # plant would"), not quoted words ('saying "on her worst day" she would'), a relative
        # ("told friends, in which he could") or one after "how" ("recalled how on his first
        # trip ...").
        hearer = {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
        if any(t.i not in hearer for t in verb.doc[verb.i + 1 : settings[0].left_edge.i]):
            return []
        if any(t.is_quote or t.tag_ in ("WDT", "WP", "WRB") for p in settings for t in p.subtree):
            return []
    return settings


def _finite_xcomp(tok: Token) -> bool:
    """An "xcomp" that is a complement clause the parser misread: a finite verb ("he argued
    seeks to restore") or a gerund with a clause of its own ("say taxing consumption
    encourages savings"). A true xcomp is an infinitive or a participle ("continued to push")."""
    if tok.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return True
    return tok.tag_ == "VBG" and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)


def _agent_phrase(prep: Token) -> bool:
    """A by-phrase naming who did something ("spending by mid-sized clients", "accusations by
    Exxon"), not when ("by this point", "by Friday") or how ("by cutting jobs")."""
    pobj = _noun_object(prep)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
        return False
    return not (pobj.lower_ in lexicon.TIME_WORDS | lexicon.DEADLINE_NOUNS)


def _setting(prep: Token) -> bool:
    """A prepositional phrase that says when or where words were said: "on Monday", "at a
    press conference in Dover", "on a local radio show"."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.lower_ not in ("on", "at", "in"):
        return False  # "over his call for a ban", "for October" may be what was said
    word = pobj.lower_
    singular = word[:-1] if word.endswith("s") else word
    if pobj.ent_type_ in ("DATE", "TIME") or word in lexicon.TIME_NOUNS:
        return True
    if pobj.tag_ not in _PROPER_TAGS and (word in lexicon.SPEAKING_EVENT_NOUNS or singular in lexicon.SPEAKING_EVENT_NOUNS):
        return True
    if prep.lower_ == "in" and (
        pobj.tag_ in _PROPER_TAGS
        or pobj.tag_ == "JJ"  # "in particular", "in full"
        or pobj.ent_type_ in ("GPE", "LOC", "FAC")
        or bool({word, singular} & (lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS))
    ):
        return True  # "in a statement", "in early-morning tweets", "in Dover", "in the Ledger"
    # The recognizer may not have read the sentence: "on Monday", "on Tuesday night".
    return any(t.lower_ in lexicon.STAMP_TIME_WORDS - {"at", "on", "may"} for t in (pobj, *pobj.children))


def _infinitive_conj(child: Token, verb: Token) -> bool:
    """"urged the board to cut fees, hire more staff, and open ...": a bare verb the parser
    joined to a finite cue continues the cue's infinitive, not the cue; "urged" cannot be
    coordinated with "hire"."""
    if child.dep_ != "conj" or child.tag_ != "VB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "aux" for c in child.children):
        return False
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < child.i for c in verb.children)


def _backshifted_conj(child: Token, verb: Token) -> bool:
    """"said she hoped to win the account back, and then would continue to write": a verb
    with a backshifted modal (``lexicon.BACKSHIFTED_MODALS``) and no subject of its own, which
    the parser joined to a past cue, goes on with the reported clause's subject; the cue's own
    next act takes no "would". Not a cue or refusal of its own ("but would not say who", "but
    would refuse to comment", see ``_speakers_act``); an aspectual verb before the infinitive
    ("would continue to write") is no cue."""
    if child.dep_ != "conj" or child.i < verb.i or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in child.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in lexicon.BACKSHIFTED_MODALS for c in child.children):
        return False
    chain = _verb_chain(child)
    return lemma_of(chain[-1].text) not in lexicon.SPEECH_VERBS and not any(lemma_of(t.text) in lexicon.DECLINE_VERBS for t in chain)


def _that_read_as_object(verb: Token) -> Token | None:
    """"Doctors have warned that cheap tests may ...": the parser may read the conjunction
    as a pronoun object ("warned [that one]") and the clause's first word as a word of the
    cue's. The "that", when it has no words of its own and a clause of the cue's follows."""
    that = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.i + 1), None)
    if that is None or that.lower_ != "that" or that.tag_ != "DT" or any(True for _ in that.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > that.i), None)
    if clause is None or clause.left_edge.i <= that.i + 1:
        return None
    between = verb.doc[that.i + 1 : clause.left_edge.i]
    return that if all(t.head.i == verb.i or t.head.i in {b.i for b in between} for t in between) else None


def _clause_words_after_that(verb: Token) -> set[int]:
    """The cue's words between a misread "that" and its clause ("cheap" in "warned that cheap
    tests may ..."): the start of the clause (see ``_that_read_as_object``)."""
    that = _that_read_as_object(verb)
    if that is None:
        return set()
    clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i > that.i)
    return {t.i for t in verb.doc[that.i + 1 : clause.left_edge.i] if t.head.i == verb.i}


def _across_semicolon(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hung on a cue stands before it, beyond a semicolon: "The
    developer is due to stand trial next year; his lawyers have said he denies all charges."
    The semicolon closes the writer's clause; the cue's words are the ones after it."""
    if clause.i > verb.i:
        return False
    return any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _opens_comparative(tok: Token) -> bool:
    """Whether the phrase of ``tok`` opens with "the" and a comparative: "the more votes ...",
    "the longer the race goes on"."""
    first = next((t for t in tok.subtree if not t.is_punct), None)
    doc = tok.doc
    return first is not None and first.lower_ == "the" and first.i + 1 < len(doc) and doc[first.i + 1].tag_ in ("JJR", "RBR")


def _correlative_half(child: Token, verb: Token) -> bool:
    """Whether ``child`` is the first half of a comparative correlative the parser took for the
    cue's object: in "Aides say the more delegates he wins, the more leverage he will have" the
    clause "the more leverage he will have" is its complement, and "the more delegates he
    wins" the condition it goes with, words of the same statement."""
    if child.dep_ != "dobj" or child.i < verb.i or not _opens_comparative(child):
        return False
    return any(c.dep_ == "ccomp" and c.i > child.i and _opens_comparative(c) for c in verb.children)


def _gerund_content(child: Token, verb: Token, lemma: str) -> bool:
    """Whether a cue's child is a gerund clause it denies, admits or tells: "denied knowingly
    taking any banned substance", "reported raising $9 million" (see
    ``lexicon.GERUND_CONTENT_VERBS``); not a noun that merely ends in "-ing", "denied planning
    permission", "denied nothing"; nor, after a verb of telling, a gerund of speaking with a
    cue of its own ("recalled telling reporters that the plan was dead")."""
    if child.dep_ != "xcomp" or child.tag_ != "VBG" or child.i < verb.i or lemma not in lexicon.GERUND_CONTENT_VERBS:
        return False
    return lemma in lexicon.GERUND_DEED_VERBS or lemma_of(child.text) not in lexicon.SPEECH_VERBS


def _echoed_words(child: Token, verb: Token) -> bool:
    """"41 percent said the same of her rival", "in May, half said so": an object that stands
    for words reported just before (a poll's second answer, a second speaker agreeing) is what
    was said. "so" only right after the verb ("So he said" is narration)."""
    if child.i <= verb.i:
        return False
    if child.dep_ == "advmod":
        return child.lower_ in lexicon.ECHO_ADVERBS and child.i == verb.i + 1
    return child.dep_ == "dobj" and (
        child.lower_ in lexicon.ECHO_WORDS or any(c.dep_ == "amod" and c.lower_ in lexicon.ECHO_WORDS for c in child.children)
    )


def _finite_beside_gerund(tok: Token) -> bool:
    """Whether ``tok`` is a finite verb the parser joined to a gerund content: in "has proposed
    conducting surveillance on mosques and signaled support for a database" no gerund goes on
    as "signaled"; it is the subject's next act, no part of what was proposed. After a
    progressive verb of a reported clause only a verb with no auxiliary of its own ("said Carson
    was dropping out but failed to pass along ..."): one with its own ("said the authority was
    reviewing the decision and had not decided ...") goes on with the clause's subject."""
    gerund = tok.head
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    return (
        tok.dep_ == "conj"
        and gerund.tag_ == "VBG"
        and (not own_aux or (gerund.dep_ == "xcomp" and _gerund_content(gerund, gerund.head, lemma_of(gerund.head.text) or "")))
        and tok.tag_ in ("VBD", "VBZ", "VBN")
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    )


def _content_tokens(verb: Token, lemma: str, kind: str, exclude: set[int]) -> list[list[Token]]:
    """The content dependents of a cue, each as a token run, in text order."""
    runs: list[list[Token]] = []
    children = [c for c in verb.children if c.i not in exclude]
    if kind in ("clause", "tell", "belief", "finding", "decline"):
        # A to-infinitive is content only for verbs of promising, asking and wanting: "vowed to
        # fight" is, "continued to push" and "went on to win" are not.
        infinitive = lemma in lexicon.INFINITIVE_VERBS or kind == "decline"
        after_that = _clause_words_after_that(verb)
        wanted = [
            c
            for c in children
            if c.dep_ == "ccomp"
            or (c.dep_ == "xcomp" and (infinitive or _finite_xcomp(c)))
            or _gerund_content(c, verb, lemma)
            # "reported, citing an official at the ministry, that ...": a that-clause the parser
            # took for an adverbial one.
            or (c.dep_ == "advcl" and c.i > verb.i and kind in ("clause", "tell") and _has_that_mark(c))
            or (kind in ("clause", "tell") and _setting_before_clause(c, verb))
            or c.i in after_that
            or _correlative_half(c, verb)
            or (kind == "clause" and _echoed_words(c, verb))
        ]
        wanted = [c for c in wanted if not _across_semicolon(c, verb) and not _narration_after_quotation(c, verb)]
        for c in wanted:
            # "said after the convention he would not accept ...": the time belongs to the cue.
            exclude = exclude | {t.i for p in _setting_before_clause(c, verb) for t in p.subtree}
        if not wanted and lemma in lexicon.QUESTION_VERBS:
            # "asked the senator if he would run": the question the parser took for a condition
            # (but "will ask them to vote if talks fail" has its content already).
            wanted = [c for c in children if c.dep_ == "advcl" and c.i > verb.i and _has_mark(c, ("if", "whether"))]
        if wanted:
            # "said X, and that Y": a second that-clause conjoined to the cue is content too, as
            # is a second infinitive ("urged them to cut fees and hire staff").
            wanted += [
                c
                for c in children
                if c.dep_ == "conj"
                and (_has_that_mark(c) or _infinitive_conj(c, verb) or _quoted_counterpoint_conj(c, verb, wanted) or _backshifted_conj(c, verb))
            ]
        if (kind == "tell" or lemma in lexicon.QUESTION_VERBS) and not wanted:
            # "warned voters about the risks", "Asked about the winger's future, Dalby ...":
            # what was said or asked is the preposition's object.
            # "asked the court for quick action": what was asked for, a request; only in a main
            # clause ("He said her family asked for privacy" is his account, not theirs passed on).
            request = lemma == "ask" and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))
            preps = (*lexicon.TOLD_TOPIC_PREPOSITIONS, "that", "for") if request else (*lexicon.TOLD_TOPIC_PREPOSITIONS, "that")
            about = [c for c in children if c.dep_ == "prep" and c.lower_ in preps]
            topic = _topic_on_hearer(verb) if kind == "tell" else None
            if topic is not None:
                about.append(topic)
            runs = [_cut_tail([t for t in c.subtree if t.i not in exclude and t.i != c.i]) for c in about]
            return [run for run in runs if run]
        if kind == "finding" and not wanted and _document_subject(verb):
            # "the poll found broad support": a noun object only when a document speaks.
            toks = [t for t in _finding_object(verb, children) if t.i not in exclude]
            cut = _cut_tail(toks)
            if not any(t.lower_ in lexicon.POLL_FIGURE_WORDS for t in toks[len(cut) :]):
                toks = cut  # a tail with figures ("versus Ortiz, who has 40 percent") is the finding's
            return [toks] if toks else []
    else:  # object
        objects = [c for c in children if c.i > verb.i and c.dep_ in ("dobj", "dative")]
        # "was described by the Review at the time as ...": beside an "as" phrase, which says
        # what was said, a time or place says when or where.
        judged = any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
        wanted = [
            c
            for c in children
            if c.i > verb.i
            and (
                c.dep_ in _OBJECT_DEPS
                or (
                    c.dep_ == "prep"
                    and c.lower_ in _CONTENT_PREPS
                    and not ((judged or (objects and c.i > objects[0].i)) and _setting(c))
                    and not _stretch_of_time(c)  # "has called for years for a ban": how long
                )
                # "denied any role in the bombing": the parser hangs the object's own phrase on
                # the verb; one right after the object is the object's, unless it says where.
                or (c.dep_ == "prep" and c.lower_ == "in" and objects and c.i == objects[0].right_edge.i + 1 and not _setting(c))
                # "citing weaker spending by mid-sized clients": an active verb has no agent, so
                # a by-phrase right after the object is the object's (not "by cutting jobs").
                or (c.dep_ == "prep" and c.lower_ == "by" and objects and c.i == objects[0].right_edge.i + 1 and _agent_phrase(c))
                or (c.dep_ == "advcl" and c.left_edge.lower_ in ("as",))
                # "called for Trump to drop out": a for-to clause the parser took for an adverbial.
                or _for_clause_of(c, verb)
                # "called on the board to resign": whom it was asked of, then what.
                or _appeal_infinitive(c, verb)
            )
        ]
        wanted += _infinitive_after(children, wanted, lemma)
        wanted = _without_leading_setting(wanted)
        # Content is one stretch after the verb: from the first content dependent to the last.
        if wanted:
            first = min(wanted, key=lambda t: t.left_edge.i)
            last = max(wanted, key=lambda t: t.right_edge.i)
            end = last.right_edge.i + 1
            # "accuses Sanders of a smear while Sanders suggests ...": another speaker's cue,
            # or the speaker's own second one, ends the content (see ``_object_content_break``).
            other = min(
                (
                    j
                    for w in wanted
                    for t in w.subtree
                    if t.i > w.i and (j := _object_content_break(t)) is not None
                ),
                default=None,
            )
            if other is not None:
                end = other
                while end > first.left_edge.i and (verb.doc[end - 1].dep_ == "cc" or verb.doc[end - 1].is_punct):
                    end -= 1
            toks = _cut_tail([t for t in verb.doc[first.left_edge.i : end] if t.i not in exclude])
            return [toks] if toks else []
        return []
    # Dependents that touch form one run: the parser sometimes splits a that-less clause in
    # two ("said [the Iranians released by the US] [were close to ...]").
    blocks: list[list[Token]] = []
    # "said the department mishandled the case and Democrats accused the GOP": the parser may
    # hang another speaker's cue on the first cue as a second complement.
    firsts = sorted(wanted, key=lambda t: t.i)[:1]
    beside = [j for c in wanted if firsts and c.i != firsts[0].i and (j := _new_statement(c)) is not None]
    wanted = [c for c in wanted if not beside or c.i < min(beside)]
    for child in sorted(wanted, key=lambda t: t.i):
        # "said the bridge was safe and urged residents to use it": the second cue is the
        # speaker's own (see ``_speaker_conj``), not part of the first statement.
        second = min(
            (
                c.left_edge.i
                for c in child.children
                if _speaker_conj(c) or _perfect_conj(c) or _finite_beside_modal(c) or _predicate_of_noun(c) or _finite_beside_gerund(c)
            ),
            default=None,
        )
        # "said she wants to widen the road and has asked ...": the same, deeper in the content's
        # own clause; in a clause inside it the verb may be joined to that clause's subject ("said
        # the ministry requested that he be sent home to serve his time and indicated ...").
        after_infinitive = min(
            (
                t.left_edge.i
                for t in child.subtree
                if (_finite_after_infinitive(t) and _in_own_clause(t, child)) or _cue_beside_relative(t) is not None
            ),
            default=None,
        )
        if after_infinitive is not None and (second is None or after_infinitive < second):
            second = after_infinitive
        # "... mishandled the case and Democrats accused the GOP ...": another speaker's cue
        # coordinated after the content ends it (see ``_new_statement``).
        other = min([*beside, *(j for t in child.subtree if t.i > child.i and (j := _new_statement(t)) is not None)], default=None)
        if other is not None and (second is None or other < second):
            second = other
        toks = [t for t in child.subtree if t.i not in exclude and (second is None or t.i < second)]
        toks = _from_that_mark(child, toks)
        if second is not None:
            while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct):
                toks.pop()
        gap = verb.doc[blocks[-1][-1].i + 1 : toks[0].i] if blocks and toks and blocks[-1] else None
        if gap is not None and (
            not gap
            or (_infinitive_conj(child, verb) and all(t.text == "," for t in gap))
            or (child.dep_ == "conj" and (_quoted_counterpoint_conj(child, verb, wanted) or _backshifted_conj(child, verb)))
        ):
            # Touching, or a second infinitive after a comma the parser hung on the cue ("to cut
            # fees, hire staff"), or a "but" clause that goes on quoting the speaker.
            blocks[-1].extend([*gap, *toks])
        else:
            blocks.append(toks)
    for block in blocks:
        toks = _cut_tail(block, closing_cue=bool(block) and block[-1].i < verb.i)
        if toks:
            runs.append(toks)
    return runs


def _without_leading_setting(wanted: list[Token]) -> list[Token]:
    """"The union called on Monday for a strike at the port": a phrase of when or where
    (``_setting``) between an object cue and its content says when the words were said, as
    it does in "said on Tuesday that ..."; it is the cue's, not the start of what was said.
    Only when other content follows it ("called on Monday" alone keeps its phrase)."""
    wanted = sorted(wanted, key=lambda t: t.left_edge.i)
    while len(wanted) > 1 and wanted[0].dep_ == "prep" and _setting(wanted[0]):
        wanted = wanted[1:]
    return wanted


def _infinitive_after(children: Sequence[Token], wanted: Sequence[Token], lemma: str) -> list[Token]:
    """A to-infinitive right after an object cue's content, which the parser hangs on the cue as
    its purpose: "defended her call to raise the wage", "proposed $1 billion in grants to help
    towns", "described themselves as unlikely to vote". It goes with the words it follows when
    they take one (see ``_takes_infinitive``), and annotators end the content after it; after
    any other object it is the writer's account of why the speaker acted ("praised the
    firefighters to lift spirits", "criticized the bill to score points"), not what was said."""
    if not wanted:
        return []
    end = max(w.right_edge.i for w in wanted) + 1
    found = [
        c
        for c in children
        if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == end and c.left_edge.lower_ == "to" and c not in wanted
    ]
    return found if found and _takes_infinitive(max(wanted, key=lambda w: w.right_edge.i), lemma) else []


def _takes_infinitive(last: Token, lemma: str) -> bool:
    """Whether the content dependent that an infinitive follows takes it as its own: a noun
    that has one ("her call to raise", "his vow to build", "the use of Twitter to promote",
    ``lexicon.INFINITIVE_NOUNS``) as the object or in the phrase of a prepositional cue ("talked
    about his vow to build"); a sum, what it is for ("$1 billion in grants to help"); what the
    object is said to be ("saw him as an asset to help", "calls it a process to win over
    voters", "would call that wishful thinking to fill the gap", ``lexicon.CALLING_VERBS``); a
    gerund's clause ("criticized him for not doing more to help"); or whom an appeal asked
    ("urged the council to act", ``lexicon.APPEAL_OBJECT_VERBS``)."""
    if (lemma in lexicon.APPEAL_OBJECT_VERBS or lemma in lexicon.CALLING_VERBS) and last.dep_ in _OBJECT_DEPS:
        return True
    if last.dep_ == "oprd" or last.lower_ == "as" or (last.dep_ == "prep" and any(c.dep_ == "pcomp" for c in last.children)):
        return True
    nouns = [last] if last.dep_ != "prep" else [c for c in last.children if c.dep_ == "pobj" and not _time_phrase(last)]
    return any(_infinitive_noun(n) or _sum(n) for n in nouns)


def _infinitive_noun(noun: Token) -> bool:
    """A noun that takes a to-infinitive of its own: "call", "calls", "fitness" (see
    ``lexicon.INFINITIVE_NOUNS``)."""
    word = noun.lower_
    return word in lexicon.INFINITIVE_NOUNS or word.removesuffix("s") in lexicon.INFINITIVE_NOUNS


def _sum(noun: Token) -> bool:
    """Money: a sum ("$1 billion", "two million dollars") or a noun of funding ("the grants
    from the state", ``lexicon.FUNDING_NOUNS``)."""
    if noun.ent_type_ == "MONEY" or noun.lower_.removesuffix("s") in lexicon.FUNDING_NOUNS:
        return True
    return any(t.tag_ == "$" or t.lower_ in lexicon.CURRENCY_WORDS for t in noun.subtree if t.i <= noun.i)


def _narration_after_quotation(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hung on the cue of a closed quotation as its complement is
    the writer's narration: the quotation is what was said. Either a clause set off by a comma
    and opened by "as", "while" or "when", telling what happened as the words were said
    ('"I am not sad," Ortega said, as a forklift passed.'), or one right after the noun of the
    cue's own phrase with no comma or "that", which describes that noun ('"We stay," they said
    in a note they handed out.')."""
    doc = verb.doc
    if clause.i < verb.i or any(t.is_quote for t in clause.subtree) or not _after_closed_quotation(verb):
        return False
    first = clause.left_edge
    if first.dep_ == "mark":
        if any(lemma_of(t.text) in lexicon.SPEECH_VERBS for t in clause.subtree):
            return False  # "..., after he admitted he had ...": words of their own, left to the clause
        return first.lower_ in lexicon.NARRATION_SUBORDINATORS and doc[first.i - 1].text == ","
    before = doc[first.i - 1]
    if not (before.dep_ == "pobj" and before.head.head.i == verb.i and before.head.i > verb.i):
        return False
    # The noun is the clause's missing object ("a note they posted _ on the door").
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children)


def _after_closed_quotation(verb: Token) -> bool:
    """Whether the cue's clause follows a closing quotation mark: '"...," Ortega said' or
    '"...", he said'."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    k = min(verb.i, subject.left_edge.i if subject is not None else verb.i) - 1
    while k > 0 and doc[k].text == ",":
        k -= 1
    return k > 0 and doc[k].is_quote and not doc[k - 1].whitespace_

def _content_around(verb: Token, subject: Token | None) -> list[Token]:
    """Content of a cue set inside or after it: "The economy is weak, he said." or "The museum,
    Mr. Obama said, would make visitors face uncomfortable truths." The parser hangs such a cue
    (as parataxis, ccomp or advcl) on the content's own verb; the content is that verb's clause
    without the cue's clause, and may lie on both sides of it.
    """
    head = verb.head
    if verb.dep_ in ("parataxis", "relcl") and head.dep_ in ("nsubj", "nsubjpass") and head.head.i > verb.i and _set_off(verb, subject):
        # "The difference now, he told me, is that ...": hung on the subject of the clause it
        # interrupts (as an aside, or as a relative clause with no pronoun, which commas never
        # set off), the cue still attributes the whole clause.
        return _content_around_clause(verb, subject, head.head)
    if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl"):
        return []
    if verb.dep_ == "ccomp" and head.i < verb.i:
        return []  # "said the strike would continue": a complement, not a trailing cue.
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children)):
        # "..., saying ..." and "because he said ..." do not attribute the host clause.
        return []
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i for c in verb.children)
        and any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        # "It began on Monday when Roux wrote ...": a time or place clause with a subject of its
        # own tells when the host happened; the host is the writer's narration, not what was
        # written. ("He refused when asked if ..." is the answer of the one asked.)
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []  # "Ashby rose to object": a purpose, not an attribution of "Ashby rose"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < head.i and lemma_of(verb.text) in lexicon.QUESTION_VERBS:
        # "When asked about the merger, she defended her decision": the host clause is the
        # answer, by the one asked, not the question.
        return []
    if verb.dep_ == "ccomp" and head.i > verb.i and _cue_after_opening(verb, subject):
        # "If she wins, Warren suggested in a tweet, workers will ...": the cue interrupts the
        # clause it is hung on; the opening phrase is added back as its lead.
        tokens = _content_around_clause(verb, subject, head)
        return list(itertools.dropwhile(lambda t: t.is_punct and not t.is_quote, tokens))
    if verb.dep_ == "ccomp" and head.i > verb.i:
        return []  # "He said X is ..." parsed upside down: the content follows inside.
    if verb.dep_ == "advcl" and _temporal_as(verb):
        return []
    return _content_around_clause(verb, subject, head)


def _cue_after_opening(verb: Token, subject: Token | None) -> bool:
    """Whether a cue hung as a complement on the clause after it stands between commas after
    the sentence's opening phrase: "If anything, Ruiz argued in her memo, the vote shows ..."
    or "Even so, the aide said, the plan ...". The parser may hang the opening phrase on the
    cue; it is the statement's, and the commas on both sides say the cue interrupts it (where
    "He said the plan is ..." upside down has none)."""
    if subject is None or subject.i > verb.i:
        return False
    doc = verb.doc
    start = _past_own_adverbs(verb, subject.left_edge.i, verb.sent.start)
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return False
    end = verb.right_edge.i
    if not (doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")) or verb.head.i <= end:
        return False
    # What the cue holds before its subject is one opening phrase running up to the comma.
    opening = [c for c in verb.children if c.i < start - 1 and not c.is_punct]
    return all(c.dep_ in ("advcl", "prep", "advmod", "npadvmod", "intj") and c.right_edge.i < start - 1 for c in opening)


def _temporal_as(verb: Token) -> bool:
    """Whether an "as" clause on a cue that takes no object says when, not who said so: in
    "Council splits over budget as unions weigh in" nothing is left out for "weigh in" to have
    said, so the host clause is the writer's, where "as the minister said" leaves out its
    object, which the host clause is."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    lemma = lemma_of(verb.text) or verb.lemma_
    if any(
        c.dep_ == "prep"
        and c.i > verb.i
        and c.lower_ in lexicon.FILLED_AS_PREPOSITIONS
        # "as the minister said of the treaty": a verb that says only clauses has a topic
        # there, and leaves its words out for the host clause to fill.
        and not (c.lower_ == "of" and lemma in lexicon.CLAUSE_ONLY_VERBS)
        and any(p.dep_ == "pobj" for p in c.children)
        for c in verb.children
    ):
        # "Tempers flared ... as parents argued over a proposal", "Prices rose as traders
        # warned of shortages": the cue names what it was about or what it said, so the host
        # clause is the writer's scene, not the parents' or the traders' words.
        return True
    return any(
        c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i and (lemma, c.lower_) in lexicon.OBJECTLESS_PHRASAL_CUES
        for c in verb.children
    )


def _content_around_clause(verb: Token, subject: Token | None, head: Token) -> list[Token]:
    """The clause of ``head`` around the cue ``verb`` set inside or after it, without the cue's
    own clause (see ``_content_around``)."""
    hearer = lemma_of(verb.text) == "tell"  # "The plan, Harlan told reporters, would ...", not "asked them"
    if any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and not hearer and not _as_it_object(c)) for c in verb.children):
        return []  # "as Ren has often mentioned a mathematician": the cue has its own object.
    own = {t.i for t in verb.subtree}
    if subject is not None:
        own.update(t.i for t in subject.subtree)
    for child in head.children:
        if child.dep_ == "advcl" and child.i < verb.i and _question_participle(child):
            # "Asked by a host whether ..., she said, '...'": the question is the host's.
            own.update(t.i for t in child.subtree)
    own |= _narration_after(verb, subject, head)
    sent = verb.sent
    tokens = [t for t in head.subtree if t.i not in own and sent.start <= t.i < sent.end]
    before = _trim_tokens([t for t in tokens if t.i < verb.i])
    if before and any(t.i > verb.i for t in tokens) and _scene(before):
        # "In a statement, the ministry said, the talks ...": the words begin after the cue.
        tokens = [t for t in tokens if t.i > verb.i]
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "However, as the archbishop told the agency, ...": what stands before an "as" cue
        # links the sentence to the last; the words follow it.
        before = [t for t in tokens if t.i < verb.i]
        if all(t.dep_ in ("advmod", "cc", "intj") or t.is_punct for t in before):
            tokens = [t for t in tokens if t.i > verb.i]
    return tokens


def _question_participle(tok: Token) -> bool:
    """"Asked whether anyone would be disciplined, the CEO said, ...": a participle of asking
    with no subject of its own (the tagger may read "Asked" as a past tense)."""
    if lemma_of(tok.text) not in lexicon.QUESTION_VERBS:
        return False
    subjectless = not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and subjectless)


def _narration_after(verb: Token, subject: Token | None, head: Token) -> set[int]:
    """'"I had done that crossing a hundred times," Vance says, sitting in the kitchen of the
    farmhouse.': a participle clause after the cue of a closed quotation says how the speaker
    sat or stood as they spoke. The parser may hang it on the quotation's own verb; it is the
    writer's narration, none of the words (unquoted words after the cue of an unquoted
    clause, "Prices will rise, she said, hitting ...", are left to the clause)."""
    doc = verb.doc
    k = min(verb.i, subject.left_edge.i if subject is not None else verb.i) - 1
    closed = False
    while k >= 0 and doc[k].is_punct:
        closed = closed or (doc[k].is_quote and k > 0 and not doc[k - 1].whitespace_)  # a closing mark
        k -= 1
    narration = _conjunct_narration(verb, head, closed=closed)
    if not closed:
        return narration
    for child in head.children:
        if child.i < verb.i or not (child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") or _temporal_participle(child)):
            continue
        clause = list(child.subtree)
        if clause[0].i > 0 and doc[clause[0].i - 1].text == "," and not any(t.is_quote for t in clause):
            narration.update(t.i for t in clause)
    return narration


def _conjunct_narration(verb: Token, head: Token, *, closed: bool) -> set[int]:
    """A clause joined after a cue set inside a statement that tells what happened next, with
    its "and": the parser may join it to the statement's own verb. After a quotation it is the
    writer's ('"Come along," she said, and the boys followed her.', or "and the boys, curious,
    ..." read as a noun); after unquoted words only the speaker's own act ("..., he said, and
    left the room.") or refusal ("..., she said, but declined to give details") is, and "...,
    she said, and it has ..." goes on with the statement (see ``_conjunct_after_cue``)."""
    doc = verb.doc
    narration: set[int] = set()
    if any(c.dep_ == "mark" for c in verb.children):
        return narration  # "They backed the bill, as the report urged, and watched it fail.": the host's
    for child in head.children:
        if child.dep_ != "conj" or child.i < verb.i or any(t.is_quote for t in child.subtree):
            continue
        joint = child.left_edge.i
        while joint - 1 > verb.i and (doc[joint - 1].is_punct or doc[joint - 1].dep_ == "cc"):
            joint -= 1
        cue_ids = {t.i for t in verb.subtree}
        if not any(doc[k].dep_ == "cc" for k in range(joint, child.left_edge.i)) or any(k not in cue_ids for k in range(verb.i + 1, joint)):
            continue  # "would bring jobs, renovated schools, and repaired bridges": not right after the cue
        if not closed and not (child.tag_.startswith("VB") and _speakers_act(child, verb)):
            continue
        narration.update(range(joint, child.left_edge.i))
        narration.update(t.i for t in child.subtree)
    return narration


def _speakers_act(clause: Token, verb: Token) -> bool:
    """Whether a clause joined after the cue ``verb`` tells what the speaker did rather than
    goes on with what they said: a cue or refusal of its own ("and added that ...", "but
    would not say who", "but declined to comment"), or a verb in the cue's tense with neither
    a subject nor an auxiliary of its own ("..., he said, and left the room."), unlike "and
    had passed all checks" or "and it has used it twice"."""
    if any(lemma_of(t.text) in lexicon.SPEECH_VERBS or lemma_of(t.text) in lexicon.DECLINE_VERBS for t in _verb_chain(clause)):
        return True
    has_subject = any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in clause.children)
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return not has_subject and not has_aux and clause.tag_ == verb.tag_


def _temporal_participle(tok: Token) -> bool:
    """Whether ``tok`` opens a time clause on a participle: "before thanking his family",
    "after leaving the court" (a preposition holding an -ing form, as the parser reads it)."""
    return (
        tok.dep_ in ("prep", "mark", "advmod")
        and tok.lower_ in lexicon.TEMPORAL_PARTICIPLE_OPENERS
        and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in tok.children)
    )


#: Prepositions of where and when the words were said: "on Sunday", "in a statement".
_CONTEXT_PREPS = frozenset({"on", "in", "at", "during", "after", "before", "via", "through", "from", "over"})
#: What may follow the comma of a closing attribution besides its speaker and verb: "..., she
#: said on Tuesday.", "..., he told reporters.", "..., the minister later said."
_TRAILING_CUE_DEPS = frozenset({"aux", "neg", "advmod", "npadvmod", "punct"})
#: Adverbs that are what was said, not how: "would say so", "said enough".
_CONTENT_ADVERBS = frozenset({"so", "enough", "otherwise", "as", "much", "little", "more", "less"})


#: Nouns of the occasion or the text a statement was made at or in: an opening phrase on one of
#: them ("In a statement, the ministry said, ...", "At a rally, she said, ...", "In the cable,
#: he reported, ...") sets the scene of the words rather than starting them.
_OCCASION_NOUNS = lexicon.STATEMENT_NOUNS | lexicon.SPEAKING_EVENT_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.WRITTEN_PIECE_NOUNS


def _set_off(verb: Token, subject: Token | None) -> bool:
    """Whether the cue's clause opens with its subject and stands between commas: ", he told
    me on Friday,"."""
    doc = verb.doc
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(t.i < subject.left_edge.i and not t.is_punct for t in verb.subtree):
        return False
    end = verb.right_edge.i
    return doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")


def _scene(words: Sequence[Token]) -> bool:
    """Whether the words before an interposed cue set the scene of the saying ("In a statement,",
    "At a rally,", "Speaking to reporters,", "Asked about it,") rather than start what was said.
    A word that links the sentence to the one before ("Still,", "Now,") starts it: annotators
    of news attribution (PolNeAR) take it into the content."""
    first = words[0]
    if first.tag_ in ("VBG", "VBN") and (first.lower_ in lexicon.MEDIUM_PARTICIPLES or lemma_of(first.lower_) in lexicon.QUESTION_VERBS):
        return True
    if first.tag_ == "IN":
        for child in first.children:
            if child.dep_ == "pobj" and (child.lower_ in _OCCASION_NOUNS or child.lower_.removesuffix("s") in _OCCASION_NOUNS):
                return True
    return False


def _lead_of_quotation(words: Sequence[Token]) -> bool:
    """Whether the words before an interposed cue are part of a quotation after it that opens in
    capitals: a condition ('If the council votes no, Pike said, "We will sue."'), a topic it
    answers ('As for the budget, she said, "The vetting has not begun."') or a conjunction that
    turns it ("But,", "Nor,"). A time or an occasion ('On Friday, Gingrich said, "We ..."') is the
    writer's, as is a linking adverb ("Meanwhile,"; see ``_interposed_lead``)."""
    if not words:
        return False
    first = words[0].lower_
    if first in lexicon.CONDITIONAL_MARKS or (first == "as" and len(words) > 1 and words[1].lower_ == "for"):
        return True
    return len(words) == 1 and words[0].lower_ in lexicon.TURNING_CONJUNCTIONS


def _interposed_lead(verb: Token, subject: Token | None, runs: list[list[Token]], skip: set[int]) -> list[Token]:
    """The words before a cue set off by commas inside the sentence it reports: "Voters,
    Clinton suggested, don't have to worry ..." or "If the demands are not met, Taylor warned,
    supporters will leave". The parser hangs the words after the cue on it as its clause and the
    words before as its own adverbial, or as nothing; but the commas on both sides say the
    attribution interrupts one statement, which begins where the sentence (or its last clause
    after a semicolon, colon or dash) begins.

    A quotation after the cue's comma is the usual way to open a quotation ("On Friday, Gingrich
    said, 'We ...'"), so it continues the words before only when it goes on in lower case
    ("That, the commission said, 'would be helpful ...'") or the words before are a condition, a
    topic or a turn of it (``_lead_of_quotation``).
    """
    if subject is None or not runs or runs[0][0].i < verb.i:
        return []
    doc = verb.doc
    sent = verb.sent
    lead = _past_own_adverbs(verb, min(subject.left_edge.i, verb.i), sent.start)  # "..., later said Holan, ..."
    comma = lead - 1
    if comma <= sent.start or doc[comma].text != ",":
        return []
    first_after = runs[0][0]
    after = first_after.i - 1
    while after > verb.i and doc[after].is_quote:
        after -= 1
    if doc[after].text != ",":
        return []  # "If it fails, he said he would ...": a clause of the saying's own, perhaps
    inside = {t.i for t in subject.subtree}
    if any(t.i not in inside and (t.text == "," or t.text in _DASH_TOKENS) for t in doc[lead:after]):
        return []  # the comma closes an aside on the hearer ("asked Kasich, who ..."), not the cue
    start = sent.start
    for tok in doc[sent.start : comma]:
        spaced_dash = tok.text in _DASH_TOKENS and (tok.whitespace_ or doc[tok.i - 1].whitespace_)
        clause_and = tok.dep_ == "cc" and tok.head.tag_.startswith("VB") and tok.head.i < tok.i
        if tok.text in (";", ":") or spaced_dash or clause_and:
            start = tok.i + 1  # "... - and the permit, his campaign said, ..."
    raw = [t for t in doc[start:comma] if not t.is_space]
    if (after < first_after.i - 1 or first_after.is_quote) and not _lead_of_quotation(raw):
        words_after = [t for t in doc[after + 1 : first_after.i + 3] if not t.is_quote and not t.is_punct]
        if not words_after or not words_after[0].text[:1].islower():
            return []
    # "Nor, he said, did he ...": a conjunction that turns what follows is part of it.
    words = raw if len(raw) == 1 and _turn_before_cue(raw[0]) else _trim_tokens(raw)
    if not words or any(t.i in skip or t.is_quote for t in words) or any(t.i in skip for t in doc[words[-1].i + 1 : lead]):
        return []
    if _scene(words):
        return []
    first = words[0]
    if any(t.tag_ in ("VBD", "VBZ", "VBP") and lemma_of(t.lower_) in lexicon.SPEECH_VERBS and any(c.dep_ in _SUBJECT_DEPS for c in t.children) for t in words):
        return []  # a cue of its own: "He said it would fail, Vogel said, ..." is two statements
    if first.tag_ in ("VBG", "VBN", "WRB") and any(lemma_of(t.lower_) in lexicon.SPEECH_VERBS for t in words):
        return []  # "When asked for his position, ...", "While he was speaking with the press, ..."
    return words


def _relative_gap(verb: Token, subject: Token | None, runs: list[list[Token]], skip: set[int]) -> Token | None:
    """The relative word that stands for what the words after the cue are about, when the parser
    hung it on the cue as its object: "the vote, which she has repeatedly said was a mistake",
    "Rubio, who he dubbed "the little senator"", "what it calls sensible laws". It is the
    subject or object of what was said, so it opens the content, as it does when the parser
    hangs it inside the clause ("which she said was a mistake"). (The hearer of a telling or
    asking verb, "Pike, whom she told that ...", is no part of it: the caller rules those out.)"""
    if subject is None or not runs or subject.i > verb.i or runs[0][0].i < verb.i:
        return None
    question = verb.sent[-1].text == "?"
    for child in verb.children:
        if question and child.i == verb.sent.start:
            continue  # "Who did the mayor blame for the delays?": a question's word, no relative
        if (
            # "who she dubbed ...": the parser may give the clause two subjects, the relative
            # word first ("the reasons that Trump refuses to ..." gives a "that" of why).
            (child.dep_ in ("dobj", "dep") or (child.dep_ == "nsubj" and child.i != subject.i and child.lower_ != "that"))
            and child.lower_ in lexicon.GAP_RELATIVE_WORDS
            and child.i < subject.left_edge.i
            and child.i not in skip
            and not any(t.i == child.i for run in runs for t in run)
        ):
            return child
    return None


def _continuation_after_cue(verb: Token, subject: Token | None, runs: list[list[Token]], skip: set[int]) -> list[Token]:
    """The rest of a statement after a cue set inside it: "Most of the savings would come from
    tax credits, the senator said, rather than from grants." or "He is leaning toward Rubio, he
    said, because he values experience." The parser hangs the words after the cue's second comma
    on the cue (as its adverbial, prepositional phrase or infinitive); but the statement before
    the cue goes on in them, so they are a second part of its content, up to the sentence end.

    Only when all the content so far stands before the cue and right before its clause, and the
    words after the comma are all the cue's: where and when it was said ("..., she said, on
    Tuesday."), a source it cites, a cue of the speaker's own ("..., adding that ...") and a
    participle ("..., he said, pointing to ...") are the writer's, as is a time clause ('"...,"
    she said, as the crowd left.', "..., he said, shortly after the vote.").
    """
    words = [t for run in runs for t in run if not t.is_punct]  # the parser may hang the full stop on the content
    if subject is None or not words or any(t.i > verb.i for t in words):
        return []
    doc = verb.doc
    sent = verb.sent
    lead = _past_own_adverbs(verb, min(subject.left_edge.i, verb.i), sent.start)
    last = max(t.i for t in words)
    if last >= lead or any(not doc[k].is_punct for k in range(last + 1, lead)) or "," not in {t.text for t in doc[last + 1 : lead]}:
        return []
    end = sent.end - 1
    while end > verb.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    after = [c for c in verb.children if c.i > verb.i]
    comma = next((c for c in after if c.text == "," and c.dep_ == "punct"), None)
    if comma is None or comma.i >= end:
        return []
    own = {t.i for t in subject.subtree} | {verb.i}
    for child in after:
        if child.i < comma.i:
            own.update(t.i for t in child.subtree)
    if any(k not in own and not doc[k].is_punct for k in range(verb.i, comma.i)):
        return []
    tail = [c for c in after if c.i > comma.i and not c.is_punct]
    if not tail or tail[0].left_edge.i != comma.i + 1:
        return []
    first = doc[comma.i + 1]
    quoted = any(doc[k].is_quote for k in range(last + 1, lead))
    if first.dep_ == "cc" and first.head.i == verb.i:
        return _conjunct_after_cue(verb, first, tail, words, quoted=quoted, end=end)
    for child in tail:
        if child.dep_ not in ("advcl", "prep", "xcomp", "advmod"):
            return []  # "..., Sanders said, a policy that ...": the writer's appositive
        if child.dep_ == "prep" and (child.lower_ == "according" or child.lower_ in _CONTEXT_PREPS or (quoted and first.lower_ != "rather")):
            # "..., she said, on Tuesday.", "..., she said, in what was her first speech":
            # where and when; after a quotation, how it was said ("..., under the rules").
            return []
        if child.tag_ in ("VBG", "VBN") and child.left_edge.i == child.i and child.lower_ not in lexicon.CONTINUING_PARTICIPLES:
            return []  # "..., he said, pointing to ...": the speaker's manner, or a cue of their own
        if lemma_of(child.text) in lexicon.SPEECH_VERBS and any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            return []  # "..., he said, and she agreed that ...": a statement of its own
    opener = doc[first.i + 1] if first.dep_ == "advmod" and first.i + 1 < end else first
    if opener.lower_ in lexicon.NARRATION_SUBORDINATORS:
        # "..., the minister announced, as waiting lists grew.", "..., he told the paper in
        # 1998, shortly after the market reopened.": when it was said, the writer's narration.
        return []
    words = [doc[k] for k in range(comma.i + 1, end + 1)]
    tail_ids = {u.i for c in tail for u in c.subtree}
    if any(t.i in skip or t.is_quote for t in words) or any(t.i not in tail_ids for t in words):
        return []
    return words


def _conjunct_after_cue(verb: Token, cc: Token, tail: list[Token], content: list[Token], *, quoted: bool, end: int) -> list[Token]:
    """The statement going on in a clause joined to a cue set inside it: "Donors are vetted, a
    spokeswoman said on Friday, and the checks have found nothing." or "He had no record, the
    police added, and had passed all checks." The parser joins the clause to the cue (and the
    frame set it apart as a possible cue of its own); but it goes on with the words before
    the cue, with a subject or a tense of its own, so it is a second part of the content,
    without its "and".

    Not after a quotation ('"Follow me," he said, and the boys did.'), where the writer tells
    on, nor the speaker's own act or refusal (see ``_speakers_act``); a quotation in the clause
    is the quote finder's. Only when the content opens the sentence as the cue's statement,
    not a time clause before the cue ("When the mill was open and the mayor was young, she
    recalled, ..."), and the cue's own words hold no clause the joined one may go on with.
    """
    ids = {t.i for t in content}
    if verb.head.i not in ids and not any(t.head.i == verb.i and t.dep_ == "ccomp" for t in content):
        return []
    opening = verb.doc[verb.sent.start : min(ids)]
    if any(not t.is_punct and t.dep_ not in ("cc", "advmod", "intj") for t in opening):
        return []  # the content does not open the sentence: it is part of a clause of the writer's
    if any(t.tag_.startswith("VB") for t in verb.doc[verb.i + 1 : cc.i]):
        return []  # "..., he recalled, marveling at the idea that ..., and": the cue's own clause goes on
    conjs = [c for c in tail if c.dep_ == "conj"]
    if quoted or len(tail) != 2 or len(conjs) != 1 or tail[0].i != cc.i or not conjs[0].tag_.startswith("VB"):
        return []
    clause = conjs[0]
    if _speakers_act(clause, verb):
        return []
    words = [verb.doc[k] for k in range(cc.i + 1, end + 1)]
    inside = {t.i for t in clause.subtree}
    if not words or any(t.is_quote or t.i not in inside for t in words):
        return []
    return words


def _verb_chain(verb: Token) -> list[Token]:
    """A verb and the infinitives it goes on in: "declined to comment" -> [declined, comment],
    "wanted to add that ..." -> [wanted, add]."""
    chain = [verb]
    while True:
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp" and c.tag_.startswith("VB") and c.i > chain[-1].i), None)
        if nxt is None:
            return chain
        chain.append(nxt)


def _trailing_cue_content(
    verb: Token, subject: Token | None, kind: str, quoted: frozenset[int], relay: Token | None = None
) -> list[Token]:
    """The sentence before a closing attribution, "..., she said." or "..., said Holan.", read
    from the surface when the parser did not hang the cue on its content (in a long sentence it
    may make "for people ... she said" one clause). Only when everything after the comma is the
    attribution itself, and nothing before it is quoted: a quotation is the quote finder's.
    """
    if subject is None or kind not in ("clause", "tell") or verb.dep_ not in ("ROOT", "parataxis", "advcl", "ccomp", "conj", "relcl"):
        return []
    if verb.dep_ == "relcl" and _named_descriptor(verb) is None:
        return []
    if subject.left_edge.i <= verb.i <= subject.right_edge.i and _named_descriptor(verb) is None:
        return []  # "a company that had declared bankruptcy": the cue is inside a noun phrase
    sent = verb.sent
    doc = verb.doc
    end = sent.end - 1
    while end > verb.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    lead = min(subject.left_edge.i, verb.i)
    attribution = {t.i for t in subject.subtree} | {verb.i}
    for other in sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < lead), key=lambda t: -t.i):
        # "..., the state news agency VPA reported.": the parser may split the name from its
        # description into two subjects of the cue; both are the attribution.
        if other.right_edge.i + 1 != lead:
            break
        lead = other.left_edge.i
        attribution.update(t.i for t in other.subtree)
    comma = lead - 1
    # 'Strand said that "the border stays shut," the Post reported.': a closing cue the parser
    # hung on the speech cue before it carries that cue's sentence, quotation and all; the
    # quotation is the first cue's, passed on by this one (see assemble, nested cues).
    carries_cue = verb.dep_ == "ccomp" and _closing_cue(verb, verb.head)
    if carries_cue and comma > sent.start and doc[comma].is_quote and doc[comma - 1].text == ",":
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return []
    for child in verb.children:
        if child.i <= comma:
            continue
        if (relay is not None and child.i == relay.i) or (child.dep_ == "prep" and child.lower_ == "according"):
            # "..., Reuters reported, citing Radio Sever." / "..., according to Radio Sever."
            attribution.update(t.i for t in child.subtree)
            continue
        if child.i > verb.i and child.tag_ == "VBG" and _speaking_anonymously(child):
            # "..., two officials said, asking not to be named because ...": the source's
            # condition is the attribution's, not more words after it.
            attribution.update(t.i for t in child.subtree)
            continue
        if child.dep_ == "prep":
            # "on Tuesday", "on Facebook"; not content such as "on how it should happen"
            small = len(list(child.subtree)) <= 4 and not any(t.tag_.startswith("VB") for t in child.subtree)
            if child.lower_ in _CONTEXT_PREPS and small:
                attribution.update(t.i for t in child.subtree)
        elif (child.dep_ in _TRAILING_CUE_DEPS and child.lower_ not in _CONTENT_ADVERBS) or (
            kind == "tell" and child.dep_ in ("dobj", "dative")
        ):
            attribution.update(t.i for t in child.subtree)
    if any(i not in attribution or (doc[i].is_quote and not carries_cue) for i in range(lead, end + 1)):
        return []
    line_end = end + 1 >= sent.end
    if line_end:
        # "Talks resume, minister says": a headline or list line without a full stop, when the
        # line ends with the cue.
        if end + 1 < len(doc) and "\n" not in doc[end].whitespace_ + doc[end + 1].text:
            return []
    elif doc[end + 1].text not in (".", "!", "?"):
        return []  # "In a speech, he declared: ..." introduces what follows
    content = [t for t in doc[sent.start : comma] if not t.is_space]
    if (
        (any(t.i in quoted or t.is_quote for t in content) and not carries_cue)
        # a clause, not "In a speech"; a headline's may have no verb the tagger sees ("Talks resume")
        or not (any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in content) or (line_end and content[0].tag_ != "IN" and len(content) > 1))
        or content[0].tag_ in ("VBG", "VBN")  # "Asked whether ..., she said" sets the scene
    ):
        return []
    return content


def _context_spans(verb: Token, conv: _Converter, exclude: set[int], quoted: frozenset[int] = frozenset()) -> list[Span]:
    """Where and when the words were said: "on Sunday", "in a statement", "during a Q&A". A
    quoted title inside the phrase is part of it ('on the "Morning Table" podcast'), other
    quoted words end it as ``exclude`` does. A time or place the parser hung
    on the cue's clause ("said on Tuesday it would ...", ``_setting_before_clause``) is the
    cue's too. The spans come in text order."""
    out = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl"):
            # "said on Tuesday it would ...": the time the parser hung on the clause is the cue's.
            for setting in _setting_before_clause(child, verb):
                toks = _trim_tokens([t for t in setting.subtree if t.i not in quoted])
                if toks and not any(t.i in exclude for t in toks):
                    out.append(conv.tokens(toks[0], toks[-1]))
            continue
        if child.i in exclude or child.i in quoted:
            continue
        if child.dep_ == "prep" and child.lower_ in _CONTEXT_PREPS:
            # "in a statement that ...": the occasion ends where content hung on it begins.
            toks = []
            subtree = list(child.subtree)
            titles = _titles_inside(subtree, quoted)
            for t in subtree:
                if t.i in exclude or (t.i in quoted and t.i not in titles):
                    break
                toks.append(t)
            toks = _trim_tokens(toks)
            if toks:
                out.append(conv.tokens(toks[0], toks[-1]))
        elif child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            toks = _trim_tokens(list(child.subtree))
            if toks:
                out.append(conv.tokens(toks[0], toks[-1]))
    out.sort(key=lambda span: span.start)
    return out


def _media_cut_from_content(verb: Token, conv: _Converter, content_ids: set[int]) -> list[Span]:
    """The written statement cut from the end of a cue's reported clause (``_medium_tail``):
    in "The ministry said talks would resume in a statement on Sunday", "in a statement on
    Sunday", the frame's context as in "said in a statement on Sunday that talks would
    resume"."""
    out = []
    for child in verb.children:
        if child.i not in content_ids:
            continue
        toks = sorted(child.subtree, key=lambda t: t.i)
        k = _medium_tail(toks)
        tail = _trim_tokens(toks[k:]) if k is not None and toks[k].i not in content_ids else []
        if tail:
            out.append(conv.tokens(tail[0], tail[-1]))
    return out


def _titles_inside(tokens: list[Token], quoted: frozenset[int]) -> set[int]:
    """Indices of the quoted titles inside a phrase: a quoted run that opens with a capital and
    that the phrase goes on after, as in 'on Channel 9's "Evening Ledger" programme'."""
    titles: set[int] = set()
    run: list[Token] = []
    for t in [*tokens, None]:
        if t is not None and t.i in quoted and (not run or t.i == run[-1].i + 1):
            run.append(t)
            continue
        words = [w for w in run if not w.is_quote]
        # The phrase goes on after the title, or the title is what it names: "on Channel 9's
        # "Evening Ledger"", "on "The Late Hour"".
        named = t is not None or (bool(run) and run[0].i > 0 and run[0].nbor(-1).lower_ in ("'s", "’s", "on", "the"))
        if run and named and (t is None or t.i not in quoted) and words and words[0].text[:1].isupper() and len(words) <= 6:
            titles.update(w.i for w in run)
        run = [t] if t is not None and t.i in quoted else []
    return titles


#: Nouns of words said to or with someone: "in an interview with", "in comments to".
_SAID_TO_NOUNS = frozenset(
    {"interview", "interviews", "conversation", "call", "exchange", "comments", "remarks", "statement", "email", "letter", "message"}
)


def _refused_hearer(verb: Token, conv: _Converter) -> Mention | None:
    """Whom a refusal was made to, named by the verb refused: "declined to give Radio Tessmoor
    a number", "refused to tell reporters how many jobs would go", "declined to say to the
    Herald when". A noun only: in "declined to give it a name" no one is told anything."""
    refused = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if refused is None:
        return None
    lemma = refused.lower_  # the bare infinitive: its own lemma
    if lemma not in lexicon.REFUSED_TELLING_VERBS | lexicon.REFUSED_GIVING_VERBS:
        return None
    hearer_deps = ("dobj", "dative") if lemma in lexicon.REFUSED_TELLING_VERBS else ("dative",)
    for child in refused.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in hearer_deps:
            continue
        if child.tag_ in ("NN", "NNS", "NNP", "NNPS") and not (child.tag_ not in _PROPER_TAGS and _opens_with_quote_mark(child)):
            return make_mention(_journalists_outlet(child) or child, conv)
    return None


def _asker_answered(verb: Token) -> Token | None:
    """Who asked the question the words answer, whom they were said to as in "told the Post":
    "In response to a question from the Harbour Gazette, Baird said ...", "Responding to
    questions from reporters, ...", "Answering a query from the Post, ..."."""
    for child in verb.children:
        if child.i > verb.i:
            continue
        questions: list[Token] = []
        if child.dep_ == "prep" and child.lower_ == "in":
            # "in response to a question from ..."
            answers = [c for c in child.children if c.dep_ == "pobj" and c.lower_ in lexicon.ANSWER_NOUNS]
            tos = [p for a in answers for p in a.children if p.dep_ == "prep" and p.lower_ == "to"]
            questions = [q for p in tos for q in p.children if q.dep_ == "pobj"]
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and lemma_of(child.text) in lexicon.REPLY_VERBS:
            # "Responding to questions from ...", "Answering a question from ..."
            tos = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "to"]
            questions = [q for p in tos for q in p.children if q.dep_ == "pobj"]
            questions += [c for c in child.children if c.dep_ == "dobj"]
        for question in questions:
            if question.lower_ not in lexicon.QUESTION_NOUNS:
                continue
            froms = [p for p in question.children if p.dep_ == "prep" and p.lower_ == "from"]
            asker = next((n for n in map(_noun_object, froms) if n is not None), None)
            if asker is not None:
                return asker
    return None


def _recipient(verb: Token, kind: str, conv: _Converter, *, openers: Sequence[Token], particle: Token | None = None) -> Mention | None:
    """Whom the words were said to: "told the Global Times", "in an interview with the BBC".
    The "to" of a phrasal cue ("others pointed to the missed chances") leads to what was
    said, not to a hearer. ``openers``: the phrases that open the cue's sentence
    (``_sentence_openers``)."""
    if kind == "tell":
        # "told the French daily Le Courrier de l'Est": the tagger reads "daily" as an
        # adjective, the outlet noun it is here.
        misread = _that_read_as_object(verb)
        hearers = [
            c for c in verb.children
            if c.dep_ in ("dobj", "dative") and (c.tag_ in _NOUN_TAGS or c.lower_ in lexicon.OUTLET_NOUNS or _name_read_as_verb(c))
            and (misread is None or c.i != misread.i)
            # 'promised "a government that answers the phone"': a quoted common noun is the
            # words (a quoted name may be a programme: 'told "Morning Desk"').
            and not (c.tag_ not in _PROPER_TAGS and _opens_with_quote_mark(c))
        ]
        if hearers:
            first = hearers[0]
            # The parser may read the descriptor and the masthead as two objects: the name is
            # the hearer, the descriptor describes it.
            named = next(
                (c for c in hearers[1:] if c.tag_ in _PROPER_TAGS and c.left_edge.i == first.right_edge.i + 1),
                None,
            ) if first.lower_ in lexicon.OUTLET_NOUNS else None
            if named is None and first.lower_ in lexicon.OUTLET_NOUNS:
                named = _outlet_name_cut_off(verb, first)
            if named is None:
                owner = _programme_owner(first)
                if owner is not None:
                    return _programme_mention(owner, first, conv)
                hosts = _programmes_hosts(first)
                if hosts is not None:
                    return make_mention(hosts, conv, exclude={c.i for c in hosts.children if c.dep_ == "case"})
                topic = _topic_on_hearer(verb)
                return make_mention(_journalists_outlet(first) or first, conv, exclude={t.i for t in topic.subtree} if topic is not None else ())
            whole = verb.doc[first.left_edge.i : named.right_edge.i + 1]
            if any(c.dep_ == "case" for c in first.children) and _broadcaster(first):
                # "told Channel 5's Morning Desk", read as two objects: the broadcaster's programme.
                return _programme_mention(first, named, conv)
            return replace(
                make_mention(named, conv),
                span=conv.tokens(whole[0], whole[-1]),
                words=tuple(t.lower_ for t in whole),
                descriptions=(conv.tokens(first.left_edge, first.right_edge).text,),
            )
    asker = _asker_answered(verb)
    if asker is not None:
        return make_mention(_journalists_outlet(asker) or asker, conv)
    for child in (*verb.children, *openers):
        # "in an interview with the BBC", "speaking in an interview with Radio Tessmoor"
        occasions = [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "prep"] if _speaking_participle(child, verb) else []
        for occasion in occasions:
            said_to = _said_to_hearer(occasion)
            if said_to is not None:
                words, obj = said_to
                owner = _programme_owner(obj)
                if owner is not None:
                    return _programme_mention(owner, obj, conv)
                # "in an email to colleagues seen by the Tribune": the outlet saw the email (a
                # hop); it is no part of the hearers.
                seen = _seen_by_outlet(words)
                return make_mention(obj, conv, exclude={t.i for t in seen[0].subtree} if seen else ())
        hearer = None
        if child.dep_ == "prep" and child.lower_ == "to" and kind in ("clause", "object") and not (particle is not None and child.i == particle.i):
            hearer = _noun_object(child)
        elif _speaking_participle(child, verb):
            # "Speaking to the Kathimerini newspaper, Arvanitis added ..."
            preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
            hearer = next((n for n in map(_noun_object, preps) if n is not None), None)
            if hearer is None:
                # "Speaking on the BBC's Morning Brief programme, ...": the broadcast heard it.
                on = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "on"]
                hearer = next((n for n in map(_noun_object, on) if n is not None and _broadcast(n)), None)
                owner = next((c for c in hearer.children if c.dep_ == "poss"), None) if hearer is not None else None
                hearer = owner if owner is not None and owner.tag_ in _PROPER_TAGS else hearer  # the BBC's programme
        if hearer is not None:
            owner = _programme_owner(hearer)
            if owner is not None:
                return _programme_mention(owner, hearer, conv)
            return make_mention(_journalists_outlet(hearer) or hearer, conv)
    told = _outlet_after_object(verb) if kind == "object" else None
    if told is not None:
        hearer = _noun_object(told)
        assert hearer is not None
        return make_mention(_journalists_outlet(hearer) or hearer, conv)
    return None


def _speaking_participle(child: Token, verb: Token) -> bool:
    """Whether a phrase before a cue is a participle of speaking that sets its occasion:
    "Speaking to the Kathimerini newspaper, Arvanitis added ...", "Carvalho, speaking in an
    interview with Radio Tessmoor, said ..."."""
    return child.dep_ == "advcl" and child.lower_ in ("speaking", "talking") and child.i < verb.i


def _said_to_hearer(prep: Token) -> tuple[Token, Token] | None:
    """The words and their hearer in "in an interview with the BBC", "in comments to the Daily
    Star", "during a call with investors": the noun of words said to or with someone
    (``_SAID_TO_NOUNS``) and the object of its "with" or "to"."""
    if prep.lower_ not in ("in", "during"):
        return None
    for words in prep.children:
        if words.dep_ != "pobj" or words.lower_ not in _SAID_TO_NOUNS:
            continue
        for with_ in words.children:
            if with_.dep_ == "prep" and with_.lower_ in ("with", "to"):
                obj = next((o for o in with_.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return words, obj
    return None


def _name_read_as_verb(tok: Token) -> bool:
    """A capitalised last word of a name the tagger took for a verb: "Hub" in "told the Science
    Media Hub that ...". Inside a named entity, or with name words hung on it, it is the name's
    head, whatever its tag."""
    if not tok.tag_.startswith("VB") or not tok.is_title or tok.i == tok.sent.start:
        return False
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.tag_ in _PROPER_TAGS]
    return bool(compounds) and (tok.ent_type_ != "" or len(compounds) > 1)


def _opens_with_quote_mark(noun: Token) -> bool:
    """Whether a noun phrase stands right after an opening quotation mark: 'promised "a
    government that answers the phone"'."""
    first = noun.left_edge
    if first.is_quote:
        return True
    mark = first.nbor(-1) if first.i > 0 else None
    return mark is not None and mark.is_quote and not mark.whitespace_ and mark.i > noun.head.i

def _telling_clauses(verb: Token) -> list[Token]:
    """Relative clauses in the object of "read out" that say words of their own: in "read out
    comments from a minister, who had told the Clarion that Ridley was "counting votes"", the
    quotation is the minister's, told to the Clarion; the reader's clause ends before it."""
    return [
        t
        for t in verb.subtree
        if t.dep_ == "relcl" and t.i > verb.i and lemma_of(t.text) in lexicon.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in t.children)
    ]


def _outlet_after_object(verb: Token, *, on_verb: bool = False) -> Token | None:
    """The "to" of "confirmed the report to the Lakeport Financial Times": the parser hangs the
    hearer's phrase on the object, but an outlet or a journalist is whom the words were said to,
    not part of what was confirmed (as a buyer is in "confirmed the sale to Siemens").
    ``on_verb``: the phrase may also hang on the verb ("confirmed the figures to Reuters")."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        after = [p for p in verb.children if on_verb and p.i == obj.right_edge.i + 1]
        for prep in [*obj.children, *after]:
            # The phrase closes the object: "the report to the Times", not "the report to the
            # Times about the merger".
            if prep.dep_ != "prep" or prep.lower_ != "to" or (prep.head.i == obj.i and prep.right_edge.i != obj.right_edge.i):
                continue
            hearer = _noun_object(prep)
            if hearer is not None and (_broadcast(hearer) or hearer.lower_ in lexicon.JOURNALIST_NOUNS):
                return prep
    return None


def _outlet_name_cut_off(verb: Token, noun: Token) -> Token | None:
    """The name after an outlet noun that the parser hung on the verb instead: in "told the
    local broadcaster Dalmora 24 that ...", "Dalmora 24" is read as an adverbial, though it is
    the broadcaster's name. Not a day or a time ("told the newspaper Tuesday")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "appos", "attr", "oprd")
            and c.tag_ in _PROPER_TAGS
            and c.left_edge.i == noun.right_edge.i + 1
            and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )


def _outlet_name_after(verb: Token, noun: Token) -> Token | None:
    """The outlet's name that the parser cut off a carrier's phrase ending in an outlet noun,
    or ending right before one it misread: in "was quoted by the business daily Finanstid as
    saying", "business" is read as the agent, "daily" as an adverb and "Finanstid" hung on the
    verb (``_outlet_name_cut_off``)."""
    doc = noun.doc
    misread = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in lexicon.OUTLET_NOUNS and doc[noun.i + 1].tag_ not in _NOUN_TAGS
    if noun.lower_ not in lexicon.OUTLET_NOUNS and not misread:
        return None
    return _outlet_name_cut_off(verb, noun)


def _first_reported_by(verb: Token) -> Token | None:
    """The outlet of an "as reported by" clause on the cue: "As first reported by the
    Westbrook Examiner, Kerr told a meeting ...", "Kerr said, as reported by the Courier, ...".
    Only a publication: "as confirmed by the ministry" is no hop of this kind."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or lemma_of(clause.text) not in lexicon.OUTLET_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                outlet = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if outlet is not None and (_publication(outlet) or _masthead_name(outlet)):
                    return outlet
    return None


def _masthead_name(tok: Token) -> bool:
    """"the Lindholm Gazette", whatever the recognizer's label (it took it for a person's): a
    proper name of two words or more ending in a masthead word."""
    return tok.tag_ in _PROPER_TAGS and tok.lower_ in lexicon.MASTHEAD_WORDS and any(c.dep_ == "compound" for c in tok.children)


def _translators(noun: Token) -> list[Token]:
    """The outlet whose translation renders the words: "according to the Brunsvale Monitor's
    translation" carried them as "according to a translation by the Monitor" does. A
    pronoun's ("his own translation") or a common noun's is no outlet's hop."""
    if noun.lower_ not in lexicon.RENDERING_NOUNS:
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.tag_ in _PROPER_TAGS and _publication(c)]


def _journalists_outlet(hearer: Token) -> Token | None:
    """The outlet a journalist spoken to works for: "told a reporter from the Ashford Echo",
    "speaking to a correspondent for NHK". The words went to the outlet, which printed them."""
    if hearer.lower_ not in lexicon.JOURNALIST_NOUNS:
        return None
    # The parser hangs the phrase on the journalist or, as often, on the verb right after them.
    doc = hearer.doc
    after = hearer.right_edge.i + 1
    preps = [c for c in hearer.children if c.dep_ == "prep" and c.i > hearer.i]
    if after < len(doc) and doc[after].dep_ == "prep" and doc[after].head.i == hearer.head.i:
        preps.append(doc[after])
    for prep in preps:
        outlet = _noun_object(prep) if prep.lower_ in lexicon.JOURNALIST_PREPS else None
        if outlet is None or outlet.tag_ not in _PROPER_TAGS:
            continue
        # "the Ashford Echo" (tagged a place), "Radio Kestrel": a known outlet or a name with a
        # masthead or outlet word; "a reporter from Ohio" names none.
        words = {t.lower_ for t in outlet.subtree}
        if _publication(outlet) or words & (lexicon.MASTHEAD_WORDS | lexicon.OUTLET_NOUNS):
            return outlet
    return None


def _broadcast(noun: Token) -> bool:
    """A programme or an outlet: "the BBC's Morning Brief programme", "Radio 4", "Sky News"."""
    return noun.lower_ in lexicon.OUTLET_NOUNS or _publication(noun) or _programme_owner(noun) is not None or any(
        c.dep_ == "poss" and (_publication(c) or c.ent_type_ == "ORG") for c in noun.children
    )


def _broadcaster(tok: Token) -> bool:
    """A known outlet ("the BBC's"), a masthead of two words or more ("the Health Service
    Journal's") or a broadcaster's name ("Channel 5's", "BBC Radio 4's", "Radio Kestrel's"). A
    lone capitalised word ("Smith's") is none."""
    if tok.tag_ not in _PROPER_TAGS:
        return False
    words = [t.lower_ for t in tok.subtree if t.dep_ not in ("det", "case") and not t.is_punct]
    if " ".join(words) in _OUTLET_KEYS or any(" ".join(words[:k]) in _OUTLET_KEYS for k in range(1, len(words))):
        return True  # "BBC Radio 4": a known broadcaster's station
    if len(words) >= 2 and words[-1] in lexicon.MASTHEAD_WORDS:
        return True
    return any(w in lexicon.BROADCAST_NAME_WORDS for w in words[:-1])


def _programmes_hosts(hearer: Token) -> Token | None:
    """The programme or broadcaster whose presenters were told: "told the podcast's hosts",
    "told Channel 9's presenters". Told on air, the words went to the programme."""
    if hearer.lower_ not in lexicon.ON_AIR_ROLE_NOUNS:
        return None
    owner = next((c for c in hearer.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ in lexicon.PROGRAMME_NOUNS or _broadcaster(owner)):
        return None
    return owner


def _programme_owner(noun: Token) -> Token | None:
    """The broadcaster whose programme heard the words: "the BBC's Today programme", "Channel
    5's Morning Desk", "the Health Service Journal's Inside Track". What a programme airs, its
    broadcaster publishes, so the words went to the broadcaster as surely as in "told the BBC".
    The noun must be a programme noun or a title; "the BBC's headquarters" heard nothing."""
    if noun.lower_ not in lexicon.PROGRAMME_NOUNS and noun.tag_ not in _PROPER_TAGS:
        return None
    # The parser may hang the possessive on the title before the noun: "[the BBC's Today] programme".
    titles = [noun, *(c for c in noun.children if c.dep_ == "compound" and c.tag_ in _PROPER_TAGS)]
    owner = next((c for t in titles for c in t.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in ("dobj", "dative"):
        # "told [BBC Radio 4's] [Today programme]": the owner read as a second object.
        owner = next(
            (
                c for c in noun.head.children
                if c.dep_ in ("dobj", "dative") and c.right_edge.i + 1 == noun.left_edge.i and any(g.dep_ == "case" for g in c.children)
            ),
            None,
        )
    return owner if owner is not None and _broadcaster(owner) else None


def _programme_mention(owner: Token, programme: Token, conv: _Converter) -> Mention:
    """The broadcaster as the hearer, with the programme phrase ("the BBC's Today programme") as
    its span and description. The phrase ends at the programme's noun or title: a clause the
    parser hung on it ("programme that the board had ...") is what was said."""
    doc = owner.doc
    whole = doc[min(owner.left_edge.i, programme.left_edge.i) : programme.i + 1]
    return replace(
        make_mention(owner, conv),
        span=conv.tokens(whole[0], whole[-1]),
        descriptions=(conv.tokens(whole[0], whole[-1]).text,),
    )


def _noun_object(prep: Token) -> Token | None:
    """The noun a preposition governs ("to [reporters]"), if any."""
    return next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ in _NOUN_TAGS), None)


#: Entity labels of something that can speak or be cited as a source.
_SOURCE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_SOURCE_NOUNS = (
    lexicon.ROLE_NOUNS
    | lexicon.VAGUE_NOUNS
    | lexicon.ANONYMOUS_SOURCE_NOUNS
    | lexicon.DOCUMENT_NOUNS
    | lexicon.STATEMENT_NOUNS
    | lexicon.ORGANIZATION_NOUNS
    | lexicon.OUTLET_NOUNS
)


def _source_like(tok: Token) -> bool:
    """Whether a noun can be a source: a name, a pronoun, a person by role, an organisation, an
    outlet or a document ("citing Lavrov", "citing officials", "citing a report"), as against a
    reason ("citing safety concerns")."""
    if tok.ent_type_ in _SOURCE_LABELS or tok.tag_ in ("NNP", "NNPS", "PRP"):
        return True
    word = tok.lower_
    return word in _SOURCE_NOUNS or (word.endswith("s") and word[:-1] in _SOURCE_NOUNS)


def _complement_not_relative(rel: Token, *, told: bool = False) -> bool:
    """Whether a clause the parser hung on a noun as a relative clause is a complement clause.

    Its "that" is a mark, where a true relative clause's "that" is its subject or object. After
    a statement noun the parser also reads a complementizer as the object of the clause's verb
    ("said in a letter that she would resign"): that is a complement too, unless the verb is one
    whose object is a statement ("in a letter that she wrote"). ``told``: the noun is in the
    hearer's phrase of a "tell" that has no other content, where a that-clause with its own
    subject is what was told on any noun ("told the audience at a dinner for veterans that he
    had talked to Fox").
    """
    if _has_that_mark(rel):
        return True
    noun = rel.head
    if told and _whole_clause_after_hearer(rel):
        return True
    if rel.dep_ != "relcl" or rel.lower_ in lexicon.STATEMENT_OBJECT_VERB_FORMS:
        return False
    if not told and noun.lower_ not in lexicon.STATEMENT_NOUNS | lexicon.POST_FORM_NOUNS:
        return False
    that = rel.doc[rel.left_edge.i]
    return (
        that.lower_ == "that"
        and that.head.i == rel.i
        and that.dep_ == "dobj"
        and that.i == noun.right_edge.i - len(list(rel.subtree)) + 1  # right after the noun's own words
        and any(c.dep_ in _SUBJECT_DEPS for c in rel.children)
    )


def _saying_beside(verb: Token) -> bool:
    """Whether a speech participle on the cue gives the words: "disputed that, saying ..."."""
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and lemma_of(c.text) in lexicon.SPEECH_VERBS
        for c in verb.children
    )


def _pronoun_content(frame: Frame) -> bool:
    """Whether an object cue's whole content is a pronoun pointing back: "Galani disputed
    that, saying the union's figures showed the opposite". "that" says nothing; with a
    "saying" beside it, what was said is there. ("The senator denied it." stands: the denial
    is all there is. "called it a 'quiet revolution'" has more.)"""
    return (
        frame.frame == "object"
        and len(frame.content) == 1
        and frame.content[0].text.lower() in lexicon.BACK_POINTING_PRONOUNS
    )


def _whole_clause_after_hearer(rel: Token) -> bool:
    """Whether a clause with no "that" right after a hearer is what was told, not a relative
    clause on it: "told ABC Radio Hobart's Mornings program the government had been warned
    about the delays". A relative clause with no relative word lacks a word of its own (the
    object, or a preposition's: "the program the minister appeared on"); this one is whole:
    its subject is passive or its verb has its object or complement. (The parser also hangs
    such a clause as a participle with a subject: "... program the minister had ignored the
    advice".) Only after "tell" itself: after "remind the audience he was ..." PolNeAR's
    annotators saw no statement."""
    noun = rel.head
    if rel.dep_ not in ("relcl", "acl") or rel.lower_ in lexicon.STATEMENT_OBJECT_VERB_FORMS:
        return False
    if noun.dep_ not in ("dobj", "dative") or lemma_of(noun.head.text) != "tell":
        return False
    if rel.left_edge.i != noun.i + 1 or rel.left_edge.lower_ in _RELATIVE_WORDS:
        return False
    if not any(c.dep_ in _SUBJECT_DEPS for c in rel.children):
        return False
    if _ends_sentence(rel) and not any(c.dep_ in ("dobj", "dative") and c.i != noun.i for c in noun.head.children):
        # "told councillors she visited every weekday.", "told the meeting he would vote
        # against.": nothing else is told, so the clause is what was. (In "told the I.R.S.
        # anything it doesn't know" the second object is what was told.)
        return True
    if any(t.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in t.children) for t in rel.subtree):
        return False  # "the show he appeared on"
    return any(c.dep_ in ("nsubjpass", "dobj", "ccomp", "attr", "acomp", "oprd") for c in rel.children)


def _ends_sentence(clause: Token) -> bool:
    """Whether only closing punctuation follows a clause in its sentence."""
    sent = clause.sent
    return all(t.is_punct for t in clause.doc[clause.right_edge.i + 1 : sent.end])


#: Words that open a relative clause.
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})


def _that_clause_on(noun: Token, *, deep: bool = True, told: bool = False, own: bool = False) -> list[list[Token]]:
    """A complement clause the parser hung on a noun as a relative clause: "told a meeting of
    leaders that few understood ...", "citing Lavrov, that Russia is ready", "said in a
    statement that ...". ``deep``: anywhere in the noun's phrase, not only on the noun;
    ``told``: see `_complement_not_relative`; ``own``: deep, but not on a noun of the phrase
    that takes a that-clause of its own ("in a statement responding to reports that ...": what
    was reported; "in an editorial accompanying the study that ...": what was said)."""
    for tok in noun.subtree if deep or own else noun.children:
        if own and tok.head.i != noun.i and tok.head.lower_ in lexicon.CLAUSE_TAKING_NOUNS:
            continue
        if tok.dep_ in ("relcl", "acl") and _complement_not_relative(tok, told=told):
            toks = _cut_tail(list(tok.subtree))
            return [toks] if toks else []
        lent = _clause_on_participle(tok)
        if lent is not None:
            toks = _cut_tail(list(lent.subtree))
            return [toks] if toks else []
    return []


def _clause_on_participle(tok: Token) -> Token | None:
    """"said in a statement posted online that the pool would reopen": the parser hangs the
    that-clause on the past participle that modifies the noun ("posted", "shared"), which takes
    no that-clause of its own; the clause is the cue's. The clause's verb, or None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.lower_ in lexicon.CLAUSE_TAKING_NOUNS - lexicon.STATEMENT_NOUNS:
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and _has_that_mark(c)), None)


#: Prepositions after a "tell" whose phrase may hold what was told, hung on its last noun:
#: "told the audience at his fundraiser for veterans that ...", "told a meeting with donors that",
#: "told reporters outside the town hall that ...".
_HEARING_PREPS = _CONTEXT_PREPS | lexicon.HEARING_PLACE_PREPS
#: Prepositions that give the occasion of a statement: "in a letter", "at a briefing".
_OCCASION_PREPS = frozenset({"in", "at", "during", "through", "via"})


def _clause_read_as_object(verb: Token, noun: Token) -> bool:
    """"She said the finding held across groups": the parser made the clause's subject the
    object of a cue that takes no object, and its verb a participle on it (``acl``). A past
    form with dependents of its own after it is the clause's verb; "said a prayer" has none."""
    if lemma_of(verb.text) not in lexicon.CLAUSE_ONLY_VERBS or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    return any(
        c.dep_ == "acl"
        and c.tag_ in ("VBN", "VBD")
        and c.i == noun.i + 1  # "the finding held", not "the report, rooted in" or "a photo of X shown"
        and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
        and any(g.dep_ in ("prep", "advmod", "dobj", "ccomp", "xcomp", "advcl") and g.i > c.i for g in c.children)
        for c in noun.children
    )


def _content_on_noun(verb: Token, kind: str, exclude: set[int]) -> tuple[list[list[Token]], Token | None]:
    """The that-clause of a cue that the parser hung on a noun after it instead of on the cue,
    and the dependent of the cue that holds it.

    After a "tell" the hearer is set aside as the recipient, so a that-clause anywhere after it
    is what was told: on the hearer ("told a meeting of leaders that ...") or on the occasion
    ("told reporters during a visit to Scotland that ..."). After a "say" only a clause on the
    statement itself is ("said in a letter that ...", "said in a speech to bankers that ...",
    "said in remarks carried by state television that ..."): in "commented on a report that
    ..." or "said in a statement responding to reports that ..." it is what was reported.
    """
    for child in sorted(verb.children, key=lambda t: t.i):
        if kind == "tell" and child.dep_ in ("dobj", "dative"):
            runs = _that_clause_on(child, told=child.lower_ not in lexicon.TOLD_THING_NOUNS)
        elif kind == "clause" and child.dep_ == "dobj" and child.i > verb.i and child.i not in exclude and _clause_read_as_object(verb, child):
            runs = [_cut_tail(list(child.subtree))]
        elif child.dep_ in ("npadvmod", "appos") and child.tag_ in _PROPER_TAGS and child.i > verb.i and child.i not in exclude:
            # "wrote on X, formerly Twitter, that ...": the clause hung on a name's aside.
            runs = _that_clause_on(child)
        elif child.dep_ != "prep" or child.i < verb.i or child.i in exclude:
            continue
        elif kind == "tell" and child.lower_ in _HEARING_PREPS:
            # "Doctors warn over viral claim that turmeric patches cure diabetes": a clause on a
            # noun of saying in the phrase is that claim's content, not what was told.
            runs = _that_clause_on(child, told=True, own=True)
        elif child.lower_ in _OCCASION_PREPS or child.lower_ == "on":
            runs = [
                run
                for p in child.children
                if p.dep_ == "pobj"
                and (
                    (p.lower_ in lexicon.STATEMENT_NOUNS | lexicon.POST_FORM_NOUNS and child.lower_ != "on")
                    # "said on an earnings call that ...": spoken, never what was reported on
                    or p.lower_ in lexicon.SPOKEN_OCCASION_NOUNS
                    # "denied through a representative that ...": said for the speaker
                    or (child.lower_ in ("through", "via") and p.lower_ in lexicon.GO_BETWEEN_NOUNS)
                )
                for run in _that_clause_on(p, deep=False, own=child.lower_ != "on")
            ][:1]
        else:
            continue
        if runs:
            # "... that he had talked to Fox but that nothing could change his mind": a second
            # that-clause conjoined to the cue is content too.
            doc = verb.doc
            for conj in verb.children:
                if conj.dep_ in ("conj", "advcl") and conj.i > runs[-1][-1].i and conj.i not in exclude and _has_that_mark(conj):
                    tail = _cut_tail(list(conj.subtree))
                    between = doc[runs[-1][-1].i + 1 : conj.left_edge.i]
                    if all(t.dep_ in ("cc", "punct") for t in between):
                        runs[-1] = [*runs[-1], *between, *tail]
                    elif tail:
                        runs.append(tail)
            return runs, child
    return [], None


#: Participles that name a carrier with "by": "remarks carried by state television".
_CARRIER_FORMS = forms_of_all(lexicon.CARRIER_VERBS)


#: Participles of translating: a translator named with "by" may be a carrier (see ``chains``).
TRANSLATION_FORMS = forms_of_all(lexicon.TRANSLATION_VERBS)


def _carried_by(noun: Token) -> tuple[Token, Token] | None:
    """``remarks carried by state television``, ``Kovac, quoted by Interfax,``, ``an interview
    conducted in French and translated by the Gazette``: the participle and the carrier it
    names, when the noun has one. (A translator that is no outlet is dropped in the chain.)"""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN":
            continue
        for participle in (child, *(c for c in child.children if c.dep_ == "conj" and c.tag_ == "VBN")):
            if participle.lower_ not in _CARRIER_FORMS and participle.lower_ not in TRANSLATION_FORMS:
                continue
            for agent in participle.children:
                if agent.dep_ == "agent":
                    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return participle, pobj
    return _seen_by_outlet(noun)


def _seen_by_outlet(noun: Token) -> tuple[Token, Token] | None:
    """"The report, seen by the Harbour Ledger, says ...", "a memo, which was obtained by
    Reuters,": a document an outlet saw or obtained reached the article through that outlet,
    the Reuters Handbook's sourcing phrase (see DOCUMENT_ACCESS_VERBS). The participle and the
    outlet, when the noun is a document and the one who saw it a publication ("a draft seen by
    investigators" names no carrier)."""
    if noun.lower_ not in lexicon.DOCUMENT_NOUNS and noun.lower_ not in lexicon.COPY_NOUNS:
        return None
    # "A draft of the plan, seen by Reuters,", "an email to colleagues seen by the Tribune": the
    # parser may hang the participle on the object of "of" or "to" (no outlet sees a person).
    held = [noun, *(n for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "to") for n in p.children if n.dep_ == "pobj")]
    for child in (c for n in held for c in n.children):
        if child.dep_ not in ("acl", "relcl") or child.tag_ != "VBN" or child.lower_ not in _DOCUMENT_ACCESS_FORMS:
            continue
        for agent in child.children:
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent.dep_ == "agent" else None
            if pobj is not None and _publication(pobj):
                return child, pobj
    return None


def _speaker_conj(verb: Token) -> bool:
    """A speech verb (or a phrasal cue such as "called on") joined by "and" to the verb of
    another cue's clause content: the parser's reading of "X said A and urged B" as "X said
    (A and urged B)"."""
    if verb.dep_ != "conj":
        return False
    lemma = lemma_of(verb.text)
    speech = lemma in lexicon.SPEECH_VERBS or _phrasal_lemma(verb, lemma)[0] is not None or (
        # "... and called him 'the friend of every developer'": a cue with its own complement
        lemma is not None
        and lemma not in lexicon.BELIEF_VERBS  # "... and thought it meant ..." may be the content's
        and any(c.dep_ in ("ccomp", "oprd") for c in verb.children)
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )
    # "... and accused the ministry of lying": a verb whose object is what was said is the
    # speaker's act only where the content's subject could not have done it (``_object_act_of_speaker``).
    # Quoted words in its object are the statement's ('said it respected the author but rejected
    # "several claims"'), except a label given by a verb of calling ('and calls her "a capable manager"').
    object_act = (
        not speech
        and lemma in lexicon.OBJECT_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
        and (lemma in lexicon.CALLING_VERBS or not any(t.is_quote for t in verb.subtree))
    )
    if not speech and not object_act:
        return False  # "called on the government to ...", "pointed to" are cues too
    content = verb.head
    cue = content.head
    if content.dep_ != "ccomp" or cue.i >= content.i or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VB", "VBG"):
        return False
    if lemma_of(cue.text) not in lexicon.SPEECH_VERBS or lemma_of(content.text) in lexicon.SPEECH_VERBS:
        return False
    if object_act and not _object_act_of_speaker(verb, content, cue):
        return False
    if _has_that_mark(verb):
        return False  # a second content clause
    if verb.doc[verb.i - 1].is_quote:
        return False  # 'said her mother had watched it and "cried with relief"': the words quoted
    # "posted a video saying the pool would reopen and promising to fix the roads": a
    # participle beside a participle cue is a second cue, unless the content is itself a
    # participle ("saying the plan was working and promising ...").
    if verb.tag_ == "VBG" and cue.tag_ == "VBG":
        return content.tag_ != "VBG"
    # Finite, so no auxiliary of the content is shared ("they would expand X and push for Y"
    # is what they said they would do).
    return verb.tag_ in ("VBD", "VBZ", "VBP") and cue.tag_ != "VBG"


def _object_act_of_speaker(verb: Token, content: Token, cue: Token) -> bool:
    """Whether a verb of speaking about someone ("accused", "chided", "praised") joined to a
    statement's content is the speaker's own act: when the content's subject is one the speaker
    speaks for (``_spoken_for``: "says he respects the governor and calls her ..."), when the
    content has no subject that could act ("stated there was a benefit ... and chided the press"),
    or when a comma sets off the "and" after a subject that is no source ("said the warning
    showed ignorance, and accused the ministry ..."). In "Police said the driver stopped and
    attacked an officer" the driver attacked, and in "said that was not her view and dismissed
    the reports" the reading is open, so both stay what was said."""
    if _spoken_for(content, cue):
        return True
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True
    opener = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return not _source_like(subject) and opener is not None and opener.dep_ == "cc" and _after_comma(opener)


def _object_content_break(tok: Token) -> int | None:
    """Where an object cue's content ends before ``tok``: at another speaker's statement
    (``_new_statement``: "accuses Sanders of a smear while Sanders suggests ...") or at the
    speaker's own second cue joined to a relative clause (``_cue_beside_relative``)."""
    start = _new_statement(tok, openers=lexicon.OBJECT_STATEMENT_OPENERS)
    if start is None and _cue_beside_relative(tok) is not None:
        start = tok.left_edge.i
    return start


def _cue_beside_relative(verb: Token) -> Token | None:
    """The cue whose speaker goes on with a second report that the parser joined to a relative
    clause inside the first one's content: "called on the state to tax the oil that funds the
    militia and proposed a fund" (a fund the oil did not propose). A speech or object cue
    with no subject of its own, in another tense than the relative verb, after a relative
    "that" or "which" on a noun that cannot speak. Returns the first verb above the noun that a
    finite verb can be joined to: not a bare infinitive ("to tax", "must tax") but the cue above
    it ("called on", "said")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    lemma = lemma_of(verb.text)
    if lemma not in lexicon.SPEECH_VERBS and lemma not in lexicon.OBJECT_VERBS:
        return None
    relative = verb.head
    if relative.dep_ != "relcl" or relative.tag_ == verb.tag_ or relative.i > verb.i or _has_that_mark(verb):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in relative.children):
        return None
    noun = relative.head
    if _source_like(noun) or any(t.is_quote for t in verb.subtree):
        return None
    node = noun.head
    while node.head.i != node.i and (not node.tag_.startswith("VB") or node.tag_ == "VB"):
        node = node.head
    return node if node.tag_.startswith("VB") and node.tag_ != "VB" and node.i < noun.i else None


def _refusal_in_content(verb: Token) -> bool:
    """A "no comment" joined by "and" to the verb of a statement's content: the parser's reading
    of "A spokeswoman said the company was studying the findings and declined to comment
    further" as "said (... and declined ...)". The refusal is the speaker's own act, a refusal of
    its own, only when the refused verb is a plain no-comment verb
    (``lexicon.NO_COMMENT_VERBS``) and the content's subject is not the one refusing
    (``_refusal_of_speaker``). In "Police said the driver stopped and refused to answer
    questions" or "the suspect was arrested and refused to comment" the refusal is the driver's
    or the suspect's, part of what was said."""
    if verb.dep_ != "conj" or lemma_of(verb.text) not in lexicon.DECLINE_VERBS or not _finite_or_modal(verb):
        return False
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    if not any(c.dep_ == "xcomp" and lemma_of(c.text) in lexicon.NO_COMMENT_VERBS for c in verb.children):
        return False  # "he posed a threat and refused to drop the gun": no words refused
    content = verb.head
    cue = content.head
    if content.dep_ != "ccomp" or cue.i >= content.i or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
        return False
    if not _refusal_of_speaker(verb, content, cue):
        return False
    return not _has_that_mark(verb) and not verb.doc[verb.i - 1].is_quote


def _refusal_of_speaker(verb: Token, content: Token, cue: Token) -> bool:
    """Whose the "no comment" after the content is: in "Police said officers had found the
    car and declined to comment further" or "Holt's lawyer said she had done nothing wrong and
    declined to comment" the speaker's. A content subject the speaker speaks for
    (``_spoken_for``) refuses for the speaker; one done to by a passive ("the suspect was
    arrested and refused to comment") or a named one ("Police said Holt left and declined to
    comment") refuses for itself. Otherwise a plain "declined to comment" or a refusal to
    say more ("refused to say more") is the speaker's, and other refusals ("the driver stopped
    and refused to answer questions") the subject's."""
    if _spoken_for(content, cue):
        return True
    if _passive_content(content):
        return False
    subject = next((c for c in content.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ == "PERSON" or subject.tag_ in ("NNP", "NNPS"):
        return False  # a named one, who can refuse for itself
    refused = next(c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c.text) in lexicon.NO_COMMENT_VERBS)
    if lemma_of(refused.text) in lexicon.PLAIN_NO_COMMENT_VERBS:
        return True
    return any(t.lower_ in lexicon.NO_COMMENT_MORE_WORDS for t in refused.subtree if t.i > refused.i)


def _refused_saying(verb: Token) -> bool:
    """"refused to say where he had been", "declined to say whether": a saying refused is one
    not done, as a negated one is; its words went through no one."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head.text) in lexicon.DECLINE_VERBS


def _finite_or_modal(verb: Token) -> bool:
    """Whether a verb is finite ("declined") or a bare form after a modal ("would refuse")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))


def _passive_content(content: Token) -> bool:
    """"the suspect was arrested": a passive content verb, but not a participle of feeling
    ("they were devastated", ``lexicon.FEELING_PARTICIPLES``), which describes the subject."""
    if content.lower_ in lexicon.FEELING_PARTICIPLES:
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in content.children)


def _spoken_for(content: Token, cue: Token) -> bool:
    """"said the company was studying the findings", "insists that he will fight on": the
    subject of an active content verb is one the speaker speaks for, a pronoun of a body ("it",
    "we", "they"), a body noun (``lexicon.ORGANIZATION_NOUNS``, ``lexicon.COMPANY_NOUNS``), a
    word of the speaker's own phrase ("A Norvane spokesman said Norvane ...") or the speaker's
    own pronoun ("He insists that he ...", "Holt said she ..."). Another person ("the driver",
    "Police said he ...") or a passive content ("the suspect was arrested") is never spoken
    for."""
    if _passive_content(content):
        return False
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    word = subject.lower_
    if word in ("it", "we", "they") or word in lexicon.ORGANIZATION_NOUNS or word in lexicon.COMPANY_NOUNS:
        return True
    speaker = _subject(cue)[0]
    if speaker is None:
        return False
    if word in ("he", "she", "i"):
        return speaker.lower_ == word or (word != "i" and speaker.ent_type_ == "PERSON")
    return subject.ent_type_ != "PERSON" and word in {t.lower_ for t in speaker.subtree}


def _coordinated_cue(child: Token, verb: Token) -> bool:
    """"Three-quarters said they were worried, and more than 4 in 10 said ...": the parser may
    hang a second speech cue, with a speaker of its own after ", and", on the first as its
    complement. It is a statement beside the first, not part of it."""
    if child.dep_ != "ccomp" or child.i < verb.i or lemma_of(child.text) not in lexicon.SPEECH_VERBS:
        return False
    if child.tag_ not in ("VBD", "VBZ", "VBP") or not any(c.dep_ in _SUBJECT_DEPS and c.i < child.i for c in child.children):
        return False
    start = child.left_edge.i
    doc = child.doc
    return start >= 2 and doc[start - 1].lower_ in ("and", "but", "while") and doc[start - 2].text in (",", ";")


def _stranded_subject(verb: Token) -> Token | None:
    """"... mishandled the investigation and Democrats accused the GOP ...": the parser may join
    a cue's subject to the noun before it ("investigation and Democrats") and hang the cue,
    with no subject, on the first cue as a second complement or on its content's verb."""
    if verb.dep_ not in ("ccomp", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.left_edge.i != verb.i or verb.i < 2:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.head.i > verb.i:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.tag_ not in ("NNP", "NNPS", "NNS") or noun.head.i > noun.i:
        return None
    if noun.left_edge.i < 1 or verb.doc[noun.left_edge.i - 1].lower_ not in lexicon.STATEMENT_COORDINATORS:
        return None
    return noun


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """"The port will decide next month whether to dredge the channel, its chairwoman, Dana
    Okafor, told reporters": the parser may join a closing cue's subject to the last noun of
    the words before it, as one more thing to dredge, and leave the cue with no subject. A
    conjunct set off by commas right before the cue, with no "and" or "or" joining it, that
    names someone who speaks, is the speaker."""
    if verb.dep_ != "ROOT" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.i < 4:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    for tok in doc[verb.sent.start : verb.i - 1]:
        if tok.dep_ != "conj" or tok.head.i > tok.i or tok.tag_ not in _NOUN_TAGS or tok.right_edge.i + 1 < verb.i - 1:
            continue
        if doc[tok.left_edge.i - 1].text != "," or any(c.dep_ == "cc" for c in tok.head.children):
            return None
        return tok if _speaks(tok) else None
    return None


def _new_statement(verb: Token, *, openers: frozenset[str] = lexicon.STATEMENT_COORDINATORS) -> int | None:
    """Where a speech cue with a subject of its own, coordinated after a cue's content, opens
    another statement beside the first: "Republicans said the department mishandled the case
    and Democrats accused the GOP of stoking it", "... while Sanders suggests she is captive to
    the establishment" (the parser hangs it on the content or on the first cue). Its start is
    the coordinator's index. "and that X said ..." is more of the content."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    lemma = lemma_of(verb.text)
    if (lemma not in lexicon.SPEECH_VERBS and lemma not in lexicon.OBJECT_VERBS) or _has_that_mark(verb):
        return None
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    start = verb.left_edge
    if subject is None:
        subject = _stranded_subject(verb)
        start = subject.left_edge if subject is not None else start
    if subject is None or subject.lower_ in lexicon.RELATIVE_PRONOUNS or start.i == 0:
        return None
    opener = start if start.dep_ in ("cc", "mark") else doc[start.i - 1]
    if opener.lower_ not in openers or opener.i >= subject.left_edge.i:
        return None
    return opener.i


def _perfect_conj(verb: Token) -> bool:
    """"Marsh says she will vote for the levy but has withheld her endorsement": a verb phrase
    in the present perfect, with no subject of its own, joined to a complement clause in another
    tense, tells what the speaker has done since; it is no more of what was said."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    content = verb.head
    if content.dep_ != "ccomp" or content.head.i >= content.i or lemma_of(content.head.text) not in lexicon.SPEECH_VERBS:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not aux or aux[0].lower_ not in ("has", "have") or verb.tag_ != "VBN":
        return False  # "and would have dropped ..." is still what he would do
    if any(t.is_quote for t in verb.subtree):
        return False  # 'and has "made contributions"': the quoted words are the speaker's
    return not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in content.children)


def _finite_beside_modal(verb: Token) -> bool:
    """"Li said the economy would soon rebound and praised the envoy's efforts": a finite verb
    with no subject of its own cannot share the modal of the complement it is joined to ("would
    praised"), so, in the cue's own tense, it is the speaker's next act, not more of the words."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    if lemma_of(verb.text) in lexicon.BELIEF_VERBS:
        return False  # "... could not support him but understood why people did": a state, reported too
    content = verb.head
    cue = content.head
    if content.dep_ != "ccomp" or cue.i >= content.i or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
        return False
    if cue.tag_ != verb.tag_ or content.tag_ != "VB" or _has_that_mark(verb):
        return False
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].lower_ not in ("and", "but"):
        return False  # joined by the parser, not by a coordinator
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in content.children)


def _in_own_clause(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` lies in ``clause``'s own clause, not in a complement clause inside it:
    "wants to widen the road" holds "widen", "requested that he be sent home to serve" does
    not hold "serve"."""
    while tok.i != clause.i:
        if tok.dep_ == "ccomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _finite_after_infinitive(verb: Token) -> bool:
    """"Ruiz said she wants to widen the road and has asked the state for funds": a finite verb
    with no subject of its own cannot be joined to a to-infinitive ("to widen ... and has
    asked"), though the parser may hang it there. It goes with the cue, the speaker's next act,
    and ends what was said; so does "... vowed to keep the clinic open and praised the ruling"."""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or _has_that_mark(verb):
        return False
    infinitive = verb.head
    if infinitive.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = verb.tag_ in ("VBD", "VBZ") or (bool(aux) and aux[0].tag_ in ("VBD", "VBZ"))
    if not finite or any(t.is_quote for t in verb.subtree):
        return False
    doc = verb.doc
    return verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].lower_ in ("and", "but")


def _predicate_of_noun(verb: Token) -> bool:
    """"The bill, which critics say would raise rents, passed easily": the parser, finding no verb
    for "The bill", joined "passed" to the relative clause's content. A finite verb with no
    subject, after the comma that closes the relative clause, is the noun's own predicate."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    content = verb.head
    cue = content.head
    if content.dep_ != "ccomp" or cue.dep_ != "relcl" or cue.i > content.i:
        return False
    noun = cue.head
    if noun.dep_ != "ROOT" or noun.tag_.startswith("VB"):
        return False  # the noun has a verb of its own
    doc = verb.doc
    return verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","


def _closes_sentence(tok: Token) -> bool:
    """Whether ``tok``'s phrase follows a comma and runs to the end of its sentence."""
    last = max((t.i for t in tok.sent if not t.is_punct), default=tok.i)
    return tok.right_edge.i >= last and _after_comma(tok.left_edge)


def _closing_relay(child: Token, verb: Token) -> bool:
    """"CNN reported that ..., citing two officials.": a relay closing the sentence of a report
    belongs to the report, though the parser hangs it on the content. After a cue that is not an
    outlet's ("Merpress said the talks had failed, citing a ministry official") only someone who
    speaks is cited: "..., citing Brexit" gives the speaker's reason, part of what was said."""
    if not _closes_sentence(child):
        return False
    return lemma_of(verb.text) in lexicon.OUTLET_VERBS or any(
        obj.dep_ == "dobj" and _speaks(obj) for obj in child.children
    )


def _speaks(tok: Token) -> bool:
    """Whether a cited noun is someone who speaks: a person by name or role, or an unnamed or
    vague source ("a ministry official", "two people familiar with the talks")."""
    if tok.ent_type_ == "PERSON":
        # A full name: the recognizer also takes "Brexit" or a storm for a person.
        return sum(1 for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.ent_type_ == "PERSON") > 1
    word = tok.lower_
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "his former assistant, Marco Delgado"
    return word in _SPEAKING_NOUNS or (word.endswith("s") and word[:-1] in _SPEAKING_NOUNS)


#: Nouns of someone who speaks: a role, or an unnamed or vague source.
_SPEAKING_NOUNS = lexicon.ROLE_NOUNS | lexicon.VAGUE_NOUNS | lexicon.ANONYMOUS_SOURCE_NOUNS


def _closing_cue(child: Token, verb: Token) -> bool:
    """"The minister said the deficit would narrow, Reuters reported.": the parser may hang a
    closing cue on the cue before it as a second complement. It is the cue that carried the
    whole report, not more of what the minister said: a cue verb with a subject of its own, set
    off by a comma after the first cue's content, running to the end of the sentence with no
    content of its own ("..., Reuters reported, citing Radio Sever.")."""
    lemma = lemma_of(child.text)
    if child.dep_ != "ccomp" or child.i < verb.i or lemma not in lexicon.SPEECH_VERBS:
        return False
    # A past tense the tagger read as a participle ("the Norsk news agency reported") has a
    # subject and no auxiliary.
    misread = child.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in child.children)
    if child.tag_ not in ("VBD", "VBZ", "VBP") and not misread:
        return False
    wrapped = _wrapped_content(child, verb)
    inside = range(0) if wrapped is None else range(wrapped.left_edge.i, wrapped.right_edge.i + 1)
    words = [t for t in child.subtree if not t.is_punct and t.i not in inside]
    last = max((t.i for t in child.sent if not t.is_punct), default=child.i)
    # The comma may stand inside a closing quotation mark: '... "the border stays shut," the
    # Post reported.'
    if not words or not _after_comma(words[0]) or child.right_edge.i < last:
        return False
    if not any(c.dep_ in _SUBJECT_DEPS and c.i < child.i for c in child.children):
        return False
    # "..., you don't understand Ohioans" is more content; "..., he told CNN" a closing cue.
    own = _CLAUSE_DEPS if lemma in lexicon.TELL_VERBS else _CLAUSE_DEPS | {"dobj", "dative"}
    if any(c.dep_ in own and (wrapped is None or c.i != wrapped.i) for c in child.children):
        return False
    if any(c.dep_ == "conj" and c.i > child.i for c in child.children):
        return False  # "..., the guards reported and the army withdrew": a story goes on
    return wrapped is not None or any(c.dep_ in _CLAUSE_DEPS and verb.i < c.i < words[0].i for c in verb.children)


def _wrapped_content(child: Token, verb: Token) -> Token | None:
    """"The minister said the police had acted, state television reported.": the parser may
    hang the closing cue on the speech cue and the speech cue's own content on the closing cue,
    as if the minister had said what television reported. The content clause, when so: a
    clause of the closing cue lying between the speech cue and the closing cue's subject, with a
    comma before that subject."""
    subject = next((c for c in child.children if c.dep_ in _SUBJECT_DEPS and c.i < child.i), None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma > 0 and child.doc[comma].is_quote and child.doc[comma - 1].text == ",":
        comma -= 1  # '..., that "the border stays shut," the Post reported'
    if comma <= verb.i or child.doc[comma].text != ",":
        return None
    return next(
        # The content may take the comma and the closing mark ('had "flagged the issue," the
        # trade publication ...'): it ends before the subject.
        (c for c in child.children if c.dep_ in _CLAUSE_DEPS and verb.i < c.left_edge.i and c.right_edge.i < subject.left_edge.i),
        None,
    )


def _citing(verb: Token) -> tuple[Token, Token] | None:
    """``..., citing X`` / ``quoting X``: the relay verb and X, the original speaker.

    Only when X can be a source: "citing safety concerns" gives the subject's reason, which is
    what they said (a frame of its own), not whom they had it from.
    """
    if lemma_of(verb.text) in lexicon.DECLINE_VERBS:
        return None  # "declined to comment, citing the investigation": a reason, never a source
    # The parser hangs "citing X" on the cue or, when it stands between the cue and its content
    # ("Interfax reported, citing Lavrov, Moscow was ready"), on the content's own verb.
    hosts = [verb, *(c for c in verb.children if (c.dep_ == "ccomp" or (c.dep_ == "advcl" and _has_that_mark(c))) and c.i > verb.i)]
    for host in hosts:
        if host.i != verb.i and _closing_cue(host, verb):
            continue  # "X said ..., Interfax reported, citing Y": Interfax's relay, not X's
        for child in host.children:
            # "The Baltic Wire, citing VRK, reported": set off after the subject, the participle
            # may be read as a second subject.
            set_off = child.dep_ == "csubj" and host.i == verb.i and child.i < verb.i and _after_comma(child)
            if not ((child.dep_ in ("advcl", "conj", "xcomp") or set_off) and _relay_participle(child)):
                continue
            if host.i != verb.i and not verb.i < child.i < host.i and not _closing_relay(child, verb):
                continue
            if _after_according(child):
                continue  # "According to X, citing Y, ...": the according-to frame's relay
            if _quoted_as_saying_clause(child):
                # "X reported that A, quoting Y as saying that B": Y's words are B (a frame of
                # its own); A is what X reported.
                continue
            source = _cited_source(child)
            if source is not None:
                return child, source
    return None


def _with_name_appositive(noun: Token) -> list[Token]:
    """The noun and a name set right after it: "the news agency Ostpress, which cited the
    governor", where the parser hangs the relative clause on the name, not on "agency"."""
    return [noun, *(c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1 and c.tag_ in _PROPER_TAGS)]


def _before_content(participle: Token, verb: Token) -> bool:
    """"The Post reported, citing a ward supervisor, that two nurses fell ill": the participle,
    set off by commas, stands before a that-clause the cue reports, wherever the parser hangs
    it (on the cue or on the clause's verb; "The Post, citing a ward supervisor, reported that
    ..." too). Without "that" ("The Post reported, citing a ward supervisor, two nurses fell
    ill") the parser makes the clause the head of the cue, or hangs the participle at the head
    of the clause the cue reports."""
    if participle.i == 0 or participle.doc[participle.i - 1].text != ",":
        return False
    if verb.dep_ == "ccomp" and verb.i < participle.i and verb.head.i > participle.right_edge.i:
        return True
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > participle.i]
    if any(c.dep_ == "ccomp" and _opens_clause(participle, c) for c in clauses):
        return True
    marks = [m for c in clauses for m in c.children if m.dep_ == "mark" and m.lower_ == "that"]
    return any(m.i > max(participle.right_edge.i, verb.i) for m in marks)


def _said_in_free_relative(verb: Token, lemma: str | None, kind: str) -> bool:
    """"The union said the inspection confirmed what its members had been saying "for years."":
    a speech verb whose object is the "what" before it names words as a thing the sentence is
    about, and holds none of its own; a quotation after it says how long, not what was said.
    A labelling verb keeps its label ("over what it called "activities incompatible with ..."").
    Only with a quotation after the cue that opens with how long (``lexicon.DURATION_OPENERS``),
    which would be taken for the words: "what Ruiz said about the incident" stays, its speaker
    one who spoke, and so does 'what Holt promised "on day one"', his words."""
    if kind not in ("clause", "tell") or lemma in lexicon.LABELLING_VERBS or verb.dep_ == "ROOT":
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    mark = next((t for t in verb.subtree if t.i > verb.i and _quote_mark(t)), None)
    if mark is None or mark.i + 1 >= len(mark.doc) or mark.doc[mark.i + 1].lower_ not in lexicon.DURATION_OPENERS:
        return False
    # The "what" opens the clause, with no stop before the cue: not the set phrase closing a
    # quotation ('"no matter what," one user commented').
    return any(
        c.dep_ == "dobj" and c.tag_ == "WP" and c.lower_ in ("what", "whatever") and c.i < verb.i
        and not any(t.is_punct for t in c.doc[c.i + 1 : verb.i])
        for c in verb.children
    )


def _interposed_relay_of_nobody(verb: Token) -> bool:
    """"The paper reported, citing the merger, that jobs would go": a relay participle set
    between a cue and the clause it reports, whose object is no source, says what the report
    rests on, not what anyone said; the parser may hang it on the reported clause and give it
    that clause's subject ("jobs"). A source there makes a chain (see ``_citing``)."""
    if not _relay_participle(verb) or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    host = verb.head
    cue = host.head if host.dep_ == "ccomp" and host.head.i < verb.i else host
    if cue.i == verb.i or not _before_content(verb, cue):
        return False
    return _cited_source(verb) is None


def _opens_clause(participle: Token, clause: Token) -> bool:
    """Whether a participle set off by commas opens the clause it hangs on: "citing a ward
    supervisor," before "two nurses fell ill"."""
    after = participle.right_edge.i + 1
    return (
        participle.head.i == clause.i
        and clause.left_edge.i == participle.i
        and after < clause.i
        and participle.doc[after].text == ","
    )


def _relay_participle(tok: Token) -> bool:
    """"citing", "quoting": a relay verb's participle."""
    return tok.tag_ == "VBG" and lemma_of(tok.text) in lexicon.RELAY_VERBS


def _cited_source(participle: Token) -> Token | None:
    """Whom "citing X" cites, when X can be a source (not "citing safety concerns"). A noun of
    a person by an agent ending is one wherever the participle stands: "The Post reported,
    citing a ward supervisor, that two nurses fell ill" and "..., the Ledger reported, citing a
    trustee" (the trustee is the unnamed source, the Ledger the carrier)."""
    return next(
        (c for c in participle.children if c.dep_ == "dobj" and (_citable(c) or _agent_noun(c))),
        None,
    )


def _agent_noun(tok: Token) -> bool:
    """Whether a common noun names a person by what they do: "citing a site supervisor",
    "citing two caretakers" (``lexicon.CITED_AGENT_NOUNS``); a thing with the same ending
    ("citing the weather", "citing the merger") is none."""
    word = tok.lower_
    singular = word[:-1] if tok.tag_ == "NNS" and word.endswith("s") else word
    return tok.tag_ in ("NN", "NNS") and singular in lexicon.CITED_AGENT_NOUNS


def _citable(tok: Token) -> bool:
    """Whether the object of "citing" is a source: one by ``_source_like``, or a person by any
    role ("citing a delegate", "citing two glaciologists") or one a "who" clause says is a
    person ("citing a man who attended the session"), or a company by its trade ("citing a
    supplier", "citing two lenders")."""
    word = tok.lower_
    return (
        _source_like(tok)
        or lexicon.role_noun(word)
        or lexicon.people_noun(word)
        or word in lexicon.COMPANY_NOUNS
        or (word.endswith("s") and word[:-1] in lexicon.COMPANY_NOUNS)
        or any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in tok.children)
    )


def _relayed_by(noun: Token) -> tuple[Token, Token, Token] | None:
    """Whom a cited source had the words from, when a relative clause says so: "citing VRK,
    which in turn cited Dagposten" and "citing a report in the daily Morgenblatt, which quoted an
    unnamed aide". The carrier (VRK, Morgenblatt), the relay verb and the one it cited."""
    carriers = [noun] + [
        c
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("by", "from", "in", "on")
        for c in p.children
        if c.dep_ == "pobj"
    ]
    for carrier in carriers:
        for rel in carrier.children:
            if rel.dep_ in ("relcl", "acl") and rel.i > carrier.i and lemma_of(rel.text) in lexicon.RELAY_VERBS:
                original = next((o for o in rel.children if o.dep_ == "dobj" and _source_like(o)), None)
                if original is not None:
                    return carrier, rel, original
    return None


def _in_citing_chain(tok: Token) -> bool:
    """The "cited" of "citing VRK, which in turn cited Dagposten": a link of the citing
    frame's chain (see ``_relayed_by``), not a statement of its own."""
    if tok.dep_ not in ("relcl", "acl") or lemma_of(tok.text) not in lexicon.RELAY_VERBS:
        return False
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun.dep_ == "dobj" and _relay_participle(noun.head) and _relayed_by(noun) is not None


def _after_according(participle: Token) -> bool:
    """Whether the participle follows an "according to X," phrase: "According to a report by
    the Nippo, citing diplomatic sources, Beijing ..."."""
    doc = participle.doc
    k = participle.i - 1
    if k < 1 or doc[k].text != ",":
        return False
    for tok in doc[participle.sent.start : k]:
        to = _according_to(tok)
        if to is not None:
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.right_edge.i == k - 1:
                return True
    return False


def _according_to(tok: Token) -> Token | None:
    """The "to" of "according to" when ``tok`` is its "according"."""
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "to":
        return None
    return tok.doc[tok.i + 1]


def _citing_in_subject(subject: Token) -> tuple[Token, Token] | None:
    """"A report by Reuters, citing three people familiar with the deal, said ...": the
    participle set off after the subject names who the subject had the words from."""
    for child in subject.children:
        if child.dep_ in ("advcl", "acl") and child.i > subject.i and _relay_participle(child):
            source = _cited_source(child)
            if source is not None:
                return child, source
    return None


def _finding_author(subject: Token | None) -> Token | None:
    """Who made a poll that finds: "Castlegate Research" in "a survey by Castlegate Research",
    when the poll has no name of its own. A pollster is whom a reader checks a poll with; a
    report's authors ("a report by the council's auditors") are left to the document."""
    if subject is None or subject.lower_ not in lexicon.POLL_NOUNS:
        return None
    by = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _document_author(subject: Token) -> Token | None:
    """The author of a document subject: "Reuters" in "a report by Reuters"."""
    if subject.lower_ not in lexicon.DOCUMENT_NOUNS:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _cited_report_author(noun: Token) -> Token | None:
    """Who wrote a cited report: "citing a report by the Courier" (``_document_author``) or
    "citing an article in the Daily Courier", when what holds it is a publication. Not a date
    ("citing a report on Friday") or a place ("citing reports in Spain")."""
    author = _document_author(noun)
    if author is not None:
        return None if _point_in_time(author) else author
    if noun.lower_ not in lexicon.DOCUMENT_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and _publication(pobj):
                return pobj
    return None


_SIGNING_FORMS = forms_of_all(lexicon.SIGNING_VERBS)


def _signed_by(noun: Token) -> tuple[Token, Token] | None:
    """"A letter signed by 40 doctors says ...": the participle and the signers, who speak
    through the document (see SIGNING_VERBS), when a document noun has them."""
    if noun.lower_ not in lexicon.DOCUMENT_NOUNS:
        return _shared_by(noun)
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN" and child.lower_ in _SIGNING_FORMS:
            for agent in child.children:
                pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent.dep_ == "agent" else None
                if pobj is not None:
                    return child, pobj
    return _shared_by(noun)


_POSTING_FORMS = forms_of_all(lexicon.POSTING_VERBS)


def _shared_by(noun: Token) -> tuple[Token, Token] | None:
    """"A second post, shared by a local councillor, Brian Fennimore, suggested ...": the
    participle and the one who shared a social-media post, who speaks through it as a signer
    does through a letter (see POSTING_VERBS); the post is no outlet. "A video by the
    influencer Jade Corrigan claiming ...": the "by" and the one who made it."""
    if noun.lower_ not in lexicon.SHARED_POST_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return child, pobj
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN" and child.lower_ in _POSTING_FORMS:
            for agent in child.children:
                pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent.dep_ == "agent" else None
                if pobj is not None:
                    return child, pobj
    return None


def _around(tokens: Iterable[Token], verb: Token) -> list[Token]:
    """The unbroken run of ``tokens`` (by position) that contains ``verb``; punctuation between
    two parts of the clause ("Ma Jihua, a veteran analyst, told") does not break it."""
    ids = {t.i for t in tokens} | {verb.i}
    doc = verb.doc
    start = end = verb.i
    while start - 1 in ids or (start - 2 in ids and doc[start - 1].is_punct and not doc[start - 1].is_quote):
        start -= 1
    while end + 1 in ids or (end + 2 in ids and doc[end + 1].is_punct and not doc[end + 1].is_quote):
        end += 1
    return [doc[i] for i in range(start, end + 1) if i in ids]


def _extent(tokens: Iterable[Token], conv: _Converter) -> Span | None:
    toks = _trim_tokens(sorted(tokens, key=lambda t: t.i))
    toks = [t for t in toks]
    if not toks:
        return None
    return conv.tokens(toks[0], toks[-1])


def _without_interior_aside(toks: list[Token]) -> list[Token]:
    """Drop the writer's aside set off by dashes inside a reported clause.

    In "Lee said the council — a body long split on zoning — had approved the plan" the words
    between the dashes are the writer's description, not what was said; annotators leave them
    out and keep the two halves of the claim ("the council" ... "had approved the plan"). Only
    an aside that is one phrase (an appositive, a relative clause, a participle, a
    prepositional or adverbial phrase), not one holding a list or an "including" or "such
    as" spelling out who is meant (``_spells_out``), set between the clause's subject and its verb (or between "that" and the clause),
    outside quotation marks, is dropped; the hole it leaves splits the run. Between commas
    annotators keep such a phrase about as often as not ("his deputy, Rick Gates, would
    remain"), so a comma pair is left alone.
    """
    for o, mark in enumerate(toks[1:-2], start=1):
        if not _aside_dash(mark):
            continue
        closing = _closing_dash(toks, o)
        if closing is None or toks[closing].i - mark.i != closing - o:
            continue  # the run must be whole between the marks
        words = {t.i for t in toks[o + 1 : closing]}
        roots = [t for t in toks[o + 1 : closing] if t.head.i not in words or t.head.i == t.i]
        if len(roots) != 1 or roots[0].dep_ not in _INTERIOR_ASIDE_DEPS or roots[0].lower_ in lexicon.ADVERBIAL_SUBORDINATORS:
            continue
        if _spells_out(roots[0]):
            continue  # "the nominees -- Romney, McCain and Bush -- all plan": it spells out who
        if any(c.dep_ == "mark" and c.lower_ in lexicon.ADVERBIAL_SUBORDINATORS - _BARE_TAIL_WORDS for c in roots[0].children):
            continue  # "that, if elected, he would ...": a condition is part of the claim
        if sum(t.is_quote for t in toks[:o]) % 2 or any(t.is_quote for t in toks[o:closing]):
            continue
        after = {t.i for t in toks[closing + 1 :]}
        verb = next((t for t in toks[closing + 1 :] if t.head.i not in after or t.head.i == t.i), None)
        if verb is None or not (verb.tag_.startswith("VB") or verb.tag_ == "MD"):
            continue
        before = {t.i for t in toks[:o]}
        # The subject may hang on an auxiliary before the aside ("the council had — ... —
        # approved"), or come after it with the whole clause ("and that — despite ... — he is").
        heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in before)]
        subjects = [c for h in heads for c in h.children if c.dep_ in (*_SUBJECT_DEPS, "expl")]
        if any(c.i in before for c in subjects):
            return toks[:o] + toks[closing + 1 :]
        if subjects and roots[0].head.i == verb.i and any(t.lower_ == "that" for t in toks[:o]):
            # A "that" with nothing of the claim before it goes with the aside.
            bare = all(t.dep_ in ("mark", "cc") or t.is_punct for t in toks[:o])
            return toks[closing + 1 :] if bare else toks[:o] + toks[closing + 1 :]
    return toks


def _spells_out(root: Token) -> bool:
    """Whether an aside set off by dashes spells out who or what is meant rather than
    describing it: a list in it ("the nominees -- Romney, McCain and Bush --", "the lenders --
    mostly banks in Ohio and Texas --") or a phrase of ``lexicon.SPELLING_OUT_PREPOSITIONS``
    ("-- including Woody Johnson --", "-- such as Woody Johnson --", where the parser heads the
    phrase with "as" and hangs "such" on it). A list inside a clause of the aside ("economies
    -- which include Japan and Canada --") is the writer's description all the same."""
    if any(c.dep_ == "conj" for c in root.children):
        return True
    if any(t.dep_ == "conj" and not _in_clause_below(t.head, root) for t in root.subtree):
        return True
    if root.lower_ == "as":
        return any(c.lower_ in lexicon.SPELLING_OUT_AS_MODIFIERS for c in root.children)
    return root.lower_ in lexicon.SPELLING_OUT_PREPOSITIONS


def _in_clause_below(tok: Token, top: Token) -> bool:
    """Whether a verb stands on the path from ``tok`` up to ``top`` (both included): "include"
    in "which include Japan and Canada", where "Japan" is in a clause, not in a phrase."""
    node = tok
    while True:
        if node.tag_.startswith("VB") or node.tag_ == "MD":
            return True
        if node.i == top.i or node.head.i == node.i:
            return False
        node = node.head


#: What the head of an aside between a subject and its verb may be: "the senator, who has
#: served since 1994, would", "the plant, a project of the governor's, would", "the operation,
#: dubbed Lantern, would", "the council had, however, approved", "the plan, in his view, was".
_INTERIOR_ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "advmod", "npadvmod", "prep", "advcl", "parataxis"})


def _turn_before_cue(tok: Token) -> bool:
    """A conjunction that turns the words of a statement, set off before the cue that interrupts
    it: "Nor, he said, did he order a delay" (without "Nor" the words say the opposite), "But,
    she added, the plan stands", "But, according to the engineer, the dam held". Its comma sets
    it apart from a conjunction inside the words. (A "nor" right before the auxiliary it inverts
    stays in the words wherever the cue is: ``_inverted_nor``.)"""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in lexicon.TURNING_CONJUNCTIONS and nxt is not None and nxt.text == ","


def _inverted_nor(toks: Sequence[Token]) -> bool:
    """Whether a run of words opens with "nor" and the auxiliary it puts before its subject:
    "Nor will it raise prices, the minister said" (without "Nor" the words say the opposite;
    see ``_negative_inversion``)."""
    return len(toks) > 1 and toks[0].lower_ == "nor" and toks[1].i == toks[0].i + 1 and toks[1].lower_ in lexicon.AUXILIARIES


#: Dependencies by which the parser hangs a noun phrase after a colon on the verb before it:
#: "is criticizing the night's winner: the mayor" gives "mayor" as npadvmod or appos of the verb.
_COLON_GLOSS_DEPS = frozenset({"npadvmod", "appos", "dobj", "attr", "conj"})


def _colon_gloss(toks: list[Token]) -> list[Token]:
    """The phrase after a colon that spells out the last words of reported content: in "the
    campaign hoped to win states that split their delegates: Ohio, Iowa and Maine" the list
    names the states, so it is part of what was said (annotators keep it in the content). Only
    a phrase with no finite verb of its own outside its relative clauses, up to the end of the
    sentence, whose head the parser hangs on the content or on the word that governs it (the
    cue); a clause after a colon ("...: Voters prefer a winner") is a statement of its own."""
    last = toks[-1]
    doc = last.doc
    colon = last.i + 1
    end = last.sent.end
    while end - 1 > colon and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if colon + 1 >= end or doc[colon].text != ":":
        return []
    gloss = list(doc[colon + 1 : end])
    if any(t.is_quote or "\n" in t.text for t in gloss):
        return []
    members = {t.i for t in toks}
    anchors = members | {t.head.i for t in toks if t.head.i not in members}
    inside = {t.i for t in gloss}
    heads = [t for t in gloss if t.head.i not in inside]
    if len(heads) != 1 or heads[0].head.i not in anchors or heads[0].dep_ not in _COLON_GLOSS_DEPS:
        return []
    head = heads[0]
    if not (head.tag_.startswith("NN") or head.tag_ in ("VBG", "CD", "PRP")):
        return []
    described = {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    if any(t.tag_ in _FINITE_TAGS and t.i not in described for t in gloss):
        return []
    return [doc[colon], *gloss]


def _runs_to_spans(runs: Iterable[Sequence[Token]], conv: _Converter) -> list[Span]:
    spans: list[Span] = []
    for run in runs:
        toks = sorted(run, key=lambda t: t.i)
        if toks and _turn_before_cue(toks[0]):
            spans.append(conv.token(toks[0]))
        toks = _trim_tokens(_without_interior_aside(toks))
        if not toks:
            continue
        toks += _colon_gloss(toks)
        # A run may have a hole (an excluded sub-clause); split it there.
        start = toks[0]
        prev = toks[0]
        for tok in toks[1:]:
            if tok.i != prev.i + 1:
                part = _trim_tokens(list(tok.doc[start.i : prev.i + 1]))
                if part:
                    spans.append(conv.tokens(part[0], part[-1]))
                start = tok
            prev = tok
        part = _trim_tokens(list(toks[0].doc[start.i : prev.i + 1]))
        if part:
            spans.append(conv.tokens(part[0], part[-1]))
    return spans


_AS_IT_FORMS = {form: lemma for lemma in sorted(lexicon.AS_IT_VERBS) for form in forms_of(lemma)}


def _as_it(verb: Token) -> Token | None:
    """"As Governor Voss put it, ...", "as she described it on Tuesday": a cue whose object is
    the "it" of its own "as" clause; the words are the clause it hangs on. The "it" when so:
    the verb opens with "as", takes "it" right after it and no object or particle besides, and
    its subject can speak ("as the council put it to a vote" narrates)."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    it = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1 and c.lower_ == "it"), None)
    if it is None:
        return None
    for child in verb.children:
        if child.dep_ in ("prt", "xcomp", "ccomp", "oprd", "dative") or (child.dep_ == "prep" and child.lower_ not in _CONTEXT_PREPS and not _put_to_hearer(child)):
            return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return it if subject is not None and _source_like(subject) else None


def _put_to_hearer(prep: Token) -> bool:
    """"As one shopkeeper put it to me, ...": "to" a person or pronoun names who heard the
    words; "put it to a vote" names no hearer."""
    if prep.lower_ != "to":
        return False
    hearer = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return hearer is not None and (hearer.tag_ == "PRP" or _source_like(hearer))


def _as_it_object(tok: Token) -> bool:
    """The "it" of "as X put it" (see ``_as_it``)."""
    return tok.dep_ == "dobj" and tok.lower_ == "it" and _as_it(tok.head) is not None


#: Verbs whose passive with a named agent attributes its subject: "the meeting was first
#: reported by Politico", "an allegation rejected by three inquiries". The object verbs, whose
#: noun object is what was said (or said of), and "report"; not the relay verbs ("Kovac,
#: quoted by Interfax, said" names a carrier, see ``_carried_by``).
_AGENT_PASSIVE_VERBS = (lexicon.OBJECT_VERBS | {"report"}) - lexicon.RELAY_VERBS


#: Prepositions of the reason for praise or blame: "criticized for ...", "accused of ...".
_REASON_PREPS = frozenset({"for", "of", "over"})


def _manner(noun: Token) -> bool:
    """"by stealth", "by hand", "by email": a bare singular common noun after "by" says how,
    not who."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in noun.children)


#: Dependents of a noun that only describe it: "a claim", "a bold claim", "the latest claim".
_BARE_NOUN_DEPS = frozenset({"det", "amod", "advmod", "compound", "punct"})


def _saying_noun(noun: Token) -> bool:
    """A noun of saying, singular or plural ("claim", "allegations"): the pipeline has no lemmatizer."""
    word = noun.lower_
    return word in lexicon.SAYING_THAT_NOUNS or (word.endswith("s") and word[:-1] in lexicon.SAYING_THAT_NOUNS)


def _summing_up(noun: Token, participle: Token) -> bool:
    """'Forces said they had retaken the town, a claim rejected by the Eastern Command': a bare
    noun of saying set off by a comma after a clause sums that clause up, wherever the parser
    hangs it (on the clause's verb, as the cue's far object, or on the clause's last noun:
    "held the airport, an assertion denied by the army"). Its words ("a claim") are no content
    of their own; the clause is another frame's."""
    doc = noun.doc
    if noun.dep_ not in ("npadvmod", "appos", "dobj") or noun.head.i > noun.i:
        return False
    if not _saying_noun(noun) or _saying_noun(noun.head):
        return False  # "a call echoed by Japan", "a measure opposed by ...": an act, answered
    first = noun.left_edge
    if first.text == ",":  # the parser may hang the comma on the noun
        first = doc[first.i + 1]
    elif first.i < 1 or doc[first.i - 1].text != ",":
        return False
    if noun.head.tag_.startswith("VB") and first.i - 1 <= noun.head.i + 1:
        return False  # "said, a claim ...": no clause between to sum up
    return all(t.dep_ in _BARE_NOUN_DEPS for t in doc[first.i : noun.i]) and not any(
        c.i > noun.i and c.i != participle.i for c in noun.children
    )


def _agent_passive_frame(verb: Token, lemma: str | None, conv: _Converter) -> Frame | None:
    """"The meeting was first reported by Politico": the agent said it, and what it said (or
    said of) is the passive's subject, or the noun a reduced relative hangs on ("an allegation
    rejected by three inquiries"). So too a side taken by people ("The plan is backed by most
    voters", ``lexicon.PEOPLE_STANCE_VERBS``). Not with a clause or an "as" ("was described by X
    as ..."), whose content is elsewhere."""
    stance = lemma not in _AGENT_PASSIVE_VERBS and verb.lower_ in _PEOPLE_STANCE_FORMS
    if (lemma not in _AGENT_PASSIVE_VERBS and not stance) or verb.tag_ != "VBN":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if source is None or _manner(source) or any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return None
    if stance:
        # "The plan is backed by most voters": a side taken, when people take it (``_people``);
        # not "super PACs backed by donors", a participle, as with "voters backing Ortiz".
        if verb.dep_ == "acl" or not _people(source):
            return None
        lemma = _PEOPLE_STANCE_FORMS[verb.lower_]
    if any(t.lower_ == "as" and t.i > verb.i for t in verb.subtree):
        return None
    if verb.dep_ == "acl" and verb.head.tag_ in _NOUN_TAGS and verb.head.i < verb.i:
        said_of = verb.head
        if _summing_up(said_of, verb):
            return None
        content = [t for t in said_of.subtree if t.i < verb.i]
    else:
        said_of = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if said_of is None or said_of.lower_ in ("it", "there", "this") or said_of.lower_ in _WH_WORDS:
            return None
        content = list(said_of.subtree)
    content = _trim_tokens(content)
    if not content or said_of.i > verb.i:
        return None
    if lemma in lexicon.OUTLET_VERBS and (said_of.lower_ in lexicon.REMARK_NOUNS or said_of.lower_ in lexicon.STATEMENT_NOUNS):
        # "His remarks were first reported by the Echo", "In remarks first reported by the
        # Echo, Drummond said ...": where the words came out (the Echo carries those of the
        # clause it opens, see ``_first_reported_by``), not anything the Echo said.
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i and verb.i - c.i <= 3]
    cue_end = agent if agent.i == verb.i + 1 else verb
    cue = conv.tokens(min([verb, *aux], key=lambda t: t.i), cue_end)
    # "by Democrats, who called it reckless": the relative clause is another frame's.
    aside = {t.i for c in source.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    # "was criticized by rivals for failing to ...": the reason is part of what was said,
    # wherever the parser hung it.
    # "was backed by two-thirds of voters": a stance has no reason, and "of" names whose share.
    reasons = [
        _cut_tail(list(c.subtree))
        for c in (*verb.children, *source.children)
        if c.dep_ == "prep" and c.lower_ in _REASON_PREPS and c.i > source.i and not stance
    ]
    aside |= {t.i for c in source.children if c.dep_ == "prep" and c.lower_ in _REASON_PREPS and not stance for t in c.subtree}
    speaker = make_mention(source, conv, exclude=aside)
    return Frame(
        cue=cue,
        lemma=lemma,
        frame="object",
        speaker=speaker,
        content=tuple(_runs_to_spans([content, *(run for run in reasons if run)], conv)),
        extent=_extent([*aux, verb, *(t for t in agent.subtree if t.i not in aside)], conv) or cue,
        sentence=conv.tokens(verb.sent[0], verb.sent[-1]),
        passive=True,
        negated=any(c.dep_ == "neg" for c in verb.children),
    )


def _misread_closing_frame(verb: Token, lemma: str | None, conv: _Converter, quoted: frozenset[int]) -> Frame | None:
    """"..., the Interfax news agency reported on Saturday[, citing X]." The tagger may read a
    closing cue after a long noun phrase as a participle on it ("the agency [that was]
    reported"). Taken as the closing cue it is when the phrase follows a comma, holds no verb,
    and nothing but the cue's time or place and a relay follow it to the end of the sentence.
    The content is the sentence before the comma (or the quotation there)."""
    if lemma not in lexicon.SPEECH_VERBS or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return None
    noun, doc, sent = verb.head, verb.doc, verb.sent
    if noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or noun.i > verb.i:
        return None
    if not _source_like(noun) and noun.lower_ not in lexicon.OUTLET_NOUNS:
        return None  # "..., the first death reported in the state": a participle after all
    comma = noun.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" or t.is_quote for t in doc[comma + 1 : verb.i]):
        return None
    if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return None
    end = verb.right_edge.i + 1
    # "..., citing a government statement", on the cue or after it.
    relay = next((c for c in verb.children if _relay_participle(c)), None)
    if relay is None and end + 2 < sent.end and doc[end].text == "," and _relay_participle(doc[end + 1]):
        relay = doc[end + 1]
        end = relay.right_edge.i + 1
    source = None
    if relay is not None:
        source = _cited_source(relay)
        if source is None:
            return None
    if end < sent.end and doc[end].text not in (".", "!", "?") and not doc[end].is_quote:
        return None
    before = [t for t in doc[sent.start : comma] if not t.is_space]
    if not before or not any(t.tag_.startswith("VB") or t.tag_ == "MD" or t.is_quote for t in before):
        return None
    runs = [] if any(t.i in quoted or t.is_quote for t in before) else [before]
    own = {t.i for t in verb.subtree} | ({t.i for t in relay.subtree} if relay is not None else set())
    # The parser hangs the phrase on the content as an appositive: what it describes is not it.
    speaker = replace(make_mention(noun, conv, exclude=own), descriptions=())
    cue = conv.token(verb)
    relays: tuple[Relay, ...] = ()
    if relay is not None and source is not None:
        relays = (Relay(speaker, cue),)
        speaker, cue, lemma = make_mention(source, conv), conv.token(relay), lemma_of(relay.text) or lemma
    return Frame(
        cue=cue,
        lemma=lemma,
        frame="clause",
        speaker=speaker,
        content=tuple(_runs_to_spans(runs, conv)),
        extent=conv.tokens(doc[comma + 1], doc[end - 1]),
        sentence=conv.tokens(sent[0], sent[-1]),
        context=tuple(_context_spans(verb, conv, set())),
        relays=relays,
        content_before=True,
    )


def _cut_content(frame: Frame, cut: int, text: str) -> Frame:
    """``frame`` with its content ending before ``cut`` when it starts before it."""
    parts = tuple(
        Span.stripped(text, part.start, cut) if part.start < cut < part.end else part for part in frame.content
    )
    return frame if parts == frame.content else replace(frame, content=parts)


#: Phrasal cues that, negated, report silence rather than words: "has not commented on the
#: dispute". ("wasn't talking about Hillary" is still talk, about someone else.)
_SILENT_WHEN_NEGATED = frozenset({"comment on"})


#: Entity types of a place or body: "who" never stands for one.
_NOT_WHO_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _who_antecedent(pronoun: Token, noun: Token) -> Token:
    """"Fans of Harbor City, who chanted ...": the parser may hang a clause that "who" opens on
    the place or body closing a prepositional phrase; "who" stands for people, so the one it
    means is the noun that phrase hangs on ("Fans"), not "Harbor City". A name the recognizer
    left untyped is taken for a place only after a common noun ("Supporters of Port Ellis")."""
    if pronoun.lower_ not in ("who", "whom") or noun.dep_ != "pobj":
        return noun
    prep = noun.head
    host = prep.head
    if prep.dep_ != "prep" or host.i == prep.i or host.tag_ not in ("NN", "NNS", "NNP", "NNPS") or host.ent_type_ in _NOT_WHO_ENTS:
        return noun
    if host.lower_ in lexicon.NOT_PEOPLE_HOST_NOUNS or any(c.dep_ == "compound" and c.lower_ in lexicon.TITLES | lexicon.HONORIFICS for c in noun.children):
        return noun  # "it was the turn of Councillor Reg Pottinger, who told ...": a person's
    untyped = noun.tag_ in ("NNP", "NNPS") and not noun.ent_type_ and host.tag_ in ("NN", "NNS")
    return host if noun.ent_type_ in _NOT_WHO_ENTS or untyped else noun


def _who_antecedent_of(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is the noun ``_who_antecedent`` found for the relative clause ``verb``."""
    return any(c.dep_ in _SUBJECT_DEPS and _who_antecedent(c, verb.head).i == subject.i != verb.head.i for c in verb.children)


def _quoted_second_act(verb: Token, quoted: frozenset[int]) -> list[Token]:
    """A second act of the cue's speaker, no cue of its own, that holds quoted words: 'said that
    the singer "has no interest in drama" and wished Roux "nothing but success."' The fragment
    is more of what the speaker said, not a label of the writer's; the act goes with the
    content, as when the parser hangs it on the content's verb."""
    for child in verb.children:
        lemma = lemma_of(child.text)
        if child.dep_ != "conj" or child.i < verb.i or not child.tag_.startswith("VB") or lemma in lexicon.SPEECH_VERBS | lexicon.CALLING_VERBS:
            continue  # "... and called it "a joke"": a cue of its own
        if any(c.dep_ == "cc" and c.lower_ != "and" and c.i < child.i for c in (*verb.children, *child.children)):
            continue  # "..., but refused to ...": a turn of the writer's
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in child.children) or _has_that_mark(child):
            continue  # "..., and critics called it ...": another subject's act; "and hoped ...": a clause of its own
        if any(t.i in quoted for t in child.subtree):
            return list(verb.doc[child.left_edge.i : child.right_edge.i + 1])
    return []


def _pronoun_in_relative(verb: Token, subject: Token | None) -> Token | None:
    """"The report criticised the water authority, which it said had failed ...": "it" in a
    relative clause on the object is the subject of the clause the object is in, never the
    object the relative clause is about, a body the pronoun would otherwise take. Only a
    document is taken: a person or body there is one the pronoun finds by itself, and a
    document it cannot."""
    if subject is None or subject.lower_ not in ("it", "they") or verb.dep_ != "relcl" or subject.head.i != verb.i:
        return subject
    noun = verb.head
    named = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    if not any(t.tag_ in _PROPER_TAGS or t.lower_ in lexicon.ORGANIZATION_NOUNS for t in named):
        return subject  # "the impact it said Clinton would have": "it" may find its own
    while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("dobj", "pobj", "attr"):
        return subject
    host = noun.head.head if noun.dep_ == "pobj" else noun.head
    main = next((c for c in host.children if c.dep_ == "nsubj"), None) if host.tag_.startswith("VB") else None
    if main is None or main.lower_ not in lexicon.DOCUMENT_NOUNS or (main.tag_ in ("NNS", "NNPS")) != (subject.lower_ == "they"):
        return subject
    return main


def _pronoun_in_free_relative(verb: Token, subject: Token | None) -> Token | None:
    """"Korvala expelled two diplomats over what it called "activities ..."": "it" (or "they")
    in a "what" clause hung on the verb before it is that verb's subject, a name or a body,
    not a dateline's outlet or a place the pronoun would otherwise take."""
    if subject is None or subject.lower_ not in ("it", "they") or subject.head.i != verb.i or verb.dep_ not in ("pcomp", "pobj"):
        return subject
    if not any(c.tag_ == "WP" and c.lower_ == "what" and c.i < subject.i for c in verb.children):
        return subject
    host = verb.head.head if verb.head.dep_ == "prep" else None
    main = next((c for c in host.children if c.dep_ == "nsubj" and c.i < verb.i), None) if host is not None and host.tag_.startswith("VB") else None
    if main is None or main.tag_ in ("PRP", "WP", "WDT"):
        return subject
    if subject.lower_ == "they":
        return main if main.tag_ in ("NNS", "NNPS") else subject
    body = main.lower_ in lexicon.ORGANIZATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.OUTLET_NOUNS
    return main if main.tag_ == "NNP" or (main.tag_ == "NN" and body) else subject


_CONTEMPLATING_FORMS = forms_of_all(lexicon.CONTEMPLATING_VERBS)


def _hypothetical(verb: Token) -> bool:
    """A cue under a modal of possibility, on itself or on the verb it completes: "the findings
    could help explain why ...", "critics may argue that ...", or completing a plan ("they plan
    to announce that ...", ``lexicon.CONTEMPLATING_VERBS``). Nobody said anything. A past one
    was said: "Ed Krayewski may have said it best". A bare verb after a demand is its
    subjunctive: "lawmakers demanded that the administration explain why ..."."""
    if (
        verb.tag_ in ("VB", "VBP")
        and verb.dep_ == "ccomp"
        and lemma_of(verb.head.text) in lexicon.MANDATIVE_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return True
    if verb.dep_ == "xcomp" and verb.head.lower_ in _CONTEMPLATING_FORMS:
        return True  # "members were considering recommending that ...": nothing said yet
    for tok in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
        if any(a in lexicon.HYPOTHETICAL_MODALS for a in auxes) and not any(a in ("have", "'ve") for a in auxes):
            return True
    return False


def _conditional(verb: Token, lemma: str | None) -> bool:
    """A verb of saying in a clause of condition: "I would be lying if I said the doors are
    open", "unless the minister says otherwise". What is said there is supposed, not reported.
    After a question verb "if" asks: "asked if she said so". PolNeAR annotates attitudes in a
    condition ("if he thinks that Curiel has engaged in misconduct"), so only saying counts."""
    return (
        lemma in lexicon.SPEECH_VERBS
        and verb.dep_ == "advcl"
        and lemma_of(verb.head.text) not in lexicon.QUESTION_VERBS
        and any(c.dep_ == "mark" and c.lower_ in lexicon.CONDITIONAL_MARKS for c in verb.children)
    )


def _refusal_reason(verb: Token, lemma: str | None) -> bool:
    """A "citing" that gives a refusal's reason: "A spokeswoman declined to comment, citing the
    pending litigation" (or "citing safety concerns", "citing the terms of the deal"). What is
    cited is why she would not speak, not words of hers or anyone's; the refusal is the
    statement. Only a source she cites ("citing her lawyer", "citing a report by Reuters", see
    ``_citable``) carries words. A stock reason (``lexicon.WITHHELD_REASON_NOUNS``: "the
    pending litigation", "privacy") is one on any refusal; on the refusal of a deed ("it
    declined, citing legal risks") any other reason is what the refuser said, and stays."""
    if lemma != "cite" or verb.dep_ != "advcl":
        return False
    head = verb.head.head if verb.head.dep_ == "xcomp" else verb.head
    if lemma_of(head.text) not in lexicon.DECLINE_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lower_ in lexicon.WITHHELD_REASON_NOUNS:
        return True
    refused = verb.head if verb.head.dep_ == "xcomp" else next((c for c in head.children if c.dep_ == "xcomp"), None)
    speech = refused is not None and (lemma_of(refused.text) or refused.lower_) in lexicon.REFUSED_SPEAKING_VERBS
    return speech and not _citable(obj)


def _generic_voice(verb: Token, lemma: str, subject: Token | None) -> bool:
    """A generic subject the writer speaks through: "Everyone knows that the real enemy is
    ..." opening a sentence states common knowledge; "Some will call this column "anti-car""
    foretells what people will say. Neither reports anyone's words. ("Some say ..." and "many
    believe ..." report what people say or think, and stay: PolNeAR annotates them.)"""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != verb.i:
        return False
    words = " ".join(t.lower_ for t in subject.subtree)
    if words in lexicon.UNIVERSAL_SUBJECTS:
        # Not under another verb: "to make sure everyone knows how ..." is someone's aim.
        return lemma in lexicon.KNOWING_VERBS and verb.dep_ == "ROOT"
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children)
    speech = lemma in lexicon.SPEECH_VERBS or lemma in lexicon.CALLING_VERBS
    return words in lexicon.UNNAMED_QUANTIFIERS and future and speech


def _no_one_speaks(verb: Token, kind: str, subject: Token | None) -> bool:
    """A subject that names no one who spoke: "Anyone who believes they were exposed should
    call ..." advises whoever fits; "Not everyone welcomed the campaign" says some did not.
    Narrow on purpose: only the relative clause on "anyone", and a side taken, with a plain
    object, by a denied subject. PolNeAR annotates "no one knows what ...", "anyone wanting
    to borrow ..." and "Anyone who knows McConnell knows he will not cave" as attributed."""
    if subject is None:
        return False
    clauses = {t.i for c in subject.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    words = " ".join(t.lower_ for t in subject.subtree if t.i not in clauses and not t.is_punct)
    if subject.i > 0 and subject.doc[subject.i - 1].lower_ == "not" and subject.left_edge.i == subject.i:
        words = "not " + words  # "Not everyone welcomed ...": the parser hangs "not" on the verb
    if words not in lexicon.NO_ONE_SUBJECTS:
        return False
    if words in lexicon.ANY_ONE_SUBJECTS:
        return verb.dep_ == "relcl" and verb.head.i == subject.i
    return kind == "object" and (lemma_of(verb.text) in lexicon.STANCE_VERBS or verb.lower_ in _PEOPLE_STANCE_FORMS)


def _names_itself(verb: Token, lemma: str) -> bool:
    """"a group calling itself Voters First", "a crew that calls itself the Night Watch": a
    calling verb with a reflexive object gives the name the subject goes by, never words said."""
    if lemma not in lexicon.SELF_NAMING_VERBS or verb.dep_ not in ("acl", "relcl"):
        return False  # "Trump called himself pro-choice": what he said of himself
    reflexive = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lexicon.REFLEXIVE_PRONOUNS), None)
    if reflexive is None or reflexive.i + 1 >= verb.right_edge.i + 1:
        return False
    # A name, not a description: "a senator who calls himself a democratic socialist" says
    # what he stands for, and PolNeAR annotates it.
    tail = verb.doc[reflexive.i + 1 : verb.right_edge.i + 1]
    if any(t.is_quote for t in tail):
        return False  # 'who call themselves the "Lanterns"': a quoted name, which naming takes
    after = [t for t in tail if t.dep_ != "det"]
    return bool(after) and (after[0].text[:1].isupper() or after[0].text.startswith("@"))


def _call_aside(child: Token) -> bool:
    """A child of "call" that names no verdict on the one called: a time ("She called him
    Tuesday", "called her last week": an npadvmod of a date or time) or what the call was for,
    an infinitive of saying ("called him to say she would resign", a frame of its own)."""
    if child.dep_ == "npadvmod":
        return _point_in_time(child)
    return (
        child.dep_ in ("xcomp", "advcl")
        and child.tag_ == "VB"
        and lemma_of(child.text) is not None
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    )


def _phone_call(verb: Token, lemma: str) -> bool:
    """"should call the hotline", "and to call a new hotline instead": "call" with one plain
    object and nothing said of it (no name or verdict after it, no quotation, no "as") is a
    telephone call, not calling anything a name."""
    if lemma != "call" or _has_as(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False  # "The "special operation", as Drevnia calls its campaign, ...": naming
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp", "dative", "prt", "npadvmod", "appos") and not _call_aside(c) for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.tag_.startswith("NN") for c in verb.children):
        return False  # a second object the parser hung on the verb
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ in lexicon.CONVENED_NOUNS:
        return False  # "called an emergency meeting": convened, an announcement
    if any(t.dep_ in ("appos", "oprd", "conj", "relcl") for t in objects[0].subtree if t.i != objects[0].i):
        return False  # "called the citation and the demand a political ploy", misparsed
    if any(t.dep_ == "amod" and t.i > objects[0].i for t in objects[0].subtree):
        return False  # "called the squabble unusual", the verdict read as the noun's adjective
    if any(c.dep_ == "prep" and c.lower_ in ("into", "to") for c in verb.children):
        return False  # "calling his credentials into question", "called them to the stage"
    after = verb.doc[objects[0].right_edge.i + 1] if objects[0].right_edge.i + 1 < len(verb.doc) else None
    return not any(t.is_quote for t in objects[0].subtree) and not (after is not None and after.is_quote)


def _stance_withheld(verb: Token, lemma: str) -> bool:
    """"Tully, who has not endorsed anyone, said ...": a side not taken, with no one to take
    it for, is no words said. Narrow on purpose: PolNeAR annotates "has not endorsed Mr.
    Trump" and "has not endorsed anyone in the race"."""
    if lemma not in lexicon.STANCE_VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    end = max((c.right_edge.i for c in verb.children if c.i > verb.i and not c.is_punct), default=verb.i)
    return any(c.dep_ == "dobj" and c.lower_ in lexicon.ANY_ONE_SUBJECTS | {"anything"} and c.i == end for c in verb.children)


def _verb_frame(verb: Token, conv: _Converter, quoted: frozenset[int]) -> Frame | None:
    lemma = lemma_of(verb.text)
    if _conditional(verb, lemma) or _refusal_reason(verb, lemma):
        return None
    agent_passive = _agent_passive_frame(verb, lemma, conv)
    if agent_passive is not None:
        return agent_passive
    as_it = _as_it(verb) if lemma in lexicon.SPEECH_VERBS or verb.lower_ in _AS_IT_FORMS else None
    phrasal, particle = _phrasal_lemma(verb, lemma)
    if as_it is not None:
        lemma, kind, particle = lemma or _AS_IT_FORMS[verb.lower_], "clause", as_it
    elif phrasal is not None:
        kind = lexicon.PHRASAL_CUES[tuple(phrasal.split())]  # type: ignore[index]
        lemma = phrasal
    elif lemma is None and _poll_placing(verb):
        lemma, kind = _POLL_PLACING_FORMS[verb.lower_], "finding"
    elif (lemma is None or lemma in lexicon.PEOPLE_STANCE_VERBS | lexicon.PEOPLE_WISH_VERBS) and _people_stance(verb):
        lemma, kind = _PEOPLE_VIEW_FORMS[verb.lower_], "object"
    elif lemma is None:
        lemma = _THAT_CLAUSE_FORMS.get(verb.lower_)
        if lemma is None:
            return None
        kind = _frame_kind(lemma, verb)
    else:
        kind = _frame_kind(lemma, verb)
        if kind in (None, "object") and lemma in lexicon.SPEECH_VERBS and _object_before_colon(verb, conv):
            kind = "clause"
    if kind is None or _in_hearers_relative(verb, kind) or _terms_agreed(lemma, verb) or _verification_caveat(lemma, verb):
        return None
    if lemma == "recall" and any(c.dep_ == "dobj" and c.lower_ in lexicon.RECALLED_NOUNS for c in verb.children):
        return None  # "recalled its ambassador": called back, not remembered aloud
    # "the said document", "a widely reported case": adjectival uses are not cues.
    if verb.dep_ in ("amod", "compound") or (verb.tag_ == "VBN" and verb.dep_ == "acl" and lemma not in ("quote",) and not _cue_read_as_participle(verb)):
        return None

    subject, passive = _subject(verb)
    subject = _pronoun_in_relative(verb, subject)
    subject = _pronoun_in_free_relative(verb, subject)
    if _generic_voice(verb, lemma, subject) or _no_one_speaks(verb, kind, subject):
        return None
    if _names_itself(verb, lemma) or _phone_call(verb, lemma) or _stance_withheld(verb, lemma):
        return None
    if _interposed_relay_of_nobody(verb):
        return None
    if _said_in_free_relative(verb, lemma, kind):
        return None
    if lemma in lexicon.QUOTATION_ONLY_VERBS and subject is not None and not _speaking(subject):
        # 'X said the offensive would continue "until every village is free."': what goes on
        # is no one who speaks, and the quotation after it says how long, not what was said.
        return None
    if passive and lemma == "rule out":
        return None  # "When ground troops are ruled out, ...": what is off the table, no one's word
    if passive and lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("to", "out", "in") for c in verb.children):
        return None  # "Officers were called to Mercer Lane": summoned, not named or quoted
    if (
        lemma in lexicon.QUESTION_VERBS
        and verb.tag_ in ("VBD", "VBN")
        and subject is not None
        and subject.dep_ == "nsubj"
        and subject.i < verb.i - 1
        and verb.doc[verb.i - 1].text == ","
        and not any(t.text == "," for t in verb.doc[subject.left_edge.i : verb.i - 1])
    ):
        # "Mensah, asked whether the strike could last, would not rule it out": a comma
        # between a bare subject and the participle says Mensah was asked, though the parser
        # made it his verb. ("Mensah, the union's leader, asked whether ..." is his question.)
        return None
    if lemma in lexicon.QUESTION_VERBS and _question_before_silence(verb):
        return None
    if _public_appeal(verb, lemma, subject):
        return None
    stranded: set[int] = set()
    if kind == "finding":
        subject = _document_subject_token(verb) or subject
        if subject is None:
            found = _stranded_document_subject(verb)
            if found is not None:
                subject, stranded = found
    # "the senator, who is expected to run again": the relative pronoun is the passive's own
    # subject, what is said about; the noun it stands for said nothing.
    own_passive = any(c.dep_ == "nsubjpass" and c.lower_ in _WH_WORDS for c in verb.children)
    if passive and (subject is None or subject.dep_ == "nsubjpass" or own_passive):
        hearsay = _hearsay_frame(verb, lemma, conv)
        if hearsay is not None:
            return hearsay
    if (passive or (subject is None and verb.tag_ == "VBN")) and lemma in lexicon.TOLD_PASSIVE_VERBS:
        # "X was told that ..." : X heard it; the speaker is the agent, if any. So too in an
        # opening participle: "Asked by a radio host if ..., Pike said".
        subject = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if passive and lemma in lexicon.PUBLISHING_VERBS and subject is not None and subject.dep_ == "nsubjpass":
        # "whose memoir "Digging Deep" was published in 2019": the subject is the work, and
        # that it came out says nothing anyone said.
        return None
    if passive and lemma in lexicon.SAID_ABOUT_PASSIVES and subject is not None and (subject.dep_ == "nsubjpass" or own_passive):
        # "X is expected to ...", "X is said to ...": X is what it is said about.
        subject = None

    hearer = None
    if lemma in lexicon.HEARING_VERBS:
        # "The court heard that ...": the court is who heard it; who said it goes unnamed.
        hearer, subject = subject, None

    exclude: set[int] = set()
    if subject is not None and subject.dep_ == "conj" and subject.right_edge.i < verb.i and subject.head.i != verb.i:
        # "..., its chairwoman, Dana Okafor, told reporters": a speaker the parser joined to the
        # words before (``_subject_read_as_conjunct``) is no part of them, nor is its comma.
        exclude.update(range(subject.left_edge.i - 1, subject.right_edge.i + 1))
    aside = _asked_aside(verb) if subject is not None and subject.head.i != verb.i else None
    if aside is not None:
        exclude.update(t.i for t in aside[1].subtree if t.i < verb.i and t.i not in {s.i for s in subject.subtree})
    # "In an interview with the Daily Courant, Holt said ... but warned that ...": the phrases
    # that set the occasion for a conjunct cue too, read by both the hearer and the medium.
    openers = _sentence_openers(verb)
    recipient = _recipient(verb, kind, conv, openers=openers, particle=particle) if hearer is None else make_mention(hearer, conv)
    if recipient is None and kind == "decline":
        recipient = _refused_hearer(verb, conv)
    found = _medium(verb, subject, openers) if recipient is None and hearer is None else None
    if recipient is not None and kind == "tell" and not recipient.pronoun:
        # "told host Piers Albescu on Channel 9's "Evening Ledger" programme": told on air,
        # the words went to the broadcaster, as in "told the BBC".
        found = _told_on_air(verb, subject, openers)
    medium, medium_prep = found if found is not None else (None, None)
    if medium is not None:
        # "a 2010 BBC Radio Saltmarsh documentary": the year the parser hangs on the name is
        # the piece's, not part of the outlet's name.
        dated = {t.i for t in medium.subtree if t.ent_type_ in ("DATE", "TIME") or t.dep_ == "nummod"}
        # "the paper's podcast": the paper, without the possessive ending.
        owned = {t.i for t in medium.children if t.dep_ == "case"}
        # 'the "Morning Table" podcast that ...': a clause hung on the medium is what was said.
        owned |= {t.i for c in medium.children if c.dep_ in ("relcl", "acl") and c.i > medium.i for t in c.subtree}
        recipient = make_mention(medium, conv, exclude=dated | owned)
        title = next((c for c in medium.children if c.dep_ == "nmod" and c.tag_ in _PROPER_TAGS), None)
        if recipient.name is None and title is not None:
            # 'on the "Morning Table" podcast': the quoted title is the programme's name.
            recipient = replace(recipient, name=" ".join(t.text for t in title.subtree if not t.is_quote and not t.is_punct))
    hearer_ids: set[int] = set()
    if recipient is not None:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and kind == "tell":
                hearer_ids.update(t.i for t in child.subtree)
        topic = _topic_on_hearer(verb) if kind == "tell" else None
        if topic is not None:
            hearer_ids.difference_update(t.i for t in topic.subtree)  # "reminded voters [of her record]"
        told = _outlet_after_object(verb, on_verb=True) if kind == "object" else None
        if told is not None:
            hearer_ids.update(t.i for t in told.subtree)  # "confirmed the report [to the Times]"
        exclude.update(hearer_ids)
    # Sub-cues hanging off this one ("..., adding that ...", "... and urged that ...") keep
    # their own content, wherever the parser attached them.
    for child in verb.children:
        if _coordinated_cue(child, verb):
            exclude.update(t.i for t in child.subtree)
            continue
        if kind == "object" and lemma in lexicon.STANCE_VERBS | lexicon.PEOPLE_STANCE_VERBS and _as_clause_read_as_phrase(child):
            exclude.update(t.i for t in child.subtree)
            continue
        if child.dep_ in ("conj", "advcl") and child.tag_.startswith("VB") and child.i > verb.i:
            if (
                _has_that_mark(child)
                or _infinitive_conj(child, verb)
                or _for_clause_of(child, verb)
                or _appeal_infinitive(child, verb)
                or (child.dep_ == "conj" and _quoted_counterpoint_conj(child, verb, [c for c in verb.children if c.dep_ == "ccomp"]))
                or (_backshifted_conj(child, verb) and any(c.dep_ == "ccomp" and c.i < child.i for c in verb.children))
            ):
                # "..., and that Y", "to cut fees and hire staff", "called for the gates to
                # open", '"...," but the firm would "..."': more content, not a new cue
                continue
            if lemma_of(child.text) is not None or child.dep_ == "conj":
                exclude.update(t.i for t in child.subtree)
    for tok in verb.subtree:
        if tok.i > verb.i and tok.dep_ == "conj" and tok.i not in exclude:
            anchor = _conj_anchor(tok)
            if anchor is not None and anchor.i == verb.i and tok.head.i != verb.i:
                exclude.update(t.i for t in tok.subtree)
            elif tok.head.head.i == verb.i and _refusal_in_content(tok):
                exclude.update(t.i for t in tok.subtree)
    citing = _citing(verb)
    if citing is None and subject is not None and subject.i < verb.i:
        citing = _citing_in_subject(subject)
    if citing is not None:
        exclude.update(t.i for t in citing[0].subtree)
    wrapped_runs: list[list[Token]] = []
    for child in verb.children:
        if _closing_cue(child, verb):
            exclude.update(t.i for t in child.subtree)
            # The cue's own content may hang on the closing cue (see ``_wrapped_content``).
            wrapped = _wrapped_content(child, verb)
            if wrapped is not None:
                wrapped_runs.append(_cut_tail(list(wrapped.subtree)))
    if verb.dep_ == "ccomp" and _closing_cue(verb, verb.head):
        # A closing cue carries the whole sentence before its comma, not the clause the parser
        # hung on it, which is the first cue's content.
        wrapped = _wrapped_content(verb, verb.head)
        if wrapped is not None:
            exclude.update(t.i for t in wrapped.subtree)

    if phrasal in _SILENT_WHEN_NEGATED and any(c.dep_ == "neg" for c in verb.children):
        # "has not commented on the dispute": no words were said about it.
        return None
    target: Token | None = None
    if passive and kind == "object" and subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
        # "The health secretary has been accused of closing wards": she is what was said of,
        # not who said it; the accuser goes unnamed, or is the agent ("was described by the
        # Review as ...", "was called "a gamble" by the mayor").
        target, subject = subject, _passive_agent(verb)
        exclude.update(t.i for t in target.subtree)
        if subject is not None:
            exclude.update(t.i for t in subject.head.subtree)
    if subject is None and kind in ("object", "belief") and target is None:
        # Without a speaker these are plain narrative: "raising money", "finding a way".
        return None
    runs = [_before_closing_according(run) for run in _content_tokens(verb, lemma, kind, exclude)]
    runs = [run for run in runs if run]
    if not runs and kind == "clause":
        runs = _quoted_subject_content(verb)
    if target is not None:
        if not runs:
            return None
        runs.insert(0, _trim_tokens(list(target.subtree)))
    if particle is not None and particle.dep_ in ("prep", "mark") and kind == "object" and as_it is None:
        # "called for a new vote", "complained bitterly about the delays": the preposition
        # belongs to the cue; what was said is its object.
        runs = [run[1:] if run[0].i == particle.i else run for run in runs if run != [particle]]
    if wrapped_runs:
        runs = sorted([*runs, *(run for run in wrapped_runs if run)], key=lambda run: run[0].i)
    if not runs and citing is not None:
        # "reported, citing two officials, that ...": the clause hangs on "citing".
        runs = [_cut_tail(list(c.subtree)) for c in citing[0].children if c.dep_ == "ccomp" and c.i > citing[1].i]
        runs = [run for run in runs if run] or _that_clause_on(citing[1])
    if kind in ("clause", "tell") and (not runs or runs[0][0].dep_ == "cc"):
        # No content, or only a second one ("but that nothing could change his mind") whose
        # first the parser hung on a noun after the cue.
        noun_runs, holder = _content_on_noun(verb, kind, exclude)
        if noun_runs:
            runs = noun_runs
        if holder is not None and holder.dep_ in ("dobj", "dative") and kind == "tell":
            owner = _programme_owner(holder)
            if owner is not None:
                recipient = _programme_mention(owner, holder, conv)
            else:
                recipient = make_mention(holder, conv, exclude={t.i for t in runs[0]})
    content_before = False
    if not runs and _object_outside_quotation(verb, kind, quoted):
        return None
    if not runs and kind in ("clause", "tell", "belief", "finding", "object") and not _own_object(verb, kind):
        around = _content_around(verb, subject) or _trailing_cue_content(
            verb, subject, kind, quoted, citing[0] if citing is not None else None
        )
        if around:
            runs = [around]
            content_before = around[0].i < verb.i
    if lemma in lexicon.QUOTATION_ONLY_VERBS and not (lemma == "continue" and any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 and _has_that_mark(c) for c in verb.children)):
        # The frame only attaches the quotations next to it; but "Ashby continued that
        # residents had been told nothing": a that-clause is what was said.
        runs = []
    elif kind in ("clause", "tell", "belief", "finding"):
        lead = _interposed_lead(verb, subject, runs, exclude | quoted | {t.i for run in runs for t in run})
        if lead:
            runs.insert(0, lead)
    gap = _relative_gap(verb, subject, runs, hearer_ids | exclude) if kind != "tell" and lemma not in lexicon.QUESTION_VERBS else None
    if gap is not None:
        runs.insert(0, [gap])
    if runs and all(t.i < verb.i for run in runs for t in run):
        content_before = True
    if kind in ("clause", "tell", "belief"):
        rest = _continuation_after_cue(verb, subject, runs, exclude | quoted)
        if rest:
            runs.append(rest)
            content_before = True
    act = _quoted_second_act(verb, quoted) if runs and kind in ("clause", "tell") and runs[-1][-1].i > verb.i else []
    if act:
        between = verb.doc[runs[-1][-1].i + 1 : act[0].i]
        if all(t.dep_ == "cc" or t.is_punct for t in between):
            runs[-1] = [*runs[-1], *between, *act]
        elif act[0].i > runs[-1][-1].i:
            runs.append(act)
    content = _runs_to_spans(runs, conv)

    content_ids = {t.i for run in runs for t in run}
    # The attribution clause: the cue's own words, not its content, not quoted words the parser
    # hung on it, and not a neighbouring cue's clause ("Asked whether ..., Vogel said: ...").
    # The hearer is the cue's ('Dunmore told the Echo: "No. ..."'), unless it holds a quotation
    # ('told NBC's "Today"'), which then must not look like words after the cue.
    skip = content_ids | exclude | quoted
    if not hearer_ids & quoted:
        skip = skip - hearer_ids
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "parataxis") and lemma_of(child.text) is not None:
            skip.update(t.i for t in child.subtree)
        elif child.dep_ == "prep" and child.lower_ in ("before", "after", "while", "since") and any(
            g.dep_ == "pcomp" and lemma_of(g.text) is not None for g in child.children
        ):
            skip.update(t.i for t in child.subtree)  # "..., before insisting he had ..."
    if lemma in lexicon.QUOTATION_ONLY_VERBS:
        skip.update(t.i for t in _telling_clauses(verb) for t in t.subtree)
    dateline = _dateline_ids(verb.sent) if subject is not None else frozenset()
    skip = skip | dateline
    ext_tokens = [t for t in verb.subtree if t.i not in skip and not t.is_quote]
    for holder in (subject, hearer):
        if holder is not None:
            ext_tokens.extend(t for t in holder.subtree if t.i not in content_ids and t.i not in quoted)
    extent = _extent(_around(ext_tokens, verb), conv) or conv.token(verb)

    cue_end = particle if particle is not None and kind in ("object", "clause") and particle.i == verb.i + 1 else verb
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i and verb.i - c.i <= 3]
    cue_start = min([verb, *aux], key=lambda t: t.i)
    cue = conv.tokens(cue_start, cue_end)

    speaker_skip = content_ids | dateline
    if subject is not None and verb.dep_ in ("relcl", "acl") and (
        subject.i == verb.head.i or _who_antecedent_of(verb, subject) or _appositive_owner(verb.head).i == subject.i
    ):
        # "Barkley, who said ...", "911 calls saying ...": the speaker is the noun phrase
        # without the clause that holds the cue, up to its relative pronoun ("Barkley, who").
        speaker_skip = speaker_skip | {t.i for t in verb.subtree if not (t.head.i == verb.i and t.dep_ in _SUBJECT_DEPS)}
        if _cue_read_as_participle(verb):
            speaker_skip = speaker_skip | {t.i for t in subject.subtree if t.i >= verb.i}
    carried = _carried_by(subject) if subject is not None and citing is None else None
    if carried is not None:
        # "Kovac, quoted by Interfax, said": the aside names who passed the words on; it is no
        # part of the speaker.
        speaker_skip = speaker_skip | {t.i for t in carried[0].subtree}
    if citing is not None:
        speaker_skip = speaker_skip | {t.i for t in citing[0].subtree}
    speaker = make_mention(subject, conv, exclude=speaker_skip | stranded) if subject is not None else None
    if speaker is not None and subject is not None and subject.dep_ == "amod" and subject.head.i == verb.i and subject.lower_ == "old":
        speaker = _age_speaker(speaker, subject, conv)
    if speaker is not None and kind == "finding" and subject is not None and subject.head.i == verb.i:
        # "A study published in the journal X found": the journal's name, read as a second
        # subject, ends the study's phrase.
        twin = [c for c in verb.children if c.dep_ == "nsubj" and subject.i < c.i < verb.i and c.left_edge.i == subject.right_edge.i + 1]
        if twin:
            speaker = replace(speaker, span=conv.tokens(subject.left_edge, twin[-1].right_edge))
    author = _finding_author(subject) if speaker is not None and kind == "finding" and not speaker.name else None
    if speaker is not None and author is not None:
        # "A survey by Castlegate Research shows ...": the pollster stands behind what the poll
        # found, as in "according to a poll by Castlegate Research"; the poll describes it.
        record = _trim_tokens([t for t in subject.subtree if t.i <= subject.i])  # type: ignore[union-attr]
        pollster = make_mention(author, conv)
        speaker = replace(
            pollster,
            # A name the tagger left unlabelled is a firm's: pollsters are firms or institutes.
            label=pollster.label or "ORG",
            span=speaker.span,
            descriptions=(conv.tokens(record[0], record[-1]).text,),
            subject=speaker.subject,
        )
    opening = _subject_in_opening_phrase(verb) if subject is not None and subject.head.i != verb.i else None
    if speaker is not None and opening is not None and opening[0].i == subject.i:  # type: ignore[union-attr]
        # The speaker phrase the parser hung on the opening phrase's noun: the whole of it,
        # the role before the name as a description.
        words = opening[1]
        role = _trim_tokens([t for t in words if t.i < subject.left_edge.i])  # type: ignore[union-attr]
        described = (conv.tokens(role[0], role[-1]).text,) if role else ()
        # "In the first extract serialised by the newspaper, Achterberg, 58, writes": the noun
        # closing the opening phrase is not the speaker's description.
        holder = _opening_noun_phrase(subject, words[0].i)  # type: ignore[arg-type]
        speaker = replace(
            speaker,
            span=conv.tokens(words[0], words[-1]),
            descriptions=tuple(d for d in dict.fromkeys((*described, *speaker.descriptions)) if holder is None or d != conv.tokens(holder[0], holder[-1]).text),
        )
    relays: list[Relay] = []
    if citing is not None:
        # "Interfax reported, citing Lavrov": Lavrov spoke, Interfax carried it; "a report by
        # Interfax, citing Lavrov, said": so did Interfax, the author of the report.
        author = _document_author(subject) if subject is not None else None
        carrier = make_mention(author, conv) if author is not None else speaker
        speaker = make_mention(citing[1], conv, exclude=content_ids)
        lemma = lemma_of(citing[0].text) or lemma  # the cue is "citing" now, not "reported"
        relays = [Relay(carrier, cue)] if carrier is not None else []
        cue = conv.token(citing[0])
        relayed = _relayed_by(citing[1])
        if relayed is not None:
            # "The Baltic Wire, citing VRK, which in turn cited Dagposten, reported": Dagposten
            # spoke, VRK and then the Wire carried it.
            source, rel, original = relayed
            own = {t.i for t in rel.subtree}
            relays.insert(0, Relay(make_mention(source, conv, exclude=content_ids | own), conv.token(rel)))
            speaker = make_mention(original, conv, exclude=content_ids)
        else:
            # "Meridian Wire reported, citing a report in the Daily Courier, ...": as in
            # "according to a report by Interfax", the outlet is the source, the report its
            # medium.
            author = _cited_report_author(citing[1])
            if author is not None:
                speaker = make_mention(author, conv, exclude=content_ids)
    if carried is not None:
        relays.insert(0, Relay(make_mention(carried[1], conv), conv.token(carried[0])))
    heard = _object_heard_saying(verb) if citing is None else None
    teller = _subject(heard.head)[0] if heard is not None else None
    if teller is not None and teller.i != heard.i:
        # "she quotes Oduya telling her, ...": Oduya spoke; she passed the words on.
        relays.append(Relay(make_mention(teller, conv, exclude=content_ids), conv.token(verb.head)))
    context = _context_spans(verb, conv, exclude | content_ids, quoted)
    context.extend(_media_cut_from_content(verb, conv, content_ids))
    signed = _signed_by(subject) if subject is not None and citing is None and carried is None else None
    if signed is not None:
        # "A letter signed by 40 doctors said ...": the doctors said it, in the letter.
        document = make_mention(subject, conv, exclude=speaker_skip | stranded | {t.i for t in signed[0].subtree})  # type: ignore[arg-type]
        speaker = make_mention(signed[1], conv, exclude=content_ids)
        context.insert(0, document.span)
    # "said in remarks carried by state television": the broadcaster passed the words on.
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _CONTEXT_PREPS:
            for pobj in child.children:
                carried = _carried_by(pobj) if pobj.dep_ == "pobj" else None
                if carried is not None:
                    relays.insert(0, Relay(make_mention(carried[1], conv, exclude=content_ids), conv.token(carried[0])))
    # "Denholm wrote in the Evening Ledger that ...": the publication that printed the words
    # carried them.
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in" and lemma in lexicon.SPEECH_VERBS and citing is None:
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ in _PROPER_TAGS and pobj.i not in content_ids and _publication(pobj):
                relays.insert(0, Relay(make_mention(pobj, conv, exclude=content_ids), conv.token(child)))
    reporter = _first_reported_by(verb)
    if reporter is not None and reporter.i not in content_ids:
        # "As first reported by the Westbrook Examiner, Kerr told ...": the Examiner carried it.
        relays.append(Relay(make_mention(reporter, conv, exclude=content_ids), conv.token(reporter.head.head)))
    if recipient is not None and medium is not None and any(r.mention.head == recipient.head for r in relays):
        recipient, medium = None, None  # "wrote in the Evening Ledger": its carrier already
    if speaker is not None and speaker.possessor and speaker.head_word in lexicon.DOCUMENT_NOUNS:
        # "Kestrel's annual report said": the words are Kestrel's, the report is where.
        context.insert(0, speaker.head)
    inverted = _negative_inversion(verb, subject)
    return Frame(
        cue=cue,
        lemma=lemma,
        frame=kind,
        speaker=speaker,
        content=tuple(content),
        extent=extent,
        sentence=conv.tokens(verb.sent[0], verb.sent[-1]),
        recipient=recipient,
        recipient_outlet=medium is not None,
        medium_cue=conv.token(medium_prep) if medium is not None and medium_prep is not None else None,
        context=tuple(context),
        relays=tuple(relays),
        content_before=content_before,
        passive=passive,
        negated=any(c.dep_ == "neg" for c in verb.children) or inverted or _refused_saying(verb),
        gerund=any(_gerund_content(c, verb, lemma) for c in verb.children),
        # "no mention of Jeb Bush, who announced ...": a negated antecedent outside the relative
        # clause does not negate its cue ("a plan that no one has said will work" does).
        subject_negates=subject is not None
        and ((_negating_subject(subject) and verb.left_edge.i <= subject.i <= verb.right_edge.i) or inverted),
        hypothetical=_hypothetical(verb),
        topic=_question_topic(verb, conv),
        in_relative=_relative_cue(verb),
        about=_antecedent(runs, verb, conv) if content else None,
    )


#: Entity labels of a noun a "which" after it rarely stands for: a time or a figure ends the
#: clause the "which" is about ("Harlow resigned on Friday, which ...", "fares rose 10 percent,
#: which ...").
_NO_ANTECEDENT_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"})


def _antecedent(runs: list[list[Token]], verb: Token, conv: _Converter) -> Span | None:
    """The noun phrase that a relative word opening the content stands for: "The levy" in "The
    levy, which the mayor has said was a mistake, raised $3 million", "Harlan Pike" in "Harlan
    Pike, whom she describes as a fixer". The noun the cue's relative clause hangs on, with the
    words before it in its phrase; None for "what" ("what it calls ..."), which has none, and
    when the relative word does not open the content."""
    first = min((t for run in runs for t in run), key=lambda t: t.i, default=None)
    if first is None or first.lower_ not in lexicon.GAP_RELATIVE_WORDS - {"what"}:
        return None
    clause = verb if verb.dep_ == "relcl" else next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.i < first.i or first.i < clause.left_edge.i:
        return None
    noun = clause.head
    if noun.tag_ not in _NOUN_TAGS or noun.i > first.i:
        return None
    # "The council cut the levy last year, which the mayor said was a mistake": words between
    # the noun's phrase and the relative word that are not the phrase's say the "which" stands
    # for the whole clause before it (the cut), not the noun the parser hung it on.
    own = {t.i for t in noun.subtree} - {t.i for t in clause.subtree}
    if any(t.i not in own and not t.is_punct for t in noun.doc[noun.i + 1 : first.i]):
        return None
    if noun.ent_type_ in _NO_ANTECEDENT_LABELS or noun.like_num or any(c.dep_ == "nummod" for c in noun.children):
        return None  # "resigned on Friday, which the mayor said was overdue": the resignation
    words = _trim_tokens(list(noun.doc[noun.left_edge.i : noun.i + 1]))
    return conv.tokens(words[0], words[-1]) if words else None


def _relative_cue(verb: Token) -> bool:
    """Whether a cue is in a relative clause on a noun before it whose gap is in what was said:
    "attacks that Trump said were sparked by poll numbers", "claims the firm said were unfair",
    "the plan, which officials said would cost ...". The relative word is the cue's object, or
    the clause said has no subject of its own (the parser may read "that" as a mark). A
    that-clause with its subject is a complement: "reports that the minister said she would
    resign"."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.i > verb.i or noun.tag_ not in _NOUN_TAGS:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in lexicon.OBJECT_RELATIVE_PRONOUNS and c.i < verb.i for c in verb.children):
        return True
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    return len(said) == 1 and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" for c in said[0].children)


def _asked_about(verb: Token) -> Token | None:
    """The one an opening question participle asks about, when that is all it has: "Varga"
    in "Asked about Varga, she said ...". (With a clause, "Asked whether ...", the question
    itself is kept: see the QC202 note.)"""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i != verb.sent.start:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass") for c in verb.children):
        return None
    about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    return next((p for p in about.children if p.dep_ == "pobj"), None) if about is not None else None


def _question_topic(verb: Token, conv: _Converter) -> Mention | None:
    """Who the question opening the cue's sentence was about: a pronoun speaker is not them."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i < verb.i and lemma_of(child.text) in lexicon.QUESTION_VERBS:
            topic = _asked_about(child)
            if topic is not None:
                return make_mention(topic, conv)
    return None


def _quoted_as_saying(verb: Token, conv: _Converter, frame: Frame) -> Frame:
    """``X quoted Y as saying ...`` / ``Y was quoted as saying ...``: speaker Y, carrier X."""
    quote_verb = verb.head.head if verb.head.dep_ == "prep" else verb.head
    relay_lemma = lemma_of(quote_verb.text)
    misread = _relay_read_as_modifier(quote_verb) if relay_lemma not in lexicon.RELAY_VERBS else None
    if misread is not None:
        return _misread_quoted_as_saying(verb, quote_verb, misread, conv, frame)
    if relay_lemma not in lexicon.RELAY_VERBS:
        return frame
    subject, passive = _subject(quote_verb)
    obj = next((c for c in quote_verb.children if c.dep_ == "dobj"), None)
    relays: list[Relay] = []
    if passive:
        speaker_tok = next((c for c in quote_verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((p for c in quote_verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is None:
            agent = _late_agent(verb, quote_verb)
        if agent is not None:
            agent = _outlet_name_after(quote_verb, agent) or agent
            relays.append(Relay(make_mention(agent, conv), conv.token(quote_verb)))
    else:
        speaker_tok = obj
        if subject is not None:
            # "a report by the Courier, which quoted ...": the carrier is the noun without the
            # clause that holds the relay.
            own = {t.i for t in quote_verb.subtree} if subject.i == quote_verb.head.i else set()
            relays.append(Relay(make_mention(subject, conv, exclude=own), conv.token(quote_verb)))
    if speaker_tok is None:
        return frame
    as_tok = verb.head if verb.head.lower_ == "as" else verb
    cue = conv.tokens(as_tok, verb)
    content, content_before = frame.content, frame.content_before
    if not content:
        # '"We will reopen the pier," the mayor was quoted as saying': the words before the
        # attribution hang on "quoted", not on "saying".
        before = [list(c.subtree) for c in quote_verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < quote_verb.i]
        content = tuple(_runs_to_spans(before, conv))
        content_before = bool(content)
    # The clause stops at a quotation mark: in 'was quoted as saying "Nous devons ..." at a
    # rally' the parser may hang the quoted words on "saying" without making them its content.
    ext = _extent(
        _around(
            [t for t in quote_verb.subtree if not any(s.start <= conv.base + t.idx < s.end for s in content) and not t.is_quote],
            quote_verb,
        ),
        conv,
    )
    context = frame.context + tuple(_context_spans(quote_verb, conv, set()))
    # "quoted as saying in the Harbour Herald": the phrase names the carrier, not where.
    carriers = [r.mention.span for r in relays]
    context = tuple(c for c in context if not any(c.start <= m.start and m.end <= c.end for m in carriers))
    return Frame(
        cue=cue,
        lemma=relay_lemma,
        frame="clause",
        speaker=make_mention(speaker_tok, conv),
        content=content,
        extent=ext or frame.extent,
        sentence=frame.sentence,
        recipient=None,
        context=tuple(dict.fromkeys(context)),
        relays=tuple(relays),
        content_before=content_before,
        passive=passive,
    )


def _late_agent(saying: Token, quote_verb: Token) -> Token | None:
    """"The mayor was quoted as saying by local media that ...": the carrier named after "as
    saying", which the parser hangs on "saying" (or on "as") as a plain "by" phrase instead of
    as the agent of "quoted". Only a noun that can be a source: "by phone" is how it was said.

    "Was quoted (as saying) in the Harbour Herald" names the carrier too, as the publication
    that printed the words; "in an interview", "in Brussels" or "in March" say where or when."""
    for host in (saying, saying.head, quote_verb):
        for child in host.children:
            if child.dep_ not in ("prep", "agent") or child.i < quote_verb.i or child.lower_ not in ("by", "in"):
                continue
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is not None and (_publication(pobj) if child.lower_ == "in" else _source_like(pobj)):
                return pobj
    return None


#: Common nouns of a publication that prints others' words: "quoted in the newspaper", "in
#: local media", "in a trade journal". Not "paper", which may be a study.
_PUBLICATION_NOUNS = frozenset(
    {"newspaper", "newspapers", "daily", "tabloid", "broadsheet", "weekly", "magazine", "journal", "newsletter", "media", "press"}
)
#: The head of a scholarly journal's name: "the Journal of Coastal Studies".
_JOURNAL_HEADS = frozenset({"journal", "proceedings", "annals", "archives", "transactions", "bulletin", "review"})


def _carrier_after_in(tok: Token) -> bool:
    """Whether the object of "in" after a report carried it: "according to newspapers in
    three countries" says where, not who carried. A name, a publication ("an article in a
    local newspaper"), a medium ("comments in a podcast", ``lexicon.CARRYING_MEDIUM_NOUNS``) or
    a document ("in a court filing") carried the words."""
    if tok.tag_ in _PROPER_TAGS or _publication(tok):
        return True
    return tok.lower_ in lexicon.DOCUMENT_NOUNS or tok.lower_ in lexicon.CARRYING_MEDIUM_NOUNS


def _publication(tok: Token) -> bool:
    """Whether the object of "in" is a publication: a known outlet ("Le Monde"), a masthead
    ("the Harbour Herald"), a journal ("the Journal of Coastal Studies") or a publication noun
    ("local media"). A place, a date, a person or an event is not."""
    if tok.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "PERSON", "NORP", "EVENT"):
        return False
    name = " ".join(t.text for t in tok.subtree if t.dep_ != "det" and not t.is_punct).lower()
    if name in _OUTLET_KEYS:
        return True
    if tok.tag_ in _PROPER_TAGS:
        word = tok.lower_
        if word in lexicon.MASTHEAD_WORDS and (tok.i > tok.left_edge.i or any(c.dep_ == "det" for c in tok.children)):
            return True  # "the Herald", "the Harbour Herald"; a bare "Post" may be a surname
        return word in _JOURNAL_HEADS and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return tok.lower_ in _PUBLICATION_NOUNS


_PLATFORM_KEYS = frozenset(name.lower() for name in lexicon.PLATFORMS)


def _sentence_openers(verb: Token) -> list[Token]:
    """The phrases that open the sentence of a cue that shares the subject of the verb it hangs
    on, and so set the occasion for it too: "In an interview with the Daily Courant, Holt said
    she was hopeful but warned that ...", "Writing in the Standard, Aalto gave the play five
    stars and called it ...", "In the Courier, Bankole took a middle line, saying ...". The
    phrases are the prepositions and participles before the subject of the first verb of the
    chain (a conjunct, a participle after its verb, or an infinitive); none for a cue with a
    subject of its own ("In the Courier, Bankole praised it, and Reyes said ...")."""
    head = verb
    while head.dep_ in ("conj", "xcomp") or (head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i):
        if any(c.dep_ in _SUBJECT_DEPS for c in head.children) or not head.tag_.startswith("VB"):
            return []
        head = head.head
    subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS and c.i < head.i), None)
    if head is verb or subject is None or not head.tag_.startswith("VB"):
        return []
    start = subject.left_edge.i
    return [c for c in head.children if c.dep_ in ("prep", "advcl") and c.right_edge.i < start]


def _medium(verb: Token, subject: Token | None, openers: Sequence[Token]) -> tuple[Token, Token] | None:
    """The outlet that carried the words first, when the attribution names where they appeared:
    "said on the Build Fast podcast", 'said on "The Late Hour"', "in a review for the website
    Reelside", "writing in his column for the Sporting Ledger". Like "told the BBC", the words
    went to another outlet, which published them. A platform ("in a post on X") or the
    speaker's own page ("in a company blog post") is the speaker's own channel: none. With the
    outlet comes the preposition nearest it ("for" in "in his column for the Sporting Ledger").
    ``openers``: the phrases that open the cue's sentence (``_sentence_openers``)."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.lower_ in lexicon.MEDIUM_PARTICIPLES)]
    if subject is not None:
        hosts += [c for c in subject.children if c.dep_ in ("acl", "advcl") and c.lower_ in lexicon.MEDIUM_PARTICIPLES]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "Another reviewer, writing in the Chronicle, was less kind, calling the set ...": a
        # cue in a participle shares the occasion set on the verb it hangs on.
        hosts += [c for c in verb.head.children if c.dep_ == "advcl" and c.lower_ in lexicon.MEDIUM_PARTICIPLES and c.i < verb.i]
    hosts += [c for c in openers if c.dep_ == "advcl" and c.lower_ in lexicon.MEDIUM_PARTICIPLES and c not in hosts]
    preps = [p for host in hosts for p in host.children] + [c for c in openers if c.dep_ == "prep"]
    for prep in preps:
        host = prep.head
        if _reached_by(prep):
            # "Ms Vale, contacted by the Herald, said ...": she told the Herald.
            noun = _noun_object(prep)
            named = _named_medium(noun, title=False) if noun is not None else None
            if named is not None:
                return named, prep
            continue
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "for"):
            continue
        noun = _noun_object(prep) or _misparsed_piece(prep)
        if noun is None:
            continue
        # "the Capitol Review" is a publication's name, "a review" a piece in one.
        titled = noun.tag_ in _PROPER_TAGS and any(c.dep_ == "compound" and c.tag_ in _PROPER_TAGS for c in noun.children)
        if _hyphenated(noun) not in lexicon.WRITTEN_PIECE_NOUNS or titled:
            named = _named_medium(noun, title=prep.lower_ == "on")
            if named is None and prep.lower_ == "in" and lemma_of(host.text) == "write" and _written_in(noun):
                named = noun
            if named is not None:
                return _programme_owner(named) or named, prep
            continue
        # "his column for the Sporting Ledger", "an appearance on the Build Fast podcast"
        for p in noun.children:
            outlet = _noun_object(p) if p.dep_ == "prep" and p.lower_ in ("for", "in", "on") else None
            named = _named_medium(outlet, title=p.lower_ == "on") if outlet is not None else None
            if named is None and outlet is not None and p.lower_ != "on" and _published_piece(noun, outlet):
                named = outlet
            if named is not None:
                # "an appearance on Channel 9's Evening Ledger": the broadcaster aired it.
                return _programme_owner(named) or named, p
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and (_named_medium(owner, title=False) is not None or _broadcaster(owner)):
            return owner, prep  # "in the Ledger's weekly column", "on Channel 9's programme"
        named = _outlet_compound(noun)
        if named is not None:
            return named, prep  # "in a 2010 BBC Radio Saltmarsh documentary"
    return None


def _reached_by(prep: Token) -> bool:
    """Whether ``prep`` is the "by" of a participle saying who got the words from the speaker:
    "contacted by the Herald", "reached by the Courier" (``lexicon.REACHED_PARTICIPLES``)."""
    return prep.dep_ == "agent" and prep.lower_ == "by" and prep.head.lower_ in lexicon.REACHED_PARTICIPLES


def _told_on_air(verb: Token, subject: Token | None, openers: Sequence[Token]) -> tuple[Token, Token] | None:
    """The programme or broadcaster a hearer was told something on: "told host Piers Albescu
    on Channel 9's "Evening Ledger" programme" (the parser may hang "on" on the hearer). The
    outlet and its "on", or None."""
    found = _medium(verb, subject, openers)
    if found is not None:
        return found if found[1].lower_ == "on" else None
    for hearer in verb.children:
        if hearer.dep_ not in ("dobj", "dative"):
            continue
        for prep in hearer.children:
            noun = _noun_object(prep) if prep.dep_ == "prep" and prep.lower_ == "on" else None
            named = _named_medium(noun, title=True) if noun is not None else None
            if named is not None:
                return _programme_owner(named) or named, prep
    return None


def _hyphenated(tok: Token) -> str:
    """The word a noun ends, lowercased, with the parts the tokenizer split off at hyphens:
    "op-ed" for "ed" in "an op-ed", "guest-column"; else the noun itself."""
    doc, start = tok.doc, tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    return doc[start : tok.i + 1].text.lower()


def _published_piece(piece: Token, outlet: Token) -> bool:
    """"in a review for Circuitline", "in an op-ed in the Westbrook Gazette": a piece an
    outlet publishes (see PUBLISHED_PIECE_NOUNS), written for a name, was published by it
    whatever it is called; not a person, place or body ("an essay for the Senate committee")."""
    if _hyphenated(piece) not in lexicon.PUBLISHED_PIECE_NOUNS or outlet.lower_ in lexicon.ORGANIZATION_NOUNS:
        return False
    return _written_in(outlet) and outlet.lower_ not in lexicon.COMPANY_NOUNS


def _written_in(noun: Token) -> bool:
    """"writing in the Capitol Review", "wrote in Foreign Affairs": what one writes in under a
    name of its own is a publication, though its name is not a masthead; not a place or a time
    ("writing in Geneva", "wrote in March") or a platform ("wrote in a post on X")."""
    if noun.tag_ not in _PROPER_TAGS or noun.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "PERSON", "NORP", "EVENT"):
        return False
    words = " ".join(t.text for t in noun.subtree if t.dep_ != "det" and not t.is_punct).lower()
    return words not in _PLATFORM_KEYS and noun.lower_ not in _PLATFORM_KEYS


def _misparsed_piece(prep: Token) -> Token | None:
    """The piece after "in" when the parser lost it: tagged a verb ("a Radio Kestrel
    programme" as VBP) or made the object of the participle, leaving "in" bare ("Asked in
    [a ... documentary]")."""
    piece = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lexicon.WRITTEN_PIECE_NOUNS), None)
    if piece is None and not list(prep.children):
        piece = next((c for c in prep.head.children if c.dep_ == "dobj" and c.left_edge.i == prep.i + 1), None)
    return piece if piece is not None and piece.lower_ in lexicon.WRITTEN_PIECE_NOUNS else None


def _outlet_compound(noun: Token) -> Token | None:
    """An outlet's name set before a piece as a modifier: "a BBC Radio Saltmarsh documentary",
    "a Harbour Herald interview". A known outlet or masthead, or a broadcaster's name ("Radio
    Saltmarsh", "BBC Radio Saltmarsh"); not a person or a place ("a Calloway interview")."""
    for c in noun.children:
        if c.dep_ != "compound" or c.tag_ not in _PROPER_TAGS or c.i > noun.i:
            continue
        words = [t.lower_ for t in c.subtree if t.dep_ == "compound" or t.i == c.i]
        if _publication(c) or any(w in lexicon.BROADCAST_NAME_WORDS for w in words[:-1]):
            return c
        if any(" ".join(words[:k]) in _OUTLET_KEYS for k in range(1, len(words))):
            return c  # "BBC Radio Saltmarsh": a known broadcaster's station
    return None


def _named_medium(tok: Token, *, title: bool) -> Token | None:
    """The name of a named outlet or programme: "the Harbour Herald", "the website Reelside",
    "the Build Fast podcast", "the BBC's Morning Brief programme" and, after "on", a quoted title
    ('on "The Late Hour"'). An unnamed one ("on a podcast", "on its website") names no one to
    credit, and a platform ("on X") is the speaker's own channel."""
    words = " ".join(t.text for t in tok.subtree if t.dep_ != "det" and not t.is_punct).lower()
    if words in _PLATFORM_KEYS or tok.lower_ in _PLATFORM_KEYS:
        return None
    if tok.tag_ in _PROPER_TAGS:
        if _publication(tok) or any(c.dep_ in ("compound", "appos", "amod") and c.lower_ in lexicon.OUTLET_NOUNS for c in tok.children):
            return tok
        return tok if title and _quoted_title(tok) else None
    if tok.lower_ not in lexicon.OUTLET_NOUNS:
        return None
    # "the website Screenhound": the parser may make the name an apposition of the noun.
    appos = next((c for c in tok.children if c.dep_ == "appos" and c.tag_ in _PROPER_TAGS and c.lower_ not in _PLATFORM_KEYS), None)
    if appos is not None:
        return appos
    # 'the "Morning Table" podcast': the parser may hang a quoted title on the noun as "nmod".
    named = any(c.dep_ in ("compound", "poss", "nmod") and c.tag_ in _PROPER_TAGS and c.lower_ not in _PLATFORM_KEYS for c in tok.children)
    if not named:
        # "on the paper's podcast": the paper named before (or this one) is the outlet.
        return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lexicon.OWN_PUBLICATION_NOUNS), None)
    return tok


def _quoted_title(tok: Token) -> bool:
    """'on "The Late Hour."': a capitalised name inside quotation marks of its own."""
    doc = tok.doc
    # 'Channel 9's "Evening Ledger"': the owner's name before the title is no part of it.
    owned = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    left, right = min(t.i for t in tok.subtree if t.i not in owned), tok.right_edge.i
    while left <= right and doc[left].is_quote:
        left += 1
    while right > left and doc[right].is_quote:
        right -= 1  # the closing mark the parser hung on the title
    after = right + 1
    while after < len(doc) and doc[after].text in (".", ",", "!", "?"):
        after += 1
    return left > 0 and doc[left - 1].is_quote and after < len(doc) and doc[after].is_quote and doc[left].text[:1].isupper()


def _relay_read_as_modifier(noun: Token) -> Token | None:
    """"The newspaper quoted council member Edith Marrow as saying": with a compound before the
    name the parser may read "quoted" as a modifier of it (with "The newspaper" as its
    subject) and make the name the root. The relay verb, when so misread."""
    if noun.tag_ not in _NOUN_TAGS:
        return None
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        if (
            tok.dep_ in ("amod", "compound")
            and tok.tag_ in ("VBD", "VBN")
            and lemma_of(tok.text) in lexicon.RELAY_VERBS
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        ):
            return tok
    return None


def _misread_quoted_as_saying(verb: Token, noun: Token, relay: Token, conv: _Converter, frame: Frame) -> Frame:
    """``X quoted Y as saying`` read from the words when the parser made Y's name the root: the
    speaker is the phrase between the relay verb and "as", the carrier the relay's subject."""
    as_tok = verb.head if verb.head.lower_ == "as" else verb
    outside = {t.i for t in noun.doc if not relay.i < t.i < as_tok.i}
    carrier = next(c for c in relay.children if c.dep_ == "nsubj" and c.i < relay.i)
    return replace(
        frame,
        cue=conv.tokens(as_tok, verb),
        lemma=lemma_of(relay.text) or frame.lemma,
        frame="clause",
        speaker=make_mention(noun, conv, exclude=outside),
        extent=conv.tokens(carrier.left_edge, verb),
        relays=(Relay(make_mention(carrier, conv), conv.token(relay)),),
    )


def _stray_name_after(pobj: Token) -> list[Token]:
    """"According to the mayor's spokeswoman, Ana Ruiz, the trucks ...": the parser may hang
    the name set off by commas after a role on the comma, outside the phrase. The name's
    words, when a role noun is followed by ", Name," and the clause goes on."""
    doc = pobj.doc
    if pobj.tag_ not in ("NN", "NNS"):
        return []
    i = pobj.right_edge.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    words = []
    j = i + 1
    while j < len(doc) and (doc[j].tag_ in _PROPER_TAGS or (words and doc[j].tag_ == "HYPH")) and len(words) < 5:
        words.append(doc[j])
        j += 1
    if not words or j + 1 >= len(doc) or doc[j].text != "," or doc[j].sent.start != pobj.sent.start:
        return []
    if any(w.i in {t.i for t in pobj.subtree} for w in words) or any(w.ent_type_ not in ("PERSON", "") for w in words):
        return []
    return words


def _unparsed_name_after(pobj: Token) -> list[Token]:
    """"According to the charity Diabetes Forward, calls ...": the tagger may read a name after
    a descriptor noun as common words ("Diabetes" a noun, "Forward" an adverb) and leave it
    outside the phrase. The capitalised words that run from "the" + noun to the comma or full
    stop closing the phrase; none when a word is a date or time ("according to the ministry
    Monday,")."""
    doc = pobj.doc
    if pobj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in pobj.children):
        return []
    words = []
    j = pobj.right_edge.i + 1
    while j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_punct and len(words) < 5:
        words.append(doc[j])
        j += 1
    sent = pobj.sent
    if not words or j >= sent.end or not (doc[j].text == "," or (doc[j].is_punct and j == sent.end - 1)):
        return []
    if any(w.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP") or w.lower_ in lexicon.STAMP_TIME_WORDS for w in words):
        return []
    return words


_DOCUMENT_ACCESS_FORMS = forms_of_all(lexicon.DOCUMENT_ACCESS_VERBS)


def _brackets_around(sent: SpacySpan, start: int, end: int) -> tuple[int, int] | None:
    """The positions of the parentheses that enclose tokens ``start`` to ``end``, if any."""
    doc = sent.doc
    left = next((i for i in range(start - 1, sent.start - 1, -1) if doc[i].text in ("(", ")")), None)
    if left is None or doc[left].text != "(":
        return None
    right = next((i for i in range(end + 1, sent.end) if doc[i].text in ("(", ")")), None)
    if right is None or doc[right].text != ")":
        return None
    return left, right


def _quoted_as_saying_clause(rel: Token) -> bool:
    """"which quoted an investor as saying ...": a relay verb whose "as saying" gives the words
    it passed on."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(lemma_of(g.text) == "say" for g in c.children) for c in rel.children
    )


def _according_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """``according to X, ...`` and ``..., according to X``: content is the rest of the clause."""
    for tok in sent:
        to = _according_to(tok)
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase = set(range(tok.i, pobj.right_edge.i + 1))
        named = _stray_name_after(pobj)
        unparsed = [] if named else _unparsed_name_after(pobj)
        if named or unparsed:
            phrase.update(range(pobj.right_edge.i + 1, (named or unparsed)[-1].i + 2))
        # "..., according to the charity Diabetes Forward, which runs a helpline": what the
        # parser hung on the name's words describes the charity.
        phrase.update(t.i for w in unparsed for t in w.subtree if t.i > w.i)
        head = _clause_head(tok)
        relative = _relative_clause_before(tok, pobj)
        if relative is not None:
            head = relative
        elif _closing_cue(head, head.head):
            head = head.head  # "X said ..., Reuters reported, according to Radio Sever"
        elif tok.i > head.i and _after_comma(tok) and pobj.right_edge.i >= max(
            (t.i for t in sent if not t.is_punct), default=tok.i
        ):
            # "A rose, and B fell, according to X." and "The minister said the talks failed,
            # according to X.": the parser hangs the phrase on the last clause, but a phrase
            # that closes the sentence attributes all of it, a cue and its content included.
            while head.dep_ in ("conj", "ccomp", "advcl") and head.head.i < head.i:
                head = head.head
        # "According to Interfax, citing a Kremlin aide, the meeting ...": the parser hangs the
        # participle on the clause; the aide spoke, Interfax carried it.
        participle = next(
            (
                (c, obj)
                for c in head.children
                if c.dep_ in ("advcl", "xcomp") and _relay_participle(c)
                and pobj.right_edge.i < c.i <= pobj.right_edge.i + 2
                for obj in c.children
                if obj.dep_ == "dobj" and _citable(obj)
            ),
            None,
        )
        if participle is not None:
            phrase.update(t.i for t in participle[0].subtree)
        phrase |= _joined_after(head, tok, pobj.right_edge.i)
        phrase |= _counterpoint_claims(head, pobj.right_edge.i)
        clause = [t for t in head.subtree if t.i not in phrase and t.i >= sent.start and t.i < sent.end]
        brackets = _brackets_around(sent, tok.i, pobj.right_edge.i)
        if brackets is not None:
            # "(the true figure is closer to 15 percent, according to FactCheck)": the phrase
            # attributes what its parentheses hold, not the sentence around them.
            clause = [t for t in sent.doc[brackets[0] + 1 : brackets[1]] if t.i not in phrase]
        content = _runs_to_spans([clause], conv)
        relays: list[Relay] = []
        # "according to a report by X, which cited Y" and "according to X, which cited Y": Y
        # spoke, X carried it.
        carriers = [pobj] + _translators(pobj) + [
            c
            for child in pobj.children
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "in", "on")
            for c in child.children
            if c.dep_ == "pobj"
            # "according to a filing on Friday": when it was filed, not who carried it
            and not _point_in_time(c)
            # "according to reports in Spain": where the reports ran, not who carried them
            and not (child.lower_ == "in" and c.ent_type_ in ("GPE", "LOC") and _name_text_lower(c) not in _OUTLET_KEYS)  # "an article in Politico", GPE
            and not (child.lower_ == "in" and not _carrier_after_in(c))
        ]
        # "according to a copy of his note reviewed by the Ledger": the note is what speaks.
        copied = next(
            (n for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj"),
            None,
        ) if pobj.lower_ in lexicon.COPY_NOUNS else None
        # "according to an internal memo seen by the Harbour Ledger": the memo speaks, the
        # Ledger carried it.
        holders = [
            c
            for noun in (pobj, copied) if noun is not None
            for child in noun.children
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lower_ in _DOCUMENT_ACCESS_FORMS
            for agent in child.children
            if agent.dep_ in ("agent", "prep") and agent.lower_ == "by"
            for c in agent.children
            if c.dep_ == "pobj"
        ]
        carriers += holders
        # "according to a military source quoted by the newspaper Vestnik Pravdy": the source
        # spoke, the paper carried the words; "quoted" here is no citing by the source.
        quoted_by = _carried_by(pobj)
        if quoted_by is not None and quoted_by[1] in carriers:
            quoted_by = None
        if quoted_by is not None:
            carriers.append(quoted_by[1])
        originals: list[Token] = []
        own_clause: set[int] = set()
        for carrier in carriers:
            citing = [
                rel
                for holder in _with_name_appositive(carrier)
                for rel in holder.children
                if rel.dep_ in ("relcl", "acl") and lemma_of(rel.text) in lexicon.RELAY_VERBS
                and not (quoted_by is not None and rel.i == quoted_by[0].i)
            ]
            # The carrier is "the Baltic Wire", not "the Baltic Wire, which cited ...".
            own_clause.update(t.i for rel in citing for t in rel.subtree)
            if quoted_by is not None and carrier.i == quoted_by[1].i:
                relays.append(Relay(make_mention(carrier, conv, exclude=own_clause), conv.token(quoted_by[0])))
            elif carrier.i != pobj.i:
                relays.append(Relay(make_mention(carrier, conv, exclude=own_clause), conv.tokens(tok, to)))
            elif citing:
                relays.append(Relay(make_mention(pobj, conv, exclude=own_clause), conv.tokens(tok, to)))
            # "a report by X, which quoted an investor as saying the pause ...": the investor's
            # words are what follows "as saying" (a frame of its own), not this content.
            originals += [o for rel in citing if not _quoted_as_saying_clause(rel) for o in rel.children if o.dep_ == "dobj"]
        if participle is not None:
            if not relays:
                relays.append(Relay(make_mention(pobj, conv), conv.tokens(tok, to)))
            originals.append(participle[1])
        # "According to the agency NTB, the delegate, Arne Skaug, said": the delegate is the
        # speaker of "said" (see ``_subject_in_opening_phrase``), no part of the carrier's name.
        opening = _subject_in_opening_phrase(head) if head.tag_.startswith("VB") else None
        not_carrier = {t.i for t in opening[1]} | {opening[1][0].i - 1} if opening is not None else set()
        holding = {t.i for h in holders for t in h.head.head.subtree}  # "seen by the Ledger"
        if quoted_by is not None:
            holding |= {t.i for t in quoted_by[0].subtree}  # "quoted by the newspaper ..."
        # Not "excerpts of his speech released by the White House": the speech is no document.
        source = copied if copied is not None and (holders or copied.lower_ in lexicon.DOCUMENT_NOUNS) else pobj
        speaker = make_mention(originals[-1], conv) if originals else make_mention(source, conv, exclude=not_carrier | holding)
        if named and not originals:
            # "According to the mayor's spokeswoman, Ana Ruiz, ...": the name is the speaker's,
            # the role its description.
            role = speaker
            speaker = replace(
                make_mention(named[-1], conv),
                span=conv.tokens(pobj.left_edge, named[-1]),
                descriptions=(role.span.text,),
            )
        elif unparsed and not originals:
            # "According to the charity Diabetes Forward, ...": the name is the speaker's, the
            # descriptor its description.
            name = name_mention(conv.tokens(unparsed[0], unparsed[-1]), label=unparsed[-1].ent_type_, descriptions=(speaker.span.text,))
            speaker = replace(name, span=conv.tokens(pobj.left_edge, unparsed[-1]))
        if not originals and relays and speaker.head_word in lexicon.DOCUMENT_NOUNS and len(relays) == 1 and not holders:
            # "according to a report by Interfax": the outlet is the source, the report its medium.
            speaker = relays[0].mention
            relays = []
        signed = _signed_by(source) if not originals and not named and not unparsed else None
        document: tuple[Span, ...] = ()
        if signed is not None:
            # "according to a letter signed by 40 doctors": the doctors, in the letter.
            document = (make_mention(source, conv, exclude=not_carrier | holding | {t.i for t in signed[0].subtree}).span,)
            speaker = make_mention(signed[1], conv)
        extent = conv.tokens(tok, pobj.right_edge)
        yield Frame(
            cue=conv.tokens(tok, to),
            lemma="according to",
            frame="according",
            speaker=speaker,
            content=tuple(content),
            extent=extent,
            sentence=conv.tokens(sent[0], sent[-1]),
            relays=tuple(relays),
            context=document,
            content_before=tok.i > head.i,
            about_remarks=_making_remarks(head),
        )


def _attributed_phrase_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """'... had "no intention of going anywhere," a phrase it attributed to his chief of staff,
    Oskar Lind': the noun in apposition to a quotation says whose words they are. The
    quotation beside it (attached in assembly) is the speaker's; whoever "attributed" them
    passed them on (the cue of the report around it, see assemble's nested cues)."""
    for tok in sent:
        if tok.lower_ != "attributed" or tok.dep_ not in ("relcl", "acl"):
            continue
        noun = tok.head
        if noun.lower_ not in lexicon.QUOTED_WORDS_NOUNS or noun.dep_ in _SUBJECT_DEPS or noun.i > tok.i:
            continue
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if pobj is None:
            continue
        before = next(t.i for t in noun.subtree if not t.is_punct) - 1
        doc = sent.doc
        # Right after the quotation: '..., "no intention of going anywhere," a phrase'.
        if before < 1 or not (doc[before].is_quote or (doc[before].text == "," and doc[before - 1].is_quote)):
            continue
        close = before if doc[before].is_quote else before - 1
        opening = next((i for i in range(close - 1, sent.start - 1, -1) if doc[i].is_quote), None)
        if opening is None or close - opening < 2:
            continue
        name = next((c for c in pobj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        speaker = make_mention(pobj, conv)
        if name is not None:
            # "his chief of staff, Oskar Lind": the name is the speaker's, the role its description.
            role = make_mention(pobj, conv, exclude={t.i for t in name.subtree} | {name.left_edge.i - 1})
            speaker = replace(
                make_mention(name, conv), span=conv.tokens(pobj.left_edge, name.right_edge), descriptions=(role.span.text,)
            )
        yield Frame(
            cue=conv.tokens(tok, to),
            lemma="attribute",
            frame="clause",
            speaker=speaker,
            content=(conv.tokens(doc[opening], doc[close]),),
            extent=conv.tokens(doc[before + 1], pobj.right_edge),
            sentence=conv.tokens(sent[0], sent[-1]),
            content_before=True,
        )


_MAKE_FORMS = frozenset(forms_of("make"))
_NO_DOUBT_FORMS = forms_of_all(lexicon.NO_DOUBT_VERBS)


def _making_remarks(head: Token) -> bool:
    """"He made the remarks at the premiere", "The comments were made on Tuesday": a clause
    whose only news is that words met before were said."""
    if head.lower_ not in _MAKE_FORMS:
        return False
    noun = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return noun is not None and noun.lower_ in lexicon.REMARK_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in lexicon.BACK_POINTING_DETERMINERS for c in noun.children
    )


def _words_of_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """``In the words of one trader, ...`` and ``In Orlov's words, ...``: like ``according to``,
    the rest of the clause is theirs. Only someone who can speak: "in other words" names no one.
    """
    for prep in sent:
        if prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lexicon.WORDS_NOUNS), None)
        if noun is None:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
        owner = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        cue_end = of
        if owner is None:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < noun.i), None)
            cue_end = noun
        if owner is None or cue_end is None:
            continue
        # "In her words": the one "she" means, resolved like any pronoun speaker.
        subject_form = lexicon.POSSESSIVE_PRONOUN_SUBJECTS.get(owner.lower_) if owner.tag_ == "PRP$" else None
        if subject_form is None and not _source_like(owner):
            continue
        head = _clause_head(prep)
        phrase = set(range(prep.left_edge.i, prep.right_edge.i + 1)) | _joined_after(head, prep, prep.right_edge.i)
        clause = [t for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
        content = _runs_to_spans([clause], conv)
        if not content:
            continue
        speaker = _owner_mention(owner, conv, subject_form)
        yield Frame(
            cue=conv.tokens(prep, cue_end),
            lemma="in the words of",
            frame="according",
            speaker=speaker,
            content=tuple(content),
            extent=conv.tokens(prep, prep.right_edge),
            sentence=conv.tokens(sent[0], sent[-1]),
            content_before=prep.i > head.i,
        )


#: How a belief adjective hangs on the verb whose subject holds the belief: "is convinced that"
#: (acomp), "came away convinced that", "resigned, convinced that" (a participle clause).
_BELIEF_ADJECTIVE_DEPS = frozenset({"acomp", "oprd", "xcomp", "advcl"})
#: Who can hold a belief, or head a speaker's phrase: a noun, a name or a personal pronoun
#: ("donors", "Ackman", "they"); not a number or a determiner left as the subject by a misparse.
_HOLDER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def _holder(subject: Token | None) -> Token | None:
    """The subject of a belief adjective or of "made it clear" when it can speak: a source or a
    share of one ("donors", "the company", "73 percent of voters"), people by a role ("party
    bosses", "loyalists"), or a document ("the report made clear"); not "The weather made it
    clear that ...", "The evidence left no doubt", or an "it" or "there" standing for nothing
    ("it is certain that")."""
    if subject is None or subject.tag_ not in _HOLDER_TAGS or subject.lower_ in lexicon.NOT_HOLDER_WORDS:
        return None
    word = subject.lower_
    people = (
        lexicon.role_noun(subject.lemma_)
        or lexicon.people_noun(word)  # "party bosses"
        or (subject.tag_ == "NNS" and len(word) >= 8 and word.endswith(lexicon.AGENT_PLURAL_ENDINGS))  # "loyalists"
    )
    return subject if people or _speaking(subject) else None


def _belief_adjective_content(adj: Token) -> tuple[Token | None, Token | None]:
    """What a belief adjective's holder believes, and the preposition that brings it in: a
    that-clause ("convinced that Valeant will recover"), a clause with a subject of its own and
    no subordinator ("hopeful they can win the seat"), or the object of a preposition of
    ``lexicon.BELIEF_ADJECTIVE_PREPOSITIONS`` ("worried about the new rules", "worried about what
    the vote could bring")."""
    for child in adj.children:
        if child.dep_ != "ccomp" or child.i < adj.i:
            continue
        if _has_that_mark(child):
            return child, None
        if not any(c.dep_ == "mark" for c in child.children) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i for c in child.children):
            return child, None
    for prep in adj.children:
        if prep.dep_ == "prep" and prep.i > adj.i and prep.lower_ in lexicon.BELIEF_ADJECTIVE_PREPOSITIONS:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj, prep
    return None, None


def _belief_adjective_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """"Mr. Ackman is convinced that Valeant will recover", "donors remain confident that he
    will win", "economists are skeptical of the plan": an adjective of conviction with a clause
    or a preposition's object (``_belief_adjective_content``) states the belief of the subject
    of the verb it hangs on, as "believes that" would. Only a holder that can speak: "it is
    certain that" is the writer's own view."""
    for adj in sent:
        if adj.lower_ not in lexicon.BELIEF_ADJECTIVES or adj.dep_ not in _BELIEF_ADJECTIVE_DEPS:
            continue
        clause, prep = _belief_adjective_content(adj)
        if clause is None:
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "enough" for c in adj.children):
            continue  # "concerned enough that they have begun ...": a result, not a belief
        holder = _holder(_subject(adj.head)[0])
        if holder is None:
            continue
        content_ids = {t.i for t in clause.subtree}
        content = _runs_to_spans([_cut_tail(list(clause.subtree))], conv)
        if not content:
            continue
        # "is convinced", "came away convinced": the linking verb is part of the cue, unless
        # something more than adverbs stands between ("resigned, convinced that").
        between = adj.doc[adj.head.i + 1 : adj.i]
        start = adj.head if adj.head.i < adj.i and all(t.dep_ in ("advmod", "neg", "prt") for t in between) else adj
        end = prep if prep is not None and prep.i == adj.i + 1 else adj
        # "supporters who are skeptical of ...": the holder's relative clause is the cue's own.
        cue_ids = {t.i for t in adj.head.subtree if t.i >= start.i} if adj.head.dep_ == "relcl" else set()
        speaker = make_mention(holder, conv, exclude=content_ids | cue_ids)
        yield Frame(
            cue=conv.tokens(start, end),
            lemma=adj.lower_,
            frame="belief",
            speaker=speaker,
            content=tuple(content),
            extent=_extent(_around([*holder.subtree, *adj.doc[start.i : adj.i + 1]], adj), conv) or conv.token(adj),
            sentence=conv.tokens(sent[0], sent[-1]),
            negated=any(c.dep_ == "neg" for c in (*adj.children, *adj.head.children)),
        )


#: Dependencies by which the parser hangs the word of "made (it) clear", "made known" on the
#: light verb "made": they vary with the sentence ("made clear that ...", "made it clear that
#: ..."), and a "clear" hung any other way (a "clear" message) is no part of the phrase.
_MADE_CLEAR_DEPS = frozenset({"oprd", "ccomp", "dobj", "acomp", "xcomp", "attr"})


def _made_clear_word(tok: Token) -> Token | None:
    """The light verb of "made (it) clear" or "left no doubt" whose word ``tok`` is: "made" for
    "clear" in "he made it clear that ...", "left" for "doubt" in "left little doubt that ...".
    The doubt must be denied ("no", "little"): "left some doubt" states nothing."""
    head = tok.head
    if tok.lower_ in lexicon.MADE_CLEAR_WORDS and head.lower_ in _MAKE_FORMS and tok.dep_ in _MADE_CLEAR_DEPS:
        return head
    if tok.dep_ == "dobj" and tok.lower_ in lexicon.NO_DOUBT_NOUNS and head.lower_ in _NO_DOUBT_FORMS:
        if any(c.dep_ in ("det", "amod") and c.lower_ in lexicon.DENIED_DOUBT_WORDS for c in tok.children):
            return head
    return None


def _made_clear_clause(tok: Token, verb: Token) -> Token | None:
    """The clause that a made-clear word states: "that he has not considered resigning", or a
    bare clause with its own subject ("made it clear she did not view it so"). The parser hangs
    it on the word or on the verb; a clause with another subordinator ("when", "if") is none."""
    for clause in (*tok.children, *verb.children):
        if clause.dep_ not in ("ccomp", "advcl", "acl", "csubj") or clause.i <= tok.i or not clause.tag_.startswith(("VB", "MD")):
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if _has_that_mark(clause) or (not marks and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)):
            return clause
    return None


def _made_clear_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """"Emanuel also made clear that he has not considered resigning", "the company has made it
    clear that it is stepping up its fight", "Sharpton left no doubt that he would endorse": the
    one who makes a thing clear states it. Only a holder that can speak, in the active voice and
    not negated; "it is clear that" and "it was made clear that" are no one's statement, nor
    "to make it clear that" (advice or intent)."""
    for tok in sent:
        verb = _made_clear_word(tok)
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.tag_ == "VB" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue  # "to make it clear that ...", "wants to make clear": advice or intent, not yet said
        clause = _made_clear_clause(tok, verb)
        if clause is None:
            continue
        subject, passive = _subject(verb)
        holder = None if passive else _holder(subject)
        if holder is None:
            continue
        content_ids = {t.i for t in clause.subtree}
        if holder.i in content_ids:
            continue
        # without the "that", as the content of "said that ..." is
        toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
        content = _runs_to_spans([_cut_tail(toks)], conv)
        if not content:
            continue
        # "the study, which left little doubt that ...": the relative clause is no part of its name
        own = {t.i for t in verb.subtree} if holder.i not in {t.i for t in verb.subtree} else content_ids
        speaker = make_mention(holder, conv, exclude=content_ids | own)
        yield Frame(
            cue=conv.tokens(verb, tok),
            lemma=f"{'make' if verb.lower_ in _MAKE_FORMS else 'leave'} {tok.lower_}",
            frame="clause",
            speaker=speaker,
            content=tuple(content),
            extent=_extent(_around([*holder.subtree, *tok.doc[verb.i : tok.i + 1]], verb), conv) or conv.token(verb),
            sentence=conv.tokens(sent[0], sent[-1]),
        )


_PUT_FORMS = frozenset(forms_of("put"))


def _put_it_to_parts(verb: Token) -> tuple[Token, Token, Token] | None:
    """The "it", the hearer and the that-clause of "put it to": "Marsh put it to her that she had
    ..." (the clause hangs on "put" or on the hearer), or None. Not a
    purpose clause: "put it to residents so that they could choose" puts nothing to them."""
    if verb.lower_ not in _PUT_FORMS:
        return None
    it = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    hearer = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if it is None or hearer is None:
        return None
    for clause in (*verb.children, *hearer.children):
        # The parser hangs the that-clause on "put" as a complement or an adverbial clause,
        # or on the hearer.
        if clause.dep_ in ("ccomp", "advcl", "acl", "relcl") and clause.i > hearer.i and _only_that_mark(clause):
            return it, hearer, clause
    return None


def _only_that_mark(clause: Token) -> bool:
    """Whether a clause opens with "that" alone: "(put it to her) that she had lied", not "so
    that they could choose" or "in order that" (``lexicon.COMPOUND_THAT_WORDS``)."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or any(m.lower_ != "that" for m in marks):
        return False
    first = marks[0].i
    return first == 0 or clause.doc[first - 1].lower_ not in lexicon.COMPOUND_THAT_WORDS


def _put_it_to_frames(sent: SpacySpan, conv: _Converter) -> Iterator[Frame]:
    """"Marsh put it to her that she had "a history of difficult relationships"": in court
    reporting, counsel's suggestion to the witness. The suggestion is the words of the one who
    puts it, said to the one it is put to; not "put it to a vote" (no that-clause) or "it was put
    to him that ..." (no one named to put it)."""
    for verb in sent:
        parts = _put_it_to_parts(verb)
        if parts is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        it, hearer, clause = parts
        holder, passive = _subject(verb)
        # Only someone puts a suggestion to someone: any noun or pronoun subject will do ("Pellow",
        # tagged a common noun), not an "it" or "there" standing for nothing.
        if passive or holder is None or holder.tag_ not in _HOLDER_TAGS or holder.lower_ in lexicon.NOT_HOLDER_WORDS:
            continue
        content_ids = {t.i for t in clause.subtree}
        toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
        content = _runs_to_spans([_cut_tail(toks)], conv)
        if not content:
            continue
        yield Frame(
            cue=conv.tokens(verb, hearer.head),
            lemma="put it to",
            frame="tell",
            speaker=make_mention(holder, conv, exclude=content_ids),
            content=tuple(content),
            extent=_extent(_around([*holder.subtree, *verb.doc[verb.i : hearer.i + 1]], verb), conv) or conv.token(verb),
            sentence=conv.tokens(sent[0], sent[-1]),
            recipient=make_mention(hearer, conv, exclude=content_ids),
        )


def _joined_after(head: Token, phrase: Token, end: int) -> set[int]:
    """"Water use fell, according to TNA, and the utility plans cuts.": a clause joined to the
    attributed one after an attribution phrase that closes it is the writer's narrative. The
    tokens of such clauses and of their conjunctions; none when the phrase opens the sentence,
    where it covers every clause after it."""
    if phrase.i < head.i:
        return set()
    joined = [c for c in head.children if c.dep_ == "conj" and c.left_edge.i > end]
    if not joined:
        return set()
    first = min(c.left_edge.i for c in joined)
    out = {t.i for c in joined for t in c.subtree}
    out.update(c.i for c in head.children if c.dep_ in ("cc", "punct") and end < c.i < first)
    return out


def _counterpoint_claims(head: Token, end: int) -> set[int]:
    """"According to the ministry, pay has risen, though the union says this ignores
    inflation.": a concessive clause after the credited words whose own subject makes a claim
    of its own (a speech verb with a subject, ``_counterpoint_speech``) is a second statement
    with its own speaker, not part of the first. So with a clause joined by "but" ("According
    to the police, the crowd was peaceful, but organisers said several people were hurt"); one
    joined by "and", or a telling in the past ("..., but executives told staff it had not"),
    goes on with what the source reports. The tokens of such clauses, with the conjunction and
    the comma before them; none for a concession with no speaker ("..., though prices rose") or
    one before the phrase's end."""
    out: set[int] = set()
    for clause in head.children:
        if clause.left_edge.i <= end or clause.i < head.i:
            continue
        if lemma_of(clause.text) not in lexicon.SPEECH_VERBS or not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        if not _counterpoint_speech(clause):
            continue  # "..., but executives told staff it had not": narrated in the source's account
        if clause.dep_ == "conj":
            joiner = next((c for c in head.children if c.dep_ == "cc" and end < c.i < clause.i), None)
            if joiner is None or joiner.lower_ not in lexicon.COUNTERPOINT_OPENERS:
                # "and she asked the bankers to ...", "and Mills and Clinton told investigators
                # ...": more of what the credited source reports
                continue
            out.update(t.i for t in clause.subtree)
            out.add(joiner.i)
            opener = joiner
        else:
            opener = clause.left_edge
            if clause.dep_ != "advcl" or opener.dep_ != "mark" or opener.lower_ not in lexicon.COUNTERPOINT_OPENERS:
                continue
            out.update(t.i for t in clause.subtree)
        before = head.doc[opener.i - 1]
        if before.is_punct and before.i > end:
            out.add(before.i)
    return out


def _counterpoint_speech(verb: Token) -> bool:
    """"though the union says", "but critics have argued", "but residents said": a speech verb
    in the present or the present perfect, the writer's "now" set against a source's account,
    or one with no hearer, words given to the writer. A past tense with a hearer ("but
    executives told staff it had not", "though his partner told auditors ...") narrates what
    the source reports, a telling inside its account (QA review rev3, A6)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return True
    return not any(c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


#: Verbs that make a clause a report with a speaker of its own: saying, believing, or speech
#: that takes an object ("denounced the merger").
_REPORTING_LEMMAS = lexicon.SPEECH_VERBS | lexicon.BELIEF_VERBS | lexicon.OBJECT_VERBS


def _relative_clause_before(tok: Token, pobj: Token) -> Token | None:
    """"Unions denounced the merger, which would halve the firm's tax bill, according to
    analysts.": an "according to" phrase closing a sentence right after a relative clause
    attributes that clause when the sentence around it is already a report with a speaker of its
    own (the unions'): the figures are the analysts', the denouncing is not. The relative
    clause's verb, or None."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != "," or pobj.right_edge.i < max(
        (t.i for t in tok.sent if not t.is_punct), default=tok.i
    ):
        return None
    end = tok.i - 2
    relative = next((t for t in (doc[end], *doc[end].ancestors) if t.dep_ == "relcl" and t.right_edge.i == end), None)
    # A relative clause set off by commas ("the merger, which ..."), not "for years to come".
    if relative is None or relative.left_edge.tag_ not in ("WDT", "WP", "WP$") or doc[relative.left_edge.i - 1].text != ",":
        return None
    reported = any(
        lemma_of(verb.text) in _REPORTING_LEMMAS and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for verb in relative.ancestors
    )
    return relative if reported else None


def _clause_head(tok: Token) -> Token:
    """The clause a phrase modifies: up to the nearest verb, then to its clause root."""
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "parataxis", "advcl") and head.head is not head:
        head = head.head
    return head


def _cue_index(frame: Frame, doc: Doc, base: int) -> int | None:
    span = doc.char_span(frame.cue.start - base, frame.cue.end - base, alignment_mode="expand")
    return None if span is None else span.root.i


def _text_length(doc: Doc) -> int:
    """``len(doc.text)``, without building the text: ``Doc.text`` joins every token's text each
    time it is read, and a token's ``idx`` is its offset in that text."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _quoted_tokens(doc: Doc, base: int, quoted: Sequence[Span]) -> frozenset[int]:
    """Indices of tokens inside the quotations (character spans of the whole text, sorted)."""
    if not quoted:
        return frozenset()
    length = _text_length(doc)
    end = base + length
    first = bisect.bisect_right(quoted, base, key=lambda q: q.end)
    ids: set[int] = set()
    for q in quoted[first:]:
        if q.start >= end:
            break
        span = doc.char_span(max(0, q.start - base), min(length, q.end - base), alignment_mode="contract")
        if span is not None:
            ids.update(range(span.start, span.end))
    return frozenset(ids)


def entity_sentences(doc: Doc, *, opens_article: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Token ranges of the sentences whose entities the frames will read, and whether the first
    sentence refers back to the paragraph before.

    A cheap look at the cues before any frame is built: a sentence where a cue's speaker,
    hearer or carrier head is capitalised (a name, person or organisation: only the entity
    label tells which; capitalised rather than tagged proper, because the tagger reads surnames
    such as "Greaves" as plural nouns); and, where the speaker is a pronoun or a role ("she",
    "the minister"), the sentence before, where the one it refers to is usually named. For the
    first sentence that is the last one of the paragraph before, which is another Doc. When
    the Doc ``opens_article``, its first sentence too if it opens with a "Label:" (a headline's
    speaker, ``Lynch: No outside influence ...``, is a person only by the entity label).
    """
    wanted: set[tuple[int, int]] = set()
    refers_back = False
    previous: tuple[int, int] | None = None
    for sent in doc.sents:
        here = (sent.start, sent.end)
        if opens_article and sent.start == 0 and any(t.text == ":" for t in sent[1:7]):
            wanted.add(here)
        for tok in sent:
            lower = tok.lower_
            if (lower in lexicon.ROLE_NOUNS or lower in lexicon.TITLES) and (_named_after(tok, sent.end) or _named_before(tok)):
                # "coach Ray Dunmore watched ...", "the town's mayor, Henrik Strand, and ...",
                # "Ines Morrow, a former mayor, ...": a role a later "the coach" or "he" goes
                # back to.
                wanted.add(here)
                continue
            if lower == "according":
                heads = [c for t in tok.subtree for c in t.children if c.dep_ == "pobj"]
            elif tok.tag_.startswith("VB") and lemma_of(tok.text) is not None:
                subject, _ = _subject(tok)
                heads = [subject] if subject is not None else []
                heads += [c for c in tok.children if c.dep_ in ("dobj", "dative", "agent", "advcl")]
            else:
                continue
            for head in heads:
                if head.tag_ != "PRP" and (
                    head.text[:1].isupper()
                    or any(t.text[:1].isupper() for t in head.children if t.dep_ in ("compound", "appos", "pobj", "dobj"))
                    # "The head of the ferry service, Tomasz Wierzbicki,": a name closing the phrase
                    or _closing_name(head)
                ):
                    wanted.add(here)
                elif head.tag_ == "PRP" or any(c.lower_ == "the" for c in head.children) or _speaks_for_a_body(head):
                    if previous is not None:
                        wanted.add(previous)
                    else:
                        refers_back = True
                    if any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children) or (
                        head.tag_ != "PRP" and any(t.text[:1].isupper() for t in doc[sent.start + 1 : head.left_edge.i])
                    ):
                        # "Veltra Motors will cut 2,000 jobs, the company said", "Shares in
                        # Veltra fell after the carmaker said": named before the cue in its own
                        # sentence.
                        wanted.add(here)
        previous = here
    return sorted(wanted), refers_back


def _speaks_for_a_body(head: Token) -> bool:
    """Whether ``head`` is an unnamed spokesperson of a body the sentence before may name: "a
    spokesman for the firm", "a union spokesperson", "the company's spokeswoman"."""
    if head.lower_ not in lexicon.SPEAKING_FOR_NOUNS:
        return False
    return any(t.lower_ in _BODY_NOUNS and not t.text[:1].isupper() for t in head.subtree if t.i != head.i)


def _closing_name(head: Token) -> bool:
    """Whether a capitalised appositive or object closes the phrase of ``head``, before any
    comma that ends it: "The head of the ferry service, Tomasz Wierzbicki,"."""
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = last.doc[last.i - 1]
    return last.i > head.i and last.text[:1].isupper() and last.dep_ in ("appos", "pobj")


def _named_before(role: Token) -> bool:
    """Whether a role is set after a name, in apposition ("Ruth Okonjo, 66, a former mayor,"), in
    a relative clause on it ("Ruth Okonjo, who served as mayor", "..., who was mayor") or as
    what the name is ("Ruth Okonjo is the mayor")."""
    tok = role
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.dep_ == "relcl":
        tok = tok.head.head
    elif tok.dep_ == "attr" and tok.head.dep_ == "relcl":
        tok = tok.head
    elif tok.dep_ == "attr" and tok.head.lower_ in ("is", "was", "'s", "’s"):
        # "Rosalind Achterberg, 67, is the state's longest-serving senator": named as the
        # subject of the copula.
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        return subject is not None and subject.tag_ in _PROPER_TAGS
    elif tok.dep_ != "appos":
        return False
    return tok.head.tag_ in _PROPER_TAGS and tok.head.i < role.i


def _named_after(role: Token, end: int) -> bool:
    """Whether a name follows a role noun: next to it ("coach Ray Dunmore") or after a comma
    that closes the role's phrase ("the chief executive of Norrland Lithium, Annika Berglund")."""
    doc = role.doc
    if role.i + 1 < end and doc[role.i + 1].text[:1].isupper():
        return True
    comma = next((t.i for t in doc[role.i + 1 : min(end, role.i + 6)] if t.text == ","), None)
    return comma is not None and comma + 1 < end and doc[comma + 1].tag_ in _PROPER_TAGS


#: Lower-case words a speaker label may hold between capitalised ones: "Secretary of State".
_LABEL_LINKS = frozenset({"of", "the", "de", "van", "von", "der", "al", "bin", "la", "le", "du"})


def _label_word(tok: Token, conv: _Converter) -> bool:
    """A word of a name or title: capitalised in the article (the parser may have read a
    headline's words in lower case, see ``parsing.parser_text``) or a linking "of"; letters and
    . ' - only."""
    word = conv.token(tok).text
    letters = word.rstrip(".").replace("'", "").replace("’", "").replace("-", "")
    return (word[:1].isupper() or tok.lower_ in _LABEL_LINKS or tok.tag_ == "POS") and letters.isalpha()


def _lower_label_head(tok: Token, label: list[Token]) -> bool:
    """Whether a word in lower case may still close a label: a document or a side after the
    name whose it is ("Audit Office report: ...", "Okafor camp: ...")."""
    return tok.i == label[-1].i and len(label) > 1 and tok.lower_ in _LOWER_LABEL_HEADS


#: Common nouns that close a label in lower case (see ``_lower_label_head``).
_LOWER_LABEL_HEADS = lexicon.FINDING_SUBJECT_NOUNS | lexicon.HEADLINE_SIDE_NOUNS


def _label_frames(sent: SpacySpan, conv: _Converter, quoted: frozenset[int]) -> Iterator[Frame]:
    """``TRUMP: The deaths of ...`` in a transcript, ``Poll: Clinton and Trump tied`` or
    ``Carson: Cruz taking the wrong approach`` in a headline: a name, or a poll or report, and
    a colon opening a paragraph say whose words the rest of the line is.

    A label in capitals is a transcript's speaker: the words are theirs verbatim (frame
    ``transcript``). Any other is a headline's attribution: the words are a summary (``label``).
    A headline's label may say whom the speaker spoke to, or where or about what ("Okafor to
    city council: ...", see ``_label_aside``): the speaker is the label before that.
    """
    colon = next((t for t in sent[1:_LABEL_REACH] if t.text == ":"), None)
    if colon is None:
        return
    text = conv.text
    start = conv.base + sent[0].idx
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return  # not at the start of a paragraph
    headline = _opens_article(sent, conv)
    label, aside = _label_aside(list(sent[: colon.i - sent.start]))
    if len(label) >= _LABEL_WORDS or (aside and not headline):
        return
    if not label[0].text[:1].isupper() or not all(_label_word(t, conv) or _lower_label_head(t, label) for t in label):
        return
    if any(t.lower_.rstrip(".") in lexicon.NON_SPEAKER_LABELS and not _masthead_word(t, label) for t in label + aside[1:]):
        return
    document = label[-1].lower_ in lexicon.FINDING_SUBJECT_NOUNS
    if any(t.tag_.startswith("VB") and lemma_of(t.text) is not None for t in label) and not document:
        return  # "Trump Says: ..." is a headline with its own cue
    chunk_end = conv.base + len(sent.doc.text)
    line_end = text.find("\n", colon.idx + conv.base)
    end = chunk_end if line_end < 0 else min(line_end, chunk_end)
    content = Span.stripped(text, conv.base + colon.idx + 1, end)
    if len(content.text.split()) < 2:
        return
    after = [t for t in sent.doc[colon.i + 1 :] if t.idx + conv.base < content.end]
    # "AP: ..." opening an article is the agency's headline, not a transcript's turn.
    verbatim = all(t.text.isupper() or t.lower_ in _LABEL_LINKS for t in label if t.is_alpha) and not (
        headline and _label_name(label) in _OUTLET_KEYS
    )
    has_quotation = any(t.i in quoted for t in after)
    marked = verbatim or document or has_quotation
    person = None if marked or not headline else _person_label(label, after)
    if not marked and person is None:
        # "The Latest: ...", "Wow: ...", "Iowa: <names>": a headline label with no quoted words
        # is a section heading far more often than a speaker.
        return
    heads = [t for t in label if t.lower_ not in _LABEL_LINKS and t.tag_ != "POS"]
    if not heads:
        return  # "The: ..."
    head = heads[-1]
    speaker = make_mention(head, conv, exclude=range((aside or [colon])[0].i, len(sent.doc)))
    # "VANTONGEREN: Not one, unless ...", "ALBESCU: Minister, did you ...": the parser may hang
    # a turn's first words on the label as an appositive; only words before the colon say who
    # speaks.
    said = conv.tokens(label[0], label[-1]).text
    speaker = replace(speaker, descriptions=tuple(d for d in speaker.descriptions if d in said))
    if speaker.name is None and not document and not lexicon.role_noun(head.lower_) and person not in _COMMON_LABELS:
        # Without the entity recognizer's say, a capitalised label is still a name; a role
        # ("Minister: ...") is left to be found as one, most often named in the body below.
        speaker = replace(speaker, name=conv.tokens(label[0], label[-1]).text, proper=True)
    yield Frame(
        cue=conv.token(colon),
        lemma=":",
        frame="transcript" if verbatim else "label",
        speaker=speaker,
        content=(content,),
        recipient=_label_hearer(aside, conv, colon),
        extent=conv.tokens(label[0], colon),
        sentence=conv.tokens(sent[0], sent[-1]),
        headline_label=person or "",
    )


#: How far into a line its label's colon may come, and how many words the speaker's part of
#: the label may have: "Okafor to the Harbour Council Finance Committee:" says whom she spoke
#: to at length, but a speaker's name or title is short.
_LABEL_REACH = 12
_LABEL_WORDS = 7


def _label_aside(label: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split "Okafor to city council", "Lind at the summit", "Ferreira on the budget" into the
    speaker's part and the aside from the preposition on (``lexicon.HEADLINE_LABEL_PREPOSITIONS``);
    a label with none is all the speaker's. The preposition must follow a word of the speaker
    and be followed by words, none of them punctuation ("Lind at: ..." is no aside)."""
    at = next((i for i, t in enumerate(label) if 0 < i < len(label) - 1 and t.lower_ in lexicon.HEADLINE_LABEL_PREPOSITIONS), None)
    if at is None or any(t.is_punct for t in label[at:]):
        return label, []
    return label[:at], label[at:]


def _label_hearer(aside: list[Token], conv: _Converter, colon: Token) -> Mention | None:
    """Whom a labelled speaker spoke to: the object of "to" in "Okafor to city council: ..."."""
    if not aside or aside[0].lower_ != "to":
        return None
    inside = range(aside[1].i, colon.i)
    # The headline's object of "to"; the parser may hang the words after it elsewhere, so
    # failing that, the first word after "to" that has its head outside them.
    hearer = next((c for c in aside[0].children if c.dep_ == "pobj" and c.i in inside), None)
    if hearer is None:
        hearer = next((t for t in aside[1:] if t.head.i not in inside), aside[-1])
    return make_mention(hearer, conv, exclude=range(colon.i, len(colon.doc)))


def _opens_article(sent: SpacySpan, conv: _Converter) -> bool:
    """Whether the sentence is the first words of the article (its headline)."""
    return not conv.text[: conv.base + sent[0].idx].strip()


def _rubric_label(tok: Token, conv: _Converter) -> bool:
    """Whether a word opening a paragraph before a colon is a section's rubric, not a cue:
    "Explained: why the port is closing" (see ``lexicon.NON_SPEAKER_LABELS``)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":" or tok.lower_ not in lexicon.NON_SPEAKER_LABELS:
        return False
    start = conv.base + tok.idx
    return not conv.text[conv.text.rfind("\n", 0, start) + 1 : start].strip()


#: Kinds of headline label that are a common noun, not a name: "Newspaper: ...", "Historians: ...".
_COMMON_LABELS = frozenset({"medium", "people", "side"})


def _person_label(label: list[Token], said: list[Token]) -> str | None:
    """``Lynch: No outside influence on the probe``: a label opening the article's first line
    (``_label_frames`` asks), before a clause with a finite verb (in ``said``, the words after
    the colon to the end of the line, which the parser may have cut into sentences of their
    own), may be the headline's speaker. ``"person"`` when the entity recognizer reads it as
    one; ``"surname"`` for a lone capitalised word it reads as no entity at all (the small
    model seldom knows a surname in a headline): ``assemble`` keeps that only if a person of
    that name is named in the article. A body or an outlet speaks in
    a headline the same way (``_body_label``). (In a transcript a turn's label is read by
    ``assemble``.)"""
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in said) or _names_own_speaker(said):
        return None
    surname = label[-1]
    if surname.ent_type_ == "PERSON":
        return "person"
    body = _body_label(label)
    if len(label) == 1 and not surname.ent_type_:
        return body or "surname"
    return body


def _names_own_speaker(said: list[Token]) -> bool:
    """Whether the words after a label have a "say" with a subject of their own: in "Halvard
    Union: Members say pay deal is too low" or "BBC Sport: Ferreira says he will stay" the label
    is the topic or the section, not the one who speaks.
    Only "say": a headline's other verbs ("Attacks highlight threat", "Plan threatens jobs")
    are often the claim itself."""
    return any(
        t.tag_ in _FINITE_CLAUSE_TAGS and lemma_of(t.text) == "say" and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        for t in said
    )


def _body_label(label: list[Token]) -> str | None:
    """"Halvard Union: ...", "Daily Ledger: ...", "Newspaper: ...", "Economists: ...", "Okafor
    camp: ...": a headline's label naming an organisation (by the entity label or as a known
    outlet), a medium that carried the words, a group of people by what they are, or someone's
    side. ``"body"`` for a name; ``"medium"``, ``"people"`` or ``"side"`` for a common noun
    (``_COMMON_LABELS``); else None."""
    last = label[-1].lower_
    if len(label) == 1 and last in lexicon.OUTLET_NOUNS:
        return "medium"
    if len(label) == 1 and (lexicon.people_noun(last) or last in lexicon.PRESS_SOURCE_NOUNS):
        return "people"
    if len(label) > 1 and last in lexicon.HEADLINE_SIDE_NOUNS:
        return "side"
    if label[-1].ent_type_ in ("ORG", "NORP") or _label_name(label) in _OUTLET_KEYS or (len(label) > 1 and last in _OUTLET_WORDS):
        return "body"
    return None


def _label_name(label: list[Token]) -> str:
    """The label's words in lower case without a leading "the", as ``_OUTLET_KEYS`` has them."""
    return " ".join(t.lower_ for t in label).removeprefix("the ")


def _masthead_word(tok: Token, label: list[Token]) -> bool:
    """Whether a rubric's word is part of an outlet's name, set before the masthead word that
    ends the label: "Daily" in "Harbour Daily News", "Morning" in "Morning Ledger"."""
    return tok.i < label[-1].i and label[-1].lower_ in _OUTLET_WORDS


def _names_a_poll(noun: Token) -> bool:
    """Whether a noun names a poll one can check: "the latest Kessler poll", "a survey by
    Meridian Research", "national polls", "the Harbor average of state polls". Not the bare
    "polls" of "Trump leads in the polls", which is the race, not a poll (PolNeAR marks
    those no more than it marks "in the race")."""
    word = noun.lower_
    if word in lexicon.POLL_AVERAGE_NOUNS:
        return any(
            (c.dep_ == "compound" and c.lower_ in lexicon.POLL_AVERAGE_COMPOUNDS)
            or (c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in lexicon.POLL_NOUNS for g in c.children))
            for c in noun.children
        )
    if word == "one":  # "in one of the first post-debate polls"
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(_names_a_poll(g) for g in c.children) for c in noun.children)
    if word not in lexicon.POLL_NOUNS:
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return any(
            (c.i < noun.i and c.dep_ in ("amod", "compound", "nmod", "nummod", "poss") and c.lower_ not in lexicon.POLL_QUANTIFIERS)
            or (c.i > noun.i and (c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in lexicon.POLL_NAMING_PREPOSITIONS)))
            for c in noun.children
        )
    return True


def _states_standing(toks: Sequence[Token]) -> bool:
    """Whether a clause states a standing a poll could find: a figure ("had 38 percent",
    "fell to fourth"), a standing verb ("Ortiz led Vance") or adverb ("is ahead")."""
    return any(
        _standing_figure(t)
        or t.lower_ in lexicon.POLL_FIGURE_WORDS
        or t.lower_ in lexicon.FINDING_OBJECT_ADVERBS
        or t.lower_ in lexicon.POLL_STANDING_WORDS
        or (lemma_of(t.lower_) or t.lemma_) in lexicon.POLL_STANDING_WORDS
        for t in toks
    )


#: Words a number of a date or a span of time hangs on ("May 5", "5 days").
_DATE_HEAD_WORDS = lexicon.STAMP_TIME_WORDS | lexicon.TIME_WORDS


def _standing_figure(tok: Token) -> bool:
    """Whether a number gives a standing: a share or a rank ("had 38 percent", "fell to
    fourth"), or a bare score outside the subject ("Ortiz had 44 to Vance's 40"). A count in the
    subject ("About 1,000 people took part in the survey") or a date ("He was interviewed on May
    5 in a survey") says how the poll was taken, not what it found."""
    if tok.ent_type_ in ("PERCENT", "ORDINAL"):
        return True
    if not (tok.like_num or tok.ent_type_ == "CARDINAL") or tok.ent_type_ in lexicon.NOT_STANDING_NUMBER_TYPES:
        return False
    # The recognizer may not have read the sentence: a day of a month ("May 5") or a count of
    # time ("5 days") by its words.
    if tok.head.lower_ in _DATE_HEAD_WORDS:
        return False
    return not any(t.dep_ in _SUBJECT_DEPS for t in (tok, *tok.ancestors))


def _poll_phrase_end(prep: Token, sent: SpacySpan) -> int:
    """Where an opening ``in`` phrase ends: the comma after the poll's words, past a time the
    parser hung on the verb ("In a Kessler poll last month, ..."); -1 without such a comma."""
    when = {t.i for c in prep.head.children if c.dep_ == "npadvmod" and c.i > prep.i for t in c.subtree}
    k = prep.right_edge.i + 1
    while k < sent.end and (k in when or sent.doc[k].ent_type_ in ("DATE", "TIME")) and sent.doc[k].text != ",":
        k += 1
    return k if k < sent.end and sent.doc[k].text == "," else -1


def _standing_verb(prep: Token) -> Token | None:
    """The verb of the clause a closing ``in`` phrase belongs to: "Ortiz [led] Vance by 12
    points in ...", "Ortiz [was] at 25 percent support in ..." (the parser may hang the
    phrase on "support" or "ahead"). None when the phrase modifies a subject ("Ortiz's lead
    in the poll has ...")."""
    head = prep.head
    for _ in range(3):
        if head.tag_.startswith("VB") or head.tag_ == "MD":
            return head if head.i < prep.i else None
        if head.dep_ not in ("pobj", "prep", "dobj", "attr", "acomp", "advmod", "npadvmod") or head.lower_ in _SUBORDINATORS:
            return None  # "The poll was taken [before] Carson's drop in national polls"
        head = head.head
    return None


def _poll_frame(prep: Token, noun: Token, phrase: list[Token], content: list[Token], conv: _Converter, sent: SpacySpan) -> Frame | None:
    """A finding frame with the poll as the speaker and ``phrase`` as the cue."""
    spans = _runs_to_spans([content], conv)
    if not spans:
        return None
    words = _trim_tokens(phrase)
    # The cue is the phrase's own words: not "last month" the parser hung on the clause's verb.
    cue = _trim_tokens([t for t in words if prep.i <= t.i <= prep.right_edge.i])
    return Frame(
        cue=conv.tokens(cue[0], cue[-1]),
        lemma=noun.lower_,
        frame="finding",
        speaker=make_mention(noun, conv),
        content=tuple(spans),
        extent=conv.tokens(cue[0], cue[-1]),
        sentence=conv.tokens(sent[0], sent[-1]),
        content_before=content[0].i < prep.i,
    )


def _survey_frames(sent: SpacySpan, conv: _Converter, cued: set[int]) -> Iterator[Frame]:
    """A poll, survey or study named in an ``in`` phrase is where its clause comes from, when
    the clause has no cue of its own: opening the sentence ("In the latest Post-ABC News
    poll, Clinton led Trump 47 percent to 39.") or closing it after a standing ("Ortiz led
    Vance by 12 points in a Channel 9 poll released Tuesday.")."""
    if any(t.i in cued for t in sent):
        return
    for prep in sent:
        if prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        poll = _names_a_poll(noun)
        opening = prep.i == sent.start or (prep.i == sent.start + 1 and sent[0].dep_ == "cc")
        if opening and (poll or (noun.lower_ in lexicon.FINDING_SUBJECT_NOUNS and noun.lower_ not in lexicon.POLL_NOUNS)):
            frame = _opening_poll_frame(prep, noun, sent, conv)
        elif poll and not opening:
            frame = _closing_poll_frame(prep, noun, sent, conv)
        else:
            continue
        if frame is not None:
            yield frame
            return


def _opening_poll_frame(prep: Token, noun: Token, sent: SpacySpan, conv: _Converter) -> Frame | None:
    """``In a Kessler poll last month, Ortiz had a 10-point lead.``: the rest of the sentence."""
    end = _poll_phrase_end(prep, sent)
    verb = prep.head
    if end < 0 or (verb.i != verb.head.i and not verb.tag_.startswith("VB")):
        return None
    phrase = [t for t in sent.doc[prep.i : end]]
    skip = {t.i for t in phrase} | {t.i for t in prep.subtree}
    clause = [t for t in verb.subtree if t.i not in skip and t.i > end and t.i < sent.end]
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause):
        return None  # "In the survey, 40 percent." is no clause
    return _poll_frame(prep, noun, phrase, clause, conv, sent)


def _closing_poll_frame(prep: Token, noun: Token, sent: SpacySpan, conv: _Converter) -> Frame | None:
    """``He fell to 10 percent in the latest Kessler poll.``: the clause before the phrase,
    when it states a standing (see ``_states_standing``)."""
    verb = _standing_verb(prep)
    if verb is None or not (verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None  # "..., with 87 percent viewing him favorably in a poll": no clause of its own
    clause = [t for t in verb.subtree if sent.start <= t.i < prep.i]
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < prep.i), None)
    if subject is not None and subject.lower_ in lexicon.FINDING_SUBJECT_NOUNS:
        return None  # "The poll was conducted ...": about the poll, not its finding
    comma = next((t for t in reversed(clause) if t.text == "," and subject is not None and t.i < subject.left_edge.i), None)
    if comma is not None:
        clause = [t for t in clause if t.i > comma.i]  # "By Jan. 18, Obama was winning ...": when is no finding
    # "where the mayor led in every survey", "when he sagged in the latest poll": the
    # standing, not the word that ties it to the sentence around it.
    while clause and (clause[0].dep_ in ("cc", "mark", "punct") or clause[0].tag_ in ("WRB", "WDT", "WP")):
        clause.pop(0)
    if len(clause) < 2 or not _states_standing(clause) or not any(t.dep_ in _SUBJECT_DEPS | {"expl"} for t in clause):
        return None
    phrase = _cut_tail(list(prep.subtree))
    return _poll_frame(prep, noun, phrase, clause, conv, sent)


def _speech_shown(verb: Token) -> bool:
    """Whether a verb, or the verb it hedges ("appears to be arguing"), says someone spoke:
    "In the video, the woman appears to be arguing with a guard" shows speech; "In the video,
    Roux appeared to mock the accent" and "In the video, he grabs her arm" show deeds."""
    tok: Token | None = verb
    while tok is not None:
        if lemma_of(tok.text) in lexicon.SPEECH_VERBS:
            return True
        tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return False


def _with_no_reply_frames(sent: SpacySpan, conv: _Converter, frames: list[Frame], doc: Doc, base: int) -> list[Frame]:
    """A sentence's frames with its no-reply refusals (see ``_no_reply_frames``), each in place
    of the empty frame its verb gave as a cue with no words ("did not respond")."""
    cued = {i for i in (_cue_index(f, doc, base) for f in frames if f.content) if i is not None}
    found = list(_no_reply_frames(sent, conv, cued))
    if not found:
        return frames
    starts = {f.cue.start for f in found}
    return [f for f in frames if f.content or f.cue.start not in starts] + found


def _no_reply_frames(sent: SpacySpan, conv: _Converter, cued: set[int]) -> Iterator[Frame]:
    """``Novalink did not respond to a request for comment``: a source that did not answer the
    reporter refused all the same, a ``decline`` frame whose content is what went unanswered
    ("a request for comment"). Also "did not return calls". Only with such an object ("did not
    respond in kind" is no refusal), and only negated or after a subject that negates the verb
    ("Neither Harlow nor Delune responded", "No one at the firm returned calls":
    ``_negating_subject``)."""
    if not any(t.dep_ == "neg" or t.lower_ in lexicon.NEGATING_SUBJECT_WORDS for t in sent):
        return  # Neither a negation nor a negating subject: most sentences end here.
    for verb in sent:
        if verb.i in cued:
            continue
        found = _unanswered(verb)
        if found is None:
            continue
        cue_end, what = found
        subject, _ = _subject(verb)
        if subject is None:
            continue
        negates = _negating_subject(subject)  # "Neither Harlow nor Delune responded"
        if not any(c.dep_ == "neg" and c.i < verb.i for c in verb.children) and not negates:
            continue
        # The cue runs from the first auxiliary or negation: "did not immediately respond to".
        first = min((c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i), key=lambda c: c.i, default=verb)
        content = _runs_to_spans([_cut_tail(list(what.subtree))], conv)
        if not content:
            continue
        speaker = make_mention(subject, conv)
        if negates and not speaker.parts:
            speaker = replace(speaker, parts=_neither_parts(subject, conv))
        yield Frame(
            cue=conv.tokens(first, cue_end),
            lemma="decline",
            frame="decline",
            speaker=speaker,
            content=tuple(content),
            extent=conv.tokens(subject.left_edge, cue_end),
            sentence=conv.tokens(sent[0], sent[-1]),
            negated=True,
            subject_negates=negates,
        )


def _negative_inversion(verb: Token, subject: Token | None) -> bool:
    """Whether the cue's clause opens with "nor" or "neither", or a negative adverbial ("Never",
    "At no point", "Not once", see ``lexicon.NEGATIVE_OPENERS``), and its auxiliary before its
    subject: "Nor had any customer reported losing money" says no customer did, "Never has the
    minister said the plant is safe" that she did not, whatever the parser hangs where ("Nor,
    he added, had ...": the auxiliary may be read as the main verb with the cue its complement).
    Standard English negative inversion."""
    if subject is None or subject.i > verb.i:
        return False
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < subject.left_edge.i), None)
    holder = verb
    if aux is None and verb.dep_ == "ccomp" and verb.head.i < subject.left_edge.i and lemma_of(verb.head.text) is None:
        holder = aux = verb.head  # "had" read as the verb, "reported" its complement
    if aux is None or aux.lower_ not in lexicon.AUXILIARIES:
        return False
    if any(c.lower_ in ("nor", "neither") and c.i < aux.i for c in holder.children):
        return True
    return _negative_opener(holder.doc[holder.left_edge.i : aux.i]) and not _degree_compared(verb, subject)


def _degree_compared(verb: Token, subject: Token) -> bool:
    """Whether a negative opener compares a degree rather than denies the act: "Never before
    had so many voters said they would stay home", "Never has a firm denied a report so
    firmly" say that they did, more than ever (``lexicon.COMPARED_DEGREE_WORDS`` or a
    comparative in the subject or an adverb of the cue)."""
    words = [*subject.subtree, *(t for c in verb.children if c.dep_ == "advmod" for t in c.subtree)]
    return any(t.lower_ in lexicon.COMPARED_DEGREE_WORDS or t.tag_ in ("JJR", "RBR") for t in words)


def _negative_opener(words: Sequence[Token]) -> bool:
    """Whether the words before an inverted auxiliary begin with a negative adverbial: "Never
    (before)", "At no point (in the talks)" (``lexicon.NEGATIVE_OPENERS``)."""
    lowered = [t.lower_ for t in words]
    return any(" ".join(lowered[:n]) in lexicon.NEGATIVE_OPENERS for n in range(1, min(len(lowered), 4) + 1))


def _negating_subject(subject: Token) -> bool:
    """Whether a subject negates its verb: "Neither Harlow nor Delune responded", "Neither
    company replied", "None of the officials responded", "No one at the firm returned calls"
    (see ``lexicon.NEGATING_SUBJECT_WORDS``). Not "No 10 responded to questions": "No" before
    digits is a name (Downing Street) or a rank ("No 1 seed"); "one" in "No one" is no digit."""
    first = subject.doc[subject.left_edge.i]
    if first.lower_ not in lexicon.NEGATING_SUBJECT_WORDS or (first.lower_ == "no" and first.i + 1 < len(first.doc) and first.nbor().text[:1].isdigit()):
        return False
    return first.i == subject.i or first.dep_ in ("det", "preconj", "cc", "neg")


def _neither_parts(subject: Token, conv: _Converter) -> tuple[Mention, ...]:
    """Each one "Neither Harlow nor Delune" names, as a mention of its own: none of them
    answered, so each refused ("nor" names no joint speaker of words said, see
    ``lexicon.JOINT_CONJUNCTIONS``, but every one of them left the request unanswered)."""
    conjuncts = _conjuncts(subject)
    if len(conjuncts) < 2:
        return ()
    parts = []
    for tok in conjuncts:
        own = {t.i for c in _next_conjuncts(tok) for t in c.subtree} | {
            c.i for c in tok.children if c.dep_ in ("cc", "preconj", "det") and c.lower_ in lexicon.NEGATING_SUBJECT_WORDS | {"nor", "or"}
        }
        parts.append(make_mention(tok, conv, exclude=own, split=False))
    return tuple(parts)


def _unanswered(verb: Token) -> tuple[Token, Token] | None:
    """The end of a no-reply cue and what went unanswered: "did not respond [to] [a request for
    comment]", "did not return [calls]"; None for any other verb. Not "could not be reached for
    comment": the source may never have heard the request, and no one refused anything."""
    if verb.lower_ not in lexicon.NO_REPLY_VERB_FORMS:
        return None
    if verb.lower_.startswith("return"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return (verb, obj) if obj is not None and obj.lower_ in lexicon.REPLY_REQUEST_NOUNS else None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.lower_ not in lexicon.REPLY_REQUEST_NOUNS:
        return None
    # "did not respond to a request": the cue takes the "to" when it follows the verb.
    return (prep if prep.i == verb.i + 1 else verb), obj


def _statement_frames(sent: SpacySpan, conv: _Converter, cued: set[int]) -> Iterator[Frame]:
    """``In an interview with CNN, the senator doubled down on ...``: a statement noun marks
    the clause as attribution when its verb is no cue of its own. The content is the predicate.
    """
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        verb = prep.head
        if noun is None or noun.lower_ not in lexicon.STATEMENT_NOUNS or not verb.tag_.startswith("VB"):
            continue
        if verb.i in cued or noun.lower_ in ("report", "text"):
            continue
        if any(c.dep_ == "parataxis" and c.i in cued and prep.i < c.i < verb.i for c in verb.children):
            continue  # "In a statement, the ministry said, the talks will resume": the cue's occasion
        if verb.dep_ in ("advcl", "acl") and verb.tag_ in ("VBG", "VBN") and verb.head.i in cued:
            continue  # "Marsh, speaking during public comment, said ...": the cue's occasion
        if noun.lower_ in lexicon.PICTURE_STATEMENT_NOUNS and not _speech_shown(verb):
            continue  # "In the video, Roux appeared to mock ...": what the pictures show
        if _relative_object(verb):
            continue  # "the motto, which he first used in a sermon": what he used stands outside
        if noun.lower_ in lexicon.MEDIUM_TAIL_NOUNS and any(a.i in cued for a in verb.ancestors):
            continue  # "said talks would resume in a statement": the cue's medium, after its content
        subject, passive = _subject(verb)
        if subject is None or subject.lower_ in ("it", "there"):
            continue
        if passive and subject.dep_ == "nsubjpass":
            # "In an interview, Ridley was pressed on whether she would run": the passive's
            # subject is who was asked or spoken of, not who spoke.
            continue
        skip = {t.i for t in prep.subtree} | {t.i for t in subject.subtree}
        skip |= {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "punct") and c.i < verb.i}
        # "In his speech, Obama praised X and said ...": the said-clause is its own frame.
        cued_conj = next((c for c in verb.children if c.dep_ == "conj" and c.i in cued), None)
        if cued_conj is not None:
            skip |= {t.i for t in sent if t.i >= cued_conj.left_edge.i}
        predicate = _cut_tail([t for t in verb.subtree if t.i not in skip and t.i >= verb.i and t.i < sent.end])
        content = _runs_to_spans([predicate], conv)
        if not content:
            continue
        phrase = _trim_tokens(list(prep.subtree))
        cue = conv.tokens(phrase[0], phrase[-1])
        recipient = None
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                obj = next((c for c in p.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    recipient = make_mention(obj, conv)
        yield Frame(
            cue=cue,
            lemma=noun.lower_,
            frame="statement",
            speaker=make_mention(subject, conv),
            content=tuple(content),
            extent=_extent([*phrase, *subject.subtree], conv) or cue,
            sentence=conv.tokens(sent[0], sent[-1]),
            recipient=recipient,
            context=(cue,),
        )


def _relative_object(verb: Token) -> bool:
    """Whether the verb's object is a relative pronoun: in "the slogan, which she coined in a
    speech", what she coined is the slogan outside the clause, so the clause holds no words of
    hers."""
    return any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children)


_BE_FORMS = frozenset({"is", "was", "are", "were", "'s", "remains", "remained"})
_SAYING_NOUNS = lexicon.SAYING_THAT_NOUNS | lexicon.SAYING_TO_NOUNS
_SAYING_NOUN_LIGHT_FORMS = forms_of_all(lexicon.SAYING_NOUN_LIGHT_VERBS)
_SAYING_NOUN_OBJECT_FORMS = forms_of_all(lexicon.SAYING_NOUN_OBJECT_VERBS) | {
    "kept", "broke", "broken", "heard", "read", "saw", "seen", "sent", "brought", "withdrew", "withdrawn"
}


def _noun_that_clause(noun: Token) -> Token | None:
    """The that-clause of content on a noun of saying: "the claim that his net worth exceeds
    ...". The parser hangs it as ``acl`` or ``relcl``; its "that" is a mark, or a subject or
    object beside a subject of the clause's own ("the accusation by the union that managers
    lied"). "The promise that he made" is a relative clause: its verb takes the promise."""
    for rel in noun.children:
        if rel.dep_ not in ("acl", "relcl") or rel.i < noun.i or not rel.tag_.startswith(("VB", "MD")):
            continue
        if _has_that_mark(rel):
            return rel
        that = rel.doc[rel.left_edge.i]
        if that.lower_ != "that" or that.head.i != rel.i or that.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if rel.lower_ in _SAYING_NOUN_OBJECT_FORMS:
            continue
        if any(c.dep_ in _SUBJECT_DEPS and c.i != that.i for c in rel.children):
            return rel
    return None


def _copula_of(noun: Token) -> Token | None:
    """The "is" whose subject a noun is: "Her argument was that ...", or through a part of
    it: "One of Trump's talking points is that ..."."""
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lexicon.PART_OF_WORDS:
        subject = noun.head.head
    if subject.dep_ == "nsubj" and subject.head.lower_ in _BE_FORMS:
        return subject.head
    return None


def _noun_content(noun: Token, lemma: str) -> list[Token] | None:
    """What a noun of saying holds: a that-clause (without "that") or a to-infinitive ("to raise
    the minimum wage"). "His call for a special prosecutor" names no claim: the thing called
    for is left out (on PolNeAR train it cost more precision than it gained)."""
    if lemma in lexicon.SAYING_THAT_NOUNS or lemma in lexicon.COPULAR_CLAIM_NOUNS:
        rel = _noun_that_clause(noun) if lemma in lexicon.SAYING_THAT_NOUNS else None
        if rel is None and noun.dep_ == "dobj" and lemma in lexicon.SAYING_THAT_NOUNS:
            # "both leaders gave assurances that they would ...": the parser hangs the clause
            # right after the noun on the verb. Not a noun of a view ("shared his belief that"):
            # that states a view only as the subject of "is that".
            rel = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1 and _has_that_mark(c)), None)
        copula = _copula_of(noun) if rel is None else None
        if copula is not None:
            # "Morrow's argument on Sunday was that the delegates should switch sides"
            rel = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > noun.i and _has_that_mark(c)), None)
            if rel is not None:
                # the clause runs to the end of the sentence: "was that the plan is, in truth, failing"
                return [t for t in copula.subtree if t.i > rel.left_edge.i]
        if rel is not None:
            # without the "that", a mark or a complementizer read as the clause's subject or object
            return [t for t in rel.subtree if not (t.lower_ == "that" and t.head.i == rel.i and t.i == rel.left_edge.i)]
    if lemma in lexicon.SAYING_TO_NOUNS:
        for c in noun.children:
            # right after the noun: in "promises of grants to farmers to replant" the grants are
            if c.dep_ in ("acl", "relcl") and c.left_edge.i == noun.i + 1 and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children):
                return list(c.subtree)
    return None


def _noun_content_end(noun: Token, toks: list[Token]) -> list[Token]:
    """Where the content of a noun of saying ends: before a line break the parser ran over,
    before a dash that opens an appositive or a restatement ("... would close the clinic - a
    charge that ..."), and, after "between", before the other thing compared ("between her
    claim that she kept no records and the auditor's report")."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        if "\n" in t.text or (out and "\n" in out[-1].whitespace_):
            break
        if t.text in _DASH_TOKENS or t.tag_ == ":":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.lower_ in ("a", "an") or any(a.dep_ == "appos" and a.left_edge.i == nxt.i for a in nxt.doc[nxt.i : nxt.i + 8])):
                break
        if noun.head.lower_ == "between" and t.dep_ == "cc" and any(c.dep_ == "conj" and c.tag_.startswith("NN") for c in t.head.children):
            break
        out.append(t)
    return out


def _noun_speaker(noun: Token) -> tuple[Token, str | None] | None:
    """Who made the claim a noun of saying names: its possessor ("Smith's claim", "his vow") or
    the agent after it ("the accusation by the union"), when that can speak. With a possessive
    pronoun, the subject form it stands for."""
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i:
            if c.tag_ == "PRP$":
                form = lexicon.POSSESSIVE_PRONOUN_SUBJECTS.get(c.lower_)
                return (c, form) if form is not None else None
            return (c, None) if _source_like(c) else None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            # after a noun of saying, "by" names who said it: "the accusation by the union"
            if pobj is not None and pobj.tag_ in ("NN", "NNS", "NNP", "NNPS"):
                return pobj, None
    if noun.dep_ == "dobj" and noun.head.lower_ in _SAYING_NOUN_LIGHT_FORMS and not any(c.dep_ == "poss" for c in noun.children):
        # "he made the suggestion that ...": the one who makes it says it
        subject, passive = _subject(noun.head)
        if subject is not None and not passive and subject.lower_ not in ("it", "there", "that", "which", "what"):
            if subject.tag_ == "WP" or (subject.tag_ != "PRP" and not _source_like(subject)):
                return None
            return subject, None
    return None


def _owner_mention(owner: Token, conv: _Converter, subject_form: str | None) -> Mention:
    """The speaker a possessive names ("Morrow's claim", "in her words"): the owner's phrase
    without its "'s"; a possessive pronoun as the subject pronoun it stands for ("her" as
    "she"), resolved like any pronoun speaker."""
    speaker = make_mention(owner, conv, exclude={c.i for c in owner.children if c.tag_ == "POS"})
    if subject_form is not None:
        speaker = replace(speaker, head_word=subject_form, pronoun=True, plural=subject_form == "they")
    return speaker


def _noun_frames(sent: SpacySpan, conv: _Converter, quoted: frozenset[int], frames: Sequence[Frame]) -> Iterator[Frame]:
    """``Senator Morrow's claim that the budget grew``, ``her vow to fight on``,
    ``the accusation by the union that managers lied``: a noun of saying with an explicit
    speaker and content of its own. None inside a quotation, none without a speaker, and none
    where a frame of the sentence already takes the noun in its cue or attribution clause
    ("said in a statement that ..."). Inside the content of a speech verb ("Critics mocked X's
    claim that ...", "repeating a false claim that ...") the verb's frame stands alone, as the
    nesting rules of assembly have it: on PolNeAR train keeping both gained 4 units and added 15
    unmatched ones."""
    taken = [(f.extent.start, f.extent.end) for f in frames] + [(f.cue.start, f.cue.end) for f in frames]
    for noun in sent:
        if noun.tag_ not in ("NN", "NNS") or noun.i in quoted:
            continue
        lemma = noun.lower_[:-1] if noun.tag_ == "NNS" and noun.lower_.endswith("s") else noun.lower_
        if lemma not in _SAYING_NOUNS and lemma not in lexicon.COPULAR_CLAIM_NOUNS:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in noun.children):
            continue  # a verb misread as a noun: "she calls for ..."
        if noun.dep_ == "ROOT" and sent[-1].text == ".":
            continue  # the sentence's verb was read into the content ("X's accusation that ... set off a row.")
        start = conv.token(noun).start
        if any(a <= start < b for a, b in taken):
            continue
        found = _noun_speaker(noun)
        if found is None:
            continue
        owner, form = found
        if owner.i in quoted:
            continue
        toks = _noun_content(noun, lemma)
        if not toks:
            continue
        toks = _noun_content_end(noun, [t for t in _cut_tail(sorted(toks, key=lambda t: t.i)) if sent.start <= t.i < sent.end])
        content = _runs_to_spans([toks], conv)
        if not content:
            continue
        speaker = _owner_mention(owner, conv, form)
        cue = conv.token(noun)
        yield Frame(
            cue=cue,
            lemma=lemma,
            frame="clause",
            speaker=speaker,
            content=tuple(content),
            extent=_extent([*owner.subtree, noun], conv) or cue,
            sentence=conv.tokens(sent[0], sent[-1]),
        )


#: Tags of the words before a record's head noun: "state finance records", "the county's own
#: figures", "campaign and corporate records", "newly released flight logs".
_RECORD_PREMODIFIER_TAGS = frozenset(
    {"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "CC", "VBN", "VBG", "RB"}
)
#: Finite verb tags: none may sit in a record's noun phrase ("Polls taken when ... show").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_END_MARKS = frozenset({".", "!", "?"})


def _record_phrase(verb: Token, start: int) -> tuple[list[Token], Token] | None:
    """The words from ``start`` (after a comma, or opening the sentence) to a finding verb when
    they name a record: premodifiers, a record noun, and perhaps a short modifier after it
    ("minutes of the meeting", "figures released Tuesday"); with that noun. None for anything
    else ("the cattle show")."""
    words = [t for t in verb.doc[start : verb.i] if not t.is_space]
    if not words or len(words) > 10 or any(t.is_quote or t.text in (",", ";", ":") for t in words):
        return None
    # The tagger may read "records" right before the verb as one ("Commission records show").
    heads = [
        k
        for k, t in enumerate(words)
        if t.lower_ in _RECORD_NOUNS and (t.tag_ in ("NN", "NNS") or (t.tag_ == "VBZ" and k == len(words) - 1))
    ]
    if not heads:
        return None
    k = heads[0]
    pre, post = words[:k], words[k + 1 :]
    if any(t.tag_ not in _RECORD_PREMODIFIER_TAGS for t in pre):
        return None
    if post and not (
        (post[0].tag_ == "IN" and post[0].lower_ in ("of", "from", "by", "for"))
        or post[0].tag_ == "VBN"
        or (post[0].tag_ == "VBD" and post[0].lower_.endswith("ed"))  # "released" read as the verb
    ):
        return None
    if any(t.tag_ in _FINITE_TAGS for t in post[1:]) or any(t.tag_.startswith("W") for t in post):
        return None
    return words, words[k]


def _record_cue(verb: Token, quoted: frozenset[int]) -> tuple[list[Token], Token, list[Token]] | None:
    """A finding cue set off by commas after a record, read from the surface: "..., court
    records show." closing the sentence, or "The plane, flight logs show, flew ..." inside it.
    The parser often takes "records show" for a compound noun, so the tags of the phrase are
    all this trusts. The phrase, its record noun and the content tokens, or None."""
    doc, sent = verb.doc, verb.sent
    if verb.lower_ not in lexicon.CLOSING_FINDING_FORMS or verb.i in quoted:
        return None
    comma = next((t for t in reversed(doc[sent.start : verb.i]) if t.text == ","), None)
    if comma is None or comma.i <= sent.start:
        return None
    found = _record_phrase(verb, comma.i + 1)
    if found is None:
        return None
    phrase, noun = found
    after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    # "..., a report by the Trust found on Monday.": when it was found closes the cue too.
    while after and (after[0].lower_ in lexicon.STAMP_TIME_WORDS or after[0].lower_ in ("in", "last", "this", "earlier", "yesterday", "today")) and any(
        t.lower_ in lexicon.STAMP_TIME_WORDS - {"at", "on"} or t.lower_ in ("yesterday", "today", "week", "month", "year") for t in after[:3]
    ):
        after = after[1:]
    before = [t for t in doc[sent.start : comma.i] if not t.is_space]
    rest = [t for t in after[1:] if not (t.is_punct and t.i == sent.end - 1)]
    line_end = not after and (verb.i + 1 >= len(doc) or "\n" in verb.whitespace_ + doc[verb.i + 1].text)
    if line_end or (after and after[0].text in _END_MARKS and all(t.is_punct for t in after)):
        content = clause = before  # "..., court records show." or a headline's "..., records show"
    elif after and after[0].text == "," and rest and rest[0].dep_ == "cc":
        # "The aircraft was insured ..., records show, and experts say ...": the cue closes the
        # clause before it; what follows is the writer's, or someone else's.
        content = clause = before
    elif after and after[0].text == "," and rest:
        rest = _own_clause(rest)
        if before and before[-1].dep_ == "cc":
            before = []  # "a man who ... and, records show, does not use the plane": one conjunct
        content = before + rest  # "The plane, flight logs show, flew ..."
        clause = rest if before else content
    else:
        return None
    if not content or content[0].is_quote or content[0].i in quoted or content[0].tag_ in ("VBG", "VBN"):
        return None  # a quotation before the cue is the quote finder's; "Asked ..." sets a scene
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause):
        return None  # a clause, not "In the spring, records show."
    if any(t.i in quoted for t in content) and all(t.i in quoted or t.is_punct for t in content):
        return None
    return phrase, noun, content


def _opening_record_cue(verb: Token, quoted: frozenset[int]) -> tuple[list[Token], Token, list[Token]] | None:
    """A record opening the sentence with a modifier the parser took for the main verb:
    "Figures released Tuesday show a sharp drop ...", "Police records obtained by the Ledger
    show that ...". The phrase, its record noun and what follows the verb, or None."""
    doc, sent = verb.doc, verb.sent
    if verb.lower_ not in lexicon.CLOSING_FINDING_FORMS or verb.i in quoted:
        return None
    found = _record_phrase(verb, sent.start)
    if found is None:
        return None
    phrase, noun = found
    content = _cut_tail([t for t in doc[verb.i + 1 : sent.end] if not t.is_space])
    content = _trim_tokens(content)
    that = next((k for k, t in enumerate(content[:4]) if t.lower_ == "that" and t.tag_ == "IN"), None)
    if that is not None:
        content = content[that:]  # "found last week that ...": when is not what was found
    if len(content) < 2 or content[0].is_punct or content[0].is_quote or any(t.i in quoted for t in content):
        return None
    if content[0].tag_.startswith("VB") or content[0].tag_ in ("MD", "RB"):
        return None  # "The vinyl records show drew 300 collectors": "show" was the noun
    return phrase, noun, content


def _own_clause(rest: list[Token]) -> list[Token]:
    """The words after an interposed cue up to a comma that opens a new clause with its own
    subject ("..., records show, does not use the plane much, Mr. Trump has cited it ...")."""
    for k, tok in enumerate(rest):
        if tok.text != "," or k == 0:
            continue
        after = rest[k + 1 :]
        if any(
            t.dep_ in _SUBJECT_DEPS and t.left_edge.i == after[0].i and t.head.tag_.startswith("VB") and t.head.i > t.i
            for t in after
        ):
            return rest[:k]
    return rest


def _record_mention(phrase: list[Token], noun: Token, conv: _Converter) -> Mention:
    """The record as the speaker: the whole phrase, whatever the parser made of it."""
    mention = make_mention(noun, conv, exclude=range(phrase[-1].i + 1, len(noun.doc)))
    head = [t for t in phrase if t.i <= noun.i]
    pos = next((t for t in reversed(head) if t.tag_ == "POS"), None)
    return replace(
        mention,
        span=conv.tokens(phrase[0], phrase[-1]),
        head=conv.tokens(head[0], noun),
        determiner=phrase[0].lower_ if phrase[0].tag_ == "DT" else "",
        name=None,
        proper=False,
        plural=noun.tag_ == "NNS",
        descriptions=(),
        possessor=conv.tokens(phrase[0], pos).text if pos is not None else "",
        words=tuple(t.lower_ for t in phrase),
    )


def _record_frames(sent: SpacySpan, conv: _Converter, quoted: frozenset[int], frames: list[Frame]) -> list[Frame]:
    """The sentence's frames with each closing or interposed record cue ("..., state finance
    records show.") read from the surface, in place of whatever the parse made of that verb."""
    out = list(frames)
    for tok in sent:
        if tok.lower_ not in lexicon.CLOSING_FINDING_FORMS or tok.i in quoted:
            continue  # the cheap test first: most sentences have no such verb
        cue = conv.token(tok)
        found = _record_cue(tok, quoted)
        if found is None and not any(f.cue.start <= cue.start < f.cue.end and f.content for f in out):
            found = _opening_record_cue(tok, quoted)
        if found is None:
            continue
        phrase, noun, content = found
        out = [f for f in out if not (f.cue.start <= cue.start < f.cue.end)]
        spans = _runs_to_spans([content], conv)
        if not spans:
            continue
        relays: tuple[Relay, ...] = ()
        seen = _seen_by_outlet(noun)
        if seen is not None and phrase[0].i < seen[0].i <= phrase[-1].i:
            # "Court documents seen by the Ledger show ...": the records speak, the Ledger
            # passed them on; its phrase is no part of the records' name.
            relays = (Relay(make_mention(seen[1], conv), conv.token(seen[0])),)
            phrase = _trim_tokens([t for t in phrase if t.i < seen[0].i])
        out.append(
            Frame(
                cue=cue,
                lemma=lemma_of(tok.lower_) or tok.lower_,
                frame="finding",
                speaker=_record_mention(phrase, noun, conv),
                content=tuple(spans),
                extent=conv.tokens(phrase[0], tok),
                sentence=conv.tokens(sent[0], sent[-1]),
                relays=relays,
                content_before=content[0].i < tok.i,
            )
        )
    return out


_STAMP_WORDS = "|".join(re.escape(w) for w in sorted(lexicon.STAMP_TIME_WORDS, key=len, reverse=True))
#: "Update, 12:34 p.m.:", "UPDATE (March 3, 2:15 p.m. ET):", "Editor's note:": a stamp label,
#: then only numbers and clock or calendar words, then a colon.
_STAMP = re.compile(
    r"(?:%s)(?!\w)(?:[\s,()\u2013\u2014-]+(?:\d[\d:.,/]*|(?:%s)(?!\w)))*[\s,)]*:"
    % ("|".join(re.escape(label) for label in sorted(lexicon.STAMP_LABELS, key=len, reverse=True)), _STAMP_WORDS),
    re.IGNORECASE,
)


#: A live blog's time stamp opening an update: "14:44 —", "9:05 a.m. ET -", "11.20 BST –".
_CLOCK_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s+(?:%s)(?!\w))*\s*[\u2013\u2014-]+\s*" % _STAMP_WORDS,
    re.IGNORECASE,
)


def _stamp_end(sent: SpacySpan, conv: _Converter) -> int | None:
    """Where an update or correction stamp ("Update, 12:34 p.m.:"), a live blog's time stamp
    ("14:44 —") or a dateline ("HOLLOWAY, Ore. —", "LONDON (Reuters) -") opening the sentence's
    paragraph ends, if there is one."""
    start = conv.base + sent[0].idx
    text = conv.text
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return None  # not at the start of a paragraph
    end = conv.base + sent[-1].idx + len(sent[-1].text)
    match = _STAMP.match(text, start, end) or _CLOCK_STAMP.match(text, start, end) or DATELINE.match(text, start, end)
    return None if match is None else match.end()


def _headline(sent: SpacySpan, conv: _Converter) -> bool:
    """The sentence is the article's headline: the whole first line, with no full stop."""
    if not len(sent):
        return False
    text = conv.text
    start = conv.base + sent[0].idx
    end = conv.base + sent[-1].idx + len(sent[-1].text)
    if stripped_end(text, start) or text[end : end + 1] not in ("", "\n", "\r"):
        return False
    return sent[-1].text not in (".", "!", "?", "...", "\u2026")


#: Nouns for people and bodies that speak, singular and plural: "Union members", "Party
#: officials" are speakers, where "Judge rejects" is a speaker and the headline's verb.
_SPEAKER_NOUNS = (
    lexicon.ROLE_NOUNS | lexicon.TITLES | lexicon.ORGANIZATION_NOUNS | lexicon.VAGUE_NOUNS | lexicon.EXPERT_NOUNS
    | lexicon.ANONYMOUS_SOURCE_NOUNS | lexicon.SPEAKING_FOR_NOUNS | lexicon.COMPANY_NOUNS
)


def _headline_verb_in_speaker(frame: Frame, text: str) -> bool:
    """"Judge rejects bid to dismiss ...": in a sentence-case headline the tagger may read the
    verb after a lone role or body as a plural noun and give the cue further on the speaker
    "Judge rejects". Two words opening the article's first line, a capitalised speaker noun
    and a lower-case -s word that names no one, with more words before the cue, are that; so
    are any capitalised noun and such an -s word right before a cue spelt as a noun of saying
    ("Museum rejects call to return ...", ``lexicon.HEADLINE_OBJECT_CUE_NOUNS``)."""
    speaker = frame.speaker
    if speaker is None or stripped_end(text, speaker.span.start):
        return False
    line = text[: text.find("\n")] if "\n" in text else text
    if speaker.span.end > len(line) or line.rstrip().endswith((".", "!", "?")):
        return False
    words = speaker.span.text.split()
    if len(words) != 2:
        return False
    noun, verb = words
    if not text[speaker.span.end : frame.cue.start].strip():
        # "Museum rejects call to return ...", "Minister rejects claim he lied": the cue right
        # after the -s word is a noun of saying, the object of that verb, whatever the first
        # noun; "Museum workers call for ..." keeps its plural speaker.
        if frame.cue.text.split()[0].lower() not in lexicon.HEADLINE_OBJECT_CUE_NOUNS or lexicon.people_noun(verb):
            return False
    elif noun.lower() not in _SPEAKER_NOUNS:
        return False
    if not noun[:1].isupper():
        return False
    if not (verb.islower() and verb.endswith("s") and not verb.endswith("ss")):
        return False
    singulars = {verb, verb[:-1], verb[:-2], verb[:-3] + "y"}
    return not singulars & _SPEAKER_NOUNS


def _headline_small_clause(frame: Frame, doc: Doc, conv: _Converter, quoted: Sequence[Span]) -> Frame:
    """'Valmoran president says border deal "within reach"', 'Coach says squad "not ready"': a
    headline drops the verb "is", so the parser reads the subject of what was said as the cue's
    object ("deal", "squad"), the rest as a phrase of the object or a clause with no subject. A
    clause cue whose object's noun a quoted fragment follows, with no content beyond that
    quotation, has the object and the quotation for its content: the object's noun is the
    reporter's, the quoted words the speaker's, a mixed quote."""
    if frame.frame != "clause":
        return frame
    cue = _cue_index(frame, doc, conv.base)
    if cue is None:
        return frame
    obj = next((c for c in doc[cue].children if c.dep_ == "dobj" and c.i > cue), None)
    toks = _trim_tokens(list(obj.subtree)) if obj is not None else []
    if not toks:
        return frame
    span = conv.tokens(toks[0], toks[-1])
    # The quoted words come right after the object's noun, and are no sentence of their own.
    noun_end = conv.token(obj).end
    quotation = next((q for q in quoted if noun_end <= q.start and not conv.text[noun_end : q.start].strip()), None)
    if quotation is None or conv.text[quotation.start : quotation.end].rstrip("\"'”’» ").endswith((".", "!", "?")):
        return frame
    end = max(span.end, quotation.end)
    if any(c.start < span.end or c.end > end for c in frame.content):
        return frame  # the cue has words of its own beyond the quotation
    extent = Span.stripped(conv.text, frame.extent.start, min(frame.extent.end, span.start))
    return replace(frame, content=(conv.chars(span.start, end),), extent=extent)


def _topic_object(frame: Frame, doc: Doc, base: int, quoted: Sequence[Span]) -> bool:
    """An object frame of a topic verb whose noun-phrase content is not quoted. In a headline
    ("Former minister explains her exit") that object names the topic, not the words said; a
    headline with a clause ("Minister says talks are close to collapse"), quoted words or
    "as" ("describes the deal as a failure") is still a quote. A document's finding too, with a
    disclosing verb: "after leaked email reveals bonus row" names the news, not what the email
    says; "Minister reveals plan to quit" is her announcement (``lexicon.DISCLOSING_VERBS``)."""
    if frame.frame not in ("object", "finding") or not frame.content or not _topic_verb(frame):
        return False
    cue = _cue_index(frame, doc, base)
    if cue is not None and _has_as(doc[cue]):
        return False
    if frame.frame == "finding" and (cue is None or not _noun_phrase_object(doc[cue])):
        return False  # "Leaked email reveals minister knew of bonus": a clause, what it says
    return not any(q.start < c.end and c.start < q.end for c in frame.content for q in quoted)


def _topic_verb(frame: Frame) -> bool:
    """Whether a frame's cue names only the topic of its noun object: a topic verb ("explains
    her exit"), or a disclosing verb with a document as subject ("leaked email reveals bonus
    row"), not with a person or body ("Firm reveals record profits"). A headline the parser
    chained into one subject ("Council suspends manager after audit reveals expenses scandal")
    ends its subject with the document."""
    if frame.lemma in lexicon.TOPIC_OBJECT_VERBS:
        return True
    if frame.lemma not in lexicon.DISCLOSING_VERBS:
        return False
    last = frame.speaker.span.text.split()[-1].lower() if frame.speaker is not None and frame.speaker.span.text else ""
    return frame.frame == "finding" or last in lexicon.DOCUMENT_NOUNS


def _noun_phrase_object(verb: Token) -> bool:
    """Whether a verb's object is a plain noun phrase ("reveals bonus row", "reveals plan to
    quit"), not a clause the parser hung on a noun ("reveals minister knew of bonus")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and not any(c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in obj.children)


def _after_stamp(frames: Iterable[Frame], end: int, text: str) -> Iterator[Frame]:
    """Frames of a sentence that opens with a stamp, with the stamp out of their content. A cue
    or speaker inside the stamp ("Note: ..." read as an imperative) is no attribution."""
    for frame in frames:
        if frame.cue.start < end or (frame.speaker is not None and frame.speaker.head.start < end):
            continue
        content = [c if c.start >= end else Span.stripped(text, end, c.end) for c in frame.content if c.end > end]
        content = [c for c in content if c.text]
        if frame.content and not content:
            continue
        yield replace(frame, content=tuple(content)) if content != list(frame.content) else frame


#: Frames whose content the parse gives: words of a clause, an object, an according-to phrase.
_PARSED_CONTENT_FRAMES = frozenset({"clause", "tell", "object", "belief", "finding", "according", "decline"})


def _on_cue_line(frame: Frame, text: str, quoted: Sequence[Span]) -> Frame | None:
    """A frame with its content kept to the cue's line, where the parser ran the sentence over
    a line break that ends a headline or a short line ("Mayor Says Bridge Will Reopen In May" /
    "Mayor Ana Ruiz told reporters ...", "Ana Ruiz, 62" / "Ruiz was travelling ..., according
    to ..."): the next line is a sentence of its own. A break inside a quotation stays. None
    when no words are left (a date: "Announced March 23, 2015" / "Cruz dropped out ...")."""
    if frame.frame not in _PARSED_CONTENT_FRAMES or not frame.content:
        return frame
    start, end = frame.content[0].start, frame.content[-1].end
    low, high = min(start, frame.cue.start), max(end, frame.cue.end)
    breaks = [
        i
        for i in _line_breaks(text, low, high)
        if not any(q.start < i < q.end for q in quoted)
        and line_ends_words(text[text.rfind("\n", 0, i) + 1 : i], text[i + 1 : high])
    ]
    if not breaks:
        return frame
    line_start = max((i + 1 for i in breaks if i < frame.cue.start), default=low)
    line_end = min((i for i in breaks if i >= frame.cue.end), default=high)
    content = [Span.stripped(text, max(c.start, line_start), min(c.end, line_end)) for c in frame.content]
    content = [c for c in content if c.start < c.end]
    if not any(ch.isalpha() for c in content for ch in c.text):
        return None
    return replace(frame, content=tuple(content))


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Where the line breaks between ``start`` and ``end`` are."""
    i = text.find("\n", start, end)
    while i != -1:
        yield i
        i = text.find("\n", i + 1, end)


def _reattach_list_after_according(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The meters contain no microphone, according to the manufacturer, the water company and
    two engineers.": the parser may hang the rest of a closing list of sources on a word before
    the "according to" phrase, as an appositive, so that the sources become part of what was
    said. A list set off by a comma right after the source, running to the end of the sentence,
    is the rest of the sources: it is made a conjunct of the first. Not a description set beside
    the source ("according to the mayor, a former engineer and union leader": see
    ``_is_list_member``)."""
    for tok in tokens:
        to = _according_to(tok)
        if to is None:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        comma = source.right_edge.i + 1 if source is not None else len(doc)
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        rest = doc[comma + 1]
        node = rest
        while node.head.i != node.i and node.head.left_edge.i == rest.i:
            node = node.head
        end = node.right_edge.i + 1
        if node.i < comma or node.head.i > tok.i or not _is_list_member(node):
            continue
        if end < len(doc) and not (doc[end].is_punct and doc[end].i + 1 >= doc[end].sent.end):
            continue  # the list must close the sentence
        node.head, node.dep_ = source, "conj"
        doc[comma].head = source


def _reattach_clause_read_as_according_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"According to the broadcaster Radio Vell, one of the victims was a teacher.": the parser
    may make the opening "according" the root and hang the clause after the comma on the
    source as a relative clause, so that nothing is attributed. A clause with a subject of its
    own and no relative word, set off by a comma and running to the end of the sentence, is
    the sentence's main clause, and the phrase hangs on it."""
    for tok in tokens:
        to = _according_to(tok)
        if to is None or tok.dep_ != "ROOT" or tok.i != tok.sent.start:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        for verb in source.children:
            first = verb.left_edge
            if verb.dep_ != "relcl" or first.i < 1 or doc[first.i - 1].text != ",":
                continue
            if first.lower_ in lexicon.RELATIVE_SUBJECTS or first.tag_ in ("WDT", "WP", "WP$", "WRB"):
                continue  # "..., which cited the governor": a relative clause indeed
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if not all(t.is_punct for t in doc[verb.right_edge.i + 1 : tok.sent.end]):
                continue
            verb.head, verb.dep_ = verb, "ROOT"
            tok.head, tok.dep_ = verb, "prep"
            for t in doc[verb.right_edge.i + 1 : tok.sent.end]:
                t.head = verb
            break


#: Words that may stand between a clause's subject and its verb: "one of the dead *was*",
#: "two of the injured *had* died".
_BEFORE_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})


def _reattach_subject_after_according_relay(doc: Doc, tokens: Sequence[Token]) -> None:
    """"According to the news agency Ostpress, which cited the regional governor, one of the
    dead was an electrician.": the parser may give the verb the outlet's name as its subject,
    and read the clause's own subject as an appositive of the cited source ("the regional
    governor, one of the dead"), so that the relay's object becomes what was said. A name set
    right after the "according to" phrase, carrying the relay's relative clause, is the
    outlet's appositive again; a noun phrase set off by a comma after the relay's object,
    running up to a verb left with no subject, is that verb's subject."""
    for tok in tokens:
        to = _according_to(tok)
        verb = tok.head
        if to is None or tok.dep_ != "prep" or verb.i < tok.i:
            continue
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        rel = next(
            (r for r in doc[to.i + 1 : verb.i] if r.dep_ == "relcl" and lemma_of(r.text) in lexicon.RELAY_VERBS),
            None,
        )
        if source is None or rel is None:
            continue
        name = rel.head
        if name.head.i == verb.i and name.dep_ in ("nsubj", "nsubjpass") and name.i == source.right_edge.i + 1:
            name.head, name.dep_ = source, "appos"  # "the news agency Ostpress"
        cited = next((c for c in rel.children if c.dep_ == "dobj"), None)
        subject = next((c for c in cited.children if c.dep_ == "appos" and c.i > cited.i), None) if cited is not None else None
        if subject is None or doc[subject.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue  # the verb has a subject of its own
        if all(t.head.i == verb.i and t.dep_ in _BEFORE_VERB_DEPS for t in doc[subject.right_edge.i + 1 : verb.i]):
            subject.head, subject.dep_ = verb, "nsubj"  # the phrase runs up to the verb


def _reattach_interposed_according(doc: Doc, tokens: Sequence[Token]) -> None:
    """'Strand said, according to Radio Sever, that "the border stays shut"': the parser may
    hang the that-clause after an interposed "according to X," on X as a relative clause. A
    clause that a subordinating "that" opens (a mark, not a relative pronoun) after a comma is
    no relative clause: it is the content of the speech cue the "according to" phrase hangs on,
    and is moved there as its complement."""
    for tok in tokens:
        if tok.dep_ != "relcl" or tok.head.dep_ != "pobj" or tok.i < tok.head.i:
            continue
        mark = tok.left_edge  # "that", on this verb or on its auxiliary ("that the border stays shut")
        if mark.dep_ != "mark" or mark.lower_ != "that" or mark.i < 1 or doc[mark.i - 1].text != ",":
            continue
        to = tok.head.head
        according = to.head if to.lower_ == "to" and to.head.i != to.i else to
        if according.lower_ != "according" or according.i + 1 != to.i:
            continue
        verb = according.head
        if according.dep_ != "prep" or verb.i > according.i or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
            continue
        tok.head = verb
        tok.dep_ = "ccomp"
    for tok in tokens:
        # 'Dorn said, according to the Courier, that the camps would close': the parser may
        # instead hang the phrase on the content's verb, before that clause's own "that". It
        # says who had the speaker's words, as when it hangs on the cue.
        to = _according_to(tok)
        if to is None:
            continue  # the cheap test first: this walks every token of the chunk
        clause = tok.head
        if tok.dep_ != "prep" or clause.dep_ != "ccomp" or clause.i < tok.i:
            continue
        verb = clause.head
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None or verb.i > tok.i or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
            continue
        comma = pobj.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        mark = doc[comma + 1]
        if mark.dep_ != "mark" or mark.lower_ != "that" or clause.i not in (mark.head.i, mark.head.head.i):
            continue
        if doc[tok.i - 1].text != "," or not all(t.is_punct for t in doc[verb.i + 1 : tok.i]):
            continue
        tok.head = verb


#: Speech verbs whose noun object is never what was said: their object before a verb with no
#: subject is that clause's subject ("claimed the referee, Dean Foulds, had been influenced").
_CLAUSE_NOT_OBJECT_LEMMAS = lexicon.SPEECH_VERBS - lexicon.OBJECT_VERBS - lexicon.TELL_VERBS


#: Dependents that stand between an article and its noun: "the 2021 hit", "a new single".
_NOUN_MODIFIER_DEPS = frozenset({"det", "nummod", "amod", "compound", "advmod", "poss"})


def _reattach_hearer_split_from_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Frost told the environment select committee that ...": the parser may read the first
    noun as the hearer ("the environment") and the rest as an object ("select committee").
    A cue with a clause of its own takes no second object, so an object right after the hearer,
    with no article of its own, ends the hearer's phrase: the noun becomes its modifier."""
    for obj in tokens:
        if obj.dep_ != "dobj" or obj.tag_ not in ("NN", "NNS") or any(c.dep_ in ("det", "poss") for c in obj.children):
            continue
        verb = obj.head
        hearer = next((c for c in verb.children if c.dep_ == "dative" and c.right_edge.i + 1 == obj.left_edge.i), None)
        if hearer is None or hearer.tag_ != "NN" or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        for child in list(hearer.children):
            if child.dep_ == "det":
                child.head = obj
        obj.dep_ = "dative"
        hearer.head, hearer.dep_ = obj, "compound"


def _reattach_interval_before_preposition(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Novalink confirms breach of customer data days after launching new phone": the parser
    may end the cue's object with the interval ("data days") and hang "after" on the cue, so the
    interval is read as what was confirmed. An interval noun right before "after" or "before",
    ending a phrase that the preposition's head governs from above, measures the preposition:
    it is moved there ("days after launching"), with its own number or article; the noun it
    ended ("data") takes its place in the phrase, with the nouns before it."""
    for prep in tokens:
        if prep.lower_ not in lexicon.INTERVAL_PREPOSITIONS or prep.dep_ != "prep" or prep.i == 0:
            continue
        unit = doc[prep.i - 1]
        if unit.lower_ not in lexicon.INTERVAL_NOUNS or unit.head.i == prep.i or unit.right_edge.i != unit.i:
            continue
        if not any(a.i == prep.head.i for a in unit.ancestors) or unit.head.i == prep.head.i:
            continue
        # The words before the interval that are no number or article of its own ("customer
        # data", "depot") are the phrase it ended; its last noun takes the interval's place.
        rest = [c for c in unit.lefts if c.dep_ not in _INTERVAL_OWN_DEPS]
        if not rest and unit.dep_ == "pobj":
            continue  # "in the days after ...": the interval is the preposition's object
        if rest:
            noun = rest[-1]
            noun.head, noun.dep_ = unit.head, unit.dep_
            for tok in rest[:-1]:
                tok.head = noun
        unit.head, unit.dep_ = prep, "npadvmod"


#: Dependents of an interval noun that measure it: "two days", "a week", "about ten years".
_INTERVAL_OWN_DEPS = frozenset({"nummod", "det", "quantmod", "advmod"})


def _reattach_cue_read_as_participle(doc: Doc) -> None:
    """"Prof. Ines Duarte, a chemist at the institute who has studied the spill for a decade,
    called the ruling "a gift to polluters."": after a long subject the parser may read the cue
    as a participle of the subject's noun ("a chemist called ...") and leave the sentence with
    no verb at all. A sentence whose root is a noun, with a cue participle set off by a comma
    that takes an object or a clause of its own, is the subject's statement: the participle is
    made the root, a past tense, with the noun its subject."""
    for sent in doc.sents:
        root = sent.root
        if not root.tag_.startswith("NN"):
            continue
        for part in root.children:
            if part.dep_ != "acl" or part.tag_ not in ("VBN", "VBD") or doc[part.i - 1].text != ",":
                continue
            if lemma_of(part.text) not in _PARTICIPLE_CUE_LEMMAS:
                continue
            if any(c.dep_ in ("auxpass", "xcomp") for c in part.children):
                continue  # "..., said to be the richest": a passive, no statement
            if not _takes_object_of_its_own(part):
                continue  # "Arno Veld, called Bear by his crew": a name given, no statement
            _root_participle(sent, root, part)
            break


def _takes_object_of_its_own(part: Token) -> bool:
    """Whether a cue participle has an object or a clause after it, or two complements ("called
    Vance a fraud"): a participle of a noun before it would have been given a name or a label
    ("a letter called Open Doors"), never both."""
    kids = [c for c in part.children if c.i > part.i]
    return any(c.dep_ in ("dobj", "ccomp") for c in kids) or sum(c.dep_ == "oprd" for c in kids) > 1


def _root_participle(sent: SpacySpan, root: Token, part: Token) -> None:
    """Make a cue the parser read as a participle the sentence's root, a past tense, with the
    noun root it hung under for its subject."""
    part.head, part.dep_ = part, "ROOT"
    part.tag_ = "VBD"
    root.head, root.dep_ = part, "nsubj"
    # Two complements of "call": the object and what it was called.
    oprds = [c for c in part.children if c.dep_ == "oprd" and c.i > part.i]
    if len(oprds) > 1:
        oprds[0].dep_ = "dobj"
    for tok in sent:
        if tok.head.i == root.i and tok.i > part.i:
            tok.head = part  # the closing full stop and quotation mark


def _reattach_cue_read_as_participle_in_relative(doc: Doc) -> None:
    """"One of the nurses who signed the letter called Vance a fraud": with no comma to close a
    relative clause on the subject, the parser may read the cue as a participle of the relative
    clause's last noun ("the letter called ...") and leave the sentence with no verb. A sentence
    whose root is a noun or a number, with such a participle taking an object of its own
    (``_takes_object_of_its_own``) on a noun inside a relative clause of the root's phrase, is
    the subject's statement: the participle is made the root."""
    for sent in doc.sents:
        root = sent.root
        partitive = root.tag_ in ("JJ", "DT") and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)  # "Several of the ..."
        if not root.tag_.startswith("NN") and root.tag_ != "CD" and not partitive:
            continue
        for part in sent:
            if part.dep_ != "acl" or part.tag_ not in ("VBN", "VBD") or lemma_of(part.text) not in _PARTICIPLE_CUE_LEMMAS:
                continue
            if doc[part.i - 1].is_punct or not any(a.dep_ == "relcl" and root.is_ancestor(a) for a in part.ancestors):
                continue
            if any(c.dep_ in ("auxpass", "xcomp") for c in part.children) or not _takes_object_of_its_own(part):
                continue
            _root_participle(sent, root, part)
            break


#: Cues the parser may read as a participle of the subject's noun ("a chemist called ...").
_PARTICIPLE_CUE_LEMMAS = lexicon.SPEECH_VERBS | lexicon.OBJECT_VERBS | lexicon.TELL_VERBS


def _reattach_object_conjunct_on_naming_verb(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Critics called the fine and the demand for his testimony a cynical ploy": the parser may
    hang the second object ("and the demand") on the verb of naming, as if the verb were
    joined to one, so that the object named is the first alone and the label hangs in the
    second. A noun joined to a verb of naming (``lexicon.CALLING_VERBS``) after its object,
    with the "and" between, is the object's conjunct."""
    for noun in tokens:
        if noun.dep_ != "conj" or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or lemma_of(noun.head.text) not in lexicon.CALLING_VERBS:
            continue
        verb = noun.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
        joiner = next((c for c in verb.children if c.dep_ == "cc" and obj is not None and obj.right_edge.i < c.i < noun.i), None)
        if joiner is None or joiner.i != noun.left_edge.i - 1 or doc[obj.right_edge.i + 1 : joiner.i].text not in ("", ","):
            continue  # "called the bill a disgrace and the amendment a farce": two namings
        noun.head = obj
        joiner.head = obj


def _reattach_negated_quantifier(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Not all economists agree that shops are to blame": the parser hangs the "not" on the
    verb, which would make the sentence a refusal to agree. A "not" right before a quantifier
    that opens the verb's subject (see ``lexicon.NEGATED_QUANTIFIERS``) negates the quantifier
    and is moved into the subject."""
    for neg in tokens:
        if neg.dep_ != "neg" or neg.lower_ != "not" or neg.i + 1 >= len(doc) or neg.head.i < neg.i:
            continue
        quantifier = doc[neg.i + 1]
        if quantifier.lower_ not in lexicon.NEGATED_QUANTIFIERS:
            continue
        subject = next((c for c in neg.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == quantifier.i), None)
        if subject is not None:
            neg.head, neg.dep_ = subject, "preconj"


def _reattach_noun_read_as_clause(doc: Doc, tokens: Sequence[Token]) -> None:
    """'co-wrote the 2021 hit "Paper Moons"': the parser may read a noun ("hit") as a verb and
    hang it on the cue as its clause, with the title as that verb's object. A verb has no
    article: one that "the" or "a" opens, with only modifiers of a noun between ("the 2021
    hit") and no subject or auxiliary of its own, is the noun of the cue's object, which is no
    clause of what was said."""
    for tok in tokens:
        if tok.dep_ != "ccomp":
            continue  # a verb ("VBN") or a noun ("NN"): the tag may be either
        first = tok.left_edge
        if first.dep_ != "det" or first.lower_ not in ("the", "a", "an"):
            continue
        if any(t.dep_ not in _NOUN_MODIFIER_DEPS for t in doc[first.i + 1 : tok.i]):
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in tok.children):
            continue
        tok.dep_ = "dobj"


#: Nouns that can be read, besides sources, as the subject of a cue: "a post claims", "the flyer says".
_READ_NOUNS = lexicon.DOCUMENT_NOUNS | lexicon.CIRCULATED_NOUNS


def _compound_source_before(tok: Token, tags: tuple[str, ...]) -> Token | None:
    """The noun read as the compound of ``tok``, a cue's -s form tagged one of ``tags``, right
    before it, when that noun can speak or be read: "post" in "A widely shared post claims",
    "paper" in "the paper notes"."""
    if tok.i == 0 or tok.tag_ not in tags or not tok.lower_.endswith("s") or lemma_of(tok.text) not in lexicon.SPEECH_VERBS:
        return None
    subject = tok.doc[tok.i - 1]
    if subject.head.i != tok.i or subject.dep_ != "compound":
        return None
    return subject if _source_like(subject) or subject.lower_ in _READ_NOUNS else None


def _reattach_cue_read_as_compound_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """"A widely shared post claims that the reservoir was sold": the tagger may read a cue's
    -s form as a plural noun and the subject before it as its compound ("post claims"), with
    the that-clause hung on it. A noun that can speak or be read (a source, a post, a video,
    a flyer) right before such a form, and a clause with "that" after it: the form is the
    verb, the noun its subject, with its own words before it ("A widely shared post")."""
    for tok in tokens:
        subject = _compound_source_before(tok, ("NNS",))
        if subject is None:
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "relcl", "ccomp", "appos") and c.i > tok.i and _has_that_mark(c)), None)
        if clause is None:
            continue
        for child in tok.children:
            if child.i < subject.i:
                child.head = subject  # "A widely shared": the subject's words
        subject.dep_ = "nsubj"
        clause.dep_ = "ccomp"


def _reattach_closing_cue_read_as_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Wind speeds doubled over the decade, the paper notes.": closing a sentence, a cue's -s
    form may be read as a plural noun, or as the verb with its subject for a compound ("the
    study notes"), the clause before it still hung on it. A noun that can speak or be read
    right before such a form that ends its sentence, with a clause before the comma: the form
    is the verb, the noun its subject, with its own words ("the")."""
    for tok in tokens:
        subject = _compound_source_before(tok, ("NNS", "VBZ"))
        if subject is None:
            continue
        if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
            continue  # "the paper notes the risk": no closing cue
        comma = next((k for k in range(subject.i - 1, tok.sent.start, -1) if doc[k].text == ","), None)
        if comma is None or not any(c.dep_ == "ccomp" and c.i < comma for c in tok.children):
            continue
        for child in tok.children:
            if comma < child.i < subject.i:
                child.head = subject  # "the": the subject's words
        subject.dep_ = "nsubj"
        tok.tag_, tok.pos_ = "VBZ", "VERB"


#: Forms of "read" the tagger may take for a noun after a written thing: "the email read".
_READING_NOUN_FORMS = frozenset({"read", "reads"})


def _read_text_of_noun(tok: Token) -> Token | None:
    """The written thing a "read" the tagger took for a noun has for subject: the noun right
    before it ("the email read", read as one noun), or the noun whose phrase it closes ("A
    statement from the club read", "club read" read as the object of "from")."""
    before = tok.doc[tok.i - 1]
    if _written_thing(before) and before.head.i == tok.i:
        return before
    node = tok
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.tag_ in ("NN", "NNS") and _written_thing(node):
            return node
    return None


def _reattach_reading_read_as_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """'"...," the email read.', 'A statement from the club read: "..."': the tagger may read
    "read" as a noun, with the written thing before it as its modifier ("email read") or with
    "club read" as the object of "from". A "read" right after a quotation's written thing or
    right before a quotation is the verb, the written thing its subject (see
    ``_reads_quotation``), and what the noun held after it (the colon, the quoted clause) the
    verb's."""
    for tok in tokens:
        if tok.lower_ not in _READING_NOUN_FORMS or tok.tag_ not in ("NN", "NNS", "NNP") or tok.i == 0:
            continue
        written = _read_text_of_noun(tok)
        if written is None:
            continue
        first = written.left_edge.i
        while first > 0 and doc[first - 1].head.i == tok.i and doc[first - 1].dep_ in ("det", "amod", "compound"):
            first -= 1  # "the" of "the email read", hung on "read"
        closing = first > 0 and doc[first - 1].is_quote and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct)
        if not closing and _quotation_after_reading(tok) is None:
            continue
        if written.i == tok.i - 1:
            for child in [c for c in tok.children if first <= c.i < written.i]:
                child.head = written  # "the": the email's
        else:
            noun = doc[tok.i - 1]  # "club", the object "from" holds
            noun.head, noun.dep_ = tok.head, tok.dep_
            for child in [c for c in tok.children if c.i < noun.i]:
                child.head = noun
            if written.dep_ == "ROOT":
                tok.head, tok.dep_ = tok, "ROOT"
            else:
                tok.head, tok.dep_ = written.head, written.dep_
            for child in [c for c in written.children if c.i > tok.i]:
                child.head = tok
                if child.tag_.startswith("VB") and child.dep_ in ("acl", "relcl", "appos"):
                    child.dep_ = "ccomp"  # the quoted clause the noun held
        written.head, written.dep_ = tok, "nsubj"
        tok.tag_, tok.pos_ = ("VBZ" if tok.lower_.endswith("s") else "VBD"), "VERB"


def _reattach_name_read_as_noun_head(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Lorca claims he's owed $5 million": the tagger may read a cue's -s form after a name as
    a plural noun, the name as the root of a sentence with no verb ("Lorca claims") or as the
    noun's compound, and the clause after it as hung on either. A capitalised singular word
    right before such a form, heading it or its compound in a sentence with no other root, and
    a clause with its own subject beginning right after the form: the form is the cue, the
    name its subject and the clause its complement."""
    for tok in tokens:
        if tok.tag_ != "NNS" or tok.i == 0 or not tok.lower_.endswith("s") or lemma_of(tok.text) not in lexicon.SPEECH_VERBS:
            continue
        name = doc[tok.i - 1]
        if not name.is_title or name.tag_ not in ("NN", "NNP", "JJ"):
            continue
        rooted_name = name.dep_ == "ROOT" and tok.head.i == name.i
        if not (rooted_name or (tok.dep_ == "ROOT" and name.head.i == tok.i and name.dep_ == "compound")):
            continue
        clause = _clause_beginning_at(doc, tok.i + 1, within=(name, tok))
        last = max((t.i for t in tok.sent if not t.is_punct), default=tok.i)
        if clause is None or clause.right_edge.i < last:
            continue  # the clause is the rest of the sentence: nothing else has a verb
        if rooted_name:
            for child in [c for c in name.children if c.i > tok.i]:
                child.head = tok  # "." and whatever else the name's reading took
            tok.head, tok.dep_ = tok, "ROOT"
        name.head, name.dep_ = tok, "nsubj"
        # A name, not a noun ("trump", "lopez" read as a common noun or an adjective).
        name.tag_, name.pos_ = "NNP", "PROPN"
        tok.tag_, tok.pos_ = "VBZ", "VERB"
        clause.head, clause.dep_ = tok, "ccomp"


#: Cues whose subject may be a name with its last word read as an adverb ("... Together said").
_NAMING_CUE_LEMMAS = lexicon.SPEECH_VERBS | lexicon.CALLING_VERBS


def _reattach_name_end_read_as_adverb(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Millbrook Together called the fund ...", "Stronger Together said": the tagger may read
    the last word of a name as an adverb of the cue right after it, leaving the cue with no
    subject. A capitalised word that continues a name the recognizer found, hung on a cue with
    no subject as its adverb, with the name's other words its compounds, is the subject."""
    for end in tokens:
        verb = end.head
        if (
            end.dep_ not in ("advmod", "npadvmod")
            or end.ent_iob_ != "I"
            or not end.is_title
            or verb.i != end.i + 1
            or lemma_of(verb.text) not in _NAMING_CUE_LEMMAS
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            continue
        start = end.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if end.left_edge.i > start:
            continue  # the name's first words are not the adverb's: no name it ends
        end.dep_, end.tag_, end.pos_ = "nsubj", "NNP", "PROPN"


def _relabel_street_read_as_person(doc: Doc) -> None:
    """"a shop on Mill Lane", "the flats at 14 Harbour Row": the recognizer may read a street's
    name as a person's, which a later "he" then means. A person entity of two or more words
    closing with a street word (``lexicon.STREET_NAME_ENDINGS``) is a place (FAC) when it stands
    where a street does (``_set_as_street``). "Nathan Lane, the actor, arrived" and "Councillor
    Priya Row said" stay people: a given name or a title opens them, and no place preposition
    or house number comes before them."""
    ents = list(doc.ents)
    streets = [
        k
        for k, ent in enumerate(ents)
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].lower_ in lexicon.STREET_NAME_ENDINGS
        and ent[-1].text[:1].isupper()
        and _set_as_street(ent)
    ]
    for k in streets:
        ents[k] = doc[ents[k].start : ents[k].end]
        ents[k].label_ = "FAC"
    if streets:
        doc.ents = ents


def _set_as_street(ent: SpacySpan) -> bool:
    """"on Kiln Lane", "at 14 Mill Lane": a name closing with a street word stands as a street
    when it opens with no given name and no title or role ("Sarah Lane", "Councillor Priya
    Row" are people) and is the object of a place preposition (``lexicon.STREET_PREPOSITIONS``)
    or follows a house number."""
    first = ent[0].lower_
    if first in lexicon.GIVEN_NAMES or first in _TITLE_OR_ROLE_WORDS:
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _TITLE_OR_ROLE_WORDS:
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in lexicon.STREET_PREPOSITIONS:
        return True
    return ent.start > 0 and ent.doc[ent.start - 1].like_num


def _reattach_opening_name_read_as_adverb(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Aasgard did not respond to requests for comment", "Aasgard declined to comment": the
    tagger may read an unfamiliar surname that opens a sentence as an adverb of the verb after
    it, leaving the verb with no subject. A capitalised word opening a sentence, hung as an
    adverb on a verb with no subject that follows it with only auxiliaries and negations
    between, is that verb's subject when it is a name: the recognizer marks it as one, the
    article writes it as a proper noun elsewhere ("owned by Henrik Aasgard"), or a finite
    auxiliary follows it, which a statement opens only after its subject ("did", "has",
    "would"; not an imperative's "do") and an adverb in "-ly" does not explain."""
    names: set[str] | None = None
    subjects = []
    for word in tokens:
        if not _opening_adverb_of_subjectless_verb(word):
            continue
        if not (word.ent_type_ or _finite_auxiliary_after(word)):
            if names is None:
                # The proper nouns as tagged, before any repair here: built only for a chunk
                # that has a candidate, as most have none.
                names = {t.text for t in tokens if t.tag_ in ("NNP", "NNPS") and t.is_title}
            if word.text not in names:
                continue
        subjects.append(word)
    for word in subjects:
        word.dep_, word.tag_, word.pos_ = "nsubj", "NNP", "PROPN"


def _reattach_opening_title_read_as_preposition(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Oba Adeyemi II, a descendant of the royal family, told the paper ...": the parser may
    read an unfamiliar title opening a sentence as a preposition (a proper noun hung as "prep")
    with the name as its object, leaving the verb after them with no subject. A title-case
    proper noun opening a sentence, hung as a preposition on a verb with no subject after it,
    with a proper noun as its object and nothing but that phrase (and its commas) before the
    verb: the object is the verb's subject, and the title a word of the name. A common noun
    phrase set off by commas between them, which the parser took for the subject ("a
    descendant of the royal family"), describes the name: its appositive."""
    for word in tokens:
        verb = word.head
        if not (
            word.dep_ == "prep"
            and word.tag_ == "NNP"
            and word.is_title
            and word.is_sent_start
            and verb.tag_.startswith("VB")
            and verb.i > word.i
        ):
            continue
        obj = next((c for c in word.children if c.dep_ == "pobj" and c.tag_ in _PROPER_TAGS), None)
        if obj is None or word.right_edge.i >= verb.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        aside = subjects[0] if len(subjects) == 1 else None
        if subjects and not (
            aside is not None
            and aside.tag_ in ("NN", "NNS")
            and doc[word.right_edge.i + 1].text == ","
            and aside.left_edge.i == word.right_edge.i + 2
            and doc[aside.right_edge.i + 1].text == ","
        ):
            continue
        skip = set() if aside is None else {t.i for t in aside.subtree}
        between = [t for t in doc[word.right_edge.i + 1 : verb.i] if t.i not in skip]
        if any(not (t.is_punct and t.head.i == verb.i) and t.dep_ not in ("aux", "auxpass", "neg") for t in between):
            continue
        obj.head, obj.dep_ = verb, "nsubj"
        word.head, word.dep_ = obj, "compound"
        if aside is not None:
            aside.head, aside.dep_ = obj, "appos"


def _opening_adverb_of_subjectless_verb(word: Token) -> bool:
    """Whether ``word`` is a capitalised word opening a sentence, hung as an adverb or an
    interjection on a verb with no subject that follows it with only auxiliaries and negations
    between: "Vesey" in "Vesey conceded shortly before midnight", a surname read as an adverb,
    "Olsund" in "Olsund told reporters that ...", one read as an interjection, or "Never" in
    "Never mind"."""
    # The word's own flags first: most words open no sentence, and need no look at their head.
    if not (word.is_sent_start and word.is_title):
        return False
    verb = word.head
    return (
        (word.dep_ == "advmod" and word.tag_ == "RB" or word.dep_ == "intj" and word.tag_ in ("RB", "UH", "NNP"))
        and verb.tag_.startswith("VB")
        and verb.i > word.i
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
        and all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg") for t in word.doc[word.i + 1 : verb.i])
    )


def _finite_auxiliary_after(word: Token) -> bool:
    """Whether a finite auxiliary follows ``word``, itself no "-ly" adverb: "Aasgard did not",
    "Aasgard has declined"; not "Simply do not" (an imperative) nor "Clearly, ..."."""
    nxt = word.nbor() if word.i + 1 < len(word.doc) else None
    # Most English adverbs that open a sentence end in "-ly" ("Simply", "Clearly"), and few
    # surnames do; one that does ("Kelly") is still found as an entity or a proper noun.
    return (
        nxt is not None
        and nxt.dep_ in ("aux", "auxpass")
        and nxt.tag_ in ("MD", "VBD", "VBZ")
        and not word.lower_.endswith("ly")
    )


def _clause_beginning_at(doc: Doc, start: int, *, within: tuple[Token, ...]) -> Token | None:
    """The verb of a clause with its own subject whose words begin at ``start`` and which hangs
    on one of ``within``: "he's owed" in "Lorca claims he's owed", "that as X drops out, many
    will switch"."""
    if start >= len(doc):
        return None
    verb = doc[start]
    while verb.head.i != verb.i and verb.head.left_edge.i == start and verb.head not in within:
        verb = verb.head
    if verb.head not in within or not verb.tag_.startswith("VB") or verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _reattach_phrase_read_as_clause(doc: Doc, tokens: Sequence[Token]) -> None:
    """"In a video posted to her Instagram account on Wednesday morning, Marsh said the wording
    had been ...": the parser may read a noun deep in a long opening phrase ("account") as a
    verb and hang it on the cue as a second clause, with the opening preposition as its own, so
    the setting is read as words said. A "clause" headed by a noun before the cue's subject that
    a preposition opens, with no subject, auxiliary or conjunction of its own and a comma after
    it, is that phrase: the preposition goes back to the cue (where it is context) and the noun back into
    the phrase, after the noun before it ("her Instagram account")."""
    for tok in tokens:
        verb = tok.head
        if tok.dep_ != "ccomp" or tok.i > verb.i or not tok.tag_.startswith("NN"):
            continue  # a verb ("With thousands of systems, "there is no ...," he said") is a clause
        first = tok.left_edge
        if first.dep_ != "prep" or first.tag_ != "IN" or first.head.i != tok.i or first.i != verb.left_edge.i:
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in tok.children):
            continue
        after = tok.right_edge.i + 1
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if after >= len(doc) or doc[after].text != "," or subject is None or subject.i < after:
            continue
        first.head = verb
        before = doc[tok.i - 1]
        if before.dep_ == "pobj" and before.tag_.startswith("NN") and before.i > first.i:
            # "to her Instagram account": the noun before is the one it modifies.
            tok.head, tok.dep_ = before.head, "pobj"
            before.head, before.dep_ = tok, "compound"
        else:
            tok.head, tok.dep_ = first, "dep"


def _reattach_subject_read_as_object(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Brenner said the sending-off had been "a joke" and claimed the referee, Dean Foulds, had
    been influenced by the crowd": after an appositive the parser may take the clause's subject
    for the cue's object and hang the clause, with no subject, on another verb. A speech verb
    that takes no noun object, its object, then at once a finite verb with no subject: the
    object is that verb's subject and the clause is the cue's complement."""
    for cue in tokens:
        if lemma_of(cue.text) not in _CLAUSE_NOT_OBJECT_LEMMAS or any(c.dep_ == "xcomp" for c in cue.children):
            continue
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None or obj.right_edge.i + 1 >= len(doc):
            continue
        after, aside = _past_object_aside(cue, obj)
        if after >= len(doc):
            continue
        verb = doc[after]  # climb to the head of the phrase that begins here: "had been influenced"
        while verb.head.i != verb.i and (
            verb.head.left_edge.i == after or (verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i)
        ):
            verb = verb.head
        complements = [c for c in cue.children if c.dep_ == "ccomp"]
        # 'Officials said the operation, dubbed "Lantern," would continue': the clause may hang
        # on the cue already, its subject read as the cue's object.
        on_cue = complements == [verb]
        if complements and not on_cue:
            continue
        # "saying the plan -- tax credits and training -- is too timid": after an aside closed
        # by a dash the parser may hang the clause's verb on the main verb as anything.
        dashed = any(t.text in _DASH_TOKENS for t in doc[obj.right_edge.i + 1 : after])
        if not verb.tag_.startswith("VB") or (verb.head.i == cue.i and not on_cue):
            continue
        # "making a pitch to voters saying a state law is hurting the economy": a participle
        # cue hung on a noun may leave the clause's verb on the verb that noun goes with.
        left_by_participle = cue.tag_ == "VBG" and verb.dep_ == "advcl" and any(a.i == verb.head.i for a in cue.ancestors)
        if verb.dep_ != "ccomp" and not (dashed and verb.dep_ in ("dep", "conj", "advcl")) and not left_by_participle:
            continue  # "writing his speech, packed up his papers and moved": a list of acts
        if doc[after].i != verb.i and doc[after].dep_ not in ("aux", "auxpass", "neg"):
            continue  # "... because there is ...": a clause of its own
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or (not on_cue and verb.i in {t.i for t in cue.subtree}):
            continue
        if any(t.i == verb.i for t in cue.ancestors):
            continue  # "Claiming the criticism is designed to ...": the cue hangs on that clause
        if not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
            continue
        verb.head = cue
        verb.dep_ = "ccomp"
        obj.head = verb
        obj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        # An aside closing the object's appositive ("almost all men until a few years ago")
        # is the appositive's; one of its own is the clause's.
        appos = next((c for c in obj.children if c.dep_ == "appos" and c.i < after), None)
        for tok in doc[obj.right_edge.i + 1 : after]:
            if tok.is_punct and tok.head.i in (cue.i, obj.i):
                tok.head = verb  # the appositive's closing comma
            elif aside is not None and tok.i == aside.i:
                tok.head = verb if appos is None else appos


def _past_object_aside(cue: Token, obj: Token) -> tuple[int, Token | None]:
    """Where the words after a cue's object go on, past the marks that close it and past an
    aside the parser hung on the cue: in "Toretti said their donors, almost all men until a
    few years ago, were now women" the "until" phrase closes the object's appositive, and in
    "said the levy — though it was modest — had angered them" the "though" clause is set off by
    dashes. A phrase of the cue's own counts only when a comma or dash opened it (or the
    object's appositive) and one closes it. Returns that index and the aside's head, if any."""
    doc = cue.doc
    after = obj.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    if after >= len(doc):
        return after, None
    aside = next((c for c in cue.children if c.left_edge.i == after and c.dep_ in _ASIDE_DEPS), None)
    if aside is None or aside.right_edge.i + 1 >= len(doc):
        return after, None
    # The closing mark may be the aside's own last word ("— though it was modest —").
    closing = aside.right_edge if aside.right_edge.is_punct else doc[aside.right_edge.i + 1]
    opened = any(t.text == "," or t.text in _DASH_TOKENS for t in doc[obj.right_edge.i + 1 : after]) or any(
        c.dep_ == "appos" and doc[c.left_edge.i - 1].text == "," for c in obj.children
    )
    if not opened or not (closing.text == "," or closing.text in _DASH_TOKENS):
        return after, None
    end = closing.i + 1
    while end < len(doc) and doc[end].is_punct:
        end += 1
    return end, aside


#: What a phrase the parser hung on the cue may be when it is an aside inside the reported
#: clause, set off by commas or dashes: "until a few years ago", "though it was modest".
_ASIDE_DEPS = ("prep", "advcl", "advmod", "npadvmod")


def _reattach_closing_cue_read_as_conjunct(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Facebook created the tool to help in crises, a spokeswoman, Anna White, said on
    Saturday, and it has used it since": the parser may read the cue that closes the words as
    a second verb of their clause, with no "and" and no subject, and the speaker set off by
    commas before it as that clause's object. A speech verb so joined, right after a noun that
    can speak hung on the verb before it and opened by a comma, is the main verb: the noun is
    its subject and the clause before the comma its complement."""
    for cue in tokens:
        if cue.dep_ != "conj" or cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        head = cue.head
        if not head.tag_.startswith("VB") or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            continue
        if any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children):
            continue  # "... and said ...": a second act of the same subject
        # The noun's phrase ends at the cue or at the comma before it, which may be its own:
        # its last token is the comma (cue.i - 1) or the word before that comma (cue.i - 2,
        # "Anna White , said"). Only punctuation may lie between (checked next).
        noun = next((c for c in head.children if head.i < c.i < cue.i and c.right_edge.i >= cue.i - 2), None)
        if noun is not None and any(not t.is_punct for t in doc[noun.right_edge.i + 1 : cue.i]):
            continue
        if noun is None or noun.dep_ not in ("dobj", "npadvmod", "appos", "attr") or not _source_like(noun):
            continue
        opening = noun.left_edge.i - 1
        if opening <= head.i or doc[opening].text != "," or doc[opening].head.i != head.i:
            continue
        cue.head = cue if head.head.i == head.i else head.head
        cue.dep_ = head.dep_
        head.head, head.dep_ = cue, "ccomp"
        noun.head, noun.dep_ = cue, "nsubj"
        doc[opening].head = cue
        for tok in doc[noun.right_edge.i + 1 : cue.i]:
            tok.head = cue


def _reattach_subject_around_interposed_cue(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The gap with the old plan, said Holt and several aides, could not be wider": a cue set
    between a subject and its predicate, its own subject after it, may be read as the main verb
    with the content's subject for its own and the speaker for the subject of the predicate.
    A speech verb whose subject ends at the comma just before it, whose complement's subject
    begins just after it and is closed by a comma before that complement's verb: the two
    subjects trade places and the cue is set aside, as it is read in "The budget, said Ms.
    Vance, is too small"."""
    for cue in tokens:
        if cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if cue.i < 2 or doc[cue.i - 1].text != "," or doc[cue.i - 1].head.i != cue.i:
            continue
        before = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i == cue.i - 2), None)
        verb = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        if before is None or verb is None or any(c.dep_ in ("appos", "relcl", "acl") for c in before.children):
            continue  # "Holt, a Republican, said ...": a subject set off by its own appositive
        after = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == cue.i + 1), None)
        if after is None or any(c.dep_ in ("relcl", "acl") for c in after.subtree):
            continue  # "said the bill, which passed, was flawed": a relative, not an aside
        last = after.right_edge.i
        while last > after.i and doc[last].is_punct:
            last -= 1
        comma = last + 1
        if doc[comma].text != "," or comma >= verb.i:
            continue
        if any(doc[i].head.i != verb.i or doc[i].dep_ not in ("aux", "auxpass", "neg") for i in range(comma + 1, verb.i)):
            continue  # only "could not" may stand between the closing comma and the verb
        verb.head, verb.dep_ = verb, "ROOT"
        cue.head, cue.dep_ = verb, "parataxis"
        before.head = verb
        after.head, after.dep_ = cue, "nsubj"
        doc[cue.i - 1].head = cue
        for i in range(after.right_edge.i + 1, comma + 1):
            doc[i].head = cue  # the aside's closing comma


#: Cues whose content is a that-clause.
_CLAUSE_CUE_LEMMAS = lexicon.SPEECH_VERBS | lexicon.BELIEF_VERBS


def _reattach_inverted_speaker_read_as_object(doc: Doc, tokens: Sequence[Token]) -> None:
    """"A delay, warned the engineers, could put the dam at risk": a cue set between a subject
    and its predicate with its speaker after it may be read with the content's subject for its
    own and its speaker for its object, as a verb of warning or telling takes one. A speech verb
    set off by commas inside the sentence's clause, whose object fills the aside and whose
    subject ends at the comma before it, has its speaker after it ("said Bright" read aright):
    the object is its subject, and the subject before it the main verb's."""
    for cue in tokens:
        if cue.dep_ != "parataxis" or cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        verb = cue.head
        if cue.i < 2 or doc[cue.i - 1].text != "," or verb.i < cue.i or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            continue
        # The parser may hang the comma on the subject, or on the cue.
        before = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i in (cue.i - 2, cue.i - 1)), None)
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
        if before is None or obj is None or obj.right_edge.i + 1 >= verb.i or doc[obj.right_edge.i + 1].text != ",":
            continue
        if any(c.i > cue.i and c.i != obj.i and not c.is_punct for c in cue.children):
            continue  # "..., warned the engineers that ...": a hearer before the content
        obj.dep_ = "nsubj"
        before.head = verb
        if doc[cue.i - 1].head.i == before.i:
            doc[cue.i - 1].head = cue


def _reattach_clause_read_as_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Union officials said the so-called ``recovery plan'' the company published in January
    was ``a press release''": with no "that", the parser may read the clause's verb as a
    relative clause on the cue's object ("the plan [the company] was a press release") and the
    real relative, which lacks its object ("the company published"), as a participle on that
    clause's subject. The cue then has no clause. When the relative's subject holds such an
    objectless past participle, the object is the subject of the cue's clause, and the
    participle with its subject is the relative clause on it."""
    for clause in tokens:
        if clause.dep_ != "relcl" or clause.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        obj, cue = clause.head, clause.head.head
        lemma = lemma_of(cue.text)
        if obj.dep_ != "dobj" or lemma not in _CLAUSE_CUE_LEMMAS or lemma in lexicon.OBJECT_VERBS:
            continue
        if any(c.dep_ in _CLAUSE_DEPS for c in cue.children) or any(c.tag_ in ("WDT", "WP", "IN") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and obj.i < c.i < clause.i), None)
        participle = None if subject is None else next(
            (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < clause.i), None
        )
        if participle is None or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass") for c in participle.children):
            continue
        clause.head, clause.dep_ = cue, "ccomp"
        obj.head, obj.dep_ = clause, "nsubj"
        participle.head, participle.dep_ = obj, "relcl"
        subject.head, subject.dep_ = participle, "nsubj"


#: What the antecedent of a relative cue becomes when it takes the place of the clause's verb
#: the parser had made the antecedent's head ("compared with [23 percent] who said ...").
_PLACE_OF_CLAUSE = {"csubj": "nsubj", "csubjpass": "nsubjpass", "pcomp": "pobj"}


def _reattach_clause_with_gerund_subject(doc: Doc, tokens: Sequence[Token]) -> None:
    """"compared with 23 percent who said using a private server was improper": with no "that",
    the parser may read the subject of what was said, a gerund phrase ("using a private
    server"), as the cue's own complement (as in "said using a translator"), and hang the
    clause's finite verb ("was improper") elsewhere: on the cue's antecedent as its verb, or on
    the main verb. A finite verb right after such a gerund phrase, outside the cue's clause, is
    the verb of what was said: it is made the cue's complement with the gerund its subject, and
    the antecedent it held takes its place ("with ... percent")."""
    for gerund in tokens:
        cue = gerund.head
        if gerund.tag_ != "VBG" or gerund.dep_ not in ("xcomp", "advcl", "dobj") or gerund.i != cue.i + 1:
            continue
        if not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        if any(c.dep_ in (*_SUBJECT_DEPS, "aux", "mark") for c in gerund.children):
            continue
        last = gerund.right_edge.i
        while doc[last].is_punct and last > gerund.i:
            last -= 1  # the aside's opening comma, which the parser may give the gerund
        after = _past_comma_aside(last + 1, doc)
        # "said raising the fees, despite the deficit, was a mistake": past an aside the
        # parser may hang the clause on the cue already, the gerund its second complement.
        if any(c.dep_ == "ccomp" and not (c.i >= after > last + 1) for c in cue.children):
            continue
        if after >= len(doc) or doc[after].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            continue  # "said using a translator.": no clause
        if doc[after - 1].lower_ in lexicon.SUBJECT_ONLY_PRONOUNS:
            continue  # "cited improving care as a priority if he makes it": the verb has a subject
        verb = doc[after]
        while verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
            verb = verb.head
        if not verb.tag_.startswith("VB") or verb.i < after or any(c.dep_ in _SUBJECT_DEPS and c.i > cue.i for c in verb.children):
            continue
        if verb.head.i != cue.i and verb.i in {t.i for t in cue.subtree}:
            continue
        # The verb's words before the cue (the antecedent holding the cue) are the main clause's.
        before = [c for c in verb.children if c.i < cue.i]
        holder = next((c for c in before if any(t.i == cue.i for t in c.subtree)), None)
        if any(t.i == verb.i for t in cue.ancestors) and holder is None:
            continue
        if before and (verb.dep_ not in _PLACE_OF_CLAUSE or verb.head.i == verb.i):
            continue
        for c in before:
            c.head = verb.head
            if c.dep_ in _SUBJECT_DEPS:
                c.dep_ = _PLACE_OF_CLAUSE[verb.dep_]
        verb.head, verb.dep_ = cue, "ccomp"
        gerund.head, gerund.dep_ = verb, "csubj"
        for tok in doc[last + 1 : after]:
            if tok.head.i in (cue.i, gerund.i) and (tok.is_punct or tok.dep_ == "cc"):
                tok.head = verb  # the aside's commas ("..., and without knowing ..., could")


def _past_comma_aside(start: int, doc: Doc) -> int:
    """Where a clause goes on after an aside set off by commas that begins at ``start``, or
    ``start`` if none does: in "said ending the grants before other money is found, and without
    knowing who will win, could gut programs" the words go on at "could". The aside is one
    phrase (a preposition's, an adverb's or an adverbial clause), perhaps after "and" or "or"."""
    if start >= len(doc) or doc[start].text != ",":
        return start
    first = start + 1
    if first < len(doc) and doc[first].dep_ == "cc":
        first += 1
    if first >= len(doc):
        return start
    for closing in [t.i for t in doc[first + 1 : first + 30] if t.text == ","][:3]:
        words = range(first, closing)
        roots = [doc[k] for k in words if doc[k].head.i not in words or doc[k].head.i == k]
        if len(roots) == 1 and roots[0].dep_ in _ASIDE_DEPS and closing + 1 < len(doc):
            return closing + 1
    return start


def _reattach_clause_read_as_modifier(doc: Doc, tokens: Sequence[Token]) -> None:
    """'She said the minister had "lost touch" with voters': with no "that", the parser may read
    the clause's verb as an adjective of its own object ("lost" of "touch") and make that object
    the cue's, so the cue has no clause and the quoted fragment looks like all that was said. A
    verb hung so on the cue's object that has a subject and an auxiliary of its own is a finite
    clause: it is made the cue's complement, with the object its own."""
    for cue in tokens:
        if not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
            continue
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is None:
            continue
        verb = next((c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i and c.tag_ in ("VBN", "VBD")), None)
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and cue.i < c.i < verb.i), None)
        aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
        if subject is None or aux is None:
            continue
        verb.head, verb.dep_ = cue, "ccomp"
        obj.head, obj.dep_ = verb, "dobj"


#: Tags of the comparative that follows "the" in each half of "the more ..., the less ...".
_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


def _comparative_at(doc: Doc, i: int) -> bool:
    """Whether "the" and a comparative ("the more", "the longer") begin at ``i``."""
    return i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].tag_ in _COMPARATIVE_TAGS


def _part_roots(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of ``doc[start:end]`` that hang outside it, or are a root: the heads of its
    parts as the parser read them."""
    return [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]


def _correlative_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of the second half of "the more ..., the more leverage he will have", which
    runs from ``start`` to ``end``: the one head of that half when it is a verb, or the verb
    of the relative clause the parser hung on its noun ("leverage [he will have]")."""
    roots = [t for t in _part_roots(doc, start, end) if not t.is_punct]
    if len(roots) != 1:
        return None
    head = roots[0]
    if head.tag_.startswith("VB") or head.tag_ == "MD":
        return head
    return next((c for c in head.children if c.dep_ in ("relcl", "acl") and c.tag_.startswith("VB") and c.i > head.i), None)


def _reattach_correlative_after_cue(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Aides say the more delegates he wins, the more leverage he will have": the parser may
    read the first half of a comparative correlative as the cue's object ("the more
    delegates", with "he wins" a relative clause on it) and the second as an appositive of
    that object, or hang the cue on the second half as its clause. Both halves are what was
    said: when "the" and a comparative open the words right after the cue and again right
    after a comma later in its sentence, the second half's verb is made the cue's complement,
    with the first half hung on it."""
    for cue in tokens:
        halves = _correlative_halves(doc, cue)
        if halves is None:
            continue
        first, comma, end, verb = halves.first, halves.comma, halves.end, halves.verb
        if any(t.i == cue.i for t in verb.subtree):
            # The cue hangs on the second half ("He argued the more ..., the fewer jobs it
            # creates"): it takes that half's place, and the words outside both halves with it.
            cue.head, cue.dep_ = (cue, "ROOT") if verb.head.i == verb.i else (verb.head, verb.dep_)
            for t in doc[halves.sentence[0] : halves.sentence[1]]:
                if t.head.i == verb.i and not first <= t.i < end:
                    t.head = cue
        for t in _part_roots(doc, comma + 1, end):
            if t.i != verb.i:
                t.head, t.dep_ = verb, "dobj" if t.tag_.startswith("NN") else t.dep_
        verb.head, verb.dep_ = cue, "ccomp"
        for t in _part_roots(doc, first, comma + 1):
            t.head = verb
            if not t.is_punct:
                t.dep_ = "advcl" if t.tag_.startswith("VB") else "npadvmod"


@dataclass(frozen=True, slots=True)
class _Correlative:
    """The two halves of a comparative correlative after a cue: the first from ``first`` to
    the ``comma``, the second from after it to ``end`` with ``verb`` its verb; ``sentence``
    the bounds of the cue's sentence, read before the tree changes."""

    first: int
    comma: int
    end: int
    verb: Token
    sentence: tuple[int, int]


def _correlative_halves(doc: Doc, cue: Token) -> _Correlative | None:
    """The halves of "the more delegates he wins, the more leverage he will have" right after
    the clause cue ``cue`` ("Aides say the more ..."), each opened by "the" and a comparative,
    the second after a comma later in the sentence and with a verb other than the cue; else
    None. Reads the tree, never changes it."""
    if not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
        return None
    first = cue.i + 2 if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "that" else cue.i + 1
    if not _comparative_at(doc, first):
        return None
    sent_start, sent_end = cue.sent.start, cue.sent.end
    end = sent_end
    while end > first and doc[end - 1].is_punct:
        end -= 1
    comma = next((i for i in range(first + 2, end) if doc[i].text == "," and _comparative_at(doc, i + 1)), None)
    if comma is None:
        return None
    verb = _correlative_verb(doc, comma + 1, end)
    if verb is None or verb.i == cue.i:
        return None
    return _Correlative(first, comma, end, verb, (sent_start, sent_end))


def _relative_verb_read_as_noun(verb: Token) -> Token | None:
    """The verb of a relative clause on the cue's object read as a plural noun and taken for
    the subject of the verb after it: "decries" in "says the rise in partisanship that
    Bloomberg decries also makes ...". It is a verb form the lexicon knows, between the
    relative "that" or "which" with that clause's own subject ("Bloomberg") and ``verb``,
    with at most adverbs of ``verb`` between them."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ != "NNS" or lemma_of(subject.text) is None or subject.left_edge.i == subject.i:
        return None
    doc = verb.doc
    if any(t.head.i != verb.i or t.dep_ not in ("advmod", "neg") for t in doc[subject.i + 1 : verb.i]):
        return None
    rel = doc[subject.left_edge.i - 1]
    if rel.lower_ not in lexicon.OBJECT_RELATIVE_PRONOUNS or rel.head.i != verb.i:
        return None
    return subject


def _reattach_clause_read_as_relative_on_object(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Stone says the rise in partisanship that Bloomberg decries also makes his election less
    likely": with no "that" after the cue, the parser may read the verb of a relative clause
    inside what was said as a plural noun ("decries"), take it for the subject of the clause's
    own verb ("makes"), and hang that verb on the cue's object as a relative clause. The cue
    then has no clause. The misread word is made the relative clause's verb on the object, with
    its subject and the relative pronoun its own, and the verb after it the cue's complement,
    with the object its subject."""
    for verb in tokens:
        if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        obj, cue = verb.head, verb.head.head
        lemma = lemma_of(cue.text)
        if obj.dep_ != "dobj" or not cue.i < obj.i < verb.i or lemma not in _CLAUSE_CUE_LEMMAS or lemma in lexicon.OBJECT_VERBS:
            continue
        if any(c.dep_ in _CLAUSE_DEPS for c in cue.children):
            continue
        relative = _relative_verb_read_as_noun(verb)
        if relative is None:
            continue
        rel = doc[relative.left_edge.i - 1]
        own = [c for c in relative.children if c.i < relative.i]
        subject = own[-1]
        for c in own[:-1]:
            c.head = subject
        subject.dep_ = "nsubj"
        relative.head, relative.dep_ = obj, "relcl"
        relative.tag_ = "VBZ" if relative.lower_.endswith("s") else relative.tag_
        rel.head, rel.dep_ = relative, "dobj"
        verb.head, verb.dep_ = cue, "ccomp"
        obj.head, obj.dep_ = verb, "nsubj"


def _bare_imperative(verb: Token) -> bool:
    """Whether ``verb`` is a bare imperative with words of its own: "Get serious about
    renewable energy", "cut regulations". "To win, ..." has its "to", "Look, ..." no words."""
    if verb.tag_ != "VB":
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    return any(not c.is_punct for c in verb.children)


def _reattach_opening_imperative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Get serious about renewable energy, the under-35 generation says by a wide margin": the
    parser may read an imperative that opens the sentence, before a closing cue, as a clause
    of circumstance of the cue, which then has no clause. An imperative that opens the
    sentence, ends at the comma just before the cue's subject and has words of its own is what
    was said: the cue's complement."""
    for verb in tokens:
        if verb.dep_ != "advcl" or verb.i != verb.sent.start or not _bare_imperative(verb):
            continue
        cue = verb.head
        if cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ in _OBJECT_DEPS for c in cue.children):
            continue
        comma = verb.right_edge.i + 1
        subject = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i < cue.i), None)
        if subject is None or doc[comma].text != "," or subject.left_edge.i != comma + 1:
            continue
        verb.dep_ = "ccomp"


def _reattach_imperative_read_as_infinitive(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Carson says cut regulations, national debt to reduce poverty": a headline may report an
    appeal as a bare imperative after the cue, which the parser reads as the cue's infinitive
    with no "to" ("says cut"). A speech verb takes no bare infinitive: an imperative right
    after a cue that takes neither an infinitive nor a noun object is the cue's complement."""
    for verb in tokens:
        if verb.dep_ != "xcomp" or verb.i != verb.head.i + 1 or not _bare_imperative(verb):
            continue
        cue = verb.head
        lemma = lemma_of(cue.text)
        if lemma not in _CLAUSE_NOT_OBJECT_LEMMAS or lemma in lexicon.INFINITIVE_VERBS or not cue.tag_.startswith("VB"):
            continue
        if any(c.dep_ in _OBJECT_DEPS for c in cue.children if c.i != verb.i):
            continue  # "what Comey described presumptive ...": the cue has an object of its own
        verb.dep_ = "ccomp"


def _reattach_clause_read_as_second_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Ortiz, who brags he has visited every county, will speak": the parser may hang the
    clause after a relative cue on the noun as a second relative clause of its own. A speech
    verb heading a relative clause with no complement or object, and a clause with its own
    subject hung on the same noun right after the cue: the clause is the cue's complement."""
    for cue in tokens:
        if cue.dep_ != "relcl" or cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in cue.children):
            continue
        clause = next((c for c in cue.head.children if c.dep_ == "relcl" and c.left_edge.i == cue.right_edge.i + 1), None)
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < clause.i for c in clause.children):
            continue
        if not (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.children)):
            continue
        clause.head, clause.dep_ = cue, "ccomp"


def _reattach_relative_read_as_second_clause(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Sweet said the comments were responses to attacks Trump said were sparked by poll
    numbers": the parser may hang a relative cue with no relative word ("Trump said") on the
    main cue as a second clause, so that the main cue seems to pass on Trump's words. A speech
    cue that is the second clause of a cue, right after the first clause's last word, a noun,
    and whose own clause has no subject (the relative's gap: "[attacks] were sparked") is a
    relative clause on that noun."""
    for cue in tokens:
        if cue.dep_ != "ccomp" or cue.tag_ not in _FINITE_CLAUSE_TAGS or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        main = cue.head
        first = next((c for c in main.children if c.dep_ == "ccomp" and main.i < c.i < cue.i), None)
        if first is None or lemma_of(main.text) not in _CLAUSE_CUE_LEMMAS or cue.left_edge.i != first.right_edge.i + 1:
            continue
        noun = doc[first.right_edge.i]
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("pobj", "dobj", "attr"):
            continue
        said = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        if len(said) != 1 or any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in said[0].children):
            continue
        cue.head, cue.dep_ = noun, "relcl"


def _reattach_cue_inside_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"A witness who asked not to be named because he feared reprisals told the Courier that
    ...": after a long relative clause the parser may leave the sentence with a noun for its
    root and hang the main verb deep inside the relative clause, with the last verb's object
    for its subject ("reprisals told"); the pronoun of the "because" clause is then taken for
    the speaker. A finite speech cue so hung on a verb with no object of its own, whose
    "subject" is a bare noun just before it, is the sentence's main verb: the root noun is
    made its subject, and that bare noun the object of the verb before it."""
    for noun in tokens:
        if noun.dep_ != "ROOT" or noun.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        relative = next((c for c in noun.children if c.dep_ == "relcl"), None)
        if relative is None:
            continue
        for cue in relative.subtree:
            if cue.dep_ != "ccomp" or cue.tag_ not in _FINITE_CLAUSE_TAGS or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS | lexicon.TELL_VERBS:
                continue
            host = cue.head
            obj = next((c for c in cue.children if c.dep_ == "nsubj" and c.right_edge.i + 1 == cue.i), None)
            if obj is None or not host.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in host.children):
                continue
            if obj.tag_ not in ("NN", "NNS") or any(c.dep_ not in ("amod", "compound") for c in obj.children):
                continue  # "because he said his friends told ...": a clause of its own
            trailing = [c for c in noun.children if c.i > cue.i]  # the full stop, left on the noun
            obj.head, obj.dep_ = host, "dobj"
            cue.head, cue.dep_ = cue, "ROOT"
            for tok in trailing:
                tok.head = cue
            noun.head, noun.dep_ = cue, "nsubj"
            break


def _reattach_that_read_as_determiner(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The Gazette reported, citing a person familiar with the talks, that management was
    preparing an offer": after an aside the parser may read "that" as the determiner of the
    clause's subject ("that management"), and then finds no that-clause on the cue. A "that"
    right after a comma, on the subject of a finite clause that hangs on a speech cue before
    the comma, opens the clause, and is made its mark."""
    for that in tokens:
        if that.lower_ != "that" or that.dep_ != "det" or that.i < 1 or doc[that.i - 1].text != ",":
            continue
        noun, clause = that.head, that.head.head
        if noun.dep_ not in _SUBJECT_DEPS or noun.i != that.i + 1 and any(t.is_punct for t in doc[that.i : noun.i]):
            continue
        finite = clause.tag_ in _FINITE_CLAUSE_TAGS or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.tag_ in _FINITE_CLAUSE_TAGS) for c in clause.children)
        cue = clause.head
        if not finite or clause.dep_ not in ("advcl", "ccomp") or not cue.i < that.i:
            continue
        if lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS or any(c.dep_ == "ccomp" and c.i != clause.i for c in cue.children):
            continue
        that.head = clause
        that.dep_ = "mark"
        clause.dep_ = "ccomp"


def _reattach_interposed_participle(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Aldo Fenwick, speaking to the Courier, said ...", "Raymond Oduya, writing in the Capitol
    Review, argued ...": a participle of the occasion set off by commas between the speaker and
    the cue belongs to the cue, as it does when it opens the sentence ("Speaking to the Courier,
    Fenwick said"). The parser may hang it on the speaker, who then takes it into their name, or
    make the speaker its own subject, leaving the cue with none. It is moved to the cue, and the
    speaker made the cue's subject."""
    for part in tokens:
        if not _interposed_medium_participle(part):
            continue
        after = part.right_edge.i + 1 if doc[part.right_edge.i].text != "," else part.right_edge.i
        if part.dep_ in ("acl", "appos") and part.head.dep_ in _SUBJECT_DEPS and _speaking_anonymously(part):
            continue  # "An official, speaking on condition of anonymity, said": who they are
        if part.dep_ in ("acl", "appos") and part.head.dep_ in _SUBJECT_DEPS:
            noun, cue = part.head, part.head.head
        elif part.dep_ == "advcl" or (part.dep_ == "ccomp" and part.tag_ == "VBN"):
            # "Dr Ada Achebe, interviewed on Radio Westmoor, said he ...": the parser may read
            # the speaker and the participle as a clause of their own, the cue's complement.
            cue = part.head
            noun = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i), None)
            if noun is None and _name_read_as_modifier(doc[part.i - 2], cue):
                noun = doc[part.i - 2]  # "Gail Ombaka" tagged an adverb
            if noun is None or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
                continue
        else:
            continue
        if after >= len(doc) or doc[after].text != "," or not after < cue.i or lemma_of(cue.text) not in _INTERPOSED_OCCASION_CUES:
            continue
        part.head = cue
        part.dep_ = "advcl"
        doc[after].head = cue  # the closing comma, which the parser may leave on the speaker
        if noun.head.i != cue.i or noun.dep_ not in _SUBJECT_DEPS:
            noun.head = cue
            noun.dep_ = "nsubj"


#: Cues an occasion participle set between the speaker and the cue belongs to: verbs of saying
#: and believing, and of declining or speaking about something ("The mayor, reached by phone,
#: declined to comment", "..., speaking to reporters, denied the claims").
_INTERPOSED_OCCASION_CUES = _CLAUSE_CUE_LEMMAS | lexicon.DECLINE_VERBS | lexicon.OBJECT_VERBS


def _interposed_medium_participle(part: Token) -> bool:
    """Whether ``part`` is a participle of the occasion right after a comma, past the sentence's
    first words: ", speaking to the Courier,", ", interviewed on Radio Westmoor,". Not a
    question ("asked whether ..."), which is an act of its own (see ``_ASKED_FORMS``)."""
    if part.lower_ not in lexicon.MEDIUM_PARTICIPLES or part.i < 2 or part.doc[part.i - 1].text != ",":
        return False
    # A past participle may be tagged a past tense ("The mayor, interviewed on ..., said").
    return part.tag_ == "VBG" or (part.tag_ in ("VBN", "VBD") and lemma_of(part.lower_) not in lexicon.QUESTION_VERBS)


def _speaking_anonymously(part: Token) -> bool:
    """Whether a participle says its speaker is not named: "speaking on condition of
    anonymity", "speaking anonymously". That tells who spoke, not the occasion, and stays with
    the speaker, as "who spoke on condition of anonymity" does."""
    words = " ".join(t.lower_ for t in part.subtree)
    return any(phrase in words for phrase in lexicon.ANONYMITY_PHRASES)


def _reattach_subject_after_opening_participle(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Speaking with our correspondent, a community leader in Igbokoda, Chief Matthew Ebiere,
    confirmed that ...": after an opening participle of the occasion the parser may hang the
    cue's subject on the participle's object as its appositive, and take the participle for
    the cue's subject. A cue with no other subject takes the first appositive set off by a
    comma as its subject, with the appositives after it (the name), and the participle as an
    adverbial clause."""
    for said in tokens:
        if lemma_of(said.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        # "Speaking in Oslo, Lunde thanked Qaresh but said ...": the cue shares the subject of
        # the verb it is joined to, which the participle hangs on.
        cue = _subject_sharing_head(said)
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        opener = next((c for c in cue.children if c.dep_ in ("csubj", "advcl") and c.i < cue.i and c.lower_ in lexicon.MEDIUM_PARTICIPLES), None)
        if subjects:
            # "Writing in the daily De Kustbode, former negotiator Hanna Wijk said": the
            # participle itself read as the subject.
            opener = subjects[0] if len(subjects) == 1 and opener is None and _participle_read_as_subject(subjects[0], cue) else None
        if opener is None:
            continue
        set_off = sorted(
            (a for t in opener.subtree for a in t.children if _set_off_after(a, t)),
            key=lambda a: a.i,
        )
        if not set_off or set_off[-1].right_edge.i >= cue.i or opener.right_edge.i >= cue.i:
            continue
        subject = set_off[0]
        # The name after the role may hang on the participle instead ("..., a resident of the
        # estate, Ada Okoro, said"), as a modifier of its own.
        names = [c for c in opener.children if c.dep_ in ("npadvmod", "appos") and c.ent_type_ == "PERSON" and c.i > subject.i]
        for later in [*set_off[1:], *names]:
            if later.head.i in (subject.head.i, opener.i) and doc[later.left_edge.i - 1].text == ",":
                later.head, later.dep_ = subject, "appos"
        subject.head, subject.dep_ = cue, "nsubj"
        opener.dep_ = "advcl"
        # The commas inside and after the subject, left on the participle or its object.
        inside = {t.i for t in subject.subtree}
        for tok in doc[subject.i : cue.i]:
            if tok.is_punct and tok.i not in inside and tok.head.i != cue.i:
                tok.head = subject if tok.i < subject.right_edge.i else cue


def _subject_sharing_head(cue: Token) -> Token:
    """The verb whose subject a cue shares: the first conjunct for "thanked Qaresh but said"
    when the cue has no subject of its own, else the cue."""
    if cue.dep_ == "conj" and cue.head.tag_.startswith("VB") and cue.head.i < cue.i:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            return cue.head
    return cue


#: Entity types of places: "Oslo, Norway" is a town and its country.
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def _set_off_after(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is a noun set off by a comma after ``head`` that the parser hung there: an
    appositive ("with our correspondent, a community leader"), or a conjunct with no "and" or
    "or" before it ("in Oslo, Lunde"), the subject that follows an opening participle. Not a
    place after a place with another noun set off after it ("in Oslo, Norway, Lunde"): it says
    where the first one lies."""
    return _set_off_seen(tok, head, {})


def _set_off_seen(tok: Token, head: Token, seen: dict[tuple[int, int], bool]) -> bool:
    """``_set_off_after``, with the answers found so far in ``seen``: a head with many places
    set off on it ("in Oslo, Norway, ...") asks the same question again and again."""
    key = (tok.i, head.i)
    if key not in seen:
        seen[key] = _set_off_once(tok, head, seen)
    return seen[key]


def _set_off_once(tok: Token, head: Token, seen: dict[tuple[int, int], bool]) -> bool:
    """``_set_off_after`` worked out for one pair, asking ``_set_off_seen`` for the others."""
    if tok.i <= head.i or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    if tok.ent_type_ in _PLACE_ENTS and head.ent_type_ in _PLACE_ENTS and _set_off_follows(tok, head, seen):
        return False
    if tok.dep_ == "conj":
        return tok.tag_ in _PROPER_TAGS and not any(c.dep_ == "cc" for c in head.children)
    return tok.dep_ == "appos"


def _set_off_follows(tok: Token, head: Token, seen: dict[tuple[int, int], bool]) -> bool:
    """Whether another noun is set off after ``tok``, hung on it or beside it on ``head``: "in
    Oslo, Norway, Lunde" (the parser makes "Lunde" a conjunct of "Norway" or a second
    appositive of "Oslo")."""
    return any(_set_off_seen(c, tok, seen) for c in tok.children) or any(
        _set_off_seen(c, head, seen) for c in head.children if c.i > tok.i
    )


def _participle_read_as_subject(tok: Token, cue: Token) -> bool:
    """"Writing in the daily De Kustbode, ... said": an opening participle of the occasion
    that the parser made the cue's subject; and "Prosecuting, Ms Anne Vale said", one of a
    part at a hearing, which the tagger may read as a name."""
    if tok.i >= cue.i or tok.i != tok.left_edge.i:
        return False
    return (tok.tag_ == "VBG" and tok.lower_ in lexicon.MEDIUM_PARTICIPLES) or tok.lower_ in lexicon.HEARING_ROLE_PARTICIPLES


def _name_read_as_modifier(tok: Token, cue: Token) -> bool:
    """"Retired sprinter Gail Ombaka, writing in ..., argued": a surname the tagger took for an
    adverb of the cue, a name all the same."""
    return tok.head.i == cue.i and tok.dep_ in ("advmod", "npadvmod") and tok.ent_type_ in ("PERSON", "ORG")


def _reattach_that_clause_after_aside(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The governor continues to insist, most recently in an interview with the Ledger, that
    she wants to release the files": after a long aside the parser may make the that-clause the
    sentence's main clause and the cue's clause its complement, upside down. A clause opened by
    "that" after a comma, following a speech cue with no complement of its own, is the cue's
    complement, and is moved there."""
    for verb in tokens:
        if verb.dep_ != "ROOT":
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None or mark.i < 1 or doc[mark.i - 1].text != ",":
            continue
        host = next((c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < mark.i), None)
        # The cue is the last verb of the chain: "continues to insist", "has tried to claim".
        chain = []
        node = host
        while node is not None:
            chain.append(node)
            node = next((c for c in node.children if c.dep_ == "xcomp"), None)
        cue = next((v for v in reversed(chain) if lemma_of(v.text) in _CLAUSE_CUE_LEMMAS), None)
        if host is None or cue is None or any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
            continue
        host.head = host
        host.dep_ = "ROOT"
        verb.head = cue
        verb.dep_ = "ccomp"


def _reattach_closing_interview(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Ebbe said the price was too high in an interview with the Harbour Herald.": the parser
    hangs an interview closing the sentence on the last verb of the reported clause, inside the
    words. An "in an interview with X" (or "in comments to X") that ends the sentence after a
    speech cue's complement says where the cue's words were said, and is moved to the cue."""
    for prep in tokens:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        # The parser may hang it on a word of the clause ("too high in an interview"), but not
        # inside a clause of its own ("why it was mentioned by Trump in an interview with X").
        clause = next((a for a in prep.ancestors if a.dep_ == "ccomp"), None)
        if clause is None or clause.left_edge.tag_ in ("WDT", "WP", "WRB", "WP$") or clause.left_edge.lower_ in ("if", "whether"):
            continue
        path = [a for a in prep.ancestors if a.i != clause.i and clause.is_ancestor(a)]
        if any(a.tag_.startswith("VB") for a in path):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in lexicon.INTERVIEW_NOUNS), None)
        heard = noun is not None and any(c.dep_ == "prep" and c.lower_ in ("with", "to") and _noun_object(c) is not None for c in noun.children)
        cue = clause.head
        end = prep.right_edge.i + 1
        if not heard or cue.i > clause.i or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if end >= len(doc) or doc[end].text not in (".", "!") or prep.i < clause.i:
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") for c in cue.children):
            continue  # "said in a statement that ...": the cue has its occasion already
        prep.head = cue


def _reattach_that_clause_after_participle(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Its founder, Felix Hartung, posted on X that the app ...": when the tagger reads the
    cue as a participle on its subject ("posted" as in "a notice posted on the door"), the
    parser hangs the that-clause after it on the subject too, as a second modifier. A clause
    that "that" opens right where such a participle's phrase ends is its complement, and is
    moved there; `_cue_read_as_participle` then takes the participle for the cue it is."""
    for clause in tokens:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        mark = clause.left_edge
        noun = clause.head
        if mark.dep_ != "mark" or mark.lower_ != "that" or mark.i < 1:
            continue
        verb = doc[mark.i - 1]  # the participle's last word ("on X"); climb to the participle
        while verb.head.i != noun.i and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == clause.i or verb.head.i != noun.i or verb.right_edge.i + 1 != mark.i:
            continue
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
            continue
        dep = clause.dep_
        clause.head = verb
        clause.dep_ = "ccomp"
        if not _cue_read_as_participle(verb):
            # Not a cue after all ("the rules posted online that ..."): leave the parse as it was.
            clause.head = noun
            clause.dep_ = dep


def _reattach_that_clause_after_phrase(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The minister also said for the first time that two reports had been withheld", "Vega
    said on Radio Norte, where she hosts a weekly show, that the vote was rigged": after a
    prepositional phrase on the cue the parser may hang the that-clause on the phrase's last
    noun as a relative clause (reading "that" as a relative adverb of "the first time"), and the
    cue is left with no clause. A clause opened by a "that" that is no argument of its own, with
    a subject and a finite verb, ending a chain of prepositional phrases on a clause cue that
    has no complement or object, is the cue's complement, and is moved there. A noun that takes
    a that-clause of its own keeps it ("commented on reports that ...": what was reported)."""
    for clause in tokens:
        if clause.dep_ not in ("relcl", "acl") or clause.head.dep_ != "pobj":
            continue
        that = doc[clause.left_edge.i]
        if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in ("mark", "advmod", "nsubj"):
            continue
        # "added in a short concurrence that landlords were ...": a "that" read as the
        # relative's subject is no subject when the clause has another one after it.
        if not any(c.dep_ in _SUBJECT_DEPS and c.i > that.i for c in clause.children):
            continue
        if not (clause.tag_ in _FINITE_CLAUSE_TAGS or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in _FINITE_CLAUSE_TAGS) for c in clause.children)):
            continue
        cue = _phrase_chain_head(clause.head)
        # The phrase stands between the cue and the clause: in "To the extent that voters know
        # him, they may think ..." the clause opens the sentence and is no one's words.
        if cue is None or clause.right_edge.i != clause.head.right_edge.i or that.i < cue.i:
            continue
        if not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        if any(c.dep_ in ("xcomp", "dobj", "dative") for c in cue.children):
            continue
        later = [c for c in cue.children if c.dep_ == "ccomp"]
        if any(not _appositive_after(c, clause) for c in later):
            continue
        for c in later:
            c.head, c.dep_ = doc[clause.right_edge.i], "appos"
        clause.head = cue
        clause.dep_ = "ccomp"
        that.dep_ = "mark"


def _appositive_after(verb: Token, clause: Token) -> bool:
    """Whether ``verb``, hung on the cue as a second clause, is an appositive on the last noun
    of ``clause`` right before it: in 'that the court would not tolerate "paper repairs", work
    logged on a system but never carried out' the parser may read "work logged" as a clause
    of the cue. It is one when it follows the clause's last word, a noun, after a comma."""
    end = clause.right_edge.i
    start = next(t.i for t in verb.subtree if not t.is_punct)
    doc = verb.doc
    if not doc[end].tag_.startswith("NN") or start <= end:
        return False
    between = doc[end + 1 : start]
    return any(t.text == "," for t in between) and all(t.is_punct for t in between)


#: Nouns whose that-clause is their own, not the cue's (a statement's is what it said, when
#: the statement is where the words were given: "in a statement that ...").
_NOUNS_WITH_OWN_CLAUSE = lexicon.CLAUSE_TAKING_NOUNS | lexicon.TERMS_NOUNS
_STATEMENT_FORM_NOUNS = lexicon.STATEMENT_NOUNS | lexicon.POST_FORM_NOUNS


def _phrase_chain_head(noun: Token) -> Token | None:
    """The verb a chain of prepositional phrases hangs on, read up from the last noun of the
    chain: "said [in one] [of a series] [of messages]" gives "said". None when the chain
    passes through anything else, or through a noun that takes a that-clause of its own
    ("in response to claims", "remarked on a report that ..."), or through a topic ("asked
    about the ruling that ...": what the ruling held). A statement the words were given in is
    no such noun: its clause is what was said ("in a statement that ...")."""
    for _ in range(4):
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ in lexicon.TOPIC_PREPOSITIONS:
            return None
        given_in = noun.lower_ in _STATEMENT_FORM_NOUNS and prep.lower_ in _OCCASION_PREPS
        if noun.lower_ in _NOUNS_WITH_OWN_CLAUSE and not given_in:
            return None
        if prep.head.tag_.startswith("VB"):
            return prep.head
        noun = prep.head
    return None


def _reattach_clause_read_as_next_conjunct(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The board froze hiring in March and on Friday announced 40 more jobs would be cut": in
    a cue joined to a verb before it, the parser may read the clause's verb as a third
    conjunct of that verb and the clause's subject as a modifier of the cue ("40 more" as a
    measure), so the cue has no clause. A conjunct verb right after such a cue, with an
    auxiliary but no subject of its own and nothing joining it, whose words before it are one
    phrase hung on the cue, is the cue's clause, and that phrase its subject."""
    for cue in tokens:
        if cue.dep_ != "conj" or not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "nsubj", "nsubjpass") and c.i > cue.i for c in cue.children):
            continue
        verb = next((c for c in cue.head.children if c.dep_ == "conj" and c.i > cue.i), None)
        if verb is None or any(c.dep_ in (*_SUBJECT_DEPS, "cc", "expl") for c in verb.children):
            continue
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if not auxes or not (auxes[0].tag_ == "MD" or auxes[0].tag_ in _FINITE_CLAUSE_TAGS) or auxes[0].i != verb.left_edge.i:
            continue
        after = [c for c in cue.children if c.i > cue.i]
        subject = after[-1] if after else None
        if subject is None or subject.right_edge.i + 1 != auxes[0].i or any(c.right_edge.i >= subject.left_edge.i for c in after[:-1]):
            continue
        if subject.is_punct or not any(t.tag_ in ("NN", "NNS", "NNP", "NNPS", "CD", "PRP") for t in subject.subtree):
            continue
        verb.head, verb.dep_ = cue, "ccomp"
        subject.head = verb
        subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def _absolute_participle(noun: Token) -> Token | None:
    """The participle of a "with" phrase whose object ``noun`` is, through "and", one of: in
    "with farmers demanding faster action and scientists warning ...", "demanding" for
    "scientists"; None when ``noun`` stands elsewhere."""
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    participle = first.head
    if first.dep_ != "dobj" or participle.tag_ != "VBG":
        return None
    if participle.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in participle.children):
        return participle
    owner = participle.head
    if participle.dep_ == "acl" and owner.dep_ == "pobj" and owner.head.lower_ == "with":
        return participle  # "with nurses backing the offer": the subject read as the object
    if participle.dep_ == "acl" and owner.dep_ == "nsubj" and owner.head.tag_ == "VBG" and owner.head.head.lower_ == "with":
        # "with unions backing the deal and employers arguing ...": the parser made the first
        # participle a modifier of the noun it read as the second one's subject.
        return participle
    return None


def _reattach_second_absolute_subject(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The plan has split the region, with farmers demanding faster action and scientists
    warning that ...": each half of an absolute "with" phrase has a speaker of its own. The
    parser may read the second subject as one more object of the first participle ("faster
    action and scientists") and hang the second participle on the main clause, whose subject
    then speaks. A noun joined to such an object, right before a cue participle, is that
    participle's subject, and the participle is joined to the first."""
    for cue in tokens:
        if cue.tag_ != "VBG" or cue.i < 2 or cue.dep_ == "conj" or lemma_of(cue.text) is None:
            continue
        noun = doc[cue.i - 1]
        if noun.dep_ != "conj" or noun.tag_ not in _NOUN_TAGS or any(c.i > noun.i for c in noun.children):
            continue
        participle = _absolute_participle(noun)
        if participle is None or participle.i > noun.i:
            continue
        misread_modifier = participle.dep_ == "acl" and participle.head.dep_ == "nsubj"
        if (participle.head.head.i != cue.i) if misread_modifier else cue.is_ancestor(participle):
            continue
        joiner = next((c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i), None)
        if misread_modifier:
            owner, prep = participle.head, cue.head
            participle.head, participle.dep_ = prep, "pcomp"
            owner.head = participle
        noun.head, noun.dep_ = cue, "nsubj"
        cue.head, cue.dep_ = participle, "conj"
        if joiner is not None:
            joiner.head = participle


def _reattach_time_read_as_conjunct_subject(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The firm recalled 900 vans in May and this week said the brakes were safe": the parser
    may take a time phrase before a cue joined to a verb for the cue's own subject ("this week
    said"), and the time becomes the speaker. A subject of a conjunct cue that is a time
    ("this week", "last month", "Friday") while the verb it is joined to has a subject of its
    own is a modifier of when: the cue shares that subject."""
    for cue in tokens:
        if cue.dep_ != "conj" or not cue.tag_.startswith("VB") or lemma_of(cue.text) not in _CLAUSE_CUE_LEMMAS:
            continue
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subject is None or not any(c.dep_ in _SUBJECT_DEPS for c in cue.head.children):
            continue
        if subject.lower_ not in lexicon.TIME_WORDS and not (subject.ent_type_ in ("DATE", "TIME") and subject.tag_ != "PRP"):
            continue
        if any(t.ent_type_ not in ("DATE", "TIME", "") or t.tag_ in ("PRP", "WP") for t in subject.subtree):
            continue
        subject.dep_ = "npadvmod"


def _opening_time_relative(sent: SpacySpan) -> tuple[Token, Token, Token] | None:
    """The opening of a sentence that is a time with a relative clause of its own, with no
    "that" or "when" ("The week the mayor said ...", "At the moment Ruiz announced ...", "By the
    time she said ..."; see ``lexicon.TIME_CLAUSE_NOUNS``): the phrase's head (the preposition,
    or else the noun), the time noun, and the relative clause's verb, whose subject starts right
    after the noun. None for any other opening."""
    doc, i = sent.doc, sent.start
    head = None
    if doc[i].lower_ in lexicon.TIME_CLAUSE_PREPOSITIONS:
        head, i = doc[i], i + 1
    if i + 3 >= sent.end or doc[i].lower_ not in lexicon.TIME_CLAUSE_DETERMINERS:
        return None
    i += 1 + (doc[i + 1].lower_ in lexicon.TIME_CLAUSE_ADJECTIVES)
    noun = doc[i]
    if noun.lower_ not in lexicon.TIME_CLAUSE_NOUNS or noun.tag_ != "NN" or (head is not None and noun.head.i != head.i):
        return None
    subject = next((t for t in doc[i + 1 : sent.end] if t.dep_ in _SUBJECT_DEPS and t.left_edge.i == i + 1), None)
    if subject is None or not subject.head.tag_.startswith("VB"):
        return None
    return head or noun, noun, subject.head


def _main_clause_after_time_relative(verb: Token) -> tuple[Token, Token] | None:
    """The verb of the main clause the parser ran into the relative clause of an opening time
    (``_opening_time_relative``), and the comma before it: a complement or conjunct of the
    relative's root verb, or the verb that takes the relative's verb for its complement, whose
    subject comes right after a comma. None when there is no such clause."""
    if verb.dep_ == "ROOT":
        candidates = [c for c in verb.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i > verb.i]
    elif verb.dep_ == "ccomp" and verb.head.i > verb.right_edge.i:
        candidates = [verb.head]
    else:
        return None
    for main in candidates:
        subject = next((c for c in main.children if c.dep_ in _SUBJECT_DEPS and c.i < main.i), None)
        if subject is not None and subject.left_edge.i - 1 > verb.i and verb.doc[subject.left_edge.i - 1].text == ",":
            return main, verb.doc[subject.left_edge.i - 1]
    return None


def _reattach_main_clause_after_time_relative(doc: Doc) -> None:
    """"The week the mayor said the budget was short, the council met twice", "At the moment
    Ruiz announced his candidacy last spring, Mook was in a meeting": an opening time noun may
    take a relative clause with no "that" or "when". The parser may hang the time on that
    clause's verb and make the verb the sentence's root, so that the main clause after the comma
    becomes a cue's content; or make the verb a complement of the main verb, so that the time
    clause becomes the main verb's content. When the clause after the comma has a subject of
    its own, its verb is the sentence's root, the time phrase its modifier and the verb of the
    clause before the comma the noun's relative clause; what the parser hung on the main verb
    before the comma ("last spring") goes back to the relative clause."""
    for sent in list(doc.sents):
        opening = _opening_time_relative(sent)
        if opening is None:
            continue
        phrase, noun, verb = opening
        if phrase.head.i != verb.i:
            continue  # the parser read the time clause right
        found = _main_clause_after_time_relative(verb)
        if found is None:
            continue
        main, comma = found
        # Root the main verb first: hanging the relative on the noun while the noun still hangs
        # on it would make a cycle.
        main.head, main.dep_ = main, "ROOT"
        phrase.head = main
        verb.head, verb.dep_ = noun, "relcl"
        for tok in doc[sent.start : sent.end]:
            if tok.head.i == main.i and tok.i < comma.i and tok.i != phrase.i:
                tok.head = verb  # "announced his candidacy last spring,"
            elif tok.head.i == verb.i and tok.i >= comma.i:
                tok.head = main  # the comma and the closing full stop


def _reattach_as_after_setting(doc: Doc, tokens: Sequence[Token]) -> None:
    """"was described by the Review at the time as "a funny book"": the parser may hang the
    "as" phrase on the time or place just before it ("the time as ..."). Right after a phrase
    saying when or where, on a verb of judging, the "as" is the verb's."""
    for tok in tokens:
        if tok.dep_ != "prep" or tok.lower_ != "as" or tok.head.dep_ != "pobj":
            continue
        setting = tok.head.head
        verb = setting.head
        if setting.dep_ != "prep" or not _setting(setting) or verb.i > setting.i or setting.i == verb.i:
            continue
        if lemma_of(verb.text) not in lexicon.AS_VERBS | lexicon.OBJECT_VERBS or not verb.tag_.startswith("VB"):
            continue
        if any(c.lower_ in ("same", "such") for c in tok.head.children):
            continue  # "on the same day as the rally": a comparison
        # Something judged and someone judging it: an object, or a passive's subject and agent
        # ("Lewandowski was dismissed on Monday as campaign manager" is no judgement).
        if not any(c.dep_ == "dobj" for c in verb.children) and _passive_agent(verb) is None:
            continue
        if tok.left_edge.i != max(t.i for t in setting.subtree if t.i not in {s.i for s in tok.subtree}) + 1:
            continue
        tok.head = verb


def _reattach_second_cue_without_and(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Mayor Says Cuts Are Unavoidable, Calls Plan 'Fair'": a headline joins two cues of one
    speaker with a comma where prose has "and", and the parser hangs the second inside the
    first one's content, as a clause of the cue or of the content's verb. A finite cue verb
    right after a comma, with no subject and no conjunction of its own, under an earlier speech
    cue that has a subject, is that cue's conjunct, as it is with "and": it shares the speaker,
    and the first cue's words end at the comma. Only in the present, a headline's tense, with
    both cues in the same form: after a past cue, "Police said the driver entered the bank,
    demanded cash" is a list of what was reported, parsed the same way. Not after a quotation
    mark: the verb may then be in the words quoted."""
    for verb in tokens:
        if verb.tag_ not in _PRESENT_TAGS or verb.dep_ not in ("ccomp", "advcl", "conj") or lemma_of(verb.text) is None:
            continue
        if verb.i == 0 or doc[verb.i - 1].text != "," or any(c.dep_ in (*_SUBJECT_DEPS, "expl", "cc") for c in verb.children):
            continue
        first = verb.head if lemma_of(verb.head.text) is not None else verb.head.head
        if first.i >= verb.i or first.tag_ != verb.tag_ or lemma_of(first.text) not in lexicon.SPEECH_VERBS:
            continue
        if not any(c.dep_ in _SUBJECT_DEPS and c.i < first.i for c in first.children):
            continue
        if any(t.is_quote for t in doc[first.i + 1 : verb.i]):
            continue  # 'America says, "Senator, thank you"': the verb is in the quoted words
        verb.head, verb.dep_ = first, "conj"


def _reattach_closing_cue_in_content(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The office says she will fly over the area tomorrow if conditions allow, state
    broadcaster NRK-Nord reported, citing an official": after a clause that closes the content
    ("if conditions allow") the parser may hang the closing cue inside the first cue's content,
    as an adverbial clause of the content's verb with that clause its own. A cue verb with a
    subject set off by a comma, running to the end of the sentence with no content of its own,
    inside the content of the sentence's first cue, is the cue that carried the whole report:
    it is made the root, as it is without the closing clause, with the first cue as its
    complement and the clause before the comma given back to the content."""
    for verb in tokens:
        if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb.i), None)
        comma = subject.left_edge.i - 1 if subject is not None else -1
        last = max((t.i for t in verb.sent if not (t.is_punct or t.is_space)), default=verb.i)
        # "..., citing a senior aide", which the parser may hang on the content's verb too.
        after = verb.right_edge.i + 1
        relay = doc[after] if after < last and doc[after - 1].text == "," else None
        if relay is not None and not (_relay_participle(relay) and relay.head.i == verb.head.i and relay.right_edge.i >= last):
            relay = None
        if comma < 1 or doc[comma].text != "," or (verb.right_edge.i < last and relay is None):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "conj") and c.i > verb.i for c in verb.children):
            continue
        outer = verb.head
        while outer.dep_ != "ROOT" and outer.head.i != outer.i:
            outer = outer.head
        if outer.i > comma or lemma_of(outer.text) not in lexicon.SPEECH_VERBS:
            continue
        content = next((c for c in outer.children if c.dep_ == "ccomp" and c.i > outer.i), None)
        if content is None or not (content.left_edge.i <= verb.i <= content.right_edge.i):
            continue
        host = verb.head
        for child in [c for c in verb.children if c.i < comma]:
            child.head = host  # "if conditions allow": the content's
        if relay is not None:
            relay.head = verb
        verb.head = verb
        verb.dep_ = "ROOT"
        outer.head = verb
        outer.dep_ = "ccomp"


def _is_apostrophe(tok: Token) -> bool:
    """Whether a quote-like token is an apostrophe glued to the word before it: the possessive
    of "the pilots' union" or the elision of "goin'", not a closing quotation mark, which
    follows punctuation ('"We go," she said')."""
    if tok.tag_ == "POS":
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text in ("'", "\u2019") and before is not None and not before.whitespace_ and before.text[-1:].isalnum()


def _reattach_subject_after_closing_mark(doc: Doc, tokens: Sequence[Token]) -> None:
    """'"We will examine the aircraft, the records and the recorder," the authority's chief
    inspector, Rowan Adebayo, said.': after a quotation ending in a list the parser may read the
    speaker's phrase between the closing mark and the cue as one more conjunct or appositive of
    the quoted words, leaving the cue without a subject or with one inside the quotation. The
    phrase between a closing mark after a comma and a cue after the phrase, with no verb of its
    own and one word heading it, is made the cue's subject; a subject inside the quotation goes
    back to the list it ends. An apostrophe in the phrase ("the pilots' union chief") is no
    closing mark."""
    for verb in tokens:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(verb.text) not in lexicon.SPEECH_VERBS:
            continue
        mark = next(
            (k for k in range(verb.i - 1, verb.sent.start, -1) if doc[k].is_quote and not _is_apostrophe(doc[k])), None
        )
        if mark is None or doc[mark - 1].text != "," or doc[mark - 1].whitespace_ or mark + 1 >= verb.i:
            continue
        phrase = doc[mark + 1 : verb.i]
        if phrase[-1].text == ",":
            phrase = phrase[:-1]
        # The parser may hang the name after the role on the quoted words too ("engineer, Marta
        # Kovacs" both on "valves"): words hung outside on one word are one phrase.
        heads = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end)]
        if not heads or len({t.head.i for t in heads}) != 1 or any(t.tag_.startswith(("VB", "MD")) for t in phrase):
            continue
        head = heads[0]
        if head.tag_ not in _HOLDER_TAGS:  # a noun, a name or a pronoun heads a speaker's phrase
            continue
        old = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if head.head.i == verb.i or (old is not None and old.i > mark):
            continue
        if old is not None:
            # "..., the maintenance records and the recorder": the list's last conjunct before.
            before = old.left_edge.i - 1
            host = doc[before - 1] if before > 0 and doc[before].text == "," else None
            if host is None or not host.tag_.startswith("NN"):
                continue
            while host.dep_ == "conj" and host.head.tag_.startswith("NN") and host.head.i < host.i:
                host = host.head
            old.head, old.dep_ = host, "conj"
        for other in heads[1:]:
            other.head = head
        head.head, head.dep_ = verb, "nsubj"


#: "citing", "quoting"
_RELAY_PARTICIPLES = frozenset(form for form in forms_of_all(lexicon.RELAY_VERBS) if form.endswith("ing"))


#: "quoted", "cited"
_RELAY_PAST_FORMS = frozenset(form for form in forms_of_all(lexicon.RELAY_VERBS) if form.endswith("ed"))
#: Tags of the words of a carrier's name before a misread relay verb: "The Tribune", "Channel 6".
_CARRIER_NAME_TAGS = _PROPER_TAGS | {"NN", "NNS", "CD", "DT", "POS"}


def _reattach_relay_read_as_modifier(doc: Doc, tokens: Sequence[Token]) -> None:
    """'Channel 6 quoted council leader Beatrix Holm as saying ...', "The Tribune quoted party
    chairman Olav Brenn as saying": with a role before the name the parser may read "quoted" as
    a modifier of the role and the carrier's name as another modifier of the speaker's phrase,
    which it makes the root. The relay verb is made the head again, the carrier its subject and
    the speaker's phrase (up to "as saying") its object, as the parser reads "Channel 6 quoted
    Beatrix Holm as saying". (A carrier the parser kept as the relay's subject is read by
    ``_relay_read_as_modifier``.)"""
    for relay in tokens:
        if relay.lower_ not in _RELAY_PAST_FORMS or relay.dep_ not in ("amod", "compound") or relay.i == 0:
            continue
        sent = relay.sent
        as_tok = next((t for t in doc[relay.i + 1 : sent.end - 1] if t.lower_ == "as" and doc[t.i + 1].lower_ == "saying"), None)
        if as_tok is None:
            continue
        noun = as_tok.head
        if not relay.i < noun.i < as_tok.i or noun.tag_ not in _NOUN_TAGS:
            continue
        if any(c.dep_ == "nsubj" for c in relay.children):
            continue
        own = {t.i for t in noun.subtree}
        start = relay.i
        while start > sent.start and doc[start - 1].tag_ in _CARRIER_NAME_TAGS and doc[start - 1].i in own:
            start -= 1
        carrier = [t for t in doc[start : relay.i] if not start <= t.head.i < relay.i and t.dep_ != "det"]
        if len(carrier) != 1 or carrier[0].tag_ not in _PROPER_TAGS or relay.i not in own:
            continue
        name = carrier[0]
        speaker = range(relay.i + 1, as_tok.i)
        outer = noun.head if noun.head.i != noun.i else relay
        relay.head, relay.dep_ = outer, noun.dep_
        relay.tag_, relay.pos_ = "VBD", "VERB"
        noun.head, noun.dep_ = relay, "dobj"
        name.head, name.dep_ = relay, "nsubj"
        for t in doc[start : relay.i]:
            if t.i != name.i and not start <= t.head.i < relay.i:
                t.head = name  # "The" of "The Tribune"
        for t in doc[sent.start : sent.end]:
            if t.head.i == noun.i and t.i not in speaker and t.i != t.head.i:
                t.head = relay  # "as saying", the full stop, an opening adverb


def _reattach_clause_after_citing(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The Harbour Post reported, citing a court filing, that the ban covered wheat and
    barley": the parser may make the that-clause after the citing aside a conjunct of "citing"
    or hang "citing" on the clause's verb, and the cue then has no content or no source. A
    clause that "that" opens right after the comma closing the aside is the cue's complement,
    and the aside hangs on the cue, as the parser reads "citing a senior official, that the
    mine had closed"."""
    for relay in tokens:
        if relay.lower_ not in _RELAY_PARTICIPLES or relay.dep_ != "advcl":
            continue
        cited = next((c for c in relay.children if c.dep_ == "dobj"), None)
        comma = cited.right_edge.i + 1 if cited is not None else len(doc)
        if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "that" or doc[comma + 1].dep_ != "mark":
            continue
        clause = doc[comma + 1].head
        if clause.dep_ == "conj" and clause.head.i == relay.i:
            cue = relay.head
        elif clause.dep_ in ("ccomp", "advcl", "conj") and relay.head.i == clause.i:
            # "The Ledger reported, citing unnamed sources, that ...": the parser may also
            # make the clause a conjunct of the cue, with no "and" to join them.
            cue = clause.head
            before = doc[relay.i - 2] if relay.i >= 2 and doc[relay.i - 1].text == "," else None
            if (
                before is not None
                and before.head.i == clause.head.i != before.i
                and lemma_of(before.text) in lexicon.SPEECH_VERBS
                and lemma_of(cue.text) not in lexicon.SPEECH_VERBS
            ):
                # "Shares fell after the Courier reported, citing a memo, that ...": in a
                # clause of time the parser hangs the that-clause, with the aside, beside the
                # cue on the main verb; the cue is the verb right before the aside.
                cue = before
            elif clause.dep_ == "advcl":
                continue
        else:
            continue
        if cue.i > relay.i or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ == "ccomp" and c.i != clause.i for c in cue.children):
            continue
        relay.head, relay.dep_ = cue, "advcl"
        clause.head, clause.dep_ = cue, "ccomp"


def _reattach_opening_relay(doc: Doc) -> None:
    """'Citing Reuters, the Eastern Daily reported that ...': before a name the tagger may take
    the opening participle for part of the name ("Citing Reuters" as one person, subject of the
    cue beside the real one). An opening "Citing"/"Quoting" compound whose noun is set off by a
    comma before another subject of the same verb is made the participle it is, as the parser
    reads it before a common noun ("Citing two officials, ...")."""
    for sent in doc.sents:
        first = sent[0]
        if first.dep_ != "compound" or first.lower_ not in _RELAY_PARTICIPLES:
            continue
        noun = first.head
        verb = noun.head
        comma = noun.i + 1  # "Citing Reuters," : the name ends with its head
        if noun.dep_ not in _SUBJECT_DEPS or comma >= sent.end or doc[comma].text != ",":
            continue
        # The real subject, beside the noun or read as its apposition ("Citing Reuters, the
        # Northern Gazette reported").
        apposed = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == comma + 1), None)
        if apposed is None and not any(c.dep_ in _SUBJECT_DEPS and comma < c.i < verb.i for c in verb.children):
            continue
        if apposed is not None:
            if not (apposed.right_edge.i + 1 == verb.i and verb.tag_.startswith("VB")):
                continue
            apposed.head = verb
            apposed.dep_ = noun.dep_
        first.tag_ = "VBG"
        first.pos_ = "VERB"
        first.head = verb
        first.dep_ = "advcl"
        noun.head = first
        noun.dep_ = "dobj"
        if first.ent_type_:
            # The recognizer's "Citing Reuters" is "Reuters".
            ents = []
            for ent in doc.ents:
                if ent.start == first.i and ent.end > first.i + 1:
                    rest = doc[first.i + 1 : ent.end]
                    rest.label_ = ent.label_
                    ents.append(rest)
                elif ent.start != first.i:
                    ents.append(ent)
            doc.ents = ents


def _reattach_as_saying_after_aside(doc: Doc, tokens: Sequence[Token]) -> None:
    """"quoting one worker's wife, identified only as Mariana, as saying that ...": the parser
    hangs "as saying" on the aside's participle ("identified as ..., as saying"), which quotes
    no one. When the aside stands between commas right after the object of a relay verb, the
    aside is made the object's and "as saying" the relay verb's, as without the aside."""
    for saying in tokens:
        as_tok = saying.head
        if saying.lower_ != "saying" or as_tok.lower_ != "as" or as_tok.dep_ != "prep":
            continue
        aside = as_tok.head
        if aside.tag_ != "VBN" or lemma_of(aside.text) in lexicon.RELAY_VERBS:
            continue
        comma = aside.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        obj = next(
            (t for t in doc[comma - 1].ancestors if t.dep_ == "dobj" and t.right_edge.i == comma - 1 and lemma_of(t.head.text) in lexicon.RELAY_VERBS),
            None,
        )
        if obj is None and doc[comma - 1].dep_ == "dobj" and lemma_of(doc[comma - 1].head.text) in lexicon.RELAY_VERBS:
            obj = doc[comma - 1]
        if obj is None or obj.right_edge.i != comma - 1:
            continue
        as_tok.head = obj.head
        aside.head = obj
        aside.dep_ = "acl"


#: Words that open a condition, concession, reason or time set between a cue's comma and its
#: clause: "said, if elected, she would ...", "saying, despite the ruling, the plant ...".
_INTERPOSED_OPENERS = frozenset(
    {"if", "unless", "once", "when", "whenever", "after", "before", "until", "although", "though", "because", "since", "despite", "while", "even"}
)
#: Of these, the ones whose piece is part of what was said even without a verb of its own
#: ("despite the ruling"); "after the meeting" says when it was said.
_CONDITION_OPENERS = frozenset({"if", "unless", "once", "although", "though", "because", "since", "despite", "even"})
_FINITE_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: The present tense of them, a headline's: "Mayor Says ...".
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _saying_read_as_noun(tok: Token) -> None:
    """"posted a message saying, ...": the tagger may read "saying" as a noun with the statement
    noun before it as its modifier ("message saying" as one noun). It is the participle on the
    statement noun, and is given back its part of speech and its place."""
    noun = tok.doc[tok.i - 1] if tok.i > 0 else None
    if noun is None or noun.dep_ != "compound" or noun.head.i != tok.i or noun.lower_ not in lexicon.STATEMENT_NOUNS:
        return
    noun.head = tok.head if tok.head.i != tok.i else noun
    noun.dep_ = tok.dep_
    for child in [c for c in tok.children if c.i < noun.i]:
        child.head = noun  # "a"
    tok.head = noun
    tok.dep_ = "acl"
    tok.tag_ = "VBG"
    tok.pos_ = "VERB"


def _reattach_clause_after_interposed(doc: Doc, tokens: Sequence[Token]) -> None:
    """"She sent a tweet saying, if elected, she would act", "He issued a statement saying,
    despite the ruling, the plant would stay open": a condition or a concession set between
    the cue's comma and the clause it introduces can make the parser lose the clause, hanging it
    on the verb before the cue or making it the sentence's root with the cue's clause under it.
    A finite clause with its own subject right after such a piece, on a speech cue with no
    complement of its own, is the cue's complement; the piece between the commas is the
    clause's, as it is when the parser gets it right ("She said, if elected, she would act")."""
    for cue in tokens:
        if cue.lower_ == "saying" and cue.tag_ == "NN":
            _saying_read_as_noun(cue)
        if not cue.tag_.startswith("VB") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        sent = cue.sent
        # The cue's own words may come before its comma: "wrote on Twitter,", "told reporters,".
        comma = next((t.i for t in doc[cue.i + 1 : min(sent.end, cue.i + 7)] if t.is_punct), None)
        if comma is None or doc[comma].text != "," or comma + 2 >= sent.end or doc[comma + 1].lower_ not in _INTERPOSED_OPENERS:
            continue
        if any(t.tag_.startswith("VB") or cue.i not in {a.i for a in t.ancestors} for t in doc[cue.i + 1 : comma]):
            continue
        if any(t.is_quote for t in doc[sent.start : cue.i + 1]) or any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
            continue  # a closing cue ("..., she said, if ...") has its content before it
        close = next((t.i for t in doc[comma + 2 : min(sent.end, comma + 16)] if t.text == "," or t.is_punct and t.text in ".;:"), None)
        if close is None or doc[close].text != "," or close + 1 >= sent.end:
            continue
        clause = doc[close + 1]
        while close < clause.head.i < sent.end and clause.head.i != clause.i:
            clause = clause.head
        if clause.i <= close:
            continue
        finite = clause.tag_ in _FINITE_CLAUSE_TAGS or any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in _FINITE_CLAUSE_TAGS) for c in clause.children)
        if not finite or not any(c.dep_ in _SUBJECT_DEPS and close < c.i < clause.i for c in clause.children):
            continue
        piece = range(comma + 1, close)
        if any(c.dep_ in ("ccomp", "dobj") and not cue.i < c.i < close and c.i != clause.i for c in cue.children) or cue.dep_ in ("relcl", "pcomp"):
            continue  # content of its own, or a cue inside a relative ("what we proposed, if ...")
        if any(doc[i].is_quote or (doc[i].tag_.startswith("VB") and lemma_of(doc[i].text) in lexicon.SPEECH_VERBS) for i in piece):
            continue  # "because Comey testified that ...": a statement of its own in the piece
        if clause.head.i == clause.i or clause.i in {a.i for a in cue.ancestors}:
            # The clause was made the root, or the cue's clause hangs under it: the branch that
            # holds the cue takes the clause's place.
            host = cue
            while host.head.i != clause.i:
                host = host.head
            root = clause.head.i == clause.i
            host.head = host if root else clause.head
            host.dep_ = "ROOT" if root else clause.dep_
        clause.head = cue
        clause.dep_ = "ccomp"
        if _has_that_mark(clause) or (doc[comma + 1].lower_ not in _CONDITION_OPENERS and not any(doc[i].tag_.startswith("VB") for i in piece)):
            continue  # "announce, after a meeting, that ...": when it was said, not what
        for tok in [doc[i] for i in piece if not (comma + 1 <= doc[i].head.i < close)]:
            if tok.head.i != clause.i:
                tok.head = clause
                tok.dep_ = "prep" if tok.tag_ == "IN" else "advcl"
        doc[close].head = clause


#: How the parser hangs a name it did not see as the outlet noun's before it ("agency
#: Valpresse" with "Valpresse" a modifier of the verb); a subject ("told the paper Smith had
#: lied"), a possessor ("gave the paper Smith's notes") or a compound ("the agency Reuters
#: reporter") is another phrase.
_LOOSE_NAME_DEPS = frozenset({"npadvmod", "dobj", "appos", "attr", "dep", "pobj", "conj"})


#: An acronym written as one word: "NPS", "NHS", "KNA" (not "U.S.", not "CEO" in a role); an
#: outlet's name whatever the tagger made of it. Speakers use it too.
INITIALISM = re.compile(r"[A-Z]{2,6}")


def _reattach_name_after_outlet_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """"remarks carried by the official news agency Valpresse": the parser may hang the name
    after an outlet's common noun elsewhere (here on "carried"), so that the carrier reads as
    "the official news agency", which a reader of the article could take for any agency named
    before. A name set right after an outlet noun ("the newspaper El Heraldo", "the state
    broadcaster TVA") is that outlet's name: it is made the noun's appositive, as the parser
    reads it elsewhere. Not when the name has a place of its own (see ``_LOOSE_NAME_DEPS``) or
    words of its own."""
    for noun in tokens:
        if noun.tag_ != "NN" or noun.lower_ not in lexicon.OUTLET_NOUNS or noun.right_edge.i != noun.i:
            continue
        end = noun.i + 1
        while end < len(doc) and (doc[end].tag_ in _PROPER_TAGS or INITIALISM.fullmatch(doc[end].text)):
            end += 1  # "the Korvan news agency KNA", the initials tagged a common noun
        run = doc[noun.i + 1 : end]
        heads = [t for t in run if not run.start <= t.head.i < run.end]
        if len(run) == 0 or len(heads) != 1:
            continue
        name = heads[0]
        if name.head.i == noun.i or name.dep_ not in _LOOSE_NAME_DEPS or name.ent_type_ in ("DATE", "TIME"):
            continue
        if any(not run.start <= c.i < run.end for c in name.children) or noun in name.subtree:
            continue
        name.head, name.dep_ = noun, "appos"
        if name.tag_ not in _PROPER_TAGS:
            name.tag_, name.pos_ = "NNP", "PROPN"


#: A capitalised initial of a name: "P." in "P. Mohan Reddy".
_NAME_INITIAL = re.compile(r"[A-Z]\.")

def _of_title_body_end(doc: Doc, start: int) -> int | None:
    """Where the body of an "<title> of <body>" title starting at ``start`` ends, if it is one
    of ``lexicon.OF_TITLE_BODIES``, with a department after "for": the index after "the
    Opposition" in "Leader of the Opposition Ravi Menon", after "State for Ports" in "Minister
    of State for Ports Ravi Nair"."""
    lowers = [t.lower_ for t in doc[start : start + 6]]
    size = max((len(b.split()) for b in lexicon.OF_TITLE_BODIES if lowers[: len(b.split())] == b.split()), default=0)
    if not size:
        return None
    end = start + size
    if end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].is_title:
        end += 2  # "Minister of State for Ports"
    return end


def _name_run_end(doc: Doc, start: int) -> int:
    """The index after the run of capitalised words and initials from ``start``."""
    end = start
    while end < len(doc) and doc[end].tag_ in _PROPER_TAGS and (doc[end].is_title or _NAME_INITIAL.fullmatch(doc[end].text)):
        end += 1
    return end


def _name_after_of_title(doc: Doc, title: Token) -> tuple[int, int] | None:
    """The name (start, end) a title "<title> of <body>" stands before: "Ravi Menon" in "Leader of
    the Opposition Ravi Menon", where the body is a known one (``_of_title_body_end``) or ends
    before an initial or a known given name ("Director of Public Prosecutions Max Hale"). Two
    words at least, and nothing capitalised after them."""
    first = title.i + 2
    known = _of_title_body_end(doc, first)
    if known is not None:
        split = known
    else:
        split = next(
            (k for k in range(first + 1, min(len(doc), first + 6)) if _NAME_INITIAL.fullmatch(doc[k].text) or doc[k].lower_ in lexicon.GIVEN_NAMES),
            None,
        )
        if split is None or any(not (t.is_title or t.lower_ in ("the", "of", "for", "and")) for t in doc[first:split]):
            return None
    end = _name_run_end(doc, split)
    split = _after_body_word(doc, split, end)
    if end - split < 2 or _NAME_INITIAL.fullmatch(doc[end - 1].text) is not None:
        return None
    return split, end


def _after_body_word(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in the capitalised run ``start``..``end`` after a body: after its
    last body word (``_BODY_NAME_WORDS``) in "Chairman of the Senate Foreign Relations
    Committee Bob Menendez", where the known body ("the Senate") is only the start of the
    body's name. A body word among the run's last two words ("Bob Church") is the name's."""
    return max((t.i + 1 for t in doc[start : end - 2] if t.lower_ in _BODY_NAME_WORDS), default=start)


def _reattach_name_after_of_title(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Leader of the Opposition Ravi Menon alleged ...": the parser may hang the name on the
    title's "of" as part of the body, and the recognizer run the body into the name ("Opposition
    Ravi Menon", an organisation), so that the speaker is a role nobody named. A capitalised
    title or role noun, "of", a body (``_name_after_of_title``) and a name of capitalised words
    after it: the name heads the phrase, a person, with the title as its modifier, as the
    parser reads "Secretary of State Anne Lowe" (``_rehead_name_after_of_title``)."""
    for title in tokens:
        if not title.is_title or title.i + 3 >= len(doc) or doc[title.i + 1].lower_ != "of":
            continue
        if title.lower_ not in lexicon.TITLES and not lexicon.role_noun(title.lower_):
            continue
        found = _name_after_of_title(doc, title)
        if found is not None:
            _rehead_name_after_of_title(doc, title, *found)


def _rehead_name_after_of_title(doc: Doc, title: Token, split: int, end: int) -> None:
    """Rewrite "Leader of the Opposition Ravi Menon" (the title at ``title``, the name from
    ``split`` to ``end``): the name's last word heads the phrase in the title's place, the title
    is its modifier with the body under "of", and the name is one PERSON entity. Nothing is
    changed unless the phrase has one head in the parse."""
    inside = range(title.i, end)
    heads = [t for t in doc[title.i : end] if t.head.i not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return
    top, last, of = heads[0], doc[end - 1], doc[title.i + 1]
    outside = [t for t in doc if t.i not in inside and t.head.i in inside]
    if top.dep_ == "ROOT" or top.head.i == top.i:
        last.head, last.dep_ = last, "ROOT"
    else:
        last.head, last.dep_ = top.head, top.dep_
    title.head, title.dep_ = last, "nmod"
    of.head, of.dep_ = title, "prep"
    body = doc[of.i + 1 : split]
    body_head = next((t for t in reversed(body) if t.lower_ not in ("the", "for")), body[-1])
    for tok in body:
        if tok.i == body_head.i:
            tok.head, tok.dep_ = of, "pobj"
        elif tok.head.i not in range(body.start, body.end) or tok.head.i == tok.i:
            tok.head, tok.dep_ = body_head, ("det" if tok.lower_ == "the" else "compound")
    for tok in doc[split : end - 1]:
        tok.head, tok.dep_ = last, "compound"
    for tok in outside:
        tok.head = last
    name = doc[split:end]
    name.label_ = "PERSON"
    doc.ents = sorted([*(e for e in doc.ents if e.end <= title.i or e.start >= end), name], key=lambda e: e.start)
    for tok in doc[split:end]:
        tok.tag_, tok.pos_ = "NNP", "PROPN"


def _reattach_appositive_after_agent(doc: Doc, tokens: Sequence[Token]) -> None:
    """"A video posted by a local councillor, Brian Fennimore, claimed": the parser may hang
    the name set off after a participle's agent on the noun the participle modifies ("video"),
    as if the video were Brian Fennimore. A name right after the agent's noun and a comma, with
    the participle between it and its head, is the agent's appositive, the one who posted."""
    for name in tokens:
        if name.dep_ != "appos" or name.tag_ not in _PROPER_TAGS or name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
            continue
        noun = name.head
        for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and noun.i < c.i < name.i):
            agent = next((a for a in participle.children if a.dep_ == "agent"), None)
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and pobj.tag_ in ("NN", "NNS") and pobj.right_edge.i == name.left_edge.i - 2:
                name.head = pobj


def _reattach_name_of_opening_asker(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Asked by the panel chair, Ines Varga, whether the plant was safe, Dana Ruiz said ...":
    the parser may read the asker's name, set off after the agent's noun, as the subject of the
    main verb, and the question as that verb's clause, so that the question is lost and the
    asker named nowhere. A name between commas right after the agent of an opening participle
    of asking, while the main verb has a subject of its own after it, is the agent's
    appositive, and a clause of "whether" or "if" right after it is the question."""
    for verb in tokens:
        if verb.tag_ != "VBN" or verb.i != verb.sent.start or lemma_of(verb.text) not in lexicon.QUESTION_VERBS:
            continue
        agent = next((a for a in verb.children if a.dep_ == "agent"), None)
        asker = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
        if asker is None or asker.tag_ not in ("NN", "NNS") or asker.right_edge.i + 2 >= len(doc) or doc[asker.right_edge.i + 1].text != ",":
            continue
        start = asker.right_edge.i + 2
        end = start
        while end < len(doc) and doc[end].tag_ in _PROPER_TAGS:
            end += 1
        name = doc[end - 1]
        main = verb.head
        if end == start or end + 1 >= len(doc) or doc[end].text != "," or (name.head.i == asker.i and name.dep_ == "appos"):
            continue
        if not any(c.dep_ == "nsubj" and c.i > end for c in main.children) or name.is_ancestor(asker):
            continue  # "Asked by a reporter, Voss said ...": the name is the one answering
        name.head, name.dep_ = asker, "appos"
        question = doc[end + 1].head
        if doc[end + 1].lower_ in lexicon.YES_NO_OPENERS and question.i > end + 1 and question.i != main.i and not question.is_ancestor(verb):
            question.head, question.dep_ = verb, "ccomp"


#: The past forms of the question verbs, which open an aside of asking ("X, asked whether ...,
#: said ..."): see ``_reattach_asked_aside_read_as_participle``.
_ASKED_FORMS = frozenset(form for form in forms_of_all(lexicon.QUESTION_VERBS) if form.endswith("ed"))


def _puts_question(part: Token) -> bool:
    """Whether a participle of asking has a question ("asked whether Tarsenia would recall its
    ambassador") or a topic ("asked about the sirens") of its own: "asked to leave" is a
    request, with no question put."""
    return any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in lexicon.QUESTION_TOPIC_PREPOSITIONS) for c in part.children)


def _reattach_asked_aside_read_as_participle(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Reshetova, asked on Sunday whether Tarsenia would recall its ambassador, said: ...":
    the parser may hang the aside of asking on the subject's noun as a participle, so that the
    question is lost and the speaker's phrase runs over it. An aside set off by commas between
    the subject and its speech cue, with a question ("whether ...") or a topic ("about ...")
    of its own, is the cue's clause, as when it opens the sentence ("Asked whether ..., she
    said")."""
    for part in tokens:
        if part.dep_ not in ("acl", "relcl") or part.tag_ not in ("VBN", "VBD") or part.lower_ not in _ASKED_FORMS:
            continue
        if part.dep_ == "relcl" and not _when_asked(part):
            continue  # "Tennant, who asked about the sirens, said ...": he did ask
        subject, after, before = part.head, part.right_edge.i + 1, part.left_edge.i - 1
        cue = subject.head
        if subject.dep_ != "nsubj" or before < 0 or doc[before].text != "," or after >= len(doc) or doc[after].text != ",":
            continue
        if cue.i <= after or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if not _puts_question(part):
            continue  # "Ruiz, asked to leave, said ...": a request, no question put
        part.head, part.dep_ = cue, "advcl"
        for comma in (doc[before], doc[after]):
            if comma.head.i == subject.i:
                comma.head = cue  # the commas that set the aside off, no part of the speaker


def _when_asked(part: Token) -> bool:
    """Whether ``part`` is a participle of asking opened by "when" or "if", with no subject or
    auxiliary of its own, read as a relative clause: "Tennant, when asked about the sirens,
    said ..."."""
    own = [c for c in part.children if c.i < part.i]
    return len(own) == 1 and own[0].lower_ in lexicon.ASKED_ASIDE_OPENERS and own[0].i == part.i - 1


def _reattach_subject_before_asked_aside(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Tennant, asked about the sirens on Monday, said he had ...": the parser may read the
    participle of the aside as the sentence's verb, with the speaker its subject, and hang the
    speech cue after it on it with no subject of its own; or hang the aside on the cue but keep
    the speaker as the aside's subject ("Pell, asked about the penalty, would only say ...").
    A participle of asking set off by commas right after its subject, with a topic or question
    of its own and no auxiliary, followed by a finite speech cue with no subject, is the cue's
    aside: the subject is the cue's."""
    for part in tokens:
        if part.lower_ not in _ASKED_FORMS or part.tag_ not in ("VBD", "VBN") or part.i < 2:
            continue
        subject = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if subject is None or doc[part.i - 1].text != "," or subject.right_edge.i not in (part.i - 2, part.i - 1):
            continue
        if any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in part.children):
            continue  # "Tennant, his aide, asked the mayor ...": he asked
        if not _puts_question(part):
            continue
        if part.dep_ in ("advcl", "ccomp") and part.head.i > part.i:
            # "Pell, asked about the penalty, said ...": the aside hung on the cue, but with the
            # speaker as its own subject.
            cue = part.head
            if _finite_speech_cue(cue) and not any(c.dep_ in _SUBJECT_DEPS for c in cue.children) and _right_after_aside(part, cue):
                subject.head, part.dep_ = cue, "advcl"
                for comma in (doc[part.i - 1], doc[part.right_edge.i]):
                    if comma.text == ",":
                        comma.head = cue  # the commas that set the aside off
            continue
        # The cue after the aside: the first clause hung on the participle past a comma (the
        # question of "asked whether she would rotate the squad" comes before it).
        cue = next((c for c in part.children if c.i > part.i and c.dep_ in ("dep", "conj", "ccomp", "parataxis") and doc[c.left_edge.i - 1].text == ","), None)
        if cue is None or not _finite_speech_cue(cue):
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
            continue
        if any(c.i > cue.i and c.dep_ in ("dep", "conj", "ccomp", "parataxis") for c in part.children):
            continue
        cue.head, cue.dep_ = cue, part.dep_
        if part.head.i != part.i:
            cue.head = part.head
        for c in list(part.children):
            if c.i > cue.i or (c.i < part.i and c.i != part.i - 1):
                c.head = cue
        part.head, part.dep_ = cue, "advcl"
        for comma in (doc[part.i - 1], doc[cue.left_edge.i - 1]):
            comma.head = cue  # the commas that set the aside off


def _finite_speech_cue(cue: Token) -> bool:
    """Whether a speech verb is finite: "said", "says", or a bare form after a modal ("would
    only say", "could not say")."""
    return lemma_of(cue.text) in lexicon.SPEECH_VERBS and _finite_or_modal(cue)


def _right_after_aside(part: Token, cue: Token) -> bool:
    """Whether a cue follows the comma that closes an aside, with nothing between but its own
    auxiliaries and adverbs: "..., said", "..., would only say"."""
    doc = cue.doc
    # The parser may hang the closing comma on the aside or leave it out.
    comma = part.right_edge.i if doc[part.right_edge.i].text == "," else part.right_edge.i + 1
    if comma >= cue.i or doc[comma].text != ",":
        return False
    return all(t.head.i == cue.i and t.dep_ in ("aux", "advmod", "neg") for t in doc[comma + 1 : cue.i])


def _reattach_topic_after_asker(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Asked by journalists about the delay, the minister said ...": the parser may hang the
    topic on the asker's common noun ("journalists about the delay"), so that the question
    loses what it was about and is not found. A topic preposition right after the agent of a
    participle of asking is the question's, as in "Asked by the Post about the delay"."""
    for verb in tokens:
        if verb.tag_ not in ("VBN", "VBD") or lemma_of(verb.text) not in lexicon.QUESTION_VERBS:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.i == verb.i + 1), None)
        asker = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
        if asker is None:
            continue
        for prep in asker.children:
            if prep.dep_ == "prep" and prep.lower_ in lexicon.QUESTION_TOPIC_PREPOSITIONS and prep.i == asker.i + 1:
                prep.head = verb


def _reattach_given_name_read_as_word(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The audit committee chairman, Per Lindqvist, said": a given name that is also a word
    ("Per", "Will") may be read as that word, here a preposition hung on the role with the
    surname its object, and the name lost. A capitalised word not read as a name, right after
    the comma that follows a role noun and before proper nouns the recognizer did not read as
    a place or a date, closed by a comma: the name of the role's holder, set beside it."""
    for tok in tokens:
        if tok.i < 2 or not tok.is_title or doc[tok.i - 1].text != "," or tok.ent_type_ == "PERSON":
            continue
        if tok.tag_ in _PROPER_TAGS and tok.dep_ != "prep":
            continue  # read as a name, or as part of one
        role = doc[tok.i - 2]
        if role.tag_ != "NN" or not lexicon.role_noun(role.lower_):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].tag_ in _PROPER_TAGS and doc[end].is_title:
            end += 1
        if end == tok.i + 1 or end >= len(doc) or doc[end].text != ",":
            continue
        name = doc[tok.i : end]
        if any(t.ent_type_ in _NOT_NAME_LABELS or t.head.i not in range(role.i, end) for t in name):
            continue
        last = doc[end - 1]
        last.head, last.dep_ = role, "appos"
        for t in name:
            t.tag_, t.pos_ = "NNP", "PROPN"
            if t.i != last.i:
                t.head, t.dep_ = last, "compound"
        name.label_ = "PERSON"
        doc.ents = sorted([*(e for e in doc.ents if e.end <= tok.i or e.start >= end), name], key=lambda e: e.start)


def _reattach_name_split_by_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The Harbour Gazette quoted Samuel Adeyemi as saying ...": the parser may cut a name in
    two, making its first word ("Harbour") the sentence's root and the rest ("Gazette") the
    subject of a relative clause on it, so that the carrier reads as "Gazette". A root proper
    noun whose relative clause has no relative pronoun and opens with a proper-noun subject
    right after it is the first word of that subject's name: the clause is the sentence."""
    for verb in tokens:
        if verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        noun = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun.dep_ != "ROOT" or noun.tag_ not in _PROPER_TAGS or subject is None or subject.tag_ not in _PROPER_TAGS:
            continue
        if subject.left_edge.i != noun.i + 1 or any(c.i > noun.i and c.i != verb.i and not c.is_punct for c in noun.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(noun.children):
            child.head = subject if child.i < noun.i else verb
        noun.head, noun.dep_ = subject, "compound"


def _reattach_main_verb_after_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The final scene, in which Ilse says "Goodbye" to the boat, drew sobs": the parser may
    take the main verb after the relative clause for the cue's content, with the quoted words
    for its subject, so that the content runs to the end of the sentence. A subject never stands
    apart from its verb by a lone comma: when a relative clause set off by commas on a root noun
    has a clause like that, the verb after the comma is the sentence's, the noun its subject,
    and the words before the comma the cue's object."""
    for rel in tokens:
        if rel.dep_ != "relcl" or rel.head.dep_ != "ROOT" or rel.left_edge.i == 0 or doc[rel.left_edge.i - 1].text != ",":
            continue
        noun = rel.head
        for verb in [c for c in rel.children if c.dep_ == "ccomp" and c.i > rel.i and c.tag_ in ("VBD", "VBZ", "VBP")]:
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            # The parser may hang the comma on the subject, or on the verb.
            if subject is None or doc[verb.i - 1].text != "," or subject.right_edge.i not in (verb.i - 1, verb.i - 2):
                continue
            for child in list(noun.children):
                if child.i > verb.i:
                    child.head = verb
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
            subject.head, subject.dep_ = rel, "dobj"
            doc[verb.i - 1].head = noun
            break


#: Tags of the words a verb's object or complement is made of: a noun phrase, an adjective, an
#: adverb or a prepositional phrase; no verb, conjunction, relative word or punctuation.
_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP", "PRP$", "POS", "RB", "RBR", "RBS", "RP", "HYPH", "$"})
#: Tags that open a noun phrase: after a noun they start a second one ("the reserve the state
#: built"), which may be the subject of a reduced relative clause.
_PHRASE_OPENING_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$"})
_BARE_CLAUSE_FORMS = forms_of_all(lexicon.BARE_CLAUSE_VERBS)


def _main_verb_in_relative_content(cue: Token) -> tuple[Token, Token] | None:
    """The content's verb and the finite verb the parser ran into a relative clause's reported
    content: in "A plan that critics say would drain the reserve was approved", the content's
    predicate ("would drain") takes its object ("the reserve"), and the next finite verb ("was")
    has no subject left in the content: it is the main verb of the sentence. The words between must be an
    object or a complement only (a noun phrase, an adjective, a preposition's phrase), and the
    content's verb one that takes no bare clause (after "shows the tax was too high" the search
    goes on from "was"). Anything else between (a conjunction, a comma, a relative word, a
    second noun phrase) leaves the parse alone."""
    sent_end = cue.sent.end
    governor, gap = None, []
    for tok in cue.doc[cue.i + 1 : sent_end]:
        if tok.tag_.startswith("VB") or tok.tag_ == "MD":
            if governor is None or not gap:
                governor = tok  # the content's verb group: "would drain", "is failing"
                continue
            if gap[-1].tag_ == "TO" and tok.tag_ == "VB":
                governor, gap = tok, []  # "would force the city to cut jobs"
                continue
            finite = tok.tag_ in ("VBD", "VBZ", "VBP", "MD")
            # A participle with an object after it, not "a burden borne by", "left drained of":
            # a past tense read as a participle.
            opens_object = tok.tag_ == "VBN" and tok.i + 1 < sent_end and not tok.nbor().is_punct and tok.nbor().tag_ not in ("IN", "TO")
            if not (finite or opens_object):
                return None
            if lemma_of(governor.text) is None and governor.lower_ not in _BARE_CLAUSE_FORMS:
                return governor, tok
            governor, gap = tok, []  # "shows the tax was too high", "would mean the tax is": a clause
            continue
        if governor is None:
            continue  # the content's subject: "who said [the tax] was"
        if tok.lower_ == "that" or not (tok.tag_ in _PHRASE_TAGS or tok.tag_ == "TO" or (tok.tag_ == "IN" and tok.dep_ in ("prep", "agent"))):
            return None
        if gap and tok.tag_ in _PHRASE_OPENING_TAGS and gap[-1].tag_ in ("NN", "NNS", "NNP", "NNPS"):
            return None  # "the reserve the state built was ...": a reduced relative clause
        gap.append(tok)
    return None


def _reattach_main_verb_in_relative_content(doc: Doc, tokens: Sequence[Token]) -> None:
    """"A plan that critics say would drain the reserve was approved on Monday", "Voters who
    said the tax was too high backed Pike": without a comma to close the relative clause the
    parser may find no verb for the noun before it, make the noun the sentence's root and run
    the main verb into the reported content, so that the cue's content swallows the sentence's
    predicate. When a root noun's relative clause holds a cue and its content a second finite
    verb after an object (``_main_verb_in_relative_content``), that verb is the sentence's, the
    noun its subject, and the words before it the content verb's object or complement."""
    for cue in tokens:
        if cue.dep_ != "relcl" or cue.head.dep_ != "ROOT" or cue.head.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        if lemma_of(cue.text) not in lexicon.SPEECH_VERBS or cue.i < cue.head.i:
            continue
        found = _main_verb_in_relative_content(cue)
        if found is None:
            continue
        governor, verb = found
        noun, end = cue.head, cue.sent.end
        main = verb.head if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i else verb
        main.head, main.dep_ = main, "ROOT"
        for tok in doc[governor.i + 1 : verb.i]:
            if not governor.i <= tok.head.i < verb.i:
                # The object or complement the parser gave to the main verb: the content verb's.
                tok.head = governor
                tok.dep_ = {"J": "acomp", "R": "advmod", "I": "prep"}.get(tok.tag_[0], "dobj")
        for tok in doc[verb.i + 1 : end]:
            if tok.head.i < verb.i and tok.i != main.i:
                tok.head = main
                if tok.dep_ in ("attr", "acomp"):
                    tok.dep_ = "dobj"
        passive = any(c.dep_ == "auxpass" for c in main.children)
        noun.head, noun.dep_ = main, "nsubjpass" if passive else "nsubj"


def _reattach_closing_participle_in_relative(doc: Doc, tokens: Sequence[Token]) -> None:
    """"An appeals court revived a lawsuit by fishermen who say a dredging project ruined their
    crab grounds, ruling 2-1 that ...": a speech participle set off by a comma at the end of the
    sentence goes with the main clause, whose subject is the one ruling. The parser may hang it
    on the last verb before it, inside a relative clause, so that the relative's noun becomes the
    speaker. It is moved to the sentence's main verb when that verb has a subject of its own."""
    for part in tokens:
        if part.tag_ != "VBG" or part.dep_ != "advcl" or not _closes_sentence(part):
            continue
        if lemma_of(part.text) not in lexicon.SPEECH_VERBS and part.lower_ not in _THAT_CLAUSE_FORMS:
            continue
        root = part.sent.root
        if not root.tag_.startswith("VB") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
            continue
        if lemma_of(part.head.text) in lexicon.SPEECH_VERBS | lexicon.OUTLET_VERBS:
            continue  # "..., the agency Tanjug reported, citing ...": the participle is that cue's
        head, relative = part.head, False
        while head.i != root.i and head.head.i != head.i:
            relative = relative or head.dep_ in ("relcl", "acl")
            head = head.head
        if not relative or head.i != root.i:
            continue
        comma = part.doc[part.left_edge.i - 1]
        part.head = root
        if comma.text == ",":
            comma.head = root


def _reattach_anonymity_participle_after_cue(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The deal could be announced next week, one of the people said, asking not to be
    identified because the talks are private.": the parser may hang the participle after a
    closing cue on the verb of what was said, so that the source's condition becomes part of
    the words. A participle set off by a comma right after the cue that asks for anonymity or
    speaks under it (``_speaking_anonymously``) says who spoke, not what: it is the cue's."""
    for cue in tokens:
        if cue.dep_ not in ("parataxis", "ccomp") or cue.i + 2 >= len(doc) or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        comma = max((c.right_edge.i for c in cue.children if c.i > cue.i and not c.is_punct), default=cue.i) + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        part = doc[comma + 1]
        if part.tag_ != "VBG" or part.dep_ not in ("advcl", "xcomp", "conj") or part.head.i != cue.head.i:
            continue
        if cue.head.i > cue.i or not _speaking_anonymously(part):
            continue
        part.head = cue
        doc[comma].head = cue


def _reattach_anonymity_participle_before_cue(doc: Doc, tokens: Sequence[Token]) -> None:
    """"One senior strategist, speaking on condition of anonymity to discuss internal
    deliberations, said ...": the parser may hang a participle set off by commas between the
    speaker and the cue on the cue, as the occasion of the words. One that asks for anonymity
    or speaks under it (``_speaking_anonymously``) says who the speaker is, as it does when the
    parser hangs it on the speaker ("A councillor, speaking on condition of anonymity, said"):
    it is moved to the speaker, with the commas around it."""
    for part in tokens:
        if part.tag_ != "VBG" or part.dep_ != "advcl" or part.i < 2 or doc[part.i - 1].text != ",":
            continue
        cue, after = part.head, part.right_edge.i + 1
        if after != cue.i - 1 or doc[after].text != "," or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        noun = next((c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.right_edge.i == part.i - 2), None)
        if noun is None or not _speaking_anonymously(part):
            continue
        part.head, part.dep_ = noun, "acl"
        doc[part.i - 1].head = noun
        doc[after].head = noun


def _reattach_participle_after_statement(doc: Doc, tokens: Sequence[Token]) -> None:
    """'"Gordon is innocent," the family said in a statement read outside court by solicitor
    Ravi Chandran.': the parser may take the participle after the statement noun for the cue's
    clause, so that "read outside court by ..." becomes what was said. A past participle with an
    agent ("by ...") and no subject of its own, right after a statement noun the cue's
    preposition holds, modifies that noun; a that-clause it holds is the cue's own."""
    for participle in tokens:
        if participle.tag_ != "VBN" or participle.dep_ != "ccomp" or participle.i == 0:
            continue
        cue = participle.head
        noun = doc[participle.i - 1]
        if noun.dep_ != "pobj" or noun.lower_ not in lexicon.STATEMENT_NOUNS or noun.head.head.i != cue.i:
            continue
        if not any(c.dep_ == "agent" for c in participle.children):
            continue
        if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in participle.children):
            continue
        for clause in [c for c in participle.children if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)]:
            clause.head = cue
        participle.head, participle.dep_ = noun, "acl"


#: Hyphens a hyphenated word is cut at: "co-authors" as "co", "-", "authors".
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _reattach_subject_read_as_opening_object(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Under cross-examination, defence barrister Fiona Drummond said that ...": the parser
    may run the opening phrase on across its comma and make the speaker's name, or the title
    before it ("After cross-checking, union steward Mara Quinn said"), the object of the
    opening preposition. When the object of an opening preposition ends right before the verb
    or its subject's name, and a comma inside that object is followed by nothing but nouns and
    modifiers, the words after the comma belong to the subject and the words before it are the
    preposition's object."""
    for verb in tokens:
        if not verb.tag_.startswith("VB"):
            continue
        preps = [c for c in verb.lefts if c.dep_ == "prep"]  # one opening the sentence is before the verb
        start = verb.sent.start if preps else -1  # the sentence found only for a verb with one
        opening = next((c for c in preps if c.i == start), None)
        obj = None if opening is None else next((c for c in opening.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i != obj.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            # The name itself read as the object: "Under ..., defence barrister Fiona Drummond said".
            if obj.i != verb.i - 1 or obj.tag_ not in ("NNP", "NNPS"):
                continue
        elif not (subject.left_edge.i == obj.i + 1 and subject.tag_ == "NNP" and obj.tag_ in ("NN", "NNS") and obj.is_lower):
            continue  # else only a title read as the object: "..., union steward Mara Quinn said"
        comma = next((t for t in doc[opening.i + 2 : obj.i] if t.text == ","), None)
        if comma is None or any(t.head.i != obj.i for t in doc[opening.i + 1 : obj.i] if t.head.i not in range(opening.i + 1, obj.i)):
            continue
        title = doc[comma.i + 1 : obj.i + 1]
        before = doc[opening.i + 1 : comma.i]
        if (subject is None and len(title) < 2) or not any(t.tag_ in ("NN", "NNS", "NNP") for t in before):
            continue
        if not all(t.dep_ in ("compound", "amod", "nmod", "det", "poss") or t.i == obj.i for t in title):
            continue
        head = max((t for t in before if t.tag_.startswith("NN") or t.dep_ in ("amod", "compound")), key=lambda t: t.i)
        for tok in before:
            if tok.i != head.i and tok.head.i == obj.i:
                tok.head = head
        head.head, head.dep_ = opening, "pobj"
        comma.head, comma.dep_ = verb, "punct"
        if subject is None:
            obj.head, obj.dep_ = verb, "nsubj"
        else:
            obj.head, obj.dep_ = subject, "compound"


def _reattach_appositive_read_as_adverb(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The Valley Courier quoted the co-author, Dr. Owen Marsh, as saying ...": the parser may
    hang the name set off by commas after a verb's object on the verb, as an adverbial noun,
    instead of on the object as its appositive. A person's name between commas right after
    the object of the verb it hangs on is the object's appositive."""
    for name in tokens:
        if name.dep_ not in ("npadvmod", "dobj") or name.ent_type_ != "PERSON" or name.tag_ != "NNP":
            continue
        verb, start, end = name.head, name.left_edge.i, name.right_edge.i
        if not verb.tag_.startswith("VB") or start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or doc[end + 1].text != ",":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != name.i and c.right_edge.i == start - 2), None)
        if obj is None or obj.tag_ not in ("NN", "NNS") or obj.i > name.i:
            continue
        name.head, name.dep_ = obj, "appos"
        doc[start - 1].head = obj


def _reattach_closing_appositive_read_as_complement(doc: Doc, tokens: Sequence[Token]) -> None:
    """"The country is short of 1.3 million homes, according to a report by the Ashgrove
    Policy Centre, a think tank in Lowmarsh.": the parser may hang the indefinite noun phrase
    set off by a comma after a name that ends a phrase on the clause's verb, as a second
    complement of a verb that has one already ("short"). It is the name's appositive, which
    describes the body or the person named."""
    for noun in tokens:
        if noun.dep_ != "attr" or noun.tag_ not in ("NN", "NNS") or not any(c.dep_ == "det" and c.lower_ in lexicon.INDEFINITE_ARTICLES for c in noun.children):
            continue
        verb, start = noun.head, noun.left_edge.i
        if start < 2 or doc[start - 1].text != "," or not any(c.dep_ in ("acomp", "attr") and c.i < start - 1 for c in verb.children):
            continue
        name = doc[start - 2]
        if name.tag_ != "NNP" or name.ent_type_ not in ("ORG", "PERSON") or name.dep_ not in ("pobj", "dobj", "appos") or name.head.i == verb.i:
            continue
        noun.head, noun.dep_ = name, "appos"
        doc[start - 1].head = name


def _reattach_split_hyphenated_noun(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Solberg and his co-authors said", "Its vice-president, Martine Lamontagne, said", "The
    paper quoted al-Mansouri as saying": the tokenizer cuts a hyphenated noun or name into its
    pieces ("co", "-", "authors"), and the parser may
    hang them apart: "co" a conjunct of "Solberg" with "-" and "authors" more subjects of
    "said", or "vice" and "president" two subjects, or "president" an appositive of "vice".
    When the pieces are hung so, the last piece, the noun, takes the first one's place, with
    the first piece's dependents ("his", "Its", the appositive name), and the first piece and
    the hyphen become its parts."""
    for hyphen in tokens:
        if hyphen.text not in _HYPHENS or hyphen.i == 0 or hyphen.i + 1 >= len(doc):
            continue
        first, noun = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or hyphen.whitespace_ or not (first.is_alpha and noun.is_alpha):
            continue
        common = noun.tag_ in ("NN", "NNS") and first.text.islower()
        # A name joined at a hyphen, "al-Mansouri" ("quoted al-Mansouri as saying"): both
        # pieces proper nouns.
        proper = noun.tag_ in ("NNP", "NNPS") and first.tag_ in ("NNP", "NNPS")
        if not (common or proper):
            continue
        word = (first.i, hyphen.i, noun.i)
        if first.head.i in word or first.head.i == first.i:
            continue  # "vice" a part of "president" already, or a fragment's root
        siblings = first.head.i == noun.head.i and first.dep_ == noun.dep_
        under_first = noun.head.i in (first.i, hyphen.i)
        hung_apart = sum(t.head.i not in word for t in (first, hyphen, noun)) >= 2
        if not (siblings or under_first or hung_apart):
            continue
        head, dep = first.head, first.dep_
        if any(t.i == noun.i for t in head.ancestors):
            continue  # the noun governs the place the first piece was given: leave the parse be
        for tok in tokens:
            if tok.head.i in (first.i, hyphen.i) and tok.i not in word:
                tok.head = noun
        noun.head, noun.dep_ = head, dep
        first.head, first.dep_ = noun, "compound"
        hyphen.head, hyphen.dep_ = noun, "punct"


def _subjectless_complement(cue: Token) -> Token | None:
    """The verb right after a cue that heads its complement and has no subject of its own ("said
    discriminated against ..."): in a relative clause, its subject is the relative pronoun."""
    if cue.i + 1 >= len(cue.doc):
        return None
    comp = cue.doc[cue.i + 1]
    if comp.head.i != cue.i or comp.dep_ not in ("ccomp", "acomp", "xcomp") or not comp.tag_.startswith("VB") or comp.tag_ == "VBG":
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "expl" or (c.dep_ == "aux" and c.lower_ == "to") for c in comp.children):
        return None  # "said the maps discriminated", "said to be": not a relative's gap
    return comp


def _antecedent_before(comma: Token, floor: int) -> Token | None:
    """The noun whose phrase ends just before ``comma``: "voting laws, passed by legislators,"
    gives "laws", the highest noun over the last word, short of the token at ``floor``."""
    tok, best = comma.doc[comma.i - 1], None
    while tok.i != floor and tok.right_edge.i < comma.i:
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            best = tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return best


def _reattach_relative_cue_read_as_main(doc: Doc, tokens: Sequence[Token]) -> None:
    """"States must shelve voting laws, passed by legislators, that appeals courts said
    discriminated against Hispanics": after a comma the parser may read the relative clause's
    cue as a verb of the main clause, either heading the sentence with the main clause for its
    content ("..., that courts said") or joined to the main verb, and the speaker's content as
    a bare predicate. A cue after "that" or "which" and its own subject, whose complement right
    after it has no subject, is a relative clause on the noun before the comma: the relative
    pronoun is the complement's subject, and the main clause keeps the rest."""
    for cue in tokens:
        if cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and c.lower_ not in lexicon.RELATIVE_SUBJECTS), None)
        if subject is None or subject.left_edge.i < 2:
            continue
        rel, comma = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
        if rel.lower_ not in lexicon.RELATIVE_SUBJECTS or rel.head.i != cue.i or rel.dep_ not in ("mark", "nsubj") or comma.text != ",":
            continue
        if cue.dep_ == "ROOT":
            main = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < comma.i), None)
        else:
            joined = cue.dep_ == "conj" and not any(c.dep_ == "cc" for c in cue.children)
            main = cue.head if joined and cue.head.i < comma.i else None
        comp = _subjectless_complement(cue)
        antecedent = None if main is None else _antecedent_before(comma, main.i)
        if comp is None or antecedent is None:
            continue
        outside = [c for c in cue.children if c.i < rel.i or c.i > comp.right_edge.i]
        if cue.dep_ == "ROOT":
            main.head, main.dep_ = main, "ROOT"
        for tok in outside:
            if tok.i != main.i:
                tok.head = main
        cue.head, cue.dep_ = antecedent, "relcl"
        rel.head, rel.dep_ = comp, "nsubj"
        comp.dep_ = "ccomp"


def _reattach_noun_read_as_relative_verb(doc: Doc, tokens: Sequence[Token]) -> None:
    """"Voters rejected the maps, which appeals courts said discriminated against Hispanics":
    the parser may read a plural noun after the relative pronoun as its verb ("which appeals
    courts"), and the cue as a second verb of the main clause, whose subject ("Voters") then
    passes for the speaker. A cue joined with no conjunction right after the object of such a
    relative "verb", whose complement has no subject, is the relative clause's own verb: the
    "verb" is a noun of its subject, and the relative pronoun the complement's subject."""
    for cue in tokens:
        if cue.dep_ != "conj" or cue.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(cue.text) not in lexicon.SPEECH_VERBS:
            continue
        if any(c.dep_ == "cc" for c in cue.children) or doc[cue.i - 1].dep_ != "dobj":
            continue
        obj = doc[cue.i - 1]
        verb = obj.head
        if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or verb.i != obj.left_edge.i - 1:
            continue
        rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1 and c.lower_ in lexicon.RELATIVE_SUBJECTS), None)
        comp = _subjectless_complement(cue)
        if rel is None or comp is None:
            continue
        antecedent = verb.head
        obj.head, obj.dep_ = cue, "nsubj"
        verb.head, verb.dep_, verb.tag_ = obj, "compound", "NNS"
        rel.head, rel.dep_ = comp, "nsubj"
        cue.head, cue.dep_ = antecedent, "relcl"
        comp.dep_ = "ccomp"


def _forms_of_lemmas(lemmas: frozenset[str]) -> frozenset[str]:
    """Every word that ``lemma_of`` reads as one of ``lemmas`` ("said", "says", "saying" for
    "say"): a chunk with none of them has no token a repair starting from those cues looks at.
    Only cue verbs have forms here (``FORM_TO_LEMMA``); for other verbs use ``forms_of_all``."""
    return frozenset(form for form, lemma in FORM_TO_LEMMA.items() if lemma in lemmas)


_SPEECH_FORMS = _forms_of_lemmas(lexicon.SPEECH_VERBS)
#: Participles that open an anonymity phrase after a cue: "asking not to be named", "speaking
#: on condition of anonymity" (see ``_reattach_anonymity_participle_after_cue``).
_ANONYMITY_PARTICIPLES = frozenset(p.split()[0] for p in lexicon.ANONYMITY_PHRASES if p.split()[0].endswith("ing"))
_NAMING_CUE_FORMS = _forms_of_lemmas(_NAMING_CUE_LEMMAS)
_MADE_CLEAR_CUE_WORDS = lexicon.MADE_CLEAR_WORDS | lexicon.NO_DOUBT_NOUNS
_CLAUSE_CUE_FORMS = _forms_of_lemmas(_CLAUSE_CUE_LEMMAS)
_CLAUSE_NOT_OBJECT_FORMS = _forms_of_lemmas(_CLAUSE_NOT_OBJECT_LEMMAS)
_PARTICIPLE_CUE_FORMS = _forms_of_lemmas(_PARTICIPLE_CUE_LEMMAS)
_TELLING_FORMS = _forms_of_lemmas(lexicon.TELL_VERBS)


def parse_frames(doc: Doc, *, text: str, base: int = 0, quoted: Sequence[Span] = ()) -> ParsedChunk:
    """Find every attribution frame in a parsed Doc that covers ``text[base:base+len(doc.text)]``.

    ``quoted`` are the quotation spans of the text (from ``marks``): words inside them never
    count as part of an attribution clause.
    """
    conv = _Converter(text, base)
    inside = _quoted_tokens(doc, base, quoted)
    # The chunk's tokens, listed once for the repairs below to walk: iterating a Doc makes a new
    # Token object for every word on every pass. A Token is a view of the Doc, so one listed
    # here sees the heads and labels a repair before it has changed.
    tokens = list(doc)
    # The chunk's words, read once: a repair that starts from a word of its own ("that",
    # "speaking", a hyphen, a form of a cue verb) need not walk a chunk without it. The repairs
    # change heads and labels, never words, so each sentence's words are read from these too.
    lowers = [tok.lower_ for tok in tokens]
    present = set(lowers)
    if present & lexicon.STREET_NAME_ENDINGS:
        _relabel_street_read_as_person(doc)
    if present & _HYPHENS:
        _reattach_split_hyphenated_noun(doc, tokens)
    if "," in present:
        _reattach_appositive_read_as_adverb(doc, tokens)
        _reattach_closing_appositive_read_as_complement(doc, tokens)
    if present & lexicon.OUTLET_NOUNS:
        _reattach_name_after_outlet_noun(doc, tokens)
    if "of" in present:
        _reattach_name_after_of_title(doc, tokens)
    if "by" in present and "," in present:
        _reattach_appositive_after_agent(doc, tokens)
        _reattach_name_of_opening_asker(doc, tokens)
    if "by" in present and "about" in present:
        _reattach_topic_after_asker(doc, tokens)
    if "," in present and present & _ASKED_FORMS:
        _reattach_asked_aside_read_as_participle(doc, tokens)
        _reattach_subject_before_asked_aside(doc, tokens)
    _reattach_name_split_by_relative(doc, tokens)
    if "," in present:
        _reattach_given_name_read_as_word(doc, tokens)
    if present & lexicon.STATEMENT_NOUNS:
        _reattach_participle_after_statement(doc, tokens)
    if "," in present and present & _ANONYMITY_PARTICIPLES:
        _reattach_anonymity_participle_after_cue(doc, tokens)
        _reattach_anonymity_participle_before_cue(doc, tokens)
    if "," in present:
        _reattach_closing_participle_in_relative(doc, tokens)
        _reattach_main_verb_after_relative(doc, tokens)
    if "that" in present and "according" in present:
        _reattach_interposed_according(doc, tokens)
    if "according" in present and "," in present:
        _reattach_list_after_according(doc, tokens)
        _reattach_clause_read_as_according_relative(doc, tokens)
        _reattach_subject_after_according_relay(doc, tokens)
    if present & _RELAY_PARTICIPLES:
        _reattach_opening_relay(doc)
        if "that" in present:
            _reattach_clause_after_citing(doc, tokens)
    if present & _RELAY_PAST_FORMS and "saying" in present:
        _reattach_relay_read_as_modifier(doc, tokens)
    clause_cue = bool(present & _CLAUSE_CUE_FORMS)
    speech = bool(present & _SPEECH_FORMS)
    if speech and present & lexicon.RELATIVE_SUBJECTS:
        _reattach_main_verb_in_relative_content(doc, tokens)
    if "," in present and present & lexicon.RELATIVE_SUBJECTS and speech:
        _reattach_relative_cue_read_as_main(doc, tokens)
        _reattach_noun_read_as_relative_verb(doc, tokens)
    if "that" in present and "," in present and clause_cue:
        _reattach_that_read_as_determiner(doc, tokens)
    if present & lexicon.MEDIUM_PARTICIPLES:
        _reattach_interposed_participle(doc, tokens)
    if present & (lexicon.MEDIUM_PARTICIPLES | lexicon.HEARING_ROLE_PARTICIPLES):
        _reattach_subject_after_opening_participle(doc, tokens)
    if "that" in present and "," in present and clause_cue:
        _reattach_that_clause_after_aside(doc, tokens)
    if present & lexicon.INTERVIEW_NOUNS:
        _reattach_closing_interview(doc, tokens)
    if "that" in present and speech:
        _reattach_cue_read_as_compound_noun(doc, tokens)
    if speech and "," in present:
        _reattach_closing_cue_read_as_noun(doc, tokens)
        _reattach_second_cue_without_and(doc, tokens)
    if speech:
        _reattach_name_read_as_noun_head(doc, tokens)
    if present & _READING_NOUN_FORMS:
        _reattach_reading_read_as_noun(doc, tokens)
    if present & _NAMING_CUE_FORMS:
        _reattach_name_end_read_as_adverb(doc, tokens)
    _reattach_opening_name_read_as_adverb(doc, tokens)
    if speech:
        _reattach_opening_title_read_as_preposition(doc, tokens)
    if speech and "," in present:
        _reattach_subject_after_closing_mark(doc, tokens)
    if present & _CLAUSE_NOT_OBJECT_FORMS:
        _reattach_subject_read_as_object(doc, tokens)
    if speech and "," in present:
        _reattach_subject_around_interposed_cue(doc, tokens)
        _reattach_inverted_speaker_read_as_object(doc, tokens)
        _reattach_closing_cue_read_as_conjunct(doc, tokens)
    if "," in present:
        _reattach_subject_read_as_opening_object(doc, tokens)
    if speech:
        _reattach_clause_read_as_second_relative(doc, tokens)
        _reattach_relative_read_as_second_clause(doc, tokens)
    _reattach_cue_inside_relative(doc, tokens)
    if clause_cue:
        _reattach_clause_read_as_modifier(doc, tokens)
    if clause_cue and "the" in present and "," in present:
        _reattach_correlative_after_cue(doc, tokens)
    if clause_cue and present & lexicon.OBJECT_RELATIVE_PRONOUNS:
        _reattach_clause_read_as_relative_on_object(doc, tokens)
    if speech:
        _reattach_imperative_read_as_infinitive(doc, tokens)
    if speech and "," in present:
        _reattach_opening_imperative(doc, tokens)
    _reattach_clause_read_as_relative(doc, tokens)
    if clause_cue:
        _reattach_clause_with_gerund_subject(doc, tokens)
    if "that" in present and speech:
        _reattach_that_clause_after_participle(doc, tokens)
    if "that" in present and clause_cue:
        _reattach_that_clause_after_phrase(doc, tokens)
    if "with" in present and "and" in present:
        _reattach_second_absolute_subject(doc, tokens)
    if "and" in present and clause_cue:
        _reattach_clause_read_as_next_conjunct(doc, tokens)
        _reattach_time_read_as_conjunct_subject(doc, tokens)
    if "saying" in present:
        _reattach_as_saying_after_aside(doc, tokens)
    if present & lexicon.TIME_CLAUSE_NOUNS and "," in present:
        _reattach_main_clause_after_time_relative(doc)
    if "as" in present:
        _reattach_as_after_setting(doc, tokens)
    if speech and "," in present:
        _reattach_closing_cue_in_content(doc, tokens)
    if present & _INTERPOSED_OPENERS:
        _reattach_clause_after_interposed(doc, tokens)
    if "not" in present:
        _reattach_negated_quantifier(doc, tokens)
    _reattach_noun_read_as_clause(doc, tokens)
    _reattach_phrase_read_as_clause(doc, tokens)
    if "," in present and present & _PARTICIPLE_CUE_FORMS:
        _reattach_cue_read_as_participle(doc)
    if present & _PARTICIPLE_CUE_FORMS and present & lexicon.RELATIVE_SUBJECTS:
        _reattach_cue_read_as_participle_in_relative(doc)
    if present & _NAMING_CUE_FORMS and "and" in present:
        _reattach_object_conjunct_on_naming_verb(doc, tokens)
    if present & lexicon.INTERVAL_PREPOSITIONS:
        _reattach_interval_before_preposition(doc, tokens)
    if present & _TELLING_FORMS:
        _reattach_hearer_split_from_noun(doc, tokens)
    frames: list[Frame] = []
    chunk_text = doc.text  # made afresh on every ask, as is each sentence's
    for sent in doc.sents:
        first = len(frames)
        # The sentence's words, lower-cased, read once: a rule below that starts from a word of
        # its own ("according", "reportedly") need not walk a sentence without it.
        words = set(lowers[sent.start : sent.end])
        cuts: list[int] = []  # where a misread closing cue's clause begins (its comma)
        for tok in tokens[sent.start : sent.end]:
            if not tok.tag_.startswith("VB") and not _verb_read_as_noun(tok):
                continue
            if _relay_participle(tok):
                # Only a relay participle can be the one ``_citing`` finds on its head: the
                # test is run for these alone, not for every verb of the chunk.
                citing = _citing(tok.head)
                if citing is not None and citing[0].i == tok.i:
                    continue  # "..., citing X" belongs to the frame of the verb it hangs on
                if _after_according(tok):
                    continue  # "According to X, citing Y, ...": the according-to frame's
            if _in_citing_chain(tok):
                continue  # "citing VRK, which in turn cited Dagposten": the citing frame's
            carried = _carried_by(tok.head) if tok.head.dep_ in _SUBJECT_DEPS else None
            if carried is not None and carried[0].i == tok.i:
                continue  # "Kovac, quoted by Interfax, said": a carrier of the subject's words
            closing = _misread_closing_frame(tok, lemma_of(tok.text), conv, inside)
            if closing is not None:
                frames.append(closing)
                cuts.append(text.rfind(",", 0, closing.extent.start))
                continue
            if tok.i == sent.start and _rubric_label(tok, conv):
                continue
            frame = _verb_frame(tok, conv, inside)
            if frame is None:
                continue
            if frame.lemma == "say" and tok.dep_ == "pcomp" and tok.head.lower_ == "as":
                frame = _quoted_as_saying(tok, conv, frame)
            if frame.lemma == "quote" and frame.frame != "clause" and not frame.content:
                continue
            if not frame.content and _going_on_to_say(tok, frame):
                continue  # "went on to say that ...": the frame of "say" carries the words
            if _pronoun_content(frame) and _saying_beside(tok):
                continue
            if frame.lemma in lexicon.RELAY_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "as" and (frame.lemma == "quote" or any(lemma_of(g.text) == "say" for g in c.children))
                for c in tok.children
            ):
                continue  # "quoted/cited X as saying ...": handled from its "saying"
            frames.append(frame)
        if cuts:
            # The clause of "..., the Interfax news agency reported" is no part of the
            # content of the cue before it, which the parser had run on into it.
            frames[first:] = [_cut_content(f, min(cuts), text) for f in frames[first:]]
        if "according" in words:
            frames.extend(_according_frames(sent, conv))
        if "attributed" in words:
            frames.extend(_attributed_phrase_frames(sent, conv))
        if "in" in words:
            frames.extend(_words_of_frames(sent, conv))
        if words & lexicon.BELIEF_ADJECTIVES:
            frames.extend(_belief_adjective_frames(sent, conv))
        if words & _MADE_CLEAR_CUE_WORDS:
            made = list(_made_clear_frames(sent, conv))
            # "made it known that": the parser's "it known" is no belief of "it"; a cue inside
            # a made-clear cue is that cue's word
            frames[first:] = [f for f in frames[first:] if not any(m.cue.start <= f.cue.start and f.cue.end <= m.cue.end for m in made)]
            frames.extend(made)
        if words & _PUT_FORMS and "it" in words:
            frames.extend(_put_it_to_frames(sent, conv))
        if words & lexicon.HEARSAY_ADVERBS:
            frames.extend(_adverb_frames(sent, conv))
        cued = {conv_i for conv_i in (_cue_index(f, doc, base) for f in frames) if conv_i is not None}
        if "in" in words or "during" in words:
            frames.extend(_statement_frames(sent, conv, cued))
        if words & lexicon.NO_REPLY_VERB_FORMS:
            frames[first:] = _with_no_reply_frames(sent, conv, frames[first:], doc, base)
        if "in" in words:
            frames.extend(_survey_frames(sent, conv, cued))
        frames.extend(_noun_frames(sent, conv, inside, frames[first:]))
        frames.extend(_label_frames(sent, conv, inside))
        if words & lexicon.CLOSING_FINDING_FORMS:
            frames[first:] = _record_frames(sent, conv, inside, frames[first:])
        stamp = _stamp_end(sent, conv)
        if stamp is not None:
            frames[first:] = _after_stamp(frames[first:], stamp, text)
        if _headline(sent, conv):
            frames[first:] = [f for f in frames[first:] if not _topic_object(f, doc, base, quoted)]
            frames[first:] = [_headline_small_clause(f, doc, conv, quoted) for f in frames[first:]]
        frames[first:] = [f for f in frames[first:] if not _headline_verb_in_speaker(f, text)]
        if "\n" in chunk_text[sent.start_char : sent.end_char]:
            frames[first:] = [f for f in (_on_cue_line(f, text, quoted) for f in frames[first:]) if f is not None]
    sentences = tuple(conv.tokens(s[0], s[-1]) for s in doc.sents if len(s))
    mentions = tuple(entity_mentions(doc, conv, labels=_quoted_labels(doc, base, quoted)))
    return ParsedChunk(frames=tuple(frames), sentences=sentences, mentions=mentions)
