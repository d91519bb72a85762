"""The building blocks of the checklist: criteria, citations, facts, decisions and findings.

A criterion's ``decide`` function receives a ``Context`` for one person (or the whole case) and
returns a ``Decision`` built with ``breach``, ``compliant``, ``unknown`` or ``not_applicable``.
Whether a breach is a "violation" or a "likely violation" is never chosen by the criterion: it
follows from the standing of the facts it rests on, so the rule "allegation is not proof" is
enforced in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import Any, TypeVar

import attrs

from fairtrial._i18n import N_, T_, Lang, _, current, p_
from fairtrial._phrases import KINDS as EVENT_KINDS
from fairtrial._phrases import date as _date
from fairtrial.record._model import Case, Event, Person, Provenance
from fairtrial.record._vocab import Doc, Party, Standing
from fairtrial.record._when import Tri, When

E = TypeVar("E", bound=Event)
T = TypeVar("T")


class Outcome(Doc):
    VIOLATION = "violation", "the standard was breached, on established facts"
    LIKELY_VIOLATION = (
        "likely_violation", "a breach that rests on facts alleged or disputed, not established")
    NO_VIOLATION = "no_violation", "the record shows the standard was met"
    INSUFFICIENT = "insufficient_information", "the record lacks a fact the question needs"
    NOT_APPLICABLE = "not_applicable", "the question does not arise on the record"


#: How bad an outcome is, for combining several decisions (higher is worse).
SEVERITY_OF_OUTCOME = {
    Outcome.NOT_APPLICABLE: 0, Outcome.NO_VIOLATION: 1, Outcome.INSUFFICIENT: 2,
    Outcome.LIKELY_VIOLATION: 3, Outcome.VIOLATION: 4,
}


class Confidence(Doc):
    HIGH = "high", "rests on established facts"
    MEDIUM = "medium", "rests on at least one allegation the other side has not answered"
    LOW = "low", "rests on at least one disputed fact, or on a judgment the record cannot settle"


class Severity(Doc):
    MINOR = "minor", "a breach that rarely affects the fairness of the trial as a whole"
    SERIOUS = "serious", "a breach of a core guarantee"
    GRAVE = "grave", "a breach of a non-derogable guarantee, or one that taints the verdict"


class Area(Doc):
    SEARCH = "search", "Search and seizure"
    CUSTODY = "custody", "Arrest and custody"
    COUNSEL = "counsel", "Access to counsel"
    CONFESSIONS = "confessions", "Interrogation and confessions"
    EVIDENCE = "evidence", "Evidence and proof"
    PRESUMPTION = "presumption", "Presumption of innocence"
    TRIBUNAL = "tribunal", "Tribunal and hearing"
    JUDGMENT = "judgment", "Judgment and appeal"
    EXPRESSION = "expression", "Expression-related charges"


# The hash is cached: the JSON output's citation table looks every criterion's citations up.
@attrs.frozen(kw_only=True, cache_hash=True)
class Citation:
    """A source of the standard. ``confirmed`` is False where the pinpoint (paragraph or section)
    has not been checked against an official text; such citations are printed as unconfirmed."""

    source: str
    pinpoint: str | None = None
    confirmed: bool = True
    treaty: str | None = None
    kind: str = "treaty"  # treaty | interpretation | case_law | soft_law
    note: str | None = None

    def __str__(self) -> str:
        text = f"{self.source}, {self.pinpoint}" if self.pinpoint else self.source
        return text if self.confirmed else f"{text} (pinpoint unconfirmed)"


# Constructors that keep criterion definitions short and their citations uniform.
def iccpr(article: str) -> Citation:
    return Citation(source="ICCPR", pinpoint=f"art {article}", treaty="ICCPR")


def cat(article: str) -> Citation:
    return Citation(source="Convention against Torture", pinpoint=f"art {article}", treaty="CAT")


def echr(article: str) -> Citation:
    return Citation(source="ECHR", pinpoint=f"art {article}", treaty="ECHR")


def general_comment(number: int, para: str, *, confirmed: bool) -> Citation:
    symbol = {16: "", 20: "", 21: "", 31: " (CCPR/C/21/Rev.1/Add.13)", 32: " (CCPR/C/GC/32)",
              34: " (CCPR/C/GC/34)", 35: " (CCPR/C/GC/35)"}[number]
    return Citation(source=f"HRC General Comment No. {number}{symbol}", pinpoint=f"para {para}",
                    confirmed=confirmed, treaty="ICCPR", kind="interpretation")


def basic_principles(number: str, *, confirmed: bool) -> Citation:
    return Citation(source="UN Basic Principles on the Role of Lawyers (1990)",
                    pinpoint=f"principle {number}", confirmed=confirmed, kind="soft_law")


def body_of_principles(number: str, *, confirmed: bool) -> Citation:
    return Citation(source="UN Body of Principles on Detention (GA res. 43/173, 1988)",
                    pinpoint=f"principle {number}", confirmed=confirmed, kind="soft_law")


def legal_aid(item: str) -> Citation:
    return Citation(source="UN Principles and Guidelines on Access to Legal Aid (GA res. 67/187)",
                    pinpoint=item, kind="soft_law")


def prosecutors(guideline: str, *, confirmed: bool = True) -> Citation:
    return Citation(source="UN Guidelines on the Role of Prosecutors (1990)",
                    pinpoint=f"guideline {guideline}", confirmed=confirmed, kind="soft_law")


def ecthr(case: str, pinpoint: str | None = None, *, confirmed: bool = False) -> Citation:
    return Citation(source=f"ECtHR, {case}", pinpoint=pinpoint,
                    confirmed=confirmed or pinpoint is None, treaty="ECHR", kind="case_law")


def hrc_views(case: str, pinpoint: str | None = None, *, confirmed: bool = True) -> Citation:
    return Citation(source=f"HRC, {case}", pinpoint=pinpoint, confirmed=confirmed,
                    treaty="ICCPR-OP1", kind="case_law")


# --- facts ----------------------------------------------------------------------------------


#: Who asserts or disputes a fact, as a provenance note names them (context "party").
PARTY_NAMES = {
    Party.COURT: N_("a court"), Party.PROSECUTION: N_("the prosecution"),
    Party.DEFENCE: N_("the defence"), Party.DEFENDANT: N_("the defendant"),
    Party.AUTHORITIES: N_("the authorities"), Party.NGO: N_("an NGO"),
    Party.MEDIA: N_("the media"), Party.MONITOR: N_("the monitor"),
    Party.EXPERT: N_("an expert"), Party.WITNESS: N_("a witness"),
    Party.FAMILY: N_("the family"), Party.INTERNATIONAL_BODY: N_("an international body"),
}
_PARTY_NAMES = PARTY_NAMES


def _parties(parties: Iterable[Party]) -> str:
    return current().join([p_("party", PARTY_NAMES[p]) for p in parties])


_STANDING_HEADS = {Standing.ALLEGED: T_("alleged by {who}"),
                   Standing.DENIED: T_("claimed by {who}, found untrue or withdrawn"),
                   Standing.UNPROVEN: T_("claimed by {who}, examined and not found proven")}

#: Standings no finding of a breach can rest on: found untrue, or examined and not proven.
REFUTED = frozenset({Standing.DENIED, Standing.UNPROVEN})


def provenance_text(prov: Provenance) -> str:
    """'alleged by an NGO; sources: src-hrw' and the like, in the current language."""
    return _provenance_text(prov, current().code)


@functools.lru_cache(maxsize=4096)
def _provenance_text(prov: Provenance, code: str) -> str:
    return _("{head}; sources: {sources}", head=provenance_head(prov),
             sources=", ".join(prov.sources))


def provenance_head(prov: Provenance) -> str:
    """Who asserts the fact and its standing: 'alleged by an NGO', 'found by a court'."""
    who = _parties(prov.asserted_by)
    if prov.standing is Standing.ESTABLISHED:
        if Party.COURT in prov.asserted_by:
            return _("found by a court")
        return _("established ({who})", who=who)
    if prov.standing is Standing.DISPUTED:
        against = _parties(prov.disputed_by) or _("another party")
        return _("asserted by {who}, disputed by {against}", who=who, against=against)
    return _(_STANDING_HEADS[prov.standing], who=who)


def when_text(when: When | None) -> str:
    """'on 28 May 2025', 'in May 2025', 'between ... and ...': a date as a sentence says it,
    in the current language."""
    return _when_text(when, current())


@functools.lru_cache(maxsize=16384)  # as ``when_of``: room for a large case's dates
def _when_text(when: When | None, t: Lang) -> str:
    if when is None:
        return t._("on a date not recorded")
    text = str(when)
    if "/" in text:
        first, last = text.split("/")
        return t._("between {start} and {end}", start=_date(When(first), t),
                   end=_date(When(last), t))
    parts = text[:10].split("-")
    if len(parts) == 1:
        return t._("in {year}", year=parts[0])
    if len(parts) == 2:
        return t._("in {month} {year}", year=parts[0],
                   month=t.p_("month after 'in'", _MONTH_NAMES[int(parts[1]) - 1]))
    day = _date(When(text[:10]), t)
    if len(text) > 10:
        return t._("on {date} at {time}", date=day, time=text[11:16])
    return t._("on {date}", date=day)


_MONTH_NAMES = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"),
                N_("June"), N_("July"), N_("August"), N_("September"), N_("October"),
                N_("November"), N_("December"))

#: How an event of each kind is named in a sentence when it has no title (context "event in a
#: sentence"): the words of the reports' event names, shorter where a sentence says the rest.
KIND_WORDS = {**EVENT_KINDS, "first_appearance": N_("first appearance")}


def event_label(event: Event) -> str:
    """How reasons name an event: its title with its date, or its kind and date; never its
    id."""
    t = current()
    if event.title:
        when = _date(event.date, t) if event.date is not None else t._("a date not recorded")
        return t._("{title} ({date})", title=event.title, date=when)
    kind = KIND_WORDS.get(event.kind)
    word = t.p_("event in a sentence", kind) if kind else event.kind.replace("_", " ")
    return t._("the {kind} {when}", kind=word, when=_when_text(event.date, t))


@attrs.frozen(eq=False)
class Fact:
    """One detail of one event (or the event itself, ``detail=None``) with its provenance.

    Two facts are the same fact when they name the same detail of the same event.
    """

    event: Event
    detail: str | None
    value: Any
    provenance: Provenance
    #: 'the search on 28 May 2025, warrant shown: alleged by an NGO; sources: Human Rights
    #: Watch', as reasons cite it (built by ``Context.fact``, which knows the source names).
    note: str = ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fact) and (other.event.id, other.detail) == (
            self.event.id, self.detail)

    def __hash__(self) -> int:
        return hash((self.event.id, self.detail))

    @property
    def standing(self) -> Standing:
        return self.provenance.standing



# --- decisions -------------------------------------------------------------------------------


@attrs.frozen
class Decision:
    """What a criterion decides for one subject, before it is dressed as a ``Finding``."""

    outcome: Outcome
    reasons: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    against: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    confidence: Confidence | None = None
    #: Citations that this decision adds to its criterion's, for the facts it turned on (CAT
    #: art 1 only where the record shows torture, art 16 for other ill-treatment).
    cites: tuple[Citation, ...] = ()
    #: The one treaty a breach rests on, where the others the criterion cites are met (the
    #: Covenant going further than the Convention): whether it bound the state decides it.
    rests_on: str | None = None
    #: The severity of this finding where what was at stake for the person sets it (undue delay
    #: while detained or facing the death penalty), in place of the criterion's own.
    severity: Severity | None = None


def _sourced(text: str, facts: Sequence[Fact]) -> str:
    if not facts:
        return text
    return f"{text} [{'; '.join(dict.fromkeys(f.note for f in facts))}]"


def _counter_claims(facts: Iterable[Fact]) -> tuple[str, ...]:
    out = []
    for f in facts:
        if f.standing is Standing.DISPUTED:
            who = _parties(f.provenance.disputed_by) or _("another party")
            claim = f.provenance.counter_claim or _("no counter-account is recorded")
            out.append(_("{event}: contested by {who}: {claim}", event=event_label(f.event),
                         who=who, claim=claim))
    return tuple(out)


def breach(reason: str, *facts: Fact, against: Sequence[str] = (),
           questions: Sequence[str] = (), proven: bool = True,
           claim_first: bool = True) -> Decision:
    """The standard was not met. Violation if every fact is established, else likely.

    ``proven=False`` caps the outcome at a likely violation: for a breach inferred from a claim
    whose event is established (a retraction made in court) but whose content is not.
    ``claim_first=False``: the reason says itself which of its parts rest on a claim (a
    weighing), so it is not prefixed.
    """
    standings = {f.standing for f in facts}
    if standings & REFUTED:
        # Allegation is not proof, and a claim a court or body rejected is less than that.
        return Decision(Outcome.NO_VIOLATION, (_(
            "Not shown: {claim} That rests on a claim found untrue, or examined and not found "
            "proven, so no violation can rest on it.", claim=_sourced(reason, facts)),),
            tuple(facts), tuple(against), (), Confidence.MEDIUM)
    if not proven and standings <= {Standing.ESTABLISHED}:
        outcome, confidence = Outcome.LIKELY_VIOLATION, Confidence.MEDIUM
    elif standings <= {Standing.ESTABLISHED}:
        outcome, confidence = Outcome.VIOLATION, Confidence.HIGH
    elif Standing.DISPUTED in standings:
        outcome, confidence = Outcome.LIKELY_VIOLATION, Confidence.LOW
    else:
        outcome, confidence = Outcome.LIKELY_VIOLATION, Confidence.MEDIUM
    text = _sourced(reason, facts)
    if claim_first and standings - {Standing.ESTABLISHED}:
        # A breach resting on a claim says so in its first words, not only in the sources.
        who = _parties(dict.fromkeys(p for f in facts if f.standing is not Standing.ESTABLISHED
                                     for p in f.provenance.asserted_by))
        text = (_("On the account of {who}, not established: {claim}", who=who, claim=text)
                if who else _("Not established: {claim}", claim=text))
    return Decision(outcome, (text,), tuple(facts),
                    (*_counter_claims(facts), *against), tuple(questions), confidence)


def compliant(reason: str, *facts: Fact, against: Sequence[str] = (),
              question_if_disputed: str | None = None) -> Decision:
    """The standard was met. A disputed compliance fact leaves the question open instead."""
    standings = {f.standing for f in facts}
    if Standing.DISPUTED in standings:
        question = question_if_disputed or _(
            "The record disputes this: {reason} Which account holds?", reason=reason)
        return Decision(Outcome.INSUFFICIENT, (_sourced(reason, facts),), tuple(facts),
                        (*_counter_claims(facts), *against), (question,), Confidence.LOW)
    confidence = Confidence.HIGH if standings <= {Standing.ESTABLISHED} else Confidence.MEDIUM
    return Decision(Outcome.NO_VIOLATION, (_sourced(reason, facts),), tuple(facts),
                    tuple(against), (), confidence)


def unknown(*questions: str, reason: str | None = None, facts: Sequence[Fact] = (),
            against: Sequence[str] = ()) -> Decision:
    """The record does not say: name what is missing as questions a monitor can answer."""
    reasons = (_sourced(reason, facts),) if reason else ()
    return Decision(Outcome.INSUFFICIENT, reasons, tuple(facts), tuple(against), questions)


def covenant_only(decision: Decision) -> Decision:
    """A decision on a standard only the Covenant sets (the Convention allowing what it
    forbids): the assessment reads it against the treaties that bound the state then."""
    return attrs.evolve(decision, rests_on="ICCPR")


def unless_recorded(decision: Decision, recorded: bool, question: str) -> Decision:
    """A breach that holds only if a detail the record lacks has the value the criterion
    assumed (the appeal was against the conviction, the hearing was part of the trial) asks
    ``question`` instead: a missing detail never carries a breach."""
    if recorded or decision.outcome not in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
        return decision
    return unknown(question, reason=decision.reasons[0], facts=decision.facts)


@functools.lru_cache(maxsize=1024)
def not_applicable(reason: str) -> Decision:
    return Decision(Outcome.NOT_APPLICABLE, (reason,))


def _distinct(decision: Decision) -> bool:
    parts = (decision.reasons, decision.facts, decision.against, decision.questions)
    if max(map(len, parts)) < 2:  # the usual case: nothing that could repeat
        return True
    return all(len(set(part)) == len(part) for part in parts)


_CONFIDENCE_RANK = {Confidence.LOW: 0, Confidence.MEDIUM: 1, Confidence.HIGH: 2}


def _severity(decision: Decision) -> int:
    return SEVERITY_OF_OUTCOME[decision.outcome]


def _unique_facts(groups: Iterable[tuple[Fact, ...]]) -> tuple[Fact, ...]:
    """``tuple(dict.fromkeys(f for g in groups for f in g))``. Decisions on many statements
    repeat the same fact objects (every statement rests on the allegations before it), so
    these are dropped by identity first, in C, and only the distinct objects are hashed as
    facts; the first of each fact is kept, in order, as before."""
    items = list(chain.from_iterable(groups))
    return tuple(dict.fromkeys(dict(zip(map(id, items), items, strict=True)).values()))


def worst(decisions: Iterable[Decision], *, empty: Decision) -> Decision:
    """Combine the decisions on several events: the worst outcome leads, the rest is kept."""
    items = list(decisions)
    if not items:
        return empty
    if len(items) == 1 and _distinct(items[0]):
        return items[0]  # what combining one decision with nothing would build, unchanged
    rank = max(SEVERITY_OF_OUTCOME[d.outcome] for d in items)
    same = [d for d in items if SEVERITY_OF_OUTCOME[d.outcome] == rank]
    lead = same[0]
    rated = [d.confidence for d in same if d.confidence]
    confidence = min(rated, key=_CONFIDENCE_RANK.__getitem__) if rated else lead.confidence
    against = [a for d in same for a in d.against]
    if lead.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
        against += [r for d in items if d.outcome is Outcome.NO_VIOLATION for r in d.reasons]
    return Decision(
        lead.outcome,
        tuple(dict.fromkeys(r for d in same for r in d.reasons)),
        _unique_facts(d.facts for d in same),
        tuple(dict.fromkeys(against)),
        # Questions behind the worse outcomes first.
        tuple(dict.fromkeys(q for d in sorted(items, key=_severity, reverse=True)
                            for q in d.questions)),
        confidence,
        tuple(dict.fromkeys(c for d in same for c in d.cites)),
        # Only if every breach that leads rests on that one treaty.
        lead.rests_on if all(d.rests_on == lead.rests_on for d in same) else None,
        # Likewise a severity of its own, only where every decision that leads has it.
        lead.severity if all(d.severity == lead.severity for d in same) else None,
    )


# --- weighing --------------------------------------------------------------------------------


class Toward(Doc):
    FAIRNESS = "fairness", "points to the standard being met"
    BREACH = "breach", "points to a breach"


@attrs.frozen
class Factor:
    """One recorded circumstance in a balancing test, which way it points and how heavily
    (1 some weight, 2 considerable, 3 heavy), with the facts it rests on."""

    text: str
    toward: Toward
    weight: int = 1
    facts: tuple[Fact, ...] = ()


@attrs.frozen
class Missing:
    """A circumstance the test weighs that the record does not give: the question that would
    supply it, and how heavily its answer could count."""

    question: str
    weight: int = 1


def read_yes_no(fact: Fact, factors: list[Factor], missing: list[Missing], *,
                yes: tuple[str, Toward, int] | None = None,
                no: tuple[str, Toward, int] | None = None,
                ask: tuple[str, int] | None = None, also: Sequence[Fact] = ()) -> None:
    """What one yes-or-no detail adds to a weighing: the factor its answer gives (``yes`` or
    ``no``: text, direction, weight), or, unrecorded, the question ``ask`` with the weight its
    answer could carry. ``also`` are facts a factor toward a breach rests on besides this one
    (the refusal it weighs)."""
    answer = {True: yes, False: no}.get(fact.value) if isinstance(fact.value, bool) else None
    if answer is not None:
        text, toward, weight = answer
        rests = (*also, fact) if toward is Toward.BREACH else (fact,)
        factors.append(Factor(text, toward, weight, rests))
    elif fact.value is None and ask is not None:
        missing.append(Missing(*ask))


def numbered(texts: Iterable[str]) -> str:
    """'(1) first (2) second': the points of a weighing as its reasons list them."""
    return " ".join(f"({n}) {text}" for n, text in enumerate(texts, 1))


def _listed(factors: Sequence[Factor]) -> str:
    return numbered(f.text for f in factors)


def weigh(test: str, factors: Sequence[Factor], missing: Sequence[Missing] = (), *,
          presumption: Factor | None = None, breach_text: str, fair_text: str,
          side: str | None = None, burden_on_state: bool = False,
          convincingly: bool = False, tie_question: str | None = None) -> Decision:
    """A balancing test, as courts apply one: every recorded factor is named for and against,
    the balance is stated with its strength, and where the factors the record lacks could
    tip it, the finding asks for them instead of deciding.

    ``presumption`` is a factor that sets the starting point (the stricter scrutiny where no
    compelling reason for a restriction was shown): it counts in the balance like the others.
    ``side`` names what the factors for compliance support ("fairness", the default, or "the
    restriction"), already in the current language. ``burden_on_state``: the State must show
    compliance convincingly (Ibrahim §265), so an even balance with nothing left to record is
    a breach, not an open question. ``convincingly``: more than that, a balance that tips
    only narrowly toward compliance does not show it convincingly either (Ibrahim §265, where
    no compelling reason for a restriction was shown). ``tie_question``: what to ask where the
    recorded factors weigh the same and nothing is missing, if the criterion can name it.
    """
    side = side or _("fairness")
    refuted = [f for f in factors if f.toward is Toward.BREACH
               and any(x.standing in REFUTED for x in f.facts)]
    factors = [f for f in factors if f not in refuted]
    counted = [*factors, *([presumption] if presumption else [])]
    against = [f for f in counted if f.toward is Toward.BREACH]
    for_ = [f for f in counted if f.toward is Toward.FAIRNESS]
    score = sum(f.weight for f in for_) - sum(f.weight for f in against)
    open_weight = sum(m.weight for m in missing)
    parts = [test]
    if against:
        parts.append(_("Against {side}: {factors}", side=side, factors=_listed(against)))
    if for_:
        parts.append(_("For {side}: {factors}", side=side, factors=_listed(for_)))
    if refuted:
        parts.append(_("Not counted, as found untrue or examined and not found proven: "
                       "{factors}", factors=_listed(refuted)))
    if missing:
        parts.append(_("Not recorded: {questions}",
                       questions=" ".join(m.question for m in missing)))
    facts = _unique_facts(f.facts for f in against)
    fair_facts = _unique_facts(f.facts for f in for_)
    if score == 0 and not missing and burden_on_state:
        parts.append(_("On what is recorded the factors for and against weigh the same, and "
                       "the State, which must show it convincingly, has not shown otherwise: "
                       "{conclusion}", conclusion=breach_text))
        return _narrow(breach(" ".join(_claimed(parts, facts)), *facts,
                              against=tuple(f.text for f in for_), claim_first=False))
    if abs(score) <= open_weight or score == 0:
        parts.append(_("On what is recorded the balance is open: the missing factors could "
                       "decide it.") if missing else
                     _("On what is recorded the factors for and against weigh the same: other "
                       "circumstances would have to decide it."))
        return Decision(Outcome.INSUFFICIENT, (" ".join(parts),), (*facts, *fair_facts),
                        questions=tuple(m.question for m in missing) or (
                            tie_question or _("Which other circumstances of the trial bear on "
                                              "its fairness as a whole?"),))
    clearly = abs(score) - open_weight >= 3
    if score > 0 and not clearly and convincingly and missing:
        parts.append(_("On what is recorded the balance tips only narrowly toward {side}, which "
                       "the State must show convincingly: the missing factors could decide it.",
                       side=side))
        return Decision(Outcome.INSUFFICIENT, (" ".join(parts),), (*facts, *fair_facts),
                        questions=tuple(m.question for m in missing))
    if score > 0 and not clearly and convincingly:
        parts.append(_("The balance tips only narrowly toward {side}, and the State, which must "
                       "show it convincingly, has not: {conclusion}", side=side,
                       conclusion=breach_text))
        return _narrow(breach(" ".join(_claimed(parts, facts)), *facts,
                              against=tuple(f.text for f in for_), claim_first=False,
                              questions=tuple(m.question for m in missing)))
    if score < 0:
        parts.append(_("The balance tips clearly against {side}: {conclusion}", side=side,
                       conclusion=breach_text) if clearly else
                     _("The balance tips narrowly against {side}: {conclusion}", side=side,
                       conclusion=breach_text))
        decision = breach(" ".join(_claimed(parts, facts)), *facts, claim_first=False,
                          against=tuple(f.text for f in for_),
                          questions=tuple(m.question for m in missing))
        return decision if clearly else _narrow(decision)
    parts.append(_("The balance tips clearly toward {side}: {conclusion}", side=side,
                   conclusion=fair_text) if clearly else
                 _("The balance tips narrowly toward {side}: {conclusion}", side=side,
                   conclusion=fair_text))
    return compliant(" ".join(parts), *fair_facts, against=tuple(f.text for f in against))


def _claimed(parts: list[str], facts: Sequence[Fact]) -> list[str]:
    """The weighing's parts, and where factors against rest on a claim, whose."""
    who = _parties(dict.fromkeys(p for f in facts if f.standing is not Standing.ESTABLISHED
                                 for p in f.provenance.asserted_by))
    if not who:
        return parts
    return [*parts[:-1], _("Some of the factors against rest on the account of {who}, not "
                           "established.", who=who), parts[-1]]


def _narrow(decision: Decision) -> Decision:
    """A breach the balance only narrowly shows: at most medium confidence."""
    if decision.confidence is Confidence.HIGH:
        return attrs.evolve(decision, confidence=Confidence.MEDIUM)
    return decision


# --- criteria and context --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Criterion:
    """One question of the checklist, its sources, and the function that answers it."""

    id: str
    area: Area
    title: str
    question: str
    citations: tuple[Citation, ...]
    severity: Severity
    reads: tuple[str, ...]
    decide: Callable[[Context], Decision] = attrs.field(eq=False, repr=False)
    per_person: bool = True
    depends_on: tuple[str, ...] = ()
    affects_outcome: bool = False
    #: The question arises only once a trial took place: for proceedings that ended before
    #: trial (discontinued, discharged) it does not apply. Tribunal and judgment criteria are
    #: always of this kind.
    at_trial: bool = False
    #: The criterion whose weighing of the proceedings as a whole decides whether a breach of
    #: this one is a violation (Ibrahim §274; Beuze §150: a factor, not a rule). A breach here
    #: stands only where that weighing finds the proceedings unfair.
    weighed_in: str | None = None
    #: The details (as in ``reads``) that, when true or given, claim a breach of this
    #: criterion: one examined and not found proven, where nothing else arises, is no
    #: violation that says so rather than a question that does not arise.
    claims: tuple[str, ...] = ()

    @property
    def trial_only(self) -> bool:
        return self.at_trial or self.area in (Area.TRIBUNAL, Area.JUDGMENT)

    def __reduce__(self) -> tuple[Any, ...]:
        # A decision function may be a closure, which does not pickle: a built-in criterion
        # travels by its id (so a checklist can be sent to worker processes, by Dask or any
        # engine); any other pickles field by field, as far as its function does.
        from fairtrial.checklist._pickle import builtin_criterion, criterion_from, is_builtin

        if is_builtin(self):
            return builtin_criterion, (self.id,)
        return criterion_from, (attrs.asdict(self, recurse=False),)


@attrs.frozen(kw_only=True)
class Finding:
    """A criterion's answer for one person (or for the case, ``subject=None``)."""

    criterion: str
    title: str
    area: Area
    subject: str | None
    outcome: Outcome
    confidence: Confidence | None
    reasoning: tuple[str, ...]
    relied_on: tuple[str, ...]
    against: tuple[str, ...]
    questions: tuple[str, ...]
    citations: tuple[tuple[Citation, str], ...]
    severity: Severity
    affects_outcome: bool

    @property
    def is_breach(self) -> bool:
        return self.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION)


class Context:
    """What a decision function sees: the case, the person, and earlier findings."""

    def __init__(self, case: Case, person: Person | None,
                 findings: dict[tuple[str, str | None], Finding]) -> None:
        self.case = case
        self.person = person
        self._findings = findings
        self._subject = person.id if person else None
        #: The language of the reasons: facts' notes and other text are memoised per language.
        self.t = current()
        # Every criterion asks for the same few kinds: one lookup each per person, not per call.
        self._events: dict[type[Event], tuple[Event, ...]] = {}

    @property
    def name(self) -> str:
        return self.person.name if self.person else self.t._("the defendants")

    def events(self, kind: type[E]) -> tuple[E, ...]:
        """Events of a kind concerning this person (all of them for a case-level criterion)."""
        found = self._events.get(kind)
        if found is None:
            found = self._events[kind] = self.case.events_of(kind, self._subject)
        return found  # type: ignore[return-value]

    def all_events(self, kind: type[E]) -> tuple[E, ...]:
        return self.case.events_of(kind)

    def fact(self, event: Event, detail: str | None = None) -> Fact:
        """A detail with its provenance; a denied detail reads as unknown."""
        # The same for every person and criterion, so built once per case.
        key = ("fact", event.id, detail, self.t.code)
        memo = self.case._memo
        fact: Fact | None = memo.get(key)
        if fact is None:
            prov = event.provenance_of(detail) if detail else event.provenance
            value = getattr(event, detail) if detail else event
            if prov.standing in REFUTED:
                value = None
            label = event_label(event)
            if detail:
                label = self.t._("{event}, {detail}", event=label, detail=self.t.p_(
                    "detail", detail.replace("_", " ")))
            fact = memo[key] = Fact(event, detail, value, prov, self.t._(
                "{fact}: {provenance}", fact=label, provenance=self._provenance(prov)))
        return fact

    def _provenance(self, prov: Provenance) -> str:
        def build() -> str:
            names = [getattr(self.case._by_id.get(s), "publisher", s) for s in prov.sources]
            return self.t.n_("{head}; source: {sources}", "{head}; sources: {sources}",
                             len(names), head=provenance_head(prov),
                             sources=", ".join(dict.fromkeys(names)))
        return self.once(("provenance", prov), build)

    def label(self, event: Event) -> str:
        """The event as a sentence names it: its title, or its kind and date."""
        return event_label(event)

    def once(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """``build()``, computed once per case under ``key``: for indexes that several criteria
        or persons share. Put the person in the key when the result depends on them."""
        memo = self.case._memo
        # Text built in one language must not be served in another.
        key = (*key, self.t.code)
        if key not in memo:
            memo[key] = build()
        found: T = memo[key]
        return found

    def finding(self, criterion: str) -> Finding:
        """The finding of a criterion this one depends on, for the same subject."""
        subject = self.person.id if self.person else None
        found = self._findings.get((criterion, subject)) or self._findings[(criterion, None)]
        return found

    def first(self, events: Sequence[E]) -> E | None:
        """The earliest dated event, or the first listed if none is dated."""
        dated = [e for e in events if e.date is not None]
        if dated:
            return min(dated, key=lambda e: e.date.sort_key())  # type: ignore[union-attr]
        return events[0] if events else None

    @staticmethod
    def not_before(events: Iterable[E], start: Event) -> list[E]:
        """The events not certainly earlier than ``start`` (all of them if it is undated):
        what happened before an arrest says nothing of what followed it."""
        if start.date is None:
            return list(events)
        return [e for e in events if e.date is None or e.date.before(start.date) is not Tri.YES]

    def when(self, event: Event) -> str:
        return _when_text(event.date, self.t)

    def when_text(self, when: When | None) -> str:
        return _when_text(when, self.t)


def by_detail(ctx: Context, events: Iterable[Event], detail: str, *, bad: object,
              said_bad: str, said_good: str, ask: str, empty: Decision) -> Decision:
    """The common rule "this detail of each such event must not be ``bad``".

    The texts are message templates (marked with ``N_`` where they are written) with
    ``{name}`` (the person) and ``{what}`` (the event, with its date); an unrecorded detail asks
    ``ask``.
    """

    def one(event: Event) -> Decision:
        fact = ctx.fact(event, detail)
        what = ctx.label(event)
        words = {"name": ctx.name, "what": what}
        if fact.value is None:
            return unknown(ctx.t._(ask, **words))
        text = ctx.t._(said_bad if fact.value == bad else said_good, **words)
        text = text[0].upper() + text[1:]
        return breach(text, fact) if fact.value == bad else compliant(text, fact)

    return worst((one(e) for e in events), empty=empty)
