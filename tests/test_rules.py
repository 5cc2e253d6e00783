"""The citation checker's rules on hand-built reports: no model needed."""

from __future__ import annotations

import re

import pytest

from quotecheck.errors import ConfigError
from quotecheck.fidelity import Original
from quotecheck.model import SEVERITIES, Entity, Finding, Hop, Publisher, Quote, Report, Span, Term
from quotecheck.rules import REGISTRY, Selection, Settings, check, fails, review
from quotecheck.schema import validate


def at(text: str, piece: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``piece`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), piece)


def quote(
    text: str,
    content: str,
    *,
    id: str = "q1",
    type: str = "indirect",
    speaker: str | None = None,
    name: str | None = None,
    kind: str = "person",
    resolution: str = "name",
    cue: str | None = "said",
    via: tuple[Hop, ...] = (),
    recipient: Hop | None = None,
    quoted: tuple[str, ...] = (),
    nth: int = 0,
) -> Quote:
    body = at(text, content, nth)
    return Quote(
        id=id,
        type=type,  # type: ignore[arg-type]
        content=(body,),
        cue=at(text, cue) if cue else None,
        speaker=at(text, speaker) if speaker else None,
        speaker_name=name,
        speaker_kind=kind,  # type: ignore[arg-type]
        confidence=0.9,
        resolution=resolution,  # type: ignore[arg-type]
        quoted=tuple(at(text, q, nth) for q in quoted),
        via=via,
        recipient=recipient,
    )


def hop(text: str, mention: str, name: str, kind: str = "outlet") -> Hop:
    return Hop(name, kind, at(text, mention))  # type: ignore[arg-type]


LEDGER = Publisher("Daily Ledger", "byline")


def report(text: str, *quotes: Quote, publisher: Publisher | None = LEDGER, **extra) -> Report:
    return Report(text=text, quotes=quotes, publisher=publisher, **extra)


def run(rule_id: str, rep: Report, settings: Settings | None = None) -> list[Finding]:
    return list(check(rep, settings=settings, selection=Selection.of([rule_id])))


# ------------------------------------------------------------------------------------------
# The registry
# ------------------------------------------------------------------------------------------

SEVERITY_OF = {
    "QC101": "warning",
    "QC102": "warning",
    "QC201": "warning",
    "QC202": "warning",
    "QC203": "info",
    "QC204": "warning",
    "QC301": "info",
    "QC302": "warning",
    "QC303": "info",
    "QC401": "error",
    "QC402": "warning",
    "QC501": "error",
}


def test_registry_has_every_rule_of_the_issue_with_its_severity():
    assert {rule_id: r.severity for rule_id, r in REGISTRY.items()} == SEVERITY_OF


@pytest.mark.parametrize("rule_id", sorted(SEVERITY_OF), ids=sorted(SEVERITY_OF))
def test_rule_has_summary_and_help(rule_id):
    r = REGISTRY[rule_id]
    assert re.fullmatch(r"QC\d{3}", r.id) and r.severity in SEVERITIES
    assert r.summary and "\n" not in r.summary
    assert "What to do" in r.help and len(r.help) > 150


# ------------------------------------------------------------------------------------------
# QC101 second-hand, QC102 long chain
# ------------------------------------------------------------------------------------------

INTERFAX = "Russia is ready to cooperate, Interfax reported, citing Lavrov."
BBC = "Prices will fall, Varga told the BBC."
LEDGER_TOLD = "Prices will fall, Varga told the Daily Ledger."
REPORTERS = "Prices will fall, Varga told reporters."
GAZETTE = "Kestrel has asked for guarantees, the Bellmont Gazette reported."
COURIER_TOLD = "Prices will fall, Varga told the Courier."
TWO_HOPS = "Deliveries could start soon, the minister said, Reuters reported, according to Radio Sever."


def _interfax(**kw) -> Report:
    return report(INTERFAX, quote(INTERFAX, "Russia is ready to cooperate", speaker="Lavrov", name="Sergei Lavrov", cue="citing", via=(hop(INTERFAX, "Interfax", "Interfax"),)), **kw)


def _bbc(**kw) -> Report:
    return report(BBC, quote(BBC, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told", recipient=hop(BBC, "the BBC", "BBC")), **kw)


def _gazette(**kw) -> Report:
    return report(GAZETTE, quote(GAZETTE, "Kestrel has asked for guarantees", speaker="the Bellmont Gazette", name="Bellmont Gazette", kind="outlet", cue="reported"), **kw)


def _two_hops(**kw) -> Report:
    via = (hop(TWO_HOPS, "Reuters", "Reuters"), hop(TWO_HOPS, "Radio Sever", "Radio Sever"))
    return report(TWO_HOPS, quote(TWO_HOPS, "Deliveries could start soon", speaker="the minister", name="Aurel Petrescu", resolution="role", via=via), **kw)


@pytest.mark.parametrize(
    "make, span, words",
    [
        pytest.param(_interfax, "Interfax", ("Interfax (outlet)", "'..., Interfax reported.'", "Sergei Lavrov"), id="via-outlet"),
        pytest.param(_bbc, "the BBC", ("the BBC (outlet)", "'..., Varga told the BBC.'"), id="told-another-outlet"),
        pytest.param(_gazette, "the Bellmont Gazette", ("the Bellmont Gazette's reporting", "'..., the Bellmont Gazette reported.'"), id="outlet-is-the-speaker"),
        pytest.param(_two_hops, "Radio Sever", ("Reuters (outlet) and Radio Sever (outlet)", "Cite Radio Sever"), id="cites-the-nearest-hop"),
    ],
)
def test_second_hand(make, span, words):
    (finding,) = run("QC101", make())
    assert finding.severity == "warning" and finding.quote == "q1"
    assert finding.span.text == span
    text = finding.message + " " + finding.suggestion
    for word in words:
        assert word in text
    assert "publisher is unknown" not in text


def test_second_hand_through_a_person_keeps_them_in_the_attribution():
    text = 'A spokesman said Petrescu told reporters it was "fair."'
    rep = report(text, quote(text, "it was", speaker="Petrescu", name="Aurel Petrescu", cue="told", via=(hop(text, "A spokesman", "A spokesman", "person"),), recipient=hop(text, "reporters", "reporters", "anonymous")))
    (finding,) = run("QC101", rep)
    assert "through a spokesman (person)" in finding.message
    assert finding.suggestion.startswith("Keep a spokesman in the attribution")


@pytest.mark.parametrize(
    "rep, settings",
    [
        pytest.param(report(LEDGER_TOLD, quote(LEDGER_TOLD, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told", recipient=hop(LEDGER_TOLD, "the Daily Ledger", "Daily Ledger"))), None, id="told-the-publisher"),
        pytest.param(report(REPORTERS, quote(REPORTERS, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told", recipient=hop(REPORTERS, "reporters", "reporters", "anonymous"))), None, id="told-reporters"),
        pytest.param(_gazette(publisher=Publisher("Bellmont Gazette", "byline")), None, id="publisher-reports"),
        pytest.param(_interfax(), Settings(primary_sources=("Interfax",)), id="primary-source-via"),
        pytest.param(_gazette(), Settings(primary_sources=("the Bellmont Gazette",)), id="primary-source-speaker"),
        pytest.param(_bbc(), Settings(primary_sources=("BBC",)), id="primary-source-recipient"),
        pytest.param(report(BBC, quote(BBC, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told", resolution="continuation", recipient=hop(BBC, "the BBC", "BBC"))), None, id="continuation"),
        pytest.param(report(REPORTERS, quote(REPORTERS, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told")), None, id="first-hand"),
        pytest.param(
            report(
                COURIER_TOLD,
                quote(COURIER_TOLD, "Prices will fall", speaker="Varga", name="Ilse Varga", cue="told", recipient=hop(COURIER_TOLD, "the Courier", "Courier")),
                publisher=Publisher("Northbridge Courier", "byline"),
            ),
            None,
            id="told-the-publisher-by-its-short-name",
        ),
    ],
)
def test_not_second_hand(rep, settings):
    assert run("QC101", rep, settings) == []


def test_an_anonymous_go_between_is_an_anonymous_source_not_a_carrier():
    text = "People familiar with the matter said Falk had told colleagues the timetable was late."
    rep = report(text, quote(text, "the timetable was late", speaker="Falk", name="Gregor Falk", cue="told", via=(hop(text, "People familiar with the matter", "People familiar with the matter", "anonymous"),)))
    assert run("QC101", rep) == []
    (finding,) = run("QC201", rep)
    assert finding.span.text == "People familiar with the matter"
    assert "Gregor Falk" in finding.message and "no reason for the anonymity is given" in finding.message


def test_second_hand_without_a_publisher_says_so():
    (finding,) = run("QC101", _bbc(publisher=None))
    assert "publisher is unknown" in finding.suggestion


@pytest.mark.parametrize(
    "rep, settings, count, span",
    [
        pytest.param(_two_hops(), None, 2, "Reuters", id="two-via-hops"),
        pytest.param(_two_hops(), Settings(primary_sources=("Reuters", "Radio Sever")), 2, "Reuters", id="primary-sources-still-count"),
        pytest.param(
            report(
                "Kestrel asked for guarantees, Reuters reported, according to Radio Sever.",
                quote("Kestrel asked for guarantees, Reuters reported, according to Radio Sever.", "Kestrel asked for guarantees", speaker="Reuters", name="Reuters", kind="outlet", cue="reported", via=(hop("Kestrel asked for guarantees, Reuters reported, according to Radio Sever.", "Radio Sever", "Radio Sever"),)),
            ),
            None,
            2,
            "Reuters",
            id="outlet-speaker-and-a-hop",
        ),
    ],
)
def test_long_chain(rep, settings, count, span):
    (finding,) = run("QC102", rep, settings)
    assert f"({count} intermediaries)" in finding.message
    assert finding.span.text == span
    assert finding.message.endswith("Daily Ledger (2 intermediaries).")


def test_long_chain_is_drawn_from_the_speaker():
    (finding,) = run("QC102", _two_hops())
    assert "Aurel Petrescu → Reuters → Radio Sever → Daily Ledger" in finding.message
    assert "Trace the words back to Reuters" in finding.suggestion


@pytest.mark.parametrize("make", [_interfax, _bbc, _gazette], ids=["one-hop", "one-recipient", "outlet-speaker"])
def test_short_chain_is_not_long(make):
    assert run("QC102", make()) == []


# ------------------------------------------------------------------------------------------
# QC201 anonymous or vague, QC202 no speaker, QC203 unnamed
# ------------------------------------------------------------------------------------------

REASON_AFTER = "Talks have stalled, two officials said, speaking on condition of anonymity because they were not authorized to discuss the talks."
REASON_BETWEEN = "Officials, speaking on condition of anonymity because they feared reprisals, said the ferry failed."
NO_REASON = "A senior official, who asked not to be named, said the boards had not met."
VAGUE = "Some observers noted that the war was long."
FAMILIAR = "Importers diverted two ships, according to people familiar with the schedules."
REASON_AFTER_WORDS = "Two people familiar with the plans said Halbrook was exploring a sale, speaking on condition of anonymity because the talks are private."
REASON_NEXT = "Two people familiar with the plans said Halbrook was exploring a sale. The people asked not to be named because the talks are private."


@pytest.mark.parametrize(
    "text, content, speaker, message",
    [
        pytest.param(REASON_AFTER, "Talks have stalled", "two officials", 'reason given: "because they were not authorized to discuss the talks"', id="reason-after-cue"),
        pytest.param(REASON_BETWEEN, "the ferry failed", "Officials", 'reason given: "because they feared reprisals"', id="reason-before-cue"),
        pytest.param(NO_REASON, "the boards had not met", "A senior official, who asked not to be named", "no reason for the anonymity is given", id="anonymous-no-reason"),
        pytest.param(FAMILIAR, "Importers diverted two ships", "people familiar with the schedules", "Anonymous source", id="familiar-with"),
        pytest.param(VAGUE, "that the war was long", "Some observers", 'Vague source: "Some observers"', id="vague-group"),
        pytest.param(REASON_AFTER_WORDS, "Halbrook was exploring a sale", "Two people familiar with the plans", 'reason given: "because the talks are private"', id="reason-after-the-words"),
        pytest.param(REASON_NEXT, "Halbrook was exploring a sale", "Two people familiar with the plans", 'reason given: "because the talks are private"', id="reason-in-the-next-sentence"),
    ],
)
def test_anonymous_source(text, content, speaker, message):
    cue = "according to" if "according to" in text else ("noted" if "noted" in text else "said")
    rep = report(text, quote(text, content, speaker=speaker, name=None, kind="anonymous", resolution="none", cue=cue))
    (finding,) = run("QC201", rep)
    assert message in finding.message
    assert finding.span.text == speaker


def test_the_next_speakers_reason_is_theirs():
    text = (
        "Some residents called the plan unfair. "
        "One nurse, who asked not to be named because she feared for her job, said staff were told to keep quiet."
    )
    residents = quote(text, "the plan unfair", speaker="Some residents", kind="anonymous", resolution="none", cue="called")
    nurse = quote(
        text, "staff were told to keep quiet", speaker="One nurse, who asked not to be named because she feared for her job",
        kind="anonymous", resolution="none", id="q2",
    )
    findings = {f.quote: f.message for f in run("QC201", report(text, residents, nurse))}
    assert "reason given" not in findings["q1"]
    assert 'reason given: "because she feared for her job"' in findings["q2"]


def test_reason_is_not_taken_from_the_quote_itself():
    text = "Officials said the talks failed because they were not authorized to discuss pay."
    rep = report(text, quote(text, "the talks failed because they were not authorized to discuss pay", speaker="Officials", kind="anonymous", resolution="none"))
    (finding,) = run("QC201", rep)
    assert "reason given" not in finding.message


@pytest.mark.parametrize(
    "kind, resolution",
    [("person", "name"), ("organization", "none"), ("anonymous", "continuation")],
    ids=["named-person", "organization", "continuation"],
)
def test_not_anonymous(kind, resolution):
    rep = report(VAGUE, quote(VAGUE, "that the war was long", speaker="Some observers", name="X", kind=kind, resolution=resolution, cue="noted"))
    assert run("QC201", rep) == []


NO_SPEAKER = '"This is a done deal, whatever they say."\n\nAsked whether fees would rise, Vogel said: "Not this year."'


def test_no_speaker():
    rep = report(NO_SPEAKER, quote(NO_SPEAKER, '"This is a done deal, whatever they say."', type="direct", kind="unknown", resolution="none", cue=None, quoted=('"This is a done deal, whatever they say."',)))
    (finding,) = run("QC202", rep)
    assert finding.message == 'No speaker: nobody is named for "This is a done deal, whatever they say".'
    assert finding.span.text.startswith('"This is')


@pytest.mark.parametrize(
    "q",
    [
        pytest.param(quote(NO_SPEAKER, "whether fees would rise", kind="unknown", resolution="none", cue="Asked"), id="asked"),
        pytest.param(quote(NO_SPEAKER, '"Not this year."', type="direct", kind="unknown", resolution="continuation", cue=None), id="continuation"),
        pytest.param(quote(NO_SPEAKER, '"Not this year."', type="direct", speaker="Vogel", name="Katrin Vogel", resolution="alias"), id="has-speaker"),
    ],
)
def test_speaker_present_or_not_needed(q):
    assert run("QC202", report(NO_SPEAKER, q)) == []


UNNAMED = '"We will see," he said. The spokeswoman for the clinic said talks went on.'


@pytest.mark.parametrize(
    "content, speaker, what",
    [
        pytest.param('"We will see,"', "he", 'known only by a pronoun: "he"', id="pronoun"),
        pytest.param("talks went on", "The spokeswoman for the clinic", "known only by a role", id="role"),
    ],
)
def test_unnamed_speaker(content, speaker, what):
    rep = report(UNNAMED, quote(UNNAMED, content, speaker=speaker, name=None, resolution="none"))
    (finding,) = run("QC203", rep)
    assert what in finding.message and finding.severity == "info"
    assert finding.span.text == speaker


@pytest.mark.parametrize(
    "name, kind, resolution",
    [("Ilse Varga", "person", "pronoun"), (None, "anonymous", "none"), (None, "organization", "none"), (None, "person", "continuation")],
    ids=["resolved-pronoun", "anonymous", "organization", "continuation"],
)
def test_named_or_not_a_person(name, kind, resolution):
    rep = report(UNNAMED, quote(UNNAMED, '"We will see,"', speaker="he", name=name, kind=kind, resolution=resolution))
    assert run("QC203", rep) == []


# ------------------------------------------------------------------------------------------
# QC301 scare quotes, QC302 unbalanced marks, QC303 loaded verbs
# ------------------------------------------------------------------------------------------

SCARE = 'Observers noted the so-called "final offer" was revised. The film "Harbour Lights" ran.'


def test_scare_quotes_inside_a_quote():
    term = Term("scare", at(SCARE, '"final offer"'), at(SCARE, "so-called"))
    rep = report(SCARE, quote(SCARE, 'the so-called "final offer" was revised', speaker="Observers", kind="anonymous", resolution="none", cue="noted"), terms=(term, Term("name", at(SCARE, '"Harbour Lights"'), at(SCARE, "film"))))
    (finding,) = run("QC301", rep)
    assert finding.quote == "q1" and finding.span.text == '"final offer"'
    assert '"so-called"' in finding.message


def test_scare_quotes_outside_quotes_belong_to_the_article():
    rep = report(SCARE, terms=(Term("scare", at(SCARE, '"final offer"')),))
    (finding,) = run("QC301", rep)
    assert finding.quote is None and "marked by" not in finding.message


def test_names_are_not_scare_quotes():
    rep = report(SCARE, terms=(Term("name", at(SCARE, '"Harbour Lights"'), at(SCARE, "film")),))
    assert run("QC301", rep) == []


@pytest.mark.parametrize(
    "text, mark, what",
    [
        pytest.param('Greaves said: “We remember it.\n\nThe end.', "“", "an opening mark that is never closed", id="curly-opening"),
        pytest.param('Greaves said: We remember it.” The end.', "”", "a closing mark that closes nothing", id="curly-closing"),
        pytest.param('Greaves said: "We remember it.\n\nThe end.', '"', "an opening mark that is never closed", id="straight-opening"),
        pytest.param('Greaves said: We remember it." The end.', '"', "a closing mark that closes nothing", id="straight-closing"),
    ],
)
def test_unbalanced_mark(text, mark, what):
    (finding,) = run("QC302", report(text, unbalanced=(at(text, mark),)))
    assert what in finding.message and finding.span.text == mark
    assert "line 1" in finding.message and finding.quote is None


def test_unbalanced_mark_inside_a_quote_belongs_to_it():
    text = '"We remember how that ended —Greaves said.'
    q = quote(text, '"We remember how that ended', type="direct", speaker="Greaves", name="Martin Greaves", resolution="alias")
    (finding,) = run("QC302", report(text, q, unbalanced=(at(text, '"'),)))
    assert finding.quote == "q1"


def test_balanced_text_has_no_unbalanced_finding():
    assert run("QC302", report('"Yes," she said.')) == []


@pytest.mark.parametrize(
    "text, cue, shown, neutral",
    [
        pytest.param("She claimed the plan was safe.", "claimed", "claimed", "said", id="claimed"),
        pytest.param("She admits costs rose.", "admits", "admits", "said", id="admits"),
        pytest.param("He conceded the point was fair.", "conceded", "conceded", "said", id="conceded"),
        pytest.param("The minister insisted the plan was safe.", "insisted", "insisted", "said", id="insisted"),
        pytest.param("Critics slammed that the plan was late.", "slammed", "slammed", "criticized", id="slammed"),
        pytest.param("The aide pointed out that the budget was fixed.", "pointed out", "pointed out", "said", id="pointed-out-cue"),
        pytest.param("The aide pointed out that the budget was fixed.", "pointed", "pointed out", "said", id="pointed-then-out"),
    ],
)
def test_loaded_verb(text, cue, shown, neutral):
    content = text.split(cue + " ", 1)[1].rstrip(".")
    rep = report(text, quote(text, content, speaker=text.split(" " + cue.split()[0])[0], name="X", cue=cue))
    (finding,) = run("QC303", rep)
    assert f'"{shown}"' in finding.message
    assert finding.suggestion == f'Use the neutral "{neutral}" instead of "{shown}".'
    assert finding.span == rep.quotes[0].cue


@pytest.mark.parametrize(
    "text, cue",
    [
        pytest.param("She said the plan was safe.", "said", id="said"),
        pytest.param("The aide pointed to data showing the budget was fixed.", "pointed", id="pointed-to"),
        pytest.param("Fees would rise, according to the office.", "according to", id="according-to"),
    ],
)
def test_neutral_verb(text, cue):
    rep = report(text, quote(text, text.split()[-1].rstrip("."), speaker=text.split()[0], name="X", cue=cue))
    assert run("QC303", rep) == []


# ------------------------------------------------------------------------------------------
# QC401 / QC402 fidelity through the rules (fidelity itself: test_fidelity.py)
# ------------------------------------------------------------------------------------------

TRANSCRIPT = Original(
    "MARSH: We have not spent a single crown that was not approved. The contractor has already "
    "absorbed the higher price of the steel. Those numbers are, I'm sorry to say, simply wrong.",
    name="hearing.txt",
)
FIDELITY = (
    '"We have not spent a single crown that was not approved," Marsh said. '
    'She said the contractor had "already absorbed the extra cost of the steel." '
    'She said the line would open "before the summer holidays." '
    'She said the so-called "final offer" was fair.'
)


def _fidelity(*extra: Quote, terms: tuple[Term, ...] = ()) -> Report:
    quotes = [
        quote(FIDELITY, '"We have not spent a single crown that was not approved,"', type="direct", speaker="Marsh", name="Ingrid Marsh", quoted=('"We have not spent a single crown that was not approved,"',)),
        quote(FIDELITY, 'the contractor had "already absorbed the extra cost of the steel."', id="q2", type="mixed", speaker="She", name="Ingrid Marsh", resolution="pronoun", quoted=('"already absorbed the extra cost of the steel."',)),
        quote(FIDELITY, 'the line would open "before the summer holidays."', id="q3", type="mixed", speaker="She", name="Ingrid Marsh", resolution="pronoun", quoted=('"before the summer holidays."',)),
        *extra,
    ]
    return report(FIDELITY, *quotes, terms=terms)


def test_changed_quote_is_a_warning_with_a_word_diff():
    (finding,) = run("QC402", _fidelity(), Settings(original=TRANSCRIPT))
    assert finding.quote == "q2" and finding.severity == "warning"
    assert "[-higher price-] {+extra cost+}" in finding.message
    assert "hearing.txt, line 1" in finding.message
    assert '"already absorbed the higher price of the steel"' in finding.suggestion


def test_absent_quote_is_an_error():
    (finding,) = run("QC401", _fidelity(), Settings(original=TRANSCRIPT))
    assert finding.quote == "q3" and finding.severity == "error"
    assert finding.message == 'Not in the source: "before the summer holidays" is nowhere in hearing.txt.'
    assert finding.span.text == '"before the summer holidays."'


def test_reported_speech_and_labels_are_not_checked():
    indirect = quote(FIDELITY, "the line would open", id="q4", speaker="She", name="Ingrid Marsh", resolution="pronoun")
    label = quote(FIDELITY, 'the so-called "final offer" was fair', id="q5", type="mixed", speaker="She", name="Ingrid Marsh", resolution="pronoun", quoted=('"final offer"',))
    rep = _fidelity(indirect, label, terms=(Term("scare", at(FIDELITY, '"final offer"'), at(FIDELITY, "so-called")),))
    found = run("QC4*", rep, Settings(original=TRANSCRIPT))
    assert [(f.rule, f.quote) for f in found] == [("QC402", "q2"), ("QC401", "q3")]


def test_no_original_no_fidelity_findings():
    assert run("QC4", _fidelity()) == []


# ------------------------------------------------------------------------------------------
# QC501 same words, two speakers
# ------------------------------------------------------------------------------------------

SAME = (
    '"We will not close the ward while I am here," said Osei. '
    '“We will NOT close the ward while I’m here,” Brandt wrote. '
    '"We will not close the ward while I am here," Osei repeated. '
    '"Not this year," Osei said. "Not this year," Brandt said. '
    'Hart called it "not close the ward while I am" nonsense.'
)


def _same(*quotes: Quote) -> Report:
    return report(SAME, *quotes)


def _q(id: str, content: str, speaker: str, name: str | None, nth: int = 0) -> Quote:
    return quote(SAME, content, id=id, type="direct", speaker=speaker, name=name, quoted=(content,), nth=nth)


OSEI = _q("q1", '"We will not close the ward while I am here,"', "Osei", "Amara Osei")


@pytest.mark.parametrize(
    "later, fires",
    [
        pytest.param(_q("q2", "“We will NOT close the ward while I’m here,”", "Brandt", "Felix Brandt"), False, id="contraction-differs"),
        pytest.param(_q("q2", '"We will not close the ward while I am here,"', "Osei", "Amara Osei", nth=1), False, id="same-speaker"),
        pytest.param(_q("q2", '"Not this year,"', "Brandt", "Felix Brandt", nth=1), False, id="too-short"),
        pytest.param(quote(SAME, 'it "not close the ward while I am" nonsense', id="q2", type="mixed", speaker="Hart", name="Ben Hart", cue="called", quoted=('"not close the ward while I am"',)), True, id="contained"),
        pytest.param(_q("q2", '"We will not close the ward while I am here,"', "Brandt", None, nth=1), True, id="unnamed-speaker-text"),
    ],
)
def test_same_words_two_speakers(later, fires):
    found = run("QC501", _same(OSEI, later))
    assert bool(found) is fires
    if fires:
        (finding,) = found
        assert finding.quote == "q2" and finding.severity == "error"
        assert "Amara Osei (q1)" in finding.message


def test_same_words_under_an_unresolved_pronoun_are_no_contradiction():
    text = '"We will not close the ward," said Osei. Later he repeated: "We will not close the ward."'
    a = quote(text, '"We will not close the ward,"', type="direct", speaker="Osei", name="Amara Osei", quoted=('"We will not close the ward,"',))
    b = quote(text, '"We will not close the ward."', id="q2", type="direct", speaker="he", name=None, cue="repeated", quoted=('"We will not close the ward."',))
    assert run("QC501", report(text, a, b)) == []


def test_same_words_normalised_for_case_and_quote_style():
    text = '"We will not close the ward," said Osei. “WE WILL NOT CLOSE THE WARD,” Brandt wrote.'
    a = quote(text, '"We will not close the ward,"', type="direct", speaker="Osei", name="Amara Osei", quoted=('"We will not close the ward,"',))
    b = quote(text, "“WE WILL NOT CLOSE THE WARD,”", id="q2", type="direct", speaker="Brandt", name="Felix Brandt", quoted=("“WE WILL NOT CLOSE THE WARD,”",))
    (finding,) = run("QC501", report(text, a, b))
    assert "Amara Osei (q1) and to Felix Brandt (q2)" in finding.message


# ------------------------------------------------------------------------------------------
# Selection, order, --fail-on
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        pytest.param((), (), set(SEVERITY_OF), id="all"),
        pytest.param(("QC101",), (), {"QC101"}, id="one"),
        pytest.param(("QC2*",), (), {"QC201", "QC202", "QC203", "QC204"}, id="glob"),
        pytest.param(("qc4",), (), {"QC401", "QC402"}, id="prefix-any-case"),
        pytest.param(("QC101,QC303",), (), {"QC101", "QC303"}, id="comma-list"),
        pytest.param((), ("QC3*", "QC501"), set(SEVERITY_OF) - {"QC301", "QC302", "QC303", "QC501"}, id="ignore"),
        pytest.param(("QC1",), ("QC102",), {"QC101"}, id="select-then-ignore"),
    ],
)
def test_selection(select, ignore, expected):
    chosen = Selection.of(select, ignore)
    assert {r.id for r in chosen.rules()} == expected


@pytest.mark.parametrize("pattern", ["QC999", "QC9*", "XYZ"], ids=["unknown-id", "unknown-glob", "nonsense"])
def test_unknown_rule_is_a_config_error(pattern):
    with pytest.raises(ConfigError, match="unknown rule"):
        Selection.of([pattern])


def _finding(severity: str) -> Finding:
    return Finding("QC101", severity, "m", "s")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "severities, fail_on, expected",
    [
        (("info",), "info", True),
        (("info",), "warning", False),
        (("warning",), "warning", True),
        (("warning",), "error", False),
        (("error",), "error", True),
        (("error", "info"), "warning", True),
        (("error",), "never", False),
        ((), "info", False),
    ],
    ids=["info@info", "info@warning", "warning@warning", "warning@error", "error@error", "mixed@warning", "never", "none"],
)
def test_fails(severities, fail_on, expected):
    assert fails([_finding(s) for s in severities], fail_on) is expected


def test_fails_rejects_an_unknown_level():
    with pytest.raises(ConfigError):
        fails([], "fatal")


def test_findings_come_in_text_order_and_validate():
    text = TWO_HOPS + " " + VAGUE
    rep = report(text, _two_hops().quotes[0], quote(text, "that the war was long", id="q2", speaker="Some observers", kind="anonymous", resolution="none", cue="noted"))
    found = list(check(rep))
    assert [f.rule for f in found] == ["QC102", "QC101", "QC201"]
    assert [f.span.start for f in found] == sorted(f.span.start for f in found)
    validate(rep.with_findings(found).to_dict())


def test_review_filters_or_recomputes():
    rep = _interfax()
    rep = rep.with_findings(check(rep))
    assert [f.rule for f in review(rep, selection=Selection.of(ignore=["QC101"])).findings] == []
    assert [f.rule for f in review(rep).findings] == ["QC101"]
    assert review(rep, settings=Settings(primary_sources=("Interfax",))).findings == ()


HEARSAY = "It is understood that the plant will close.\n\nThe court heard that the engineer had warned him twice."


def test_no_speaker_for_reported_speech_asks_for_a_source_not_for_marks_removed():
    rep = report(HEARSAY, quote(HEARSAY, "the plant will close", kind="unknown", resolution="none", cue="is understood"))
    (finding,) = run("QC202", rep)
    assert "quotation marks" not in finding.suggestion
    assert "NAME said" in finding.suggestion


def test_what_the_court_heard_needs_no_speaker():
    rep = report(HEARSAY, quote(HEARSAY, "that the engineer had warned him twice", kind="unknown", resolution="none", cue="heard"))
    assert run("QC202", rep) == []


REASON_BEFORE = (
    "One council official, who asked not to be named because he was not authorised to speak, said "
    'the operator wanted more money.\n\n"They told us it is now or never," the official said.'
)


def test_the_same_anonymous_source_later_keeps_the_reason_given_for_it():
    first = quote(REASON_BEFORE, "the operator wanted more money", speaker="One council official, who asked not to be named because he was not authorised to speak", kind="anonymous", resolution="none", cue="said")
    second = quote(REASON_BEFORE, '"They told us it is now or never,"', type="direct", speaker="the official", kind="anonymous", resolution="none", cue="said", id="q2")
    findings = run("QC201", report(REASON_BEFORE, first, second))
    assert [f.quote for f in findings] == ["q1", "q2"]
    assert all("reason given" in f.message and "not authorised" in f.message for f in findings)


ROLE_FIRST = "Dresmia's energy minister said the pipeline was safe.\n\nEnergy Minister Lukas Ferenci later said inspections would continue."


def test_a_role_named_elsewhere_is_not_said_to_be_never_named():
    q = quote(ROLE_FIRST, "the pipeline was safe", speaker="Dresmia's energy minister", kind="person", resolution="none")
    rep = report(ROLE_FIRST, q, entities=(Entity("Lukas Ferenci", "person", ("Energy Minister",)),))
    (finding,) = run("QC203", rep)
    assert "never named" not in finding.message
    assert "Lukas Ferenci" in finding.message and "Lukas Ferenci" in finding.suggestion


# ------------------------------------------------------------------------------------------
# QC204 unverified claim
# ------------------------------------------------------------------------------------------


def _qc204(text: str, *quotes) -> list:
    return run("QC204", Report(text=text, quotes=quotes))


CLAIM = "Rebel commanders said their forces had taken the bridge. "


@pytest.mark.parametrize(
    "caveat",
    [
        "The claim could not be independently verified.",
        "The Courier was unable to confirm the account.",
        "The Courier could not immediately verify it.",
        "Their account has not been independently verified.",
        "The report remains unconfirmed.",
    ],
)
def test_a_caveat_in_the_next_sentence_flags_the_claim_before_it(caveat):
    text = CLAIM + caveat
    q = quote(text, "their forces had taken the bridge", speaker="Rebel commanders", kind="anonymous")
    (finding,) = _qc204(text, q)
    assert finding.quote == "q1" and finding.severity == "warning"
    assert finding.span is not None and text[finding.span.start : finding.span.end] == finding.span.text
    assert finding.span.text.lower() in caveat.lower()


def test_a_caveat_in_the_claims_own_sentence_flags_it():
    text = "Mayor Ana Holt said, without evidence, that activists had set the fire."
    q = quote(text, "that activists had set the fire", speaker="Mayor Ana Holt", name="Ana Holt")
    (finding,) = _qc204(text, q)
    assert finding.span.text == "without evidence"
    assert "Ana Holt" in finding.message


def test_neither_covers_both_claims_before_it_and_nothing_earlier():
    text = (
        "The council met on Monday, the clerk said. "
        "Rebels said they held the bridge. The ministry said its troops held it. "
        "Neither account could be verified."
    )
    clerk = quote(text, "The council met on Monday", id="q1", speaker="the clerk")
    rebels = quote(text, "they held the bridge", id="q2", speaker="Rebels", kind="anonymous")
    ministry = quote(text, "its troops held it", id="q3", speaker="The ministry", kind="organization")
    findings = _qc204(text, clerk, rebels, ministry)
    assert sorted(f.quote for f in findings) == ["q2", "q3"]


def test_one_caveat_flags_only_the_nearest_claim():
    text = "Rebels said they held the bridge. The ministry said its troops held it. The claim could not be verified."
    rebels = quote(text, "they held the bridge", id="q1", speaker="Rebels", kind="anonymous")
    ministry = quote(text, "its troops held it", id="q2", speaker="The ministry", kind="organization")
    assert [f.quote for f in _qc204(text, rebels, ministry)] == ["q2"]


def test_a_speakers_own_doubt_inside_the_quote_is_no_caveat_of_the_articles():
    text = '"I could not confirm the numbers," the engineer said.'
    q = quote(text, '"I could not confirm the numbers,"', type="direct", speaker="the engineer")
    assert _qc204(text, q) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the bridge was open. Police confirmed the figure on Monday.",
        "The minister said the bridge was open. I can confirm that it was.",
        "The minister said the bridge was open. Mr. Holt could see it from the window.",
    ],
)
def test_confirmation_is_no_caveat(text):
    q = quote(text, "the bridge was open", speaker="The minister")
    assert _qc204(text, q) == []


def test_an_abbreviation_does_not_end_the_sentence_of_the_caveat():
    # "Mr." is no sentence end: the caveat is in the claim's own sentence.
    text = "Earlier, a rally was held. Mr. Holt said, without evidence, that the vote was rigged."
    q = quote(text, "that the vote was rigged", speaker="Mr. Holt", name="Tom Holt")
    (finding,) = _qc204(text, q)
    assert finding.quote == "q1"


def test_a_finding_reported_with_a_cue_is_no_caveat():
    text = "The audit cited no evidence that the aide intervened."
    q = quote(text, "that the aide intervened", speaker="The audit", kind="document", cue="cited")
    assert run("QC204", Report(text=text, quotes=(q,))) == []


def test_a_plural_word_outside_the_caveats_clause_does_not_widen_it():
    # "accounts" is what the ministry did not publish; the caveat is about "the figures".
    text = (
        "Rebels said they held the bridge. The ministry said it had lost money. "
        "It has not published its accounts, and the figures could not be verified."
    )
    rebels = quote(text, "they held the bridge", id="q1", speaker="Rebels", kind="anonymous")
    ministry = quote(text, "it had lost money", id="q2", speaker="The ministry", kind="organization")
    assert [f.quote for f in run("QC204", Report(text=text, quotes=(rebels, ministry)))] == ["q2"]


def test_a_no_break_space_after_a_full_stop_ends_the_sentence():
    text = "Rebels said they held the bridge.\u00a0The ministry said, without evidence, that it was mined."
    rebels = quote(text, "they held the bridge", id="q1", speaker="Rebels", kind="anonymous")
    ministry = quote(text, "that it was mined", id="q2", speaker="The ministry", kind="organization")
    assert [f.quote for f in run("QC204", Report(text=text, quotes=(rebels, ministry)))] == ["q2"]


def test_a_caveat_after_a_letter_that_lowers_to_two_keeps_its_offsets():
    # "İ" lower-cases to two characters: offsets read on a lower-cased copy would drift.
    text = "İzmir officials said the port was closed. The claim could not be verified."
    q = quote(text, "the port was closed", speaker="İzmir officials", kind="anonymous")
    (finding,) = run("QC204", Report(text=text, quotes=(q,)))
    assert finding.span.text == "could not be verified"
