"""D. Interrogation and confessions: no compulsion to confess, investigation of coercion, and
exclusion of coerced statements and of what they led to (ICCPR arts 7, 14(3)(g); CAT arts 12-15).

The standards distinguish (standards.md §2.1): statements obtained by torture or inhuman
treatment can never be used (Gäfgen, Harutyunyan; CAT art 15; GC20 para 12); statements obtained
by other undue pressure breach art 14(3)(g) (GC32 para 41); real evidence found through torture
can never be used, but real evidence found through inhuman treatment makes the trial unfair only
if it affected the outcome (Gäfgen, Jalloh).
"""

from __future__ import annotations

from collections.abc import Callable

from fairtrial._model import (
    Confession,
    IllTreatment,
    Interrogation,
    Investigation,
    Retraction,
    Statement,
    Verdict,
)
from fairtrial._vocab import InvestigationOutcome, Party, Standing, Treatment
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Fact,
    Severity,
    body_of_principles,
    breach,
    cat,
    compliant,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    prosecutors,
    unknown,
    worst,
)

_GC32_41 = general_comment(32, "41", confirmed=False)


def _coercion(ctx: Context) -> Decision:
    decisions = []
    for t in ctx.events(IllTreatment):
        if t.to_obtain_statement is False:
            continue
        kinds = ", ".join(k.value.replace("_", " ") for k in t.treatment) or "pressure"
        decisions.append(breach(f"{ctx.name} was subjected to {kinds} to obtain a statement "
                                f"{ctx.when(t)} ({t.id}).", ctx.fact(t)))
    for r in ctx.events(Retraction):
        if r.alleges_coercion and not decisions:
            decisions.append(breach(f"{ctx.name} retracted statements {ctx.when(r)} saying they "
                                    f"had been coerced: {r.reason or 'no detail recorded'}.",
                                    ctx.fact(r, "alleges_coercion"), proven=False))
    if decisions:
        return worst(decisions, empty=not_applicable(""))
    statements = _links.pretrial_statements(ctx)
    if not statements:
        return not_applicable(f"No statement or confession of {ctx.name} is recorded.")
    with_counsel = [f for s in statements
                    if (f := _links.counsel_at(ctx, s)) is not None and f.value is True]
    if len(with_counsel) == len(statements):
        return compliant(f"{ctx.name}'s statements were made with a lawyer present and no "
                         "coercion is alleged.", *with_counsel)
    return unknown(f"Were {ctx.name}'s statements given freely, without threats, promises or "
                   "other pressure?")


COERCION = Criterion(
    id="confessions.coercion",
    area=Area.CONFESSIONS,
    title="No pressure to confess",
    question="Was the person free from physical or undue psychological pressure, threats or "
             "promises aimed at obtaining a confession?",
    citations=(iccpr("14(3)(g)"), _GC32_41, body_of_principles("21", confirmed=False), cat("1"),
               hrc_views("Kurmanbekov (Tashtanova) v Kyrgyzstan, comm. no. 2723/2016, "
                         "14 March 2023")),
    severity=Severity.GRAVE,
    reads=("ill_treatment.to_obtain_statement", "retraction.alleges_coercion",
           "confession.counsel_present"),
    decide=_coercion,
)


def _court_examined(ctx: Context) -> list[Fact]:
    return [ctx.fact(v, "addressed_retraction") for v in ctx.events(Verdict)]


def _inquiries_into(ctx: Context, allegation: str) -> list[Investigation]:
    """Investigations into ``allegation``, from an index built once per case."""
    def build() -> dict[str, list[Investigation]]:
        index: dict[str, list[Investigation]] = {}
        for i in ctx.all_events(Investigation):
            for target in dict.fromkeys(i.into):
                index.setdefault(target, []).append(i)
        return index

    return ctx.once(("inquiries",), build).get(allegation, [])


def _investigated(ctx: Context) -> Decision:
    allegations = ctx.events(IllTreatment)
    if not allegations:
        return not_applicable(f"No ill-treatment or coercion of {ctx.name} is alleged.")

    def one(t: IllTreatment, what: str) -> list[Decision]:
        decisions = []
        for i in _inquiries_into(ctx, t.id):
            outcome, independent = ctx.fact(i, "outcome"), ctx.fact(i, "independent")
            if outcome.value is InvestigationOutcome.NOT_OPENED:
                decisions.append(breach(f"No investigation of {what} was opened.", outcome))
            elif independent.value is False:
                decisions.append(breach(f"The inquiry into {what} was not independent.",
                                        independent))
            elif independent.value is True or outcome.value is InvestigationOutcome.CONFIRMED:
                decisions.append(compliant(f"{what[0].upper()}{what[1:]} was investigated "
                                           f"({i.id}, {ctx.when(i)}).", ctx.fact(i)))
            else:
                decisions.append(unknown(f"Was the inquiry {i.id} into {what} prompt and "
                                         "independent?"))
        return decisions

    decisions: list[Decision] = []
    uninvestigated: list[str] = []
    for t in allegations:
        what = f"the alleged ill-treatment {ctx.when(t)} ({t.id})"
        if found := one(t, what):
            decisions.append(worst(found, empty=not_applicable("")))
        else:
            uninvestigated.append(what)
    raised = [ctx.fact(r, "alleges_coercion") for r in ctx.events(Retraction)
              if r.alleges_coercion]
    ignored = [f for f in _court_examined(ctx) if f.value is False]
    if uninvestigated and raised and ignored:
        # One statement for all of them: the same retraction and verdict bear on each.
        decisions.append(breach(f"{ctx.name} told the court of coercion, the verdict did not "
                                f"examine it, and no investigation of "
                                f"{', '.join(uninvestigated)} is recorded.", *raised, *ignored))
    else:
        decisions.extend(unknown(f"Was {what} investigated promptly and impartially, by a body "
                                 "independent of those accused?") for what in uninvestigated)
    return worst(decisions, empty=not_applicable(""))


INVESTIGATED = Criterion(
    id="confessions.allegation-investigated",
    area=Area.CONFESSIONS,
    title="Allegations of coercion investigated",
    question="Was every allegation or sign of ill-treatment or coercion investigated promptly "
             "and impartially, even without a formal complaint?",
    citations=(cat("12"), cat("13"), cat("16"), iccpr("7"), iccpr("2(3)"),
               general_comment(20, "14", confirmed=False),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.SERIOUS,
    reads=("investigation.into", "investigation.outcome", "investigation.independent",
           "retraction.alleges_coercion", "verdict.addressed_retraction"),
    decide=_investigated,
)


def _retraction_examined(ctx: Context) -> Decision:
    retractions = [r for r in ctx.events(Retraction) if r.alleges_coercion]
    if not retractions:
        return not_applicable(f"{ctx.name} did not retract a statement as coerced.")
    verdicts = ctx.events(Verdict)
    if not verdicts:
        return unknown("Has the court yet ruled on the retraction and the claim of coercion?")
    claim = ctx.fact(retractions[0], "alleges_coercion")

    def one(v: Verdict) -> Decision:
        examined = ctx.fact(v, "addressed_retraction")
        if examined.value is False:
            return breach(f"{ctx.name} retracted the confession as coerced "
                          f"{ctx.when(retractions[0])}; the verdict {ctx.when(v)} did not "
                          "examine the claim or require the prosecution to prove the statements "
                          "voluntary.", claim, examined)
        if examined.value is True:
            return compliant(f"The verdict {ctx.when(v)} examined the retraction and the claim of "
                             "coercion.", examined)
        return unknown(f"Did the verdict {ctx.when(v)} examine the retraction, and who bore the "
                       "burden of proving the statements voluntary?")

    return worst((one(v) for v in verdicts), empty=not_applicable(""))


RETRACTION_EXAMINED = Criterion(
    id="confessions.retraction-examined",
    area=Area.CONFESSIONS,
    title="A retraction for coercion examined by the court",
    question="When a confession was retracted as coerced, did the court examine the claim and "
             "put the burden on the State to prove the statement voluntary?",
    citations=(_GC32_41, iccpr("14(3)(g)"),
               ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
                     "§274(f)", confirmed=True)),
    severity=Severity.GRAVE,
    reads=("retraction.alleges_coercion", "verdict.addressed_retraction"),
    decide=_retraction_examined,
    affects_outcome=True,
)


def _tainted(ctx: Context) -> list[tuple[Confession | Statement, tuple[Fact, ...]]]:
    return [(s, c) for s in _links.pretrial_statements(ctx) if (c := _links.coercion_of(ctx, s))]


def _established(facts: tuple[Fact, ...]) -> bool:
    return any(f.standing is Standing.ESTABLISHED and f.detail != "alleges_coercion"
               for f in facts)


def _statement_used(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    if not tainted:
        return not_applicable(f"No statement of {ctx.name} is said to have been coerced.")

    def one(s: Confession | Statement, coercion: tuple[Fact, ...]) -> Decision:
        how, use = _links.reliance(ctx, s)
        what = f"the statement {ctx.when(s)} ({s.id})"
        if how == "excluded":
            return compliant(f"{what[0].upper()}{what[1:]}, said to be coerced, was excluded.",
                             *use)
        if how == "unknown":
            return unknown(f"Was {what}, said to be coerced, used in evidence?")
        used = "The conviction relied on" if how == "relied" else "The court admitted"
        if _established(coercion):
            return breach(f"{used} {what}, which was obtained by coercion; a statement obtained "
                          "by ill-treatment or undue pressure may never be used.",
                          *coercion, *use)
        unexamined = [f for f in _court_examined(ctx) if f.value is False]
        if unexamined:
            return breach(f"{used} {what}, though {ctx.name} said it was coerced; the court did "
                          "not examine the claim, so the State did not discharge its burden of "
                          "proving the statement voluntary.", *use, *unexamined,
                          against=tuple(f"Coercion itself is {f.standing.value} ({f.event.id})"
                                        for f in coercion))
        if any(f.value is True for f in _court_examined(ctx)):
            return unknown("Did the court require the prosecution to prove the statement "
                           "voluntary, and on what evidence did it reject the claim?",
                           reason=f"{used} {what} after examining the claim of coercion.",
                           facts=use)
        return breach(f"{used} {what}, which {ctx.name} says was coerced.", *coercion, *use)

    return worst((one(s, c) for s, c in tainted), empty=not_applicable(""))


STATEMENT_USED = Criterion(
    id="confessions.coerced-statement-used",
    area=Area.CONFESSIONS,
    title="Coerced statements not used in evidence",
    question="Was any statement obtained by torture, ill-treatment or undue pressure kept out "
             "of evidence?",
    citations=(
        cat("15"), iccpr("14(3)(g)"), iccpr("7"),
        general_comment(32, "6", confirmed=True), _GC32_41,
        general_comment(20, "12", confirmed=False),
        ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010", "§§165-167"),
        ecthr("Harutyunyan v Armenia, no. 36549/03, 28 June 2007", "§§63-66"),
    ),
    severity=Severity.GRAVE,
    reads=("ill_treatment", "retraction.alleges_coercion", "evidence.derived_from",
           "evidence.ruling", "verdict.relied_on", "verdict.addressed_retraction"),
    decide=_statement_used,
    depends_on=("confessions.coercion",),
    affects_outcome=True,
)


def _is_torture(facts: tuple[Fact, ...]) -> bool:
    for f in facts:
        event = f.event
        if isinstance(event, IllTreatment) and (
                event.characterised_as is Treatment.TORTURE
                or (event.characterised_as is None and Treatment.TORTURE in event.treatment)):
            return True
    return False


def _derived(ctx: Context) -> Decision:
    decisions = []
    for s, coercion in _tainted(ctx):
        how, use = _links.reliance(ctx, s, as_statement=False)
        if how == "excluded":
            decisions.append(compliant(f"Real evidence found through the coerced statement "
                                       f"{s.id} was excluded.", *use))
            continue
        derived = _links.evidence_from(ctx, s.id)
        if how == "unknown":
            found = [e for e in derived if e.evidence_kind not in _links.STATEMENT_KINDS]
            if found:
                decisions.append(unknown(f"Did the court admit {', '.join(e.id for e in found)}, "
                                         f"found through the coerced statement {s.id}?"))
            continue
        what = f"real evidence found through the coerced statement {s.id}"
        if _is_torture(coercion):
            decisions.append(breach(f"The court used {what}; evidence obtained through torture "
                                    "may never be used.", *coercion, *use))
            continue
        derived_ids = {e.id for e in derived}
        other = [v for v in _links.convictions(ctx) if set(v.relied_on) - derived_ids - {s.id}]
        if how == "relied" and not other:
            decisions.append(breach(f"The conviction rested on {what}, with nothing else "
                                    "independent of it.", *coercion, *use))
        elif how == "relied":
            basis = ", ".join(sorted(set(other[0].relied_on) - derived_ids))
            decisions.append(compliant(
                f"The court admitted {what}, but the conviction rested on other evidence as "
                f"well ({basis}); evidence found through ill-treatment short of torture makes "
                "the trial unfair only if it affected the outcome.", *use,
                against=(f"The coercion ({', '.join(f.event.id for f in coercion)}) remains a "
                         "breach in its own right.",)))
        else:
            decisions.append(compliant(f"The court admitted {what} but no conviction is "
                                       "recorded as relying on it.", *use))
    return worst(decisions, empty=not_applicable(
        f"No evidence found through a coerced statement of {ctx.name} was used."))


DERIVED_EVIDENCE = Criterion(
    id="confessions.derived-evidence",
    area=Area.CONFESSIONS,
    title="Evidence found through coercion",
    question="Was real evidence found through a coerced statement used, and, if the coercion "
             "fell short of torture, did it affect the outcome?",
    citations=(
        ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010", "§178"),
        ecthr("Jalloh v Germany [GC], no. 54810/00, 11 July 2006", "§§94-123"),
        cat("15"), general_comment(32, "6", confirmed=True),
    ),
    severity=Severity.GRAVE,
    reads=("evidence.derived_from", "evidence.ruling", "ill_treatment.characterised_as",
           "verdict.relied_on"),
    decide=_derived,
    depends_on=("confessions.coercion",),
    affects_outcome=True,
)


def _interrogation_detail(detail: str, bad: object, bad_text: str, good_text: str,
                          question: str) -> Callable[[Context], Decision]:
    def decide(ctx: Context) -> Decision:
        def one(i: Interrogation) -> Decision:
            fact = ctx.fact(i, detail)
            what = f"the questioning {ctx.when(i)} ({i.id})"
            if fact.value is None:
                return unknown(question.format(name=ctx.name, what=what))
            if fact.value == bad:
                return breach(bad_text.format(name=ctx.name, what=what), fact)
            return compliant(good_text.format(name=ctx.name, what=what), fact)

        return worst((one(i) for i in ctx.events(Interrogation)),
                     empty=not_applicable(f"No questioning of {ctx.name} is recorded."))

    return decide


RECORDED = Criterion(
    id="confessions.interrogation-recorded",
    area=Area.CONFESSIONS,
    title="Interrogations recorded",
    question="Were the time, length and participants of each interrogation recorded and "
             "available to the defence?",
    citations=(body_of_principles("23", confirmed=False),),
    severity=Severity.MINOR,
    reads=("interrogation.recorded",),
    decide=_interrogation_detail(
        "recorded", False, "No record was kept of {what}.", "{what} was recorded.",
        "Were the time, length and participants of {what} recorded?"),
)

AS_WITNESS = Criterion(
    id="confessions.questioned-as-witness",
    area=Area.CONFESSIONS,
    title="Not questioned as a 'witness' while a suspect",
    question="Was the person, already a suspect, questioned formally as a witness without the "
             "safeguards due to a suspect?",
    citations=(ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016"),
               iccpr("14(3)(g)")),
    severity=Severity.SERIOUS,
    reads=("interrogation.as_witness",),
    decide=_interrogation_detail(
        "as_witness", True, "{name} was questioned as a witness, though a suspect, at {what}.",
        "{name} was questioned as a suspect, with a suspect's safeguards, at {what}.",
        "Was {name} questioned at {what} as a suspect, or formally as a witness?"),
)


def _prosecutor(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    if not tainted:
        return not_applicable(f"No statement of {ctx.name} is said to have been coerced.")
    decisions = []
    for s, coercion in tainted:
        for e in _links.evidence_from(ctx, s.id):
            if e.evidence_kind not in _links.STATEMENT_KINDS:
                continue
            offered = ctx.fact(e, "offered_by")
            if offered.value is Party.PROSECUTION:
                decisions.append(breach(f"The prosecution put forward {e.id}, which comes from "
                                        f"the statement {s.id} said to be coerced.", offered,
                                        *coercion))
            elif offered.value is not None:
                decisions.append(compliant(f"The prosecution did not put forward {e.id}.",
                                           offered))
            else:
                decisions.append(unknown(f"Who put forward {e.id}, which comes from the "
                                         f"statement {s.id} said to be coerced?"))
    return worst(decisions, empty=unknown(
        "Did the prosecution use, or decline to use, the statements said to be coerced?"))


PROSECUTOR_DUTY = Criterion(
    id="confessions.prosecutor-declined",
    area=Area.CONFESSIONS,
    title="Prosecutor declined tainted evidence",
    question="Did the prosecutor refuse to use evidence obtained by unlawful methods such as "
             "ill-treatment, and report it to the court?",
    citations=(prosecutors("16"),),
    severity=Severity.SERIOUS,
    reads=("evidence.offered_by", "evidence.derived_from", "ill_treatment"),
    decide=_prosecutor,
)

CRITERIA = (COERCION, INVESTIGATED, RETRACTION_EXAMINED, STATEMENT_USED, DERIVED_EVIDENCE,
            RECORDED, AS_WITNESS, PROSECUTOR_DUTY)
