"""I. Expression-related charges: journalism and criticism prosecuted as crimes (ICCPR arts 9,
19; GC34; the Rabat Plan's threshold for incitement)."""

from __future__ import annotations

from fairtrial._model import Arrest, Charge, DetentionOrder, ExpertReport, Verdict, VerdictResult
from fairtrial._vocab import (
    ConductKind,
    ContextKind,
    ExpertConclusion,
    Measure,
    Standing,
    VerdictOutcome,
)
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Citation,
    Context,
    Criterion,
    Decision,
    Outcome,
    Severity,
    breach,
    compliant,
    echr,
    general_comment,
    iccpr,
    not_applicable,
    unknown,
    worst,
)

PROTECTED = frozenset({ConductKind.SPEECH, ConductKind.JOURNALISM, ConductKind.ASSEMBLY,
                       ConductKind.ASSOCIATION})


def _expression_charges(ctx: Context) -> tuple[list[Charge], bool]:
    mine = [c for c in ctx.case.charges if ctx.person is None or c.defendant == ctx.person.id]
    return [c for c in mine if PROTECTED & set(c.conduct)], any(not c.conduct for c in mine)


def _no_expression_charge(ctx: Context, unclassified: bool) -> Decision:
    """The answer when no charge is known to concern expression: open if some charge's conduct
    is not classified, otherwise the question does not arise."""
    if unclassified:
        return unknown("Is the conduct charged speech, journalism, assembly or association?")
    return not_applicable(f"No charge against {ctx.name} concerns expression.")


def _acquittal(ctx: Context) -> VerdictResult | None:
    """The person's acquittal, if a verdict records one (and no conviction)."""
    if _links.convictions(ctx) or ctx.person is None:
        return None
    for v in ctx.events(Verdict):
        for r in v.results:
            if r.person == ctx.person.id and r.outcome is VerdictOutcome.ACQUITTED:
                return r
    return None


def _threshold(ctx: Context) -> Decision:
    charges, unclassified = _expression_charges(ctx)
    if not charges:
        return _no_expression_charge(ctx, unclassified)
    if _acquittal(ctx) is not None:
        return not_applicable(f"{ctx.name} was acquitted: no conviction for expression is "
                              "there to measure against the threshold of incitement.")
    decisions = []
    for r in ctx.events(ExpertReport):
        concl = ctx.fact(r, "conclusion")
        what = f"the expert report {ctx.when(r)}"
        if concl.value is ExpertConclusion.DOES_NOT_SUPPORT and _links.convictions(ctx):
            # An expert's view informs but does not settle the legal threshold: capped at likely.
            decisions.append(breach(f"{what[0].upper()}{what[1:]} found no incitement in the "
                                    f"content charged, yet {ctx.name} was convicted; no actual "
                                    "call to violence, with intent and a likely, imminent risk, "
                                    "is shown.", concl, proven=False))
        elif concl.value is ExpertConclusion.SUPPORTS_CHARGE:
            decisions.append(compliant(f"{what[0].upper()}{what[1:]} found that the content "
                                       "called for violence or disorder.", concl,
                                       against=("Whether the content met every part of the Rabat "
                                                "test (context, speaker, intent, content, reach, "
                                                "likelihood) is not recorded.",)))
    return worst(decisions, empty=unknown(
        "Did the content charged call for violence or disorder, with intent, and create a "
        "likely and imminent risk of it (the Rabat Plan's six-part test)?"))


THRESHOLD = Criterion(
    id="expression.incitement-threshold",
    area=Area.EXPRESSION,
    title="Incitement shown, not mere criticism",
    question="Did the prosecution show an actual call to violence or disorder, with intent and a "
             "likely and imminent risk, rather than criticism of the authorities?",
    citations=(iccpr("19(3)"), iccpr("20(2)"), general_comment(34, "33-35", confirmed=False),
               general_comment(34, "42", confirmed=False),
               Citation(source="Rabat Plan of Action (A/HRC/22/17/Add.4, 2012)",
                        pinpoint="para 29", confirmed=False, kind="soft_law")),
    severity=Severity.SERIOUS,
    reads=("charge.conduct", "expert_report.conclusion", "verdict.results"),
    decide=_threshold,
)


def _journalism(ctx: Context) -> Decision:
    charges, unclassified = _expression_charges(ctx)
    if not charges:
        return _no_expression_charge(ctx, unclassified)
    threshold = ctx.finding("expression.incitement-threshold")
    conduct = "; ".join(c.description for c in charges)
    facts = [ctx.fact(e) for e in ctx.events(ExpertReport)]
    if (acquitted := _acquittal(ctx)) is not None:
        why = " for lack of evidence" if acquitted.for_lack_of_evidence else ""
        held = [d for d in ctx.events(DetentionOrder) if d.measure in (Measure.CUSTODY, None)]
        held_text = " and held in custody" if held or ctx.events(Arrest) else ""
        return unknown(f"When {ctx.name} was arrested and charged, was there a reasonable "
                       "suspicion of an actual call to violence, or was the prosecution a "
                       "response to legitimate expression?",
                       reason=f"{ctx.name} was prosecuted for expression ({conduct})"
                              f"{held_text}, and acquitted{why}. An acquittal does not settle "
                              "whether the arrest and prosecution were themselves arbitrary "
                              "(ICCPR arts 9(1), 19).")
    if threshold.is_breach:
        return Decision(threshold.outcome, (
            f"{ctx.name} is prosecuted for expression ({conduct}) without a showing of "
            "incitement (see 'Incitement shown, not mere criticism'). Penalising journalism or "
            "criticism of the government is never a necessary restriction.",),
            facts=tuple(facts), confidence=threshold.confidence)
    if threshold.outcome is Outcome.NO_VIOLATION:
        return compliant(f"{ctx.name} is prosecuted for expression ({conduct}); the record "
                         "holds an expert finding that the content called for violence or "
                         "disorder, so the charge is not shown to penalise legitimate "
                         "expression.", *facts, against=threshold.against)
    return unknown(*threshold.questions,
                   reason=f"Concern: {ctx.name} is prosecuted for expression ({conduct}).")


JOURNALISM = Criterion(
    id="expression.journalism-penalised",
    area=Area.EXPRESSION,
    title="Not prosecuted for legitimate journalism or criticism",
    question="Was the accused prosecuted for legitimate journalism, reporting or criticism of "
             "the authorities?",
    citations=(iccpr("19(2)"), iccpr("19(3)"), general_comment(34, "23", confirmed=True),
               general_comment(34, "30", confirmed=False),
               general_comment(34, "46", confirmed=False),
               general_comment(35, "17", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("charge.conduct", "finding:expression.incitement-threshold"),
    decide=_journalism,
    depends_on=("expression.incitement-threshold",),
)


def _sanction(ctx: Context) -> Decision:
    verdicts = _links.convictions(ctx)
    charges, _ = _expression_charges(ctx)
    if not verdicts or not charges:
        return not_applicable(f"{ctx.name} is not convicted of an expression-related charge.")
    person = ctx.person.id if ctx.person else None
    results = [(v, r) for v in verdicts for r in v.results if person in (None, r.person)]
    penalised = ctx.finding("expression.journalism-penalised")
    decisions = []
    for v, r in results:
        sentence = r.sentence or "a sentence not recorded"
        fact = ctx.fact(v, "results")
        if penalised.is_breach:
            decisions.append(breach(f"{ctx.name} was sentenced {ctx.when(v)} to {sentence} for "
                                    "expression that was not shown to incite; any criminal "
                                    "sanction for it is disproportionate.", fact,
                                    proven=penalised.outcome is Outcome.VIOLATION))
        elif r.custodial is True:
            decisions.append(unknown("Was imprisonment necessary and proportionate to the "
                                     "expression charged?",
                                     reason=f"{ctx.name} was sentenced to {sentence}.",
                                     facts=(fact,)))
        elif r.custodial is False and penalised.outcome is Outcome.NO_VIOLATION:
            decisions.append(compliant(f"{ctx.name}'s sentence ({sentence}) is not custodial.",
                                       fact))
        else:
            decisions.append(unknown(f"Was {ctx.name}'s sentence ({sentence}) proportionate to "
                                     "the expression charged?"))
    return worst(decisions, empty=not_applicable(""))


SANCTION = Criterion(
    id="expression.sanction-proportionate",
    area=Area.EXPRESSION,
    title="Proportionate sanction for expression",
    question="If a restriction on expression was legitimate, was the sanction (imprisonment, "
             "closure of an outlet) proportionate?",
    citations=(iccpr("19(3)"), general_comment(34, "34-35", confirmed=False),
               general_comment(34, "47", confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("verdict.results", "finding:expression.journalism-penalised"),
    decide=_sanction,
    depends_on=("expression.journalism-penalised",),
)

_PRETEXT = frozenset({ContextKind.RETALIATION_JOURNALISM, ContextKind.POLITICAL_ACTIVITY,
                      ContextKind.HUMAN_RIGHTS_WORK, ContextKind.GROUP_MEMBERSHIP,
                      ContextKind.OTHER})


def _pretext(ctx: Context) -> Decision:
    indicators = _links.context_facts(ctx, _PRETEXT)
    held = [f for f in indicators if f.standing is not Standing.DENIED]
    if held:
        # Timing and context suggest an ulterior purpose; they do not prove it (the ECtHR
        # requires it to be shown under art 18), so the outcome is at most a likely violation.
        said = "; ".join(f.event.title or "" for f in held)
        return breach(f"The record holds indicators that the prosecution of {ctx.name} answers "
                      f"the exercise of protected rights rather than a crime: {said}. "
                      "Detention or prosecution as a response to journalism, political or "
                      "human-rights work is arbitrary.", *held, proven=False,
                      questions=("What evidence of the offence itself did the prosecution "
                                 "produce, apart from the protected activity?",))
    if indicators:
        return compliant(f"The indicators that the prosecution of {ctx.name} was a pretext were "
                         "found untrue or withdrawn.", *indicators)
    charges, unclassified = _expression_charges(ctx)
    if charges or unclassified:
        return unknown(f"Did the prosecution of {ctx.name} follow journalism, political "
                       "activity or human-rights work, and is there evidence of an offence "
                       "apart from that activity?")
    return not_applicable(f"No indicator that the prosecution of {ctx.name} is a pretext is "
                          "recorded (record one under 'context' if the sources give it).")


PRETEXT = Criterion(
    id="expression.pretextual-prosecution",
    area=Area.EXPRESSION,
    title="Not a pretext for punishing protected activity",
    question="Do the record's indicators (timing after journalism or political activity, "
             "targeting of a group) show a prosecution brought to punish the exercise of a "
             "protected right?",
    citations=(iccpr("9(1)"), iccpr("19"), general_comment(35, "17", confirmed=False),
               general_comment(34, "23", confirmed=True), echr("18")),
    severity=Severity.SERIOUS,
    reads=("context.kind", "charge.conduct"),
    decide=_pretext,
)

CRITERIA = (THRESHOLD, JOURNALISM, SANCTION, PRETEXT)
