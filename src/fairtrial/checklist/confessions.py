"""D. Interrogation and confessions: no compulsion to confess, investigation of coercion, and
exclusion of coerced statements and of what they led to (ICCPR arts 7, 14(3)(g); CAT arts 12-15).

The standards distinguish (standards.md §2.1): statements obtained by torture or inhuman
treatment can never be used (Gäfgen, Harutyunyan; CAT art 15; GC20 para 12); statements obtained
by other undue pressure breach art 14(3)(g) (GC32 para 41); real evidence found through torture
can never be used, but real evidence found through inhuman treatment makes the trial unfair only
if it affected the outcome (Gäfgen, Jalloh).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from fairtrial._model import (
    BodilyIntervention,
    Confession,
    Event,
    IllTreatment,
    Interrogation,
    Investigation,
    Retraction,
    Statement,
    Verdict,
)
from fairtrial._vocab import (
    IllTreatmentContext,
    InvestigationOutcome,
    Party,
    QuestionedAs,
    Standing,
    Treatment,
    Weight,
)
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Citation,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Missing,
    Outcome,
    Severity,
    Toward,
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
    weigh,
    worst,
)
from fairtrial.checklist._once import Allegations

_GC32_41 = general_comment(32, "41", confirmed=False)


def _cat(facts: Sequence[Fact]) -> tuple[Citation, ...]:
    """CAT art 1 (and art 15 on statements) only where the record shows torture; art 16 for
    other cruel, inhuman or degrading treatment."""
    events = [f.event for f in facts if isinstance(f.event, IllTreatment)]
    if any(_links.is_torture(t) for t in events):
        return (cat("1"), cat("15"))
    # Promises or pressure short of ill-treatment engage ICCPR art 14(3)(g), not the CAT.
    return (cat("16"),) if any(_links.reaches_art7(t) for t in events) else ()


def _coercion(ctx: Context) -> Decision:
    decisions = []
    for t in ctx.events(IllTreatment):
        words, when = _links.treatment_words(t), ctx.when(t)
        if t.to_obtain_statement is True or (
                t.to_obtain_statement is None
                and t.context is IllTreatmentContext.INTERROGATION):
            aim = "to obtain a statement" if t.to_obtain_statement else "during questioning"
            fact = ctx.fact(t)
            decisions.append(attrs.evolve(
                breach(f"{ctx.name} was subjected to {words} {aim} {when}.", fact),
                cites=_cat((fact,))))
        elif t.to_obtain_statement is None and t.context is None:
            # Never assume the purpose: ill-treatment is not, for that alone, pressure to
            # confess.
            decisions.append(unknown(f"Was the ill-treatment of {ctx.name} {when} ({words}) "
                                     "aimed at obtaining a confession or statement?"))
    for r in ctx.events(Retraction):
        if r.alleges_coercion and not any(d.outcome is not Outcome.INSUFFICIENT
                                          for d in decisions):
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
    citations=(iccpr("14(3)(g)"), iccpr("7"), _GC32_41,
               body_of_principles("21", confirmed=False),
               hrc_views("Kurmanbekov (Tashtanova) v Kyrgyzstan, comm. no. 2723/2016, "
                         "14 March 2023")),
    severity=Severity.GRAVE,
    reads=("ill_treatment.to_obtain_statement", "ill_treatment.context",
           "retraction.alleges_coercion", "confession.counsel_present"),
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
            elif (slow := ctx.fact(i, "prompt")).value is False:
                decisions.append(breach(f"The inquiry into {what} was not opened promptly.",
                                        slow))
            elif (thin := ctx.fact(i, "effective")).value is False:
                decisions.append(breach(f"The inquiry into {what} was not thorough: those "
                                        "concerned were not heard, or the medical evidence was "
                                        "not gathered.", thin))
            elif (unpunished := ctx.fact(i, "officers_sanctioned")).value is False and (
                    outcome.value is InvestigationOutcome.CONFIRMED
                    or t.provenance.standing is Standing.ESTABLISHED) and (
                    # The duty is one of means: officers tried and acquitted were not left
                    # unpunished by the State.
                    i.officers_tried is not True):
                # An inquiry must be capable of leading to the punishment of those responsible;
                # ill-treatment found and left untried fails that duty.
                found = outcome if outcome.value is InvestigationOutcome.CONFIRMED \
                    else ctx.fact(t)
                tried = ctx.fact(i, "officers_tried")
                if tried.value is None:
                    decisions.append(unknown(
                        f"Were the officers responsible for {what} brought to trial or "
                        "disciplinary proceedings, whatever their outcome?",
                        reason=f"{what[0].upper()}{what[1:]} was found to have happened, and "
                               "no officer was punished.", facts=(found, unpunished)))
                else:
                    decisions.append(attrs.evolve(
                        breach(f"{what[0].upper()}{what[1:]} was found to have happened, but "
                               "the officers responsible were never brought to trial or "
                               "disciplinary proceedings.", found, unpunished, tried),
                        cites=(*((cat("4"),) if _links.is_torture(t) else ()),
                               general_comment(31, "18", confirmed=False))))
            elif independent.value is True or outcome.value is InvestigationOutcome.CONFIRMED:
                decisions.append(compliant(f"{what[0].upper()}{what[1:]} was investigated "
                                           f"({ctx.label(i)}).", ctx.fact(i)))
            else:
                decisions.append(unknown(f"Was {ctx.label(i)} into {what} prompt and "
                                         "independent?"))
        return decisions

    decisions: list[Decision] = []
    uninvestigated: list[str] = []
    for t in allegations:
        what = f"the alleged ill-treatment {ctx.when(t)} ({_links.treatment_words(t)})"
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
             "and impartially, even without a formal complaint, and were those found "
             "responsible punished?",
    citations=(cat("12"), cat("13"), cat("16"), iccpr("7"), iccpr("2(3)"),
               general_comment(20, "14", confirmed=False),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.SERIOUS,
    reads=("investigation.into", "investigation.outcome", "investigation.independent",
           "investigation.prompt", "investigation.effective",
           "investigation.officers_sanctioned", "investigation.officers_tried",
           "retraction.alleges_coercion",
           "verdict.addressed_retraction"),
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
    # The duty to examine the claim bears on a statement the court could use: where every
    # retracted statement was excluded, or no one was convicted, silence on it harmed no one.
    retracted = [ctx.case.get(t) for r in retractions for t in r.retracts
                 if t in ctx.case._by_id]
    uses = [_links.reliance(ctx, st) for st in retracted]
    if retracted and all(how == "excluded" for how, _ in uses):
        return compliant(f"Every statement {ctx.name} retracted as coerced was excluded from the "
                         "evidence.", *(f for _, facts in uses for f in facts))
    if not _links.convictions(ctx) and any(
            r.person == ctx.person.id for v in verdicts for r in v.results
            if ctx.person is not None):
        return not_applicable(f"{ctx.name} was not convicted, so no statement retracted as "
                              "coerced was used against them.")

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
    # GC32 para 41 puts the burden of proving a statement voluntary on the State; Ibrahim
    # §274(f) is the retraction factor of the overall weighing, not a rule on the burden.
    citations=(_GC32_41, iccpr("14(3)(g)"),
               ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
                     "§274(f) (retraction as a factor)", confirmed=True)),
    severity=Severity.GRAVE,
    reads=("retraction.alleges_coercion", "verdict.addressed_retraction"),
    decide=_retraction_examined,
    affects_outcome=True,
)


def _tainted(ctx: Context) -> list[tuple[Confession | Statement, tuple[Fact, ...]]]:
    """The person's own statements, and statements of others used against them, that
    coercion may have produced."""
    return ctx.once(("tainted", ctx.person.id if ctx.person else None), lambda: [
        (s, c) for s in (*_links.pretrial_statements(ctx), *_links.statements_of_others(ctx))
        if (c := _links.coercion_of(ctx, s))])


def _established(facts: tuple[Fact, ...]) -> bool:
    return any(f.standing is Standing.ESTABLISHED and f.detail != "alleges_coercion"
               for f in facts)


def _possibly_tainted(ctx: Context) -> list[Decision]:
    """Questions for statements whose maker was ill-treated before making them, where the
    record gives neither the aim nor the setting of the ill-treatment."""
    out = []
    for s in (*_links.pretrial_statements(ctx), *_links.statements_of_others(ctx)):
        if _links.coercion_of(ctx, s):
            continue
        if possible := _links.possible_coercion_of(ctx, s):
            whom = ", ".join(ctx.case.name_of(m) for m in _links.makers(ctx, s)) or ctx.name
            out.append(unknown(f"Was the ill-treatment of {whom} "
                               f"{ctx.when(possible[0].event)} aimed at, or did it lead to, the "
                               f"statement {ctx.when(s)}?"))
    return out


def _statement_used(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    if not tainted:
        return worst(_possibly_tainted(ctx), empty=not_applicable(
            f"No statement of {ctx.name}, or used against {ctx.name}, is said to have been "
            "coerced."))

    cite = Allegations(shared=len(tainted) > 1)

    def one(s: Confession | Statement, coercion: tuple[Fact, ...]) -> Decision:
        how, use = _links.reliance(ctx, s)
        own = not (isinstance(s, Statement) and ctx.person is not None
                   and ctx.person.id not in s.subjects)
        whom = ctx.name if own else (", ".join(ctx.case.name_of(m) for m in s.subjects)
                                     or "another person")
        what = ctx.label(s) if own else f"{ctx.label(s)} by {whom}, used against {ctx.name}"
        if how == "excluded":
            return compliant(f"{what[0].upper()}{what[1:]}, said to be coerced, was excluded.",
                             *use)
        if how == "unknown" and not (isinstance(s, Statement) and not own):
            return unknown(f"Was {what}, said to be coerced, used in evidence?")
        used = ("The conviction relied on" if how == "relied" else
                "The court admitted" if how == "admitted" else "The prosecution used")
        treatments = [f.event for f in coercion if isinstance(f.event, IllTreatment)]
        if not own:
            # Harutyunyan §§63-66; El Haski §85: a witness's or co-accused's statement obtained
            # by ill-treatment makes the trial unfair whatever its weight.
            if not treatments:
                # Only the maker's word that it was coerced (a retraction): the automatic rule
                # needs ill-treatment shown, not alleged (Harutyunyan; El Haski).
                text = f"{used} {what}; {whom} later said it had been coerced."
                return cite.refer(unknown(f"Did {whom} describe ill-treatment, and what did the "
                                          f"court find of it and of the reliability of {what}?",
                                          reason=text, facts=(*coercion, *use)),
                                  text, (*coercion, *use))
            if not any(_links.reaches_art7(t) for t in treatments):
                text = f"{used} {what}; {whom} says it was obtained under pressure."
                return cite.refer(unknown(f"Did the pressure on {whom} amount to ill-treatment, "
                                          f"and how did the court assess the reliability of "
                                          f"{what}?", reason=text, facts=(*coercion, *use)),
                                  text, (*coercion, *use))
            text = (f"{used} {what}, which was obtained by ill-treatment of {whom}; such a "
                    "statement makes the proceedings unfair whatever its weight.")
            return cite.breach(text, (*coercion, *use), cites=_cat)
        pressure = [f.event for f in coercion if isinstance(f.event, IllTreatment)]
        if _established(coercion) and pressure and not any(
                _links.reaches_art7(t) for t in pressure):
            # Pressure short of ill-treatment (promises, prolonged questioning) is not caught
            # by the absolute rule: whether it was undue is weighed (Jalloh; Ibrahim §§266-273;
            # GC32 para 41's "undue" pressure).
            return _weigh_pressure(ctx, s, what, used, coercion, use)
        if _established(coercion):
            text = (f"{used} {what}, which was obtained by coercion; a statement obtained by "
                    "ill-treatment or undue pressure may never be used.")
            return cite.breach(text, (*coercion, *use), cites=_cat)
        unexamined = [f for f in _court_examined(ctx) if f.value is False]
        if unexamined:
            return breach(f"{used} {what}, though {ctx.name} said it was coerced; the court did "
                          "not examine the claim, so the State did not discharge its burden of "
                          "proving the statement voluntary. The breach rests on that failure, "
                          "not on the coercion, which is not established.", *use, *unexamined)
        if any(f.value is True for f in _court_examined(ctx)):
            return unknown("Did the court require the prosecution to prove the statement "
                           "voluntary, and on what evidence did it reject the claim?",
                           reason=f"{used} {what} after examining the claim of coercion.",
                           facts=use)
        text = f"{used} {what}, which {ctx.name} says was coerced."
        return cite.breach(text, (*coercion, *use))

    return cite.lead(worst((*(one(s, c) for s, c in tainted), *_possibly_tainted(ctx)),
                           empty=not_applicable("")))


def _weigh_pressure(ctx: Context, s: Confession | Statement, what: str, used: str,
                    coercion: tuple[Fact, ...], use: tuple[Fact, ...]) -> Decision:
    """Whether pressure short of ill-treatment made the use of a statement unfair: its kind,
    the safeguards at the time, the person's vulnerability, and how much the conviction
    rested on it."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    kinds = {k for f in coercion if isinstance(f.event, IllTreatment) for k in f.event.treatment}
    words = ", ".join(_links.treatment_words(f.event) for f in coercion
                      if isinstance(f.event, IllTreatment))
    heavy = bool(kinds & {Treatment.PSYCHOLOGICAL_PRESSURE, Treatment.PROLONGED_QUESTIONING})
    factors.append(Factor(f"{used} {what}, obtained under {words}.", Toward.BREACH,
                          2 if heavy else 1, tuple(coercion)))
    counsel = _links.counsel_at(ctx, s)
    if counsel is not None and counsel.value is True:
        factors.append(Factor("A lawyer was present when it was made.", Toward.FAIRNESS, 2,
                              (counsel,)))
    elif counsel is not None:
        factors.append(Factor("No lawyer was present when it was made.", Toward.BREACH, 1,
                              (counsel,)))
    else:
        missing.append(Missing(f"Was a lawyer present when {ctx.name} made {what}?", 2))
    if ctx.person is not None and (ctx.person.minor or ctx.person.vulnerable):
        factors.append(Factor(f"{ctx.name} was a minor or otherwise vulnerable.",
                              Toward.BREACH, 1))
    weight = _links.weight_of(ctx, s)
    if weight is not None:
        n = _links.USE_WEIGHT[weight.value]
        factors.append(Factor(f"It was {weight.value.doc}.",
                              Toward.BREACH if n >= 2 else Toward.FAIRNESS,
                              2 if n != 2 else 1, (weight,)))
    else:
        missing.append(Missing(f"How much did the conviction rest on {what}?", 2))
    return weigh(f"Weighing the use of {what}, obtained under pressure short of ill-treatment "
                 "(Jalloh; Ibrahim §§266-273: the nature and degree of the pressure, the "
                 "safeguards, the use made of the statement).", factors, missing,
                 breach_text="the pressure was undue and its fruit made the trial unfair.",
                 fair_text="the pressure did not make the use of the statement unfair.")


STATEMENT_USED = Criterion(
    id="confessions.coerced-statement-used",
    area=Area.CONFESSIONS,
    title="Coerced statements not used in evidence",
    question="Was any statement obtained by torture, ill-treatment or undue pressure kept out "
             "of evidence?",
    citations=(
        iccpr("14(3)(g)"), iccpr("7"),
        general_comment(32, "6", confirmed=True), _GC32_41,
        general_comment(20, "12", confirmed=False),
        ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010", "§§165-167"),
        ecthr("Harutyunyan v Armenia, no. 36549/03, 28 June 2007", "§§63-66"),
        ecthr("El Haski v Belgium, no. 649/08, 25 Sept 2012", "§85"),
    ),
    severity=Severity.GRAVE,
    reads=("ill_treatment", "retraction.alleges_coercion", "evidence.derived_from",
           "evidence.ruling", "verdict.relied_on", "verdict.addressed_retraction"),
    decide=_statement_used,
    depends_on=("confessions.coercion",),
    affects_outcome=True,
)


def _is_torture(facts: Sequence[Fact]) -> bool:
    return any(isinstance(f.event, IllTreatment) and _links.is_torture(f.event) for f in facts)


def _real_evidence_sources(ctx: Context) -> list[tuple[Event, tuple[Fact, ...], str]]:
    """What real evidence may have come from: a coerced statement, ill-treatment itself (a
    beating to hand something over), or a forced bodily intervention; with the coercion facts
    and a description."""
    sources: list[tuple[Event, tuple[Fact, ...], str]] = [
        (s, c, f"the coerced statement {ctx.when(s)}") for s, c in _tainted(ctx)
        if not isinstance(s, Statement) or ctx.person is None
        or ctx.person.id in s.subjects]
    for t in ctx.events(IllTreatment):
        if _links.evidence_from(ctx, t.id):
            sources.append((t, (ctx.fact(t),),
                            f"the ill-treatment {ctx.when(t)} ({_links.treatment_words(t)})"))
    for b in ctx.events(BodilyIntervention):
        if _links.evidence_from(ctx, b.id):
            sources.append((b, (ctx.fact(b, "forced"),),
                            f"the {b.procedure or 'bodily intervention'} {ctx.when(b)}"))
    return sources


def _affected_outcome(ctx: Context, source: Event, derived: set[str]) -> tuple[bool | None, str]:
    """Whether evidence from ``source`` affected the conviction (Gäfgen §178): True where it
    was the sole or decisive evidence or nothing independent of it was relied on; False where
    other independent evidence carried the conviction; None when the record cannot say."""
    for e in _links.evidence_from(ctx, source.id):
        if e.weight in (Weight.SOLE, Weight.DECISIVE):
            return True, f"it was {e.weight.doc}"
        if e.weight in (Weight.CORROBORATIVE, Weight.NOT_RELIED_ON):
            return False, f"it was {e.weight.doc}"
    for v in _links.convictions(ctx):
        independent = sorted(set(v.relied_on) - derived - {source.id})
        if independent:
            names = ", ".join(_title(ctx, i) for i in independent)
            return False, f"the conviction rested on other evidence as well ({names})"
        if v.other_evidence is False:
            return True, "nothing independent of it supported the conviction"
    return None, ""


def _title(ctx: Context, item_id: str) -> str:
    item = ctx.case.get(item_id)
    return getattr(item, "title", None) or getattr(item, "description", None) or \
        f"the {getattr(item, 'kind', 'item').replace('_', ' ')} {ctx.when(item)}"


def _derived(ctx: Context) -> Decision:
    decisions = []
    for source, coercion, what_from in _real_evidence_sources(ctx):
        how, use = _links.reliance(ctx, source, as_statement=False)
        what = f"real evidence obtained through {what_from}"
        if how == "excluded":
            decisions.append(compliant(f"{what[0].upper()}{what[1:]} was excluded.", *use))
            continue
        derived = _links.evidence_from(ctx, source.id)
        if how == "unknown":
            found = [e for e in derived if e.evidence_kind not in _links.STATEMENT_KINDS]
            if found:
                decisions.append(unknown(f"Did the court admit {what}?"))
            continue
        if isinstance(source, BodilyIntervention):
            forced = ctx.fact(source, "forced")
            if forced.value is not True:
                if forced.value is None:
                    decisions.append(unknown(f"Was {what_from} carried out against "
                                             f"{ctx.name}'s will?"))
                continue
            risky = source.medical_risk is True or source.less_intrusive_available is True
            if not risky:
                decisions.append(unknown(
                    f"Did {what_from} carry a risk to health, and could the evidence have been "
                    "obtained in a less intrusive way?",
                    reason=f"{what[0].upper()}{what[1:]} was used; it was forced."))
                continue
        if _is_torture(coercion):
            decisions.append(attrs.evolve(breach(
                f"The court used {what}; evidence obtained through torture may never be used.",
                *coercion, *use), cites=_cat(coercion)))
            continue
        affected, why = _affected_outcome(ctx, source, {e.id for e in derived})
        may_be = "" if not isinstance(source, BodilyIntervention) else \
            " (a forced, risky procedure may amount to inhuman or degrading treatment)"
        if affected is True:
            decisions.append(attrs.evolve(breach(
                f"The conviction rested on {what}{may_be}: {why}, so it affected the outcome.",
                *coercion, *use, proven=not may_be), cites=_cat(coercion)))
        elif affected is False:
            decisions.append(compliant(
                f"The court admitted {what}{may_be}, but {why}; evidence obtained through "
                "ill-treatment short of torture makes the trial unfair only if it affected the "
                "outcome.", *use,
                against=("The ill-treatment itself remains a breach in its own right.",)))
        else:
            decisions.append(unknown(f"How much did the conviction rest on {what}, and what "
                                     "other evidence supported it?",
                                     reason=f"The court {how} {what}{may_be}.", facts=use))
    return worst(decisions, empty=not_applicable(
        f"No evidence obtained through coercion of {ctx.name} was used."))


DERIVED_EVIDENCE = Criterion(
    id="confessions.derived-evidence",
    area=Area.CONFESSIONS,
    title="Evidence found through coercion",
    question="Was real evidence found through a coerced statement used, and, if the coercion "
             "fell short of torture, did it affect the outcome?",
    citations=(
        ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010", "§178", confirmed=True),
        ecthr("Jalloh v Germany [GC], no. 54810/00, 11 July 2006", "§§94-123"),
        general_comment(32, "6", confirmed=True),
    ),
    severity=Severity.GRAVE,
    reads=("evidence.derived_from", "evidence.ruling", "evidence.weight",
           "ill_treatment.characterised_as", "bodily_intervention.forced",
           "bodily_intervention.medical_risk", "verdict.relied_on", "verdict.other_evidence"),
    decide=_derived,
    depends_on=("confessions.coercion",),
    affects_outcome=True,
)


def _interrogation_detail(detail: str, bad: object, bad_text: str, good_text: str,
                          question: str) -> Callable[[Context], Decision]:
    def decide(ctx: Context) -> Decision:
        def one(i: Interrogation) -> Decision:
            fact = ctx.fact(i, detail)
            what = ctx.label(i)
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

def _as_witness(ctx: Context) -> Decision:
    def one(i: Interrogation) -> Decision:
        what = ctx.label(i)
        fact, question = _links.suspect_as_witness(ctx, i)
        if fact is None:
            return unknown(question or f"Was {ctx.name} questioned at {what} as a suspect, or "
                                       "formally as a witness?")
        if fact.value is True:
            return breach(f"{ctx.name} was questioned as a witness, though already a suspect, "
                          f"at {what}.", fact)
        if fact.detail == "questioned_as" and i.questioned_as is QuestionedAs.WITNESS:
            return compliant(f"{ctx.name} was questioned as a witness at {what}, before the "
                             "authorities suspected them.", fact)
        return compliant(f"{ctx.name} was questioned as a suspect, with a suspect's "
                         f"safeguards, at {what}.", fact)

    return worst((one(i) for i in ctx.events(Interrogation)),
                 empty=not_applicable(f"No questioning of {ctx.name} is recorded."))


AS_WITNESS = Criterion(
    id="confessions.questioned-as-witness",
    area=Area.CONFESSIONS,
    title="Not questioned as a 'witness' while a suspect",
    question="Was the person, already a suspect, questioned formally as a witness without the "
             "safeguards due to a suspect?",
    citations=(ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016"),
               iccpr("14(3)(g)")),
    severity=Severity.SERIOUS,
    reads=("interrogation.as_witness", "interrogation.questioned_as", "suspected"),
    decide=_as_witness,
    weighed_in="counsel.overall-fairness",
)


def _prosecutor(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    if not tainted:
        return not_applicable(f"No statement of {ctx.name} is said to have been coerced.")
    decisions = []
    cite = Allegations(shared=len(tainted) > 1)
    for s, coercion in tainted:
        for e in _links.evidence_from(ctx, s.id):
            if e.evidence_kind not in _links.STATEMENT_KINDS:
                continue
            offered = ctx.fact(e, "offered_by")
            # Guideline 16 binds a prosecutor who knows, or has reasonable grounds to believe,
            # that evidence was unlawfully obtained: ill-treatment on the record gives such
            # grounds; the accused's later word alone does not settle them.
            grounds = [f for f in coercion if isinstance(f.event, IllTreatment)]
            if offered.value is Party.PROSECUTION and not grounds:
                decisions.append(unknown(
                    f"When the prosecution put forward {ctx.label(e)}, did it know, or have "
                    "reasonable grounds to believe, that the statement was coerced (injuries "
                    "documented, a complaint made, ill-treatment found)?",
                    reason=f"The prosecution put forward {ctx.label(e)}, which comes from the "
                           f"statement {ctx.when(s)} that {ctx.name} later said was coerced.",
                    facts=(offered, *coercion)))
            elif offered.value is Party.PROSECUTION:
                text = (f"The prosecution put forward {ctx.label(e)}, which comes from the "
                        f"statement {ctx.when(s)} said to be coerced.")
                decisions.append(cite.breach(text, (offered, *grounds)))
            elif offered.value is not None:
                decisions.append(compliant(f"The prosecution did not put forward "
                                           f"{ctx.label(e)}.", offered))
            else:
                decisions.append(unknown(f"Who put forward {ctx.label(e)}, which comes from "
                                         f"the statement {ctx.when(s)} said to be coerced?"))
    return cite.lead(worst(decisions, empty=unknown(
        "Did the prosecution use, or decline to use, the statements said to be coerced?")))


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
