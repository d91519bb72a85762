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
from datetime import timedelta
from typing import Literal

import attrs

from fairtrial._i18n import T_, _, join, p_
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
    covenant_only,
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
from fairtrial.record._model import (
    Arrest,
    BodilyIntervention,
    Charge,
    Confession,
    Event,
    IllTreatment,
    Interrogation,
    Investigation,
    Retraction,
    Statement,
    Surveillance,
    Suspected,
    Verdict,
)
from fairtrial.record._vocab import (
    CompulsionPenalty,
    IllTreatmentContext,
    InvestigationOutcome,
    Party,
    QuestionedAs,
    Reasons,
    Ruling,
    Standing,
    SurveillanceMethod,
    Treatment,
    VerdictOutcome,
    Weight,
)

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
            fact = ctx.fact(t)
            text = (_("{name} was subjected to {words} to obtain a statement {when}.",
                      name=ctx.name, words=words, when=when) if t.to_obtain_statement else
                    _("{name} was subjected to {words} during questioning {when}.",
                      name=ctx.name, words=words, when=when))
            if _kept_out(ctx, t):
                # The Covenant and the Convention part here: GC32 para 41 reads art 14(3)(g)
                # as barring the pressure itself; ECHR art 6 asks whether what it produced was
                # used at trial (Gäfgen [GC]), and here it was not.
                text = _("{text} ICCPR art 14(3)(g) bars the pressure itself (GC32 para 41). "
                         "Under ECHR art 6 the question is whether what it produced was used at "
                         "trial, and the statements it produced were kept out of the evidence: "
                         "under the Convention the pressure is a matter of art 3, not art 6, "
                         "so as a breach of the right not to be compelled to confess this "
                         "rests on the Covenant only.", text=text)
                decisions.append(attrs.evolve(breach(text, fact), cites=_cat((fact,)),
                                              rests_on="ICCPR"))
                continue
            decisions.append(attrs.evolve(breach(text, fact), cites=_cat((fact,))))
        elif t.to_obtain_statement is None and t.context is None:
            # Never assume the purpose: ill-treatment is not, for that alone, pressure to
            # confess.
            decisions.append(unknown(_("Was the ill-treatment of {name} {when} ({words}) aimed "
                                       "at obtaining a confession or statement?",
                                       name=ctx.name, when=when, words=words)))
    for r in ctx.events(Retraction):
        if r.alleges_coercion and not any(d.outcome is not Outcome.INSUFFICIENT
                                          for d in decisions):
            decisions.append(_claimed(ctx, r))
    if decisions:
        return worst(decisions, empty=not_applicable(""))
    everything = _links.pretrial_statements(ctx)
    if not everything:
        return not_applicable(_("No statement or confession of {name} is recorded.",
                                name=ctx.name))
    # A legal duty to answer is not pressure to confess of the kind weighed here: the Court
    # weighs it by the use made of the answers at trial (Saunders; O'Halloran and Francis [GC]
    # §55), which confessions.coerced-statement-used does; a lawyer's presence does not lift it.
    statements = [s for s in everything if s.compelled_by_law is not True]
    if not statements:
        return not_applicable(_("{name} answered under a legal duty to answer, backed by a "
                                "penalty: such compulsion is weighed by the use made of the "
                                "answers at trial (Saunders v UK; O'Halloran and Francis v UK "
                                "[GC]), with the use of statements in evidence.", name=ctx.name))
    with_counsel = [f for s in statements
                    if (f := _links.counsel_at(ctx, s)) is not None and f.value is True]
    if len(with_counsel) == len(statements):
        return compliant(_("{name}'s statements were made with a lawyer present and no "
                           "coercion is alleged.", name=ctx.name), *with_counsel)
    return unknown(_("Were {name}'s statements given freely, without threats, promises or "
                     "other pressure?", name=ctx.name))


def _kept_out(ctx: Context, t: IllTreatment) -> bool:
    """Whether every statement the record ties to ``t`` was excluded or not relied on (and
    there is at least one): what the pressure produced was not used at trial."""
    def by_treatment() -> dict[str, list[Confession | Statement]]:
        found: dict[str, list[Confession | Statement]] = {}
        for s, facts in _tainted(ctx):
            for i in dict.fromkeys(f.event.id for f in facts if isinstance(f.event, IllTreatment)):
                found.setdefault(i, []).append(s)
        return found

    produced = ctx.once(("produced", ctx.person.id if ctx.person else None),
                        by_treatment).get(t.id, [])
    for s in produced:
        how, _facts = _links.reliance(ctx, s)
        weight = _links.weight_of(ctx, s)
        if how != "excluded" and not (weight is not None
                                      and weight.value is Weight.NOT_RELIED_ON
                                      and how != "relied"):
            return False
    return bool(produced)


def _claimed(ctx: Context, r: Retraction) -> Decision:
    """A claim of coercion made in retracting statements, with no ill-treatment on the record:
    the claim is an allegation, not proof. Once it is made, the State must show the statements
    voluntary (GC32 para 41), so what decides is how the court answered it: ignored, a likely
    violation; examined, with a lawyer present when the statements were made, no violation;
    examined otherwise, the question of what the court rested on; unrecorded, asked."""
    alleged = ctx.fact(r, "alleges_coercion")
    text = (_("{name} retracted statements {when} saying they had been coerced: {reason}.",
              name=ctx.name, when=ctx.when(r), reason=r.reason) if r.reason else
            _("{name} retracted statements {when} saying they had been coerced: no detail "
              "recorded.", name=ctx.name, when=ctx.when(r)))
    examined = _court_examined(ctx)
    ignored = [f for f in examined if f.value is False]
    if ignored:
        return breach(text, alleged, *ignored, proven=False)
    reversed_ = [f for v in ctx.events(Verdict) if (f := ctx.fact(v, "burden_reversed")).value
                 is True]
    if reversed_:
        # The claim is not proof, but once made the State must prove the statements voluntary
        # (GC32 para 41); a court that put that proof on the accused left the claim standing
        # (Singarasa; Kurbonov para 6.3), whether or not it examined it.
        return breach(_("{text} The court required {name} to prove the coercion, so the State "
                        "did not discharge its burden of proving the statements voluntary. The "
                        "breach rests on that, not on the coercion, which is not established.",
                        text=text, name=ctx.name), *reversed_)
    answered = [f for f in examined if f.value is True]
    if not answered:
        return unknown(_("Did the court examine {name}'s claim that the statements were "
                         "coerced, and did the prosecution have to prove them voluntary?",
                         name=ctx.name), reason=text, facts=(alleged,))
    retracted = [e for i in dict.fromkeys(r.retracts)
                 if isinstance(e := ctx.case.get(i), Event)]
    counsel = [_links.counsel_at(ctx, e) for e in retracted]
    if retracted and all(f is not None and f.value is True for f in counsel):
        return compliant(_("The court examined {name}'s claim that the statements were coerced, "
                           "and they had been made with a lawyer present.", name=ctx.name),
                         *answered, *(f for f in counsel if f is not None))
    return unknown(_("On what evidence did the court reject {name}'s claim of coercion, and "
                     "was the claim investigated?", name=ctx.name),
                   reason=text, facts=(alleged, *answered))


_BURDEN_VIEWS = (
    hrc_views("Singarasa v Sri Lanka, comm. no. 1033/2001, 21 July 2004"),
    hrc_views("Kurbonov v Tajikistan, comm. no. 1208/2003, 16 March 2006", "para 6.3"),
)


COERCION = Criterion(
    id="confessions.coercion",
    area=Area.CONFESSIONS,
    title="No pressure to confess",
    question="Was the person free from physical or undue psychological pressure, threats or "
             "promises aimed at obtaining a confession?",
    citations=(iccpr("14(3)(g)"), iccpr("7"), _GC32_41,
               body_of_principles("21", confirmed=False),
               hrc_views("Kurmanbekov (Tashtanova) v Kyrgyzstan, comm. no. 2723/2016, "
                         "14 March 2023"), *_BURDEN_VIEWS),
    severity=Severity.GRAVE,
    reads=("ill_treatment.to_obtain_statement", "ill_treatment.context",
           "retraction.alleges_coercion", "retraction.retracts", "verdict.addressed_retraction",
           "verdict.burden_reversed",
           "confession.counsel_present", "statement.compelled_by_law"),
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
        return not_applicable(_("No ill-treatment or coercion of {name} is alleged.",
                                name=ctx.name))

    def one(t: IllTreatment, words: dict[str, str]) -> list[Decision]:
        decisions = []
        for i in _inquiries_into(ctx, t.id):
            outcome, independent = ctx.fact(i, "outcome"), ctx.fact(i, "independent")
            if outcome.value is InvestigationOutcome.NOT_OPENED:
                decisions.append(_not_opened(ctx, t, outcome, words))
            elif independent.value is False:
                decisions.append(breach(_("The inquiry into the alleged ill-treatment {when} "
                                          "({words}) was not independent.", **words),
                                        independent))
            elif (slow := ctx.fact(i, "prompt")).value is False:
                decisions.append(breach(_("The inquiry into the alleged ill-treatment {when} "
                                          "({words}) was not opened promptly.", **words), slow))
            elif (thin := ctx.fact(i, "effective")).value is False:
                decisions.append(breach(_("The inquiry into the alleged ill-treatment {when} "
                                          "({words}) was not thorough: those concerned were not "
                                          "heard, or the medical evidence was not gathered.",
                                          **words), thin))
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
                        _("Were the officers responsible for the alleged ill-treatment {when} "
                          "({words}) brought to trial or disciplinary proceedings, whatever "
                          "their outcome?", **words),
                        reason=_("The alleged ill-treatment {when} ({words}) was found to have "
                                 "happened, and no officer was punished.", **words),
                        facts=(found, unpunished)))
                else:
                    decisions.append(attrs.evolve(
                        breach(_("The alleged ill-treatment {when} ({words}) was found to have "
                                 "happened, but the officers responsible were never brought to "
                                 "trial or disciplinary proceedings.", **words),
                               found, unpunished, tried),
                        cites=(*((cat("4"),) if _links.is_torture(t) else ()),
                               general_comment(31, "18", confirmed=False))))
            elif (token := ctx.fact(i, "sanctions_token")).value is True:
                # Penalties out of all proportion to ill-treatment found give no redress: the
                # State keeps its duty (Gäfgen v Germany [GC]: suspended fines, the officer in
                # charge promoted; audit17a).
                decisions.append(breach(_("The officers responsible for the ill-treatment "
                                          "{when} ({words}) were punished only with penalties "
                                          "too light to give adequate redress.", **words),
                                        token))
            elif independent.value is True or outcome.value is InvestigationOutcome.CONFIRMED:
                decisions.append(compliant(_("The alleged ill-treatment {when} ({words}) was "
                                             "investigated ({inquiry}).", inquiry=ctx.label(i),
                                             **words), ctx.fact(i)))
            else:
                decisions.append(unknown(_("Was {inquiry} into the alleged ill-treatment {when} "
                                           "({words}) prompt and independent?",
                                           inquiry=ctx.label(i), **words)))
        return decisions

    decisions: list[Decision] = []
    uninvestigated: list[dict[str, str]] = []
    for t in allegations:
        words = {"when": ctx.when(t), "words": _links.treatment_words(t)}
        if found := one(t, words):
            decisions.append(worst(found, empty=not_applicable("")))
        else:
            uninvestigated.append(words)
    raised = [ctx.fact(r, "alleges_coercion") for r in ctx.events(Retraction)
              if r.alleges_coercion]
    ignored = [f for f in _court_examined(ctx) if f.value is False]
    if uninvestigated and raised and ignored:
        # One statement for all of them: the same retraction and verdict bear on each.
        listed = join([_("the alleged ill-treatment {when} ({words})", **w)
                       for w in uninvestigated])
        decisions.append(breach(_("{name} told the court of coercion, the verdict did not "
                                  "examine it, and no investigation of {allegations} is "
                                  "recorded.", name=ctx.name, allegations=listed),
                                *raised, *ignored))
    else:
        decisions.extend(unknown(_("Was the alleged ill-treatment {when} ({words}) investigated "
                                   "promptly and impartially, by a body independent of those "
                                   "accused?", **w)) for w in uninvestigated)
    return worst(decisions, empty=not_applicable(""))


def _not_opened(ctx: Context, t: IllTreatment, outcome: Fact,
                words: dict[str, str]) -> Decision:
    """No inquiry was opened: a breach where the duty to investigate arose, that is where the
    claim was arguable and known to the authorities, or the signs of it were plain (Assenov v
    Bulgaria; Labita v Italy [GC]; CAT art 12: 'reasonable ground to believe'). A claim the
    authorities never heard, with no sign of it, put them under no such duty."""
    triggers = [f for f in (ctx.fact(t, "injuries_documented"),
                            ctx.fact(t, "complained_to_authorities"),
                            ctx.fact(t, "raised_before_court")) if f.value is True]
    if t.provenance.standing is Standing.ESTABLISHED or t.characterised_as is not None:
        triggers.append(ctx.fact(t))
    if triggers:
        return breach(_("No investigation of the alleged ill-treatment {when} ({words}) was "
                        "opened, though the authorities knew of the claim or its signs.",
                        **words), outcome, *triggers)
    silent = [f for f in (ctx.fact(t, "injuries_documented"),
                          ctx.fact(t, "complained_to_authorities"),
                          ctx.fact(t, "raised_before_court")) if f.value is None]
    if silent:
        return unknown(_("Was the alleged ill-treatment {when} ({words}) brought to the "
                         "authorities (a complaint, or raised in court), and was there any "
                         "medical or other sign of it?", **words),
                       reason=_("No investigation of the alleged ill-treatment {when} ({words}) "
                                "was opened.", **words), facts=(outcome,))
    return compliant(_("No investigation of the alleged ill-treatment {when} ({words}) was "
                       "opened, but the authorities were not told of it and no sign of it was "
                       "recorded: the duty to investigate did not arise.", **words),
                     outcome, ctx.fact(t, "complained_to_authorities"),
                     ctx.fact(t, "raised_before_court"))


INVESTIGATED = Criterion(
    id="confessions.allegation-investigated",
    area=Area.CONFESSIONS,
    title="Allegations of coercion investigated",
    question="Was every allegation or sign of ill-treatment or coercion investigated promptly "
             "and impartially, even without a formal complaint, and were those found "
             "responsible punished?",
    citations=(cat("12"), cat("13"), cat("16"), iccpr("7"), iccpr("2(3)"),
               general_comment(20, "14", confirmed=False),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016"),
               ecthr("Assenov and Others v Bulgaria, no. 24760/94, 28 October 1998"),
               ecthr("Labita v Italy [GC], no. 26772/95, 6 April 2000"),
               ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010")),
    severity=Severity.SERIOUS,
    reads=("investigation.into", "investigation.outcome", "investigation.independent",
           "investigation.prompt", "investigation.effective",
           "investigation.officers_sanctioned", "investigation.officers_tried",
           "investigation.sanctions_token",
           "ill_treatment.injuries_documented", "ill_treatment.complained_to_authorities",
           "ill_treatment.raised_before_court", "retraction.alleges_coercion",
           "verdict.addressed_retraction"),
    decide=_investigated,
)


#: The Committee's views finding art 14(3)(g) breached where the courts made the accused prove
#: a confession coerced.


def _retraction_examined(ctx: Context) -> Decision:
    retractions = [r for r in ctx.events(Retraction) if r.alleges_coercion]
    if not retractions:
        return not_applicable(_("{name} did not retract a statement as coerced.",
                                name=ctx.name))
    verdicts = ctx.events(Verdict)
    if not verdicts:
        return unknown(_("Has the court yet ruled on the retraction and the claim of "
                         "coercion?"))
    claim = ctx.fact(retractions[0], "alleges_coercion")
    # The duty to examine the claim bears on a statement the court could use: where every
    # retracted statement was excluded, or no one was convicted, silence on it harmed no one.
    retracted = [ctx.case.get(t) for r in retractions for t in r.retracts
                 if t in ctx.case._by_id]
    uses = [_links.reliance(ctx, st) for st in retracted]
    if retracted and all(how == "excluded" for how, _facts in uses):
        return compliant(_("Every statement {name} retracted as coerced was excluded from the "
                           "evidence.", name=ctx.name),
                         *(f for _how, facts in uses for f in facts))
    if not _links.convictions(ctx) and any(
            r.person == ctx.person.id for v in verdicts for r in v.results
            if ctx.person is not None):
        return not_applicable(_("{name} was not convicted, so no statement retracted as "
                                "coerced was used against them.", name=ctx.name))

    def one(v: Verdict) -> Decision:
        examined = ctx.fact(v, "addressed_retraction")
        if examined.value is False:
            return breach(_("{name} retracted the confession as coerced {when}; the verdict "
                            "{verdict_when} did not examine the claim or require the "
                            "prosecution to prove the statements voluntary.", name=ctx.name,
                            when=ctx.when(retractions[0]), verdict_when=ctx.when(v)),
                          claim, examined)
        reversed_ = ctx.fact(v, "burden_reversed")
        if reversed_.value is True:
            # Examining the claim while requiring the accused to prove it is no proper
            # examination: the State must prove the statement voluntary (GC32 para 41;
            # Singarasa v Sri Lanka; Kurbonov v Tajikistan para 6.3).
            return breach(_("{name} retracted the confession as coerced {when}; the verdict "
                            "{verdict_when} required {name} to prove the coercion, instead of "
                            "requiring the prosecution to prove the statements voluntary.",
                            name=ctx.name, when=ctx.when(retractions[0]),
                            verdict_when=ctx.when(v)), claim, reversed_)
        if examined.value is True and reversed_.value is False:
            return compliant(_("The verdict {when} examined the retraction and the claim of "
                               "coercion, with the burden of proving the statements voluntary "
                               "on the prosecution.", when=ctx.when(v)), examined, reversed_)
        if examined.value is True:
            # The examination is half the test; who bore the burden is the other half.
            return unknown(_("When the verdict {when} examined the claim of coercion, did it "
                             "require the prosecution to prove the statements voluntary, or "
                             "{name} to prove them coerced?", when=ctx.when(v), name=ctx.name),
                           reason=_("The verdict {when} examined the retraction and the claim "
                                    "of coercion.", when=ctx.when(v)), facts=(examined,))
        return unknown(_("Did the verdict {when} examine the retraction, and who bore the "
                         "burden of proving the statements voluntary?", when=ctx.when(v)))

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
                     "§274(f) (retraction as a factor)", confirmed=True),
               *_BURDEN_VIEWS),
    severity=Severity.GRAVE,
    reads=("retraction.alleges_coercion", "verdict.addressed_retraction",
           "verdict.burden_reversed"),
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
            whom = join([ctx.case.name_of(m) for m in _links.makers(ctx, s)]) or ctx.name
            out.append(unknown(_("Was the ill-treatment of {whom} {when} aimed at, or did it "
                                 "lead to, the statement {statement_when}?", whom=whom,
                                 when=ctx.when(possible[0].event),
                                 statement_when=ctx.when(s))))
    return out


# How the proceedings used a statement ("relied", "admitted", or else the prosecution used
# it), one whole sentence for each: the verb and its subject differ in every language.
_USED_COERCED = {
    "relied": T_("The conviction relied on {statement}, which was obtained by coercion; a "
                 "statement obtained by ill-treatment or undue pressure may never be used."),
    "admitted": T_("The court admitted {statement}, which was obtained by coercion; a statement "
                   "obtained by ill-treatment or undue pressure may never be used."),
    "used": T_("The prosecution used {statement}, which was obtained by coercion; a statement "
               "obtained by ill-treatment or undue pressure may never be used."),
}
_USED_UNEXAMINED = {
    "relied": T_("The conviction relied on {statement}, though {name} said it was coerced; the "
                 "court did not examine the claim, so the State did not discharge its burden of "
                 "proving the statement voluntary. The breach rests on that failure, not on the "
                 "coercion, which is not established."),
    "admitted": T_("The court admitted {statement}, though {name} said it was coerced; the court "
                   "did not examine the claim, so the State did not discharge its burden of "
                   "proving the statement voluntary. The breach rests on that failure, not on "
                   "the coercion, which is not established."),
    "used": T_("The prosecution used {statement}, though {name} said it was coerced; the court "
               "did not examine the claim, so the State did not discharge its burden of proving "
               "the statement voluntary. The breach rests on that failure, not on the coercion, "
               "which is not established."),
}
_USED_EXAMINED = {
    "relied": T_("The conviction relied on {statement} after examining the claim of coercion."),
    "admitted": T_("The court admitted {statement} after examining the claim of coercion."),
    "used": T_("The prosecution used {statement} after examining the claim of coercion."),
}
_USED_BURDEN_REVERSED = {
    "relied": T_("The conviction relied on {statement}, though {name} said it was coerced; the "
                 "court required {name} to prove the coercion, so the State did not discharge "
                 "its burden of proving the statement voluntary. The breach rests on that, not "
                 "on the coercion, which is not established."),
    "admitted": T_("The court admitted {statement}, though {name} said it was coerced, and "
                   "required {name} to prove the coercion, so the State did not discharge its "
                   "burden of proving the statement voluntary. The breach rests on that, not on "
                   "the coercion, which is not established."),
    "used": T_("The prosecution used {statement}, though {name} said it was coerced, and the "
               "court required {name} to prove the coercion, so the State did not discharge its "
               "burden of proving the statement voluntary. The breach rests on that, not on the "
               "coercion, which is not established."),
}
_USED_SAYS_COERCED = {
    "relied": T_("The conviction relied on {statement}, which {name} says was coerced."),
    "admitted": T_("The court admitted {statement}, which {name} says was coerced."),
    "used": T_("The prosecution used {statement}, which {name} says was coerced."),
}
_USED_UNDER_PRESSURE = {
    "relied": T_("The conviction relied on {statement}, obtained under {words}."),
    "admitted": T_("The court admitted {statement}, obtained under {words}."),
    "used": T_("The prosecution used {statement}, obtained under {words}."),
}
# ...and another person's statement used against the person.
_OTHERS_RETRACTED = {
    "relied": T_("The conviction relied on {statement} by {whom}, used against {name}; {whom} "
                 "later said it had been coerced."),
    "admitted": T_("The court admitted {statement} by {whom}, used against {name}; {whom} later "
                   "said it had been coerced."),
    "used": T_("The prosecution used {statement} by {whom}, used against {name}; {whom} later "
               "said it had been coerced."),
}
_OTHERS_PRESSED = {
    "relied": T_("The conviction relied on {statement} by {whom}, used against {name}; {whom} "
                 "says it was obtained under pressure."),
    "admitted": T_("The court admitted {statement} by {whom}, used against {name}; {whom} says "
                   "it was obtained under pressure."),
    "used": T_("The prosecution used {statement} by {whom}, used against {name}; {whom} says it "
               "was obtained under pressure."),
}
_OTHERS_ILL_TREATED = {
    "relied": T_("The conviction relied on {statement} by {whom}, used against {name}, which was "
                 "obtained by ill-treatment of {whom}; such a statement makes the proceedings "
                 "unfair whatever its weight."),
    "admitted": T_("The court admitted {statement} by {whom}, used against {name}, which was "
                   "obtained by ill-treatment of {whom}; such a statement makes the proceedings "
                   "unfair whatever its weight."),
    "used": T_("The prosecution used {statement} by {whom}, used against {name}, which was "
               "obtained by ill-treatment of {whom}; such a statement makes the proceedings "
               "unfair whatever its weight."),
}


def _used(sentences: dict[str, str], how: str, **fields: str) -> str:
    """The sentence of ``sentences`` for how the statement was used."""
    return _(sentences[how if how in ("relied", "admitted") else "used"], **fields)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _elicited(ctx: Context) -> list[Decision]:
    """Admissions an agent of the authorities drew out of a person who had chosen to stay
    silent under questioning, by steering conversations to the offence: obtained in defiance
    of the person's will, against the privilege against self-incrimination, where used (Allan
    v UK); conversations that were not the equivalent of questioning, with no pressure, are
    not that (Bykov v Russia [GC])."""
    out: list[Decision] = []
    for s in ctx.events(Surveillance):
        elicited = ctx.fact(s, "elicited_after_silence")
        if s.method is not SurveillanceMethod.UNDERCOVER or elicited.value is None:
            continue
        words = {"name": ctx.name, "what": ctx.label(s)}
        if elicited.value is False:
            out.append(compliant(_("The conversations through {what} were not the equivalent "
                                   "of questioning after {name} had chosen to stay silent: no "
                                   "admission was drawn out against {name}'s will.", **words),
                                 elicited))
            continue
        how, use = _links.reliance(ctx, s)
        if how == "unknown":
            how, use = _links.reliance(ctx, s, as_statement=False)
        said = _("After {name} had chosen to stay silent under questioning, an agent of the "
                 "authorities drew admissions out of {name} through {what}.", **words)
        if how in ("relied", "admitted"):
            out.append(breach(_("{said} They were used at trial, obtained in defiance of {name}'s "
                                "will to stay silent.", said=said, name=ctx.name),
                              elicited, *use))
        elif how == "excluded":
            out.append(compliant(_("{said} They were excluded from the evidence.", said=said),
                                 elicited, *use))
        else:
            out.append(unknown(_("Were the admissions drawn out of {name} through {what} used "
                                 "at trial?", **words), reason=said, facts=(elicited,)))
    return out


def _suspect_when(ctx: Context, i: Interrogation) -> tuple[Fact | None, str | None]:
    """Whether the person was already a suspect when questioned at ``i``: questioned as a
    suspect or accused, or as a 'witness' though suspected, or arrested or suspected before
    it. The fact (``value`` False: not yet suspected), or the question that decides it."""
    capacity = ctx.fact(i, "questioned_as")
    if capacity.value in (QuestionedAs.SUSPECT, QuestionedAs.ACCUSED):
        return attrs.evolve(capacity, value=True), None
    if capacity.value is QuestionedAs.WITNESS or i.as_witness is not None:
        return _links.suspect_as_witness(ctx, i)
    if i.date is not None:
        start = i.date.earliest
        dated = [e for e in (*ctx.events(Suspected), *ctx.events(Arrest)) if e.date is not None]
        for e in dated:
            if e.date is not None and e.date.latest <= start:
                return ctx.fact(e), None
        # Suspected only after the questions were over: a witness then, not yet a suspect.
        end = i.date.latest + timedelta(hours=i.duration_hours or 0)
        later = [e for e in dated if isinstance(e, Suspected)
                 and e.date is not None and e.date.earliest > end]
        if later and len(later) == len(dated):
            return attrs.evolve(ctx.fact(later[0]), value=False), None
    return None, _("Did the authorities already suspect {name} when they asked {name} questions "
                   "{when}? If so, record when (a 'suspected' event).", name=ctx.name,
                   when=ctx.when(i))


def _unwarned(ctx: Context) -> list[Decision]:
    """Answers a suspect gave to questions put on the spot, outside custody, without being told
    of the right to remain silent, used at trial: outside the right to a lawyer at questioning,
    so weighed here as the privilege against self-incrimination (Aleksandr Zaichenko v Russia:
    a violation of art 6(1), the driver already suspected, not told he could stay silent, his
    admissions used; no violation of art 6(3)(c)). Within the right to a lawyer the missing
    warning is weighed with the restriction of counsel (counsel.overall-fairness, Ibrahim
    §274), not twice."""
    out: list[Decision] = []
    for st in _links.pretrial_statements(ctx):
        i = _links.interrogation_of(ctx, st)
        if i is None or st.compelled_by_law is True or not _links.outside_custody(ctx, i)[0]:
            continue
        words = {"name": ctx.name, "when": ctx.when(i), "statement": ctx.label(st)}
        told = ctx.fact(i, "informed_of_right_to_silence")
        if told.value is True:
            out.append(compliant(_("{name} was told of the right to remain silent before "
                                   "answering questions {when}.", **words), told))
            continue
        suspect, question = _suspect_when(ctx, i)
        if suspect is None:
            out.append(unknown(question or _(
                "Did the authorities already suspect {name} when they asked {name} questions "
                "{when}?", **words)))
            continue
        if suspect.value is False:
            out.append(compliant(_("{name} was not yet suspected when asked questions {when}: "
                                   "no warning of the right to remain silent was due then.",
                                   **words), suspect))
            continue
        if told.value is None:
            out.append(unknown(_("Was {name}, already a suspect, told of the right to remain "
                                 "silent before answering questions {when} "
                                 "('informed_of_right_to_silence')?", **words)))
            continue
        how, use = _links.reliance(ctx, st)
        if how == "excluded":
            out.append(compliant(_capital(_("{statement}, made without a warning of the right "
                                            "to remain silent, was excluded.", **words)),
                                 *use))
            continue
        if how == "unknown":
            out.append(unknown(_("Was {statement}, made without a warning of the right to "
                                 "remain silent, used against {name} at trial?", **words),
                               facts=(told, suspect)))
            continue
        out.append(_weigh_unwarned(ctx, st, told, suspect, use, words))
    return out


def _weigh_unwarned(ctx: Context, st: Confession | Statement, told: Fact, suspect: Fact,
                    use: tuple[Fact, ...], words: dict[str, str]) -> Decision:
    """The use of an unwarned suspect's answers: the missing warning, how heavily the
    conviction rested on them, a retraction, a lawyer present all the same, the person's
    vulnerability."""
    factors = [Factor(_("{name}, already a suspect, was asked questions {when} without being "
                        "told of the right to remain silent, and {statement} was used against "
                        "{name}.", **words), Toward.BREACH, 2, (told, suspect, *use))]
    missing: list[Missing] = []
    weight = _links.weight_of(ctx, st)
    if weight is not None:
        toward, n = _links.weight_toward(weight.value)
        factors.append(Factor(_(_WEIGHT_FACTORS[weight.value]), toward, n, (weight,)))
    else:
        missing.append(Missing(_("How much did the conviction rest on {statement}?", **words),
                               2))
    for r in _links.retractions_of(ctx, st):
        factors.append(Factor(_("{name} retracted {statement} {when}.", name=ctx.name,
                                statement=words["statement"], when=ctx.when(r)),
                              Toward.BREACH, 1, (ctx.fact(r),)))
    counsel = _links.counsel_at(ctx, st)
    if counsel is not None and counsel.value is True:
        factors.append(Factor(_("A lawyer was present when it was made."), Toward.FAIRNESS, 2,
                              (counsel,)))
    if ctx.person is not None and (ctx.person.minor or ctx.person.vulnerable):
        factors.append(Factor(_("{name} was a minor or otherwise vulnerable.", name=ctx.name),
                              Toward.BREACH, 1))
    return weigh(_("Weighing the use of {statement}: {name} was asked questions on the spot "
                   "{when}, outside custody, without being told of the right to remain silent "
                   "(Aleksandr Zaichenko v Russia: the privilege against self-incrimination "
                   "protects a suspect from the moment of suspicion, not only in custody).",
                   **words),
                 factors, missing,
                 breach_text=_("using what {name} said, unwarned, breached the privilege "
                               "against self-incrimination.", **words),
                 fair_text=_("using what {name} said did not make the trial unfair.", **words),
                 tie_question=_("Did {name} repeat {statement} later, after being told of the "
                                "right to remain silent or with a lawyer, and how strong was the "
                                "other evidence?", **words))


def _silence_inferences(ctx: Context) -> list[Decision]:
    """Adverse inferences a conviction drew from silence under questioning, weighed as the
    Court weighs them: drawing them is not in itself incompatible with the right to silence,
    but a conviction may not rest solely or mainly on silence, and silence may count only where
    the evidence clearly called for an explanation (John Murray v UK [GC]); a jury must be
    directed that it may draw an inference only if satisfied that the silence could sensibly be
    put down only to having no answer, or none that would stand up to questioning, above all
    where the accused gave legal advice as the reason (Condron v UK: violation); a judge
    sitting alone who explained the inference in a reasoned judgment, on a strong case, is a
    safeguard (Averill v UK: no violation). Whether silence kept without a lawyer could be held
    against the accused at all is counsel.overall-fairness's question (John Murray)."""
    interrogations = ctx.events(Interrogation)
    out: list[Decision] = []
    for v in _links.convictions(ctx):
        drawn = ctx.fact(v, "inference_from_silence")
        words = {"name": ctx.name, "when": ctx.when(v)}
        if drawn.value is None:
            # Asked only where the record makes it likely: silent after a warning that silence
            # could count, with a lawyer (without one, counsel.overall-fairness asks).
            # Read as facts: a detail found untrue says nothing either way.
            silent = [w for i in interrogations
                      if (w := ctx.fact(i, "silence_inference_warned")).value is True
                      and ctx.fact(i, "statement_taken").value is False
                      and ctx.fact(i, "counsel_present").value is not False]
            if silent:
                out.append(unknown(_("Did the court that convicted {name} {when} draw adverse "
                                     "inferences from the silence {name} kept when "
                                     "questioned?", **words),
                                   reason=_("{name} stayed silent when questioned, after a "
                                            "warning that silence could be held against them "
                                            "at trial.", name=ctx.name),
                                   facts=tuple(silent)))
            continue
        if drawn.value is not True:
            continue
        case = ctx.fact(v, "case_called_for_explanation")
        if case.value is False:
            out.append(breach(_("The court drew adverse inferences from {name}'s silence {when}, "
                                "though the other evidence did not make a case that called for "
                                "an explanation: a conviction may not rest solely or mainly on "
                                "silence (John Murray v UK [GC]).", **words), drawn, case))
            continue
        factors: list[Factor] = []
        missing: list[Missing] = []
        advice = [ctx.fact(i, "silent_on_legal_advice") for i in interrogations]
        advised = [f for f in advice if f.value is True]
        jury = ctx.fact(v, "jury")
        # A jury left free to hold silence against the accused despite the legal advice they
        # gave as its reason gives no reasons: the strength of the other evidence cannot show
        # that it did not rest on the silence (Condron v UK). Where the accused gave no such
        # reason, it still counts (Adetoro v UK: no violation).
        unknowable = (jury.value is True and bool(advised)
                      and ctx.fact(v, "silence_direction_proper").value is False)
        if case.value is True and unknowable:
            factors.append(Factor(_("The other evidence made a case that called for an "
                                    "explanation from {name}, but it cannot show that the jury "
                                    "did not rest on the silence.", name=ctx.name),
                                  Toward.FAIRNESS, 0, (case,)))
        elif case.value is True:
            factors.append(Factor(_("The other evidence made a case that clearly called for an "
                                    "explanation from {name}, so the conviction did not rest "
                                    "solely or mainly on the silence.", name=ctx.name),
                                  Toward.FAIRNESS, 2, (case,)))
        else:
            missing.append(Missing(_("Did the other evidence against {name} make a case that "
                                     "clearly called for an explanation, or did the conviction "
                                     "rest solely or mainly on the silence?", name=ctx.name), 2))
        if advised:
            factors.append(Factor(_("{name} said they stayed silent on a lawyer's advice: the "
                                    "advice may explain the silence, which calls for particular "
                                    "care before holding it against them.", name=ctx.name),
                                  Toward.BREACH, 1, tuple(advised)))
        elif not any(f.value is False for f in advice):
            missing.append(Missing(_("Did {name} stay silent on a lawyer's advice, and give that "
                                     "as the reason at trial?", name=ctx.name), 1))
        if jury.value is True:
            direction = ctx.fact(v, "silence_direction_proper")
            if direction.value is True:
                factors.append(Factor(_("The jury was directed that it could draw an inference "
                                        "only if satisfied that the silence could sensibly be "
                                        "put down only to {name} having no answer, or none that "
                                        "would stand up to questioning.", name=ctx.name),
                                      Toward.FAIRNESS, 2, (jury, direction)))
            elif direction.value is False:
                factors.append(Factor(
                    _("The jury was not directed that it could draw an inference only if "
                      "satisfied that the silence could sensibly be put down only to {name} "
                      "having no answer, so it was left free to hold the silence against "
                      "{name} even if it accepted the legal advice as the reason; a jury gives "
                      "no reasons, so what weight it gave the silence cannot be known (Condron "
                      "v UK).", name=ctx.name) if advised else
                    _("The jury was not directed that it could draw an inference only if "
                      "satisfied that the silence could sensibly be put down only to {name} "
                      "having no answer, or none that would stand up to questioning.",
                      name=ctx.name),
                    Toward.BREACH, 3 if advised else 2, (jury, direction, *advised)))
            else:
                missing.append(Missing(_("Was the jury directed that it could draw an inference "
                                         "from {name}'s silence only if satisfied that it could "
                                         "sensibly be put down only to {name} having no answer, "
                                         "or none that would stand up to questioning?",
                                         name=ctx.name), 3))
        elif jury.value is False:
            reasons = ctx.fact(v, "reasons")
            if reasons.value is Reasons.REASONED:
                factors.append(Factor(_("Professional judges, not a jury, drew the inference, "
                                        "and explained it in a reasoned judgment open to review "
                                        "on appeal."), Toward.FAIRNESS, 2, (jury, reasons)))
            elif reasons.value is not None:
                factors.append(Factor(_("Professional judges drew the inference but gave no "
                                        "reasons that engage with the evidence, so the weight "
                                        "they gave the silence cannot be reviewed."),
                                      Toward.BREACH, 2, (jury, reasons)))
            else:
                missing.append(Missing(_("Did the judges explain in their judgment why they drew "
                                         "the inference from {name}'s silence and what weight "
                                         "they gave it?", name=ctx.name), 2))
        else:
            missing.append(Missing(_("Was guilt decided by a jury or by professional judges, "
                                     "and how was the inference from {name}'s silence directed "
                                     "or explained?", name=ctx.name), 3))
        warned = [ctx.fact(i, "silence_inference_warned") for i in interrogations]
        if any(f.value is True for f in warned):
            factors.append(Factor(_("{name} was warned when questioned that silence could be "
                                    "held against them at trial.", name=ctx.name),
                                  Toward.FAIRNESS, 1,
                                  tuple(f for f in warned if f.value is True)))
        elif any(f.value is False for f in warned):
            factors.append(Factor(_("{name} was not warned when questioned that silence could "
                                    "be held against them at trial.", name=ctx.name),
                                  Toward.BREACH, 1, tuple(f for f in warned if f.value is False)))
        else:
            missing.append(Missing(_("Was {name} warned when questioned that silence could be "
                                     "held against them at trial?", name=ctx.name), 1))
        out.append(weigh(
            _("Weighing the adverse inferences the court drew {when} from {name}'s silence when "
              "questioned (John Murray v UK [GC]: silence may count where the evidence clearly "
              "calls for an explanation, never as the sole or main basis of a conviction; "
              "Condron v UK: a jury must be properly directed on it; Averill v UK).", **words),
            factors, missing,
            breach_text=_("drawing the inferences as it was done made the trial unfair."),
            fair_text=_("the inferences were drawn with the safeguards the right to silence "
                        "requires.")))
    return out


def _statement_used(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    compelled = [_compelled_used(ctx, s) for s in _links.pretrial_statements(ctx)
                 if s.compelled_by_law is True]
    compelled += _elicited(ctx)
    compelled += _unwarned(ctx)
    compelled += _silence_inferences(ctx)
    compelled += [d for c in _links.charges_of(ctx) if c.refusal_to_answer is True
                  if (d := _refusal_punished(ctx, c)) is not None]
    if not tainted:
        return worst((*_possibly_tainted(ctx), *compelled), empty=not_applicable(_(
            "No statement of {name}, or used against {name}, is said to have been coerced.",
            name=ctx.name)))

    cite = Allegations(shared=len(tainted) > 1)

    def one(s: Confession | Statement, coercion: tuple[Fact, ...]) -> Decision:
        how, use = _links.reliance(ctx, s)
        own = not (isinstance(s, Statement) and ctx.person is not None
                   and ctx.person.id not in s.subjects)
        words = {"statement": ctx.label(s), "name": ctx.name}
        if not own:
            words["whom"] = join([ctx.case.name_of(m) for m in s.subjects]) or p_(
                "the maker of a statement", "another person")
        if how == "excluded":
            return compliant(_capital(
                _("{statement}, said to be coerced, was excluded.", **words) if own else
                _("{statement} by {whom}, used against {name}, said to be coerced, was "
                  "excluded.", **words)), *use)
        if how == "unknown" and not (isinstance(s, Statement) and not own):
            return unknown(_("Was {statement}, said to be coerced, used in evidence?", **words))
        treatments = [f.event for f in coercion if isinstance(f.event, IllTreatment)]
        if not own:
            # Harutyunyan §§63-66; El Haski §85: a witness's or co-accused's statement obtained
            # by ill-treatment makes the trial unfair whatever its weight.
            if not treatments:
                # Only the maker's word that it was coerced (a retraction): the automatic rule
                # needs ill-treatment shown, not alleged (Harutyunyan; El Haski).
                text = _used(_OTHERS_RETRACTED, how, **words)
                return cite.refer(unknown(_("Did {whom} describe ill-treatment, and what did "
                                            "the court find of it and of the reliability of "
                                            "{statement} by {whom}, used against {name}?",
                                            **words),
                                          reason=text, facts=(*coercion, *use)),
                                  text, (*coercion, *use))
            if not any(_links.reaches_art7(t) for t in treatments):
                text = _used(_OTHERS_PRESSED, how, **words)
                return cite.refer(unknown(_("Did the pressure on {whom} amount to "
                                            "ill-treatment, and how did the court assess the "
                                            "reliability of {statement} by {whom}, used against "
                                            "{name}?", **words),
                                          reason=text, facts=(*coercion, *use)),
                                  text, (*coercion, *use))
            text = _used(_OTHERS_ILL_TREATED, how, **words)
            return cite.breach(text, (*coercion, *use), cites=_cat)
        pressure = [f.event for f in coercion if isinstance(f.event, IllTreatment)]
        if _established(coercion) and pressure and not any(
                _links.reaches_art7(t) for t in pressure):
            # Pressure short of ill-treatment (promises, prolonged questioning) is not caught
            # by the absolute rule: whether it was undue is weighed (Jalloh; Ibrahim §§266-273;
            # GC32 para 41's "undue" pressure).
            return _weigh_pressure(ctx, s, how, coercion, use)
        if _established(coercion):
            text = _used(_USED_COERCED, how, **words)
            return cite.breach(text, (*coercion, *use), cites=_cat)
        unexamined = [f for f in _court_examined(ctx) if f.value is False]
        if unexamined:
            return breach(_used(_USED_UNEXAMINED, how, **words), *use, *unexamined)
        relying = {f.event.id for f in use if f.detail == "relied_on"}
        reversed_ = [f for v in ctx.events(Verdict) if not relying or v.id in relying
                     if (f := ctx.fact(v, "burden_reversed")).value is True]
        if reversed_:
            # The court's answer is on the record: the accused had to prove the coercion, so
            # the State never proved the statement voluntary (Singarasa; Kurbonov para 6.3).
            return breach(_used(_USED_BURDEN_REVERSED, how, **words), *use, *reversed_)
        if any(f.value is True for f in _court_examined(ctx)):
            return unknown(_("Did the court require the prosecution to prove the statement "
                             "voluntary, and on what evidence did it reject the claim?"),
                           reason=_used(_USED_EXAMINED, how, **words), facts=use)
        # The maker's word alone, and nothing on how the court answered it: the claim is not
        # proof, and the court's answer decides (GC32 para 41), so it is asked.
        text = _used(_USED_SAYS_COERCED, how, **words)
        return cite.refer(unknown(_("Did the court examine {name}'s claim that {statement} was "
                                    "coerced, and did the prosecution have to prove it "
                                    "voluntary?", **words),
                                  reason=text, facts=(*coercion, *use)),
                          text, (*coercion, *use))

    return cite.lead(worst((*(one(s, c) for s, c in tainted), *_possibly_tainted(ctx),
                            *compelled), empty=not_applicable("")))


def _compelled_used(ctx: Context, s: Confession | Statement) -> Decision:
    """The use of answers given under a legal duty to answer backed by a penalty, weighed as
    the Court weighs it (Saunders v UK; O'Halloran and Francis v UK [GC] §55; Jalloh [GC]
    §117): the nature and degree of the compulsion, the safeguards (a duty that came with a
    regulated activity the person chose, a duty limited to one narrow fact), and the use made
    of the answers. A lawyer's presence does not lift the duty, so it is not counted."""
    words = {"statement": ctx.label(s), "name": ctx.name}
    duty = ctx.fact(s, "compelled_by_law")
    how, use = _links.reliance(ctx, s)
    if how == "excluded":
        return compliant(_capital(_("{statement}, given under a legal duty to answer, was "
                                    "excluded.", **words)), *use)
    if how == "unknown":
        return unknown(_("Was {statement}, given under a legal duty to answer, used in evidence "
                         "against {name}?", **words), facts=(duty,))
    factors: list[Factor] = []
    missing: list[Missing] = []
    penalty = ctx.fact(s, "compulsion_penalty")
    if penalty.value is CompulsionPenalty.IMPRISONMENT:
        factors.append(Factor(_("{name} faced imprisonment for refusing to answer.", **words),
                              Toward.BREACH, 2, (duty, penalty)))
    elif penalty.value is CompulsionPenalty.FINE:
        factors.append(Factor(_("Refusing to answer was punishable by a fine, not by "
                                "imprisonment.", **words), Toward.FAIRNESS, 1, (penalty,)))
    elif penalty.value is None:
        missing.append(Missing(_("What penalty did {name} face for refusing to answer: a fine "
                                 "or imprisonment?", **words), 2))
    scheme = ctx.fact(s, "regulatory_scheme")
    if scheme.value is True:
        factors.append(Factor(_("The duty came with an activity {name} chose to take up under a "
                                "regulatory regime, and with its responsibilities.", **words),
                              Toward.FAIRNESS, 2, (scheme,)))
    narrow = ctx.fact(s, "compulsion_narrow")
    if narrow.value is True:
        factors.append(Factor(_("The duty reached only a narrow, specific fact, not the matter "
                                "at large."), Toward.FAIRNESS, 1, (narrow,)))
    weight = _links.weight_of(ctx, s)
    if weight is None:
        missing.append(Missing(_("How much did the conviction rest on {statement}?", **words),
                               2))
    elif _links.USE_WEIGHT[weight.value] >= 2:
        charges = _links.charges_of(ctx)
        serious = [c for c in charges if c.custodial_penalty is True]
        if serious:
            factors.append(Factor(_("It was main or decisive evidence of a charge punishable by "
                                    "imprisonment ({charge}).", charge=serious[0].description),
                                  Toward.BREACH, 2,
                                  (weight, _links.charge_fact(ctx, serious[0]))))
        elif charges and all(c.custodial_penalty is False for c in charges):
            factors.append(Factor(_("It was main or decisive evidence, but of a minor offence "
                                    "not punishable by imprisonment."), Toward.BREACH, 1,
                                  (weight,)))
        else:
            factors.append(Factor(_("It was main or decisive evidence of the charge."),
                                  Toward.BREACH, 1, (weight,)))
            missing.append(Missing(_("Could the offence {name} was convicted of be punished by "
                                     "imprisonment?", **words), 1))
    else:
        factors.append(Factor(_(_WEIGHT_FACTORS[weight.value]), Toward.FAIRNESS, 2, (weight,)))
    return weigh(_("Weighing the use of {statement}, given under a legal duty to answer backed "
                   "by a penalty (Saunders v UK; O'Halloran and Francis v UK [GC]: the nature "
                   "and degree of the compulsion, the safeguards, the use made of the answers). "
                   "A lawyer's presence does not lift such a duty, so it is not counted.",
                   **words),
                 factors, missing,
                 breach_text=_("using the compelled answers destroyed the essence of the "
                               "privilege against self-incrimination."),
                 fair_text=_("using the compelled answers did not destroy the essence of the "
                             "privilege against self-incrimination."),
                 tie_question=_("What safeguards limited {name}'s duty to answer (a defence of "
                                "not knowing the answer, a bar on using the answers), and what "
                                "else proved the charge?", **words))


def _convicted_of(ctx: Context, c: Charge) -> Verdict | Literal[False] | None:
    """The verdict that convicted the person of ``c``; False where no verdict did (acquitted of
    it, or no conviction); None where a partial conviction does not say of which charges."""
    maybe = False
    for v in _links.convictions(ctx):
        for r in v.results:
            if r.person != c.defendant or c.id in r.acquitted_of:
                continue
            if c.id in r.charges or (not r.charges and r.outcome is VerdictOutcome.CONVICTED):
                return v
            if not r.charges and r.outcome is VerdictOutcome.PARTLY_CONVICTED:
                maybe = True
    return None if maybe else False


def _refusal_punished(ctx: Context, c: Charge) -> Decision | None:
    """A conviction for refusing to answer, or for silence, weighed as the Court weighs the
    use of compelled answers, since the punishment is then the compulsion carried out
    (Heaney and McGuinness v Ireland: imprisonment for refusing to account for one's
    movements destroyed the very essence of the privilege against self-incrimination and the
    right to silence; O'Halloran and Francis v UK [GC] and Weh v Austria: a fine for refusing
    to name the driver, under a regulatory regime the keeper accepted, a narrow duty, no
    violation). None where the person was not convicted of it: the threat was not carried
    out."""
    words = {"name": ctx.name, "charge": c.description}
    verdict = _convicted_of(ctx, c)
    if verdict is False:
        return None
    if not isinstance(verdict, Verdict):
        return unknown(_("Was {name} convicted of {charge}, the refusal to answer?", **words))
    charge = _links.charge_fact(ctx, c)
    factors = [Factor(_("{name} was convicted of {charge}: punished for refusing to answer.",
                        **words), Toward.BREACH, 2, (charge, ctx.fact(verdict)))]
    missing: list[Missing] = []
    if c.custodial_penalty is True:
        factors.append(Factor(_("Refusing to answer was punishable by imprisonment."),
                              Toward.BREACH, 2, (charge,)))
    elif c.custodial_penalty is False:
        factors.append(Factor(_("Refusing to answer was punishable by a fine, not by "
                                "imprisonment."), Toward.FAIRNESS, 1, (charge,)))
    else:
        missing.append(Missing(_("Could {name}'s refusal to answer be punished by "
                                 "imprisonment?", **words), 2))
    if c.regulatory_scheme is True:
        factors.append(Factor(_("The duty came with an activity {name} chose to take up under a "
                                "regulatory regime, and with its responsibilities.", **words),
                              Toward.FAIRNESS, 2, (charge,)))
    if c.compulsion_narrow is True:
        factors.append(Factor(_("The duty reached only a narrow, specific fact, not the matter "
                                "at large."), Toward.FAIRNESS, 1, (charge,)))
    if c.suspect_when_required is False:
        factors.append(Factor(_("When the answers were demanded, no proceedings against {name} "
                                "were pending or in view: the link to a prosecution of {name} "
                                "was remote (Weh v Austria).", **words),
                              Toward.FAIRNESS, 2, (charge,)))
    return weigh(_("Weighing {name}'s conviction for refusing to answer ({charge}), as "
                   "compelled answers are weighed (Heaney and McGuinness v Ireland; "
                   "O'Halloran and Francis v UK [GC]; Weh v Austria: the nature and degree of "
                   "the compulsion, the safeguards, the person's position when asked).",
                   **words),
                 factors, missing,
                 breach_text=_("punishing the refusal destroyed the essence of the privilege "
                               "against self-incrimination and of the right to silence."),
                 fair_text=_("punishing the refusal did not destroy the essence of the "
                             "privilege against self-incrimination."),
                 tie_question=_("What safeguards limited {name}'s duty to answer (a defence of "
                                "not knowing the answer, a bar on using the answers), and what "
                                "else proved the charge?", **words))


# How much a conviction rested on a statement, as a factor of the weighing (Weight's values).
_WEIGHT_FACTORS = _links.IT_WAS


def _weigh_pressure(ctx: Context, s: Confession | Statement, how: str,
                    coercion: tuple[Fact, ...], use: tuple[Fact, ...]) -> Decision:
    """Whether pressure short of ill-treatment made the use of a statement unfair: its kind,
    the safeguards at the time, the person's vulnerability, and how much the conviction
    rested on it."""
    factors: list[Factor] = []
    missing: list[Missing] = []
    kinds = {k for f in coercion if isinstance(f.event, IllTreatment) for k in f.event.treatment}
    # One item a separate allegation, each already 'A and B'.
    words = ", ".join(_links.treatment_words(f.event) for f in coercion
                      if isinstance(f.event, IllTreatment))
    what = ctx.label(s)
    heavy = bool(kinds & {Treatment.PSYCHOLOGICAL_PRESSURE, Treatment.PROLONGED_QUESTIONING})
    factors.append(Factor(_used(_USED_UNDER_PRESSURE, how, statement=what, words=words),
                          Toward.BREACH, 2 if heavy else 1, tuple(coercion)))
    counsel = _links.counsel_at(ctx, s)
    if counsel is not None and counsel.value is True:
        factors.append(Factor(_("A lawyer was present when it was made."), Toward.FAIRNESS, 2,
                              (counsel,)))
    elif counsel is not None:
        factors.append(Factor(_("No lawyer was present when it was made."), Toward.BREACH, 1,
                              (counsel,)))
    else:
        missing.append(Missing(_("Was a lawyer present when {name} made {statement}?",
                                 name=ctx.name, statement=what), 2))
    if ctx.person is not None and (ctx.person.minor or ctx.person.vulnerable):
        factors.append(Factor(_("{name} was a minor or otherwise vulnerable.", name=ctx.name),
                              Toward.BREACH, 1))
    weight = _links.weight_of(ctx, s)
    if weight is not None:
        n = _links.USE_WEIGHT[weight.value]
        factors.append(Factor(_(_WEIGHT_FACTORS[weight.value]),
                              Toward.BREACH if n >= 2 else Toward.FAIRNESS,
                              2 if n != 2 else 1, (weight,)))
    else:
        missing.append(Missing(_("How much did the conviction rest on {statement}?",
                                 statement=what), 2))
    weighed = weigh(_("Weighing the use of {statement}, obtained under pressure short of "
                      "ill-treatment (Jalloh; Ibrahim §§266-273: the nature and degree of the "
                      "pressure, the safeguards, the use made of the statement).",
                      statement=what),
                    factors, missing,
                    breach_text=_("the pressure was undue and its fruit made the trial unfair."),
                    fair_text=_("the pressure did not make the use of the statement unfair."))
    # The Covenant bars the pressure itself, physical or undue psychological, aimed at a
    # confession, and so its fruit used in evidence (GC32 para 41): the Committee does not
    # weigh the safeguards or the weight (Burdyko v Belarus, audit17b: "duress" left open).
    # Promises and long questioning alone are not plainly undue, and stay weighed.
    aimed = [f for f in coercion if isinstance(f.event, IllTreatment)
             and f.event.to_obtain_statement is True
             and set(f.event.treatment) & {Treatment.OTHER, Treatment.PSYCHOLOGICAL_PRESSURE}]
    if aimed and how in ("relied", "admitted") and weighed.outcome not in (
            Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
        return covenant_only(breach(
            _("{statement} was obtained by pressure aimed at a confession ({words}) and was "
              "used in evidence. The Covenant bars any direct or indirect physical or undue "
              "psychological pressure to obtain a confession, and the use of what it produced "
              "(GC32 para 41); the European Convention weighs pressure short of ill-treatment "
              "against the fairness of the trial as a whole, so this breach rests on the "
              "Covenant alone.", statement=_capital(what), words=words),
            *aimed, *use, against=weighed.reasons, questions=weighed.questions))
    return weighed


STATEMENT_USED = Criterion(
    id="confessions.coerced-statement-used",
    area=Area.CONFESSIONS,
    title="Coerced statements not used in evidence",
    question="Was any statement obtained by torture, ill-treatment or undue pressure kept out "
             "of evidence, and were any punishment for refusing to answer, any adverse "
             "inference drawn from silence and any use of a suspect's answers given without a "
             "warning of the right to silence compatible with the privilege against "
             "self-incrimination?",
    citations=(
        iccpr("14(3)(g)"), iccpr("7"),
        general_comment(32, "6", confirmed=True), _GC32_41,
        general_comment(20, "12", confirmed=False),
        ecthr("Gäfgen v Germany [GC], no. 22978/05, 1 June 2010", "§§165-167"),
        ecthr("Harutyunyan v Armenia, no. 36549/03, 28 June 2007", "§§63-66"),
        ecthr("El Haski v Belgium, no. 649/08, 25 Sept 2012", "§85"),
        ecthr("Saunders v United Kingdom, no. 19187/91, 17 December 1996"),
        ecthr("O'Halloran and Francis v United Kingdom [GC], nos. 15809/02 and 25624/02, "
              "29 June 2007", "§55"),
        ecthr("Jalloh v Germany [GC], no. 54810/00, 11 July 2006", "§117"),
        ecthr("Heaney and McGuinness v Ireland, no. 34720/97, 21 December 2000"),
        ecthr("Weh v Austria, no. 38544/97, 8 April 2004"),
        ecthr("Allan v UK, no. 48539/99, 5 November 2002"),
        ecthr("Bykov v Russia [GC], no. 4378/02, 10 March 2009"),
        ecthr("John Murray v UK [GC], no. 18731/91, 8 February 1996"),
        ecthr("Condron v UK, no. 35718/97, 2 May 2000"),
        ecthr("Averill v UK, no. 36408/97, 6 June 2000"),
        ecthr("Adetoro v UK, no. 46834/06, 20 April 2010"),
        ecthr("Aleksandr Zaichenko v Russia, no. 39660/02, 18 February 2010"),
        *_BURDEN_VIEWS,
    ),
    severity=Severity.GRAVE,
    reads=("ill_treatment", "retraction.alleges_coercion", "evidence.derived_from",
           "surveillance.elicited_after_silence",
           "evidence.ruling", "verdict.relied_on", "verdict.addressed_retraction",
           "verdict.burden_reversed",
           "statement.compelled_by_law", "statement.compulsion_penalty",
           "statement.regulatory_scheme", "statement.compulsion_narrow", "statement.weight",
           "charge.custodial_penalty", "charge.refusal_to_answer", "charge.regulatory_scheme",
           "charge.compulsion_narrow", "charge.suspect_when_required", "verdict.results",
           "verdict.inference_from_silence", "verdict.case_called_for_explanation",
           "verdict.jury", "verdict.silence_direction_proper", "verdict.reasons",
           "interrogation.silent_on_legal_advice", "interrogation.silence_inference_warned",
           "interrogation.statement_taken", "interrogation.informed_of_right_to_silence",
           "interrogation.on_the_spot", "interrogation.in_custody", "statement.in_custody",
           "interrogation.questioned_as", "suspected", "arrest"),
    decide=_statement_used,
    depends_on=("confessions.coercion",),
    affects_outcome=True,
)


def _is_torture(facts: Sequence[Fact]) -> bool:
    return any(isinstance(f.event, IllTreatment) and _links.is_torture(f.event) for f in facts)


def _real_evidence_sources(ctx: Context) -> list[tuple[Event, tuple[Fact, ...], str]]:
    """What real evidence may have come from: a coerced statement, ill-treatment itself (a
    beating to hand something over), or a forced bodily intervention; with the coercion facts
    and the evidence, as a sentence names it."""
    sources: list[tuple[Event, tuple[Fact, ...], str]] = [
        (s, c, _("real evidence obtained through the coerced statement {when}",
                 when=ctx.when(s))) for s, c in _tainted(ctx)
        if not isinstance(s, Statement) or ctx.person is None
        or ctx.person.id in s.subjects]
    for t in ctx.events(IllTreatment):
        if _links.evidence_from(ctx, t.id):
            sources.append((t, (ctx.fact(t),),
                            _("real evidence obtained through the ill-treatment {when} "
                              "({words})", when=ctx.when(t),
                              words=_links.treatment_words(t))))
    for b in ctx.events(BodilyIntervention):
        if _links.evidence_from(ctx, b.id):
            sources.append((b, (ctx.fact(b, "forced"),), _(
                "real evidence obtained through the {procedure} {when}",
                procedure=b.procedure, when=ctx.when(b)) if b.procedure else _(
                "real evidence obtained through the bodily intervention {when}",
                when=ctx.when(b))))
    return sources


def _affected_outcome(ctx: Context, source: Event,
                      derived: set[str]) -> tuple[bool | None, str, str]:
    """Whether evidence from ``source`` affected the conviction (Gäfgen §178): True where it
    was the sole or decisive evidence or nothing independent of it was relied on; False where
    other independent evidence carried the conviction; None when the record cannot say. With
    why (a key of ``_RESTED`` or ``_ADMITTED``) and the other evidence named."""
    for e in _links.evidence_from(ctx, source.id):
        if e.weight in (Weight.SOLE, Weight.DECISIVE, Weight.CORROBORATIVE,
                        Weight.NOT_RELIED_ON):
            return e.weight in (Weight.SOLE, Weight.DECISIVE), e.weight.value, ""
    for v in _links.convictions(ctx):
        independent = sorted(set(v.relied_on) - derived - {source.id})
        if independent:
            return False, "other", join([_title(ctx, i) for i in independent])
        if v.other_evidence is False:
            return True, "nothing", ""
    return None, "", ""


def _title(ctx: Context, item_id: str) -> str:
    item = ctx.case.get(item_id)
    named: str | None = getattr(item, "title", None) or getattr(item, "description", None)
    return named or (ctx.label(item) if isinstance(item, Event) else item_id)


# Why evidence found through coercion affected the outcome, or did not; the second of each
# pair where the source was a bodily intervention, which may itself be inhuman treatment.
_RESTED = {
    "sole": (
        T_("The conviction rested on {what}: it was the only evidence against the accused, so "
           "it affected the outcome."),
        T_("The conviction rested on {what} (a forced, risky procedure may amount to inhuman "
           "or degrading treatment): it was the only evidence against the accused, so it "
           "affected the outcome.")),
    "decisive": (
        T_("The conviction rested on {what}: it was so important that it likely determined the "
           "outcome, so it affected the outcome."),
        T_("The conviction rested on {what} (a forced, risky procedure may amount to inhuman "
           "or degrading treatment): it was so important that it likely determined the "
           "outcome, so it affected the outcome.")),
    "nothing": (
        T_("The conviction rested on {what}: nothing independent of it supported the "
           "conviction, so it affected the outcome."),
        T_("The conviction rested on {what} (a forced, risky procedure may amount to inhuman "
           "or degrading treatment): nothing independent of it supported the conviction, so "
           "it affected the outcome.")),
}
_ADMITTED = {
    "corroborative": (
        T_("The court admitted {what}, but it was corroborative of other evidence that suffices "
           "on its own; evidence obtained through ill-treatment short of torture makes the "
           "trial unfair only if it affected the outcome."),
        T_("The court admitted {what} (a forced, risky procedure may amount to inhuman or "
           "degrading treatment), but it was corroborative of other evidence that suffices on "
           "its own; evidence obtained through ill-treatment short of torture makes the trial "
           "unfair only if it affected the outcome.")),
    "not_relied_on": (
        T_("The court admitted {what}, but it was not relied on by the court; evidence obtained "
           "through ill-treatment short of torture makes the trial unfair only if it affected "
           "the outcome."),
        T_("The court admitted {what} (a forced, risky procedure may amount to inhuman or "
           "degrading treatment), but it was not relied on by the court; evidence obtained "
           "through ill-treatment short of torture makes the trial unfair only if it affected "
           "the outcome.")),
    "other": (
        T_("The court admitted {what}, but the conviction rested on other evidence as well "
           "({evidence}); evidence obtained through ill-treatment short of torture makes the "
           "trial unfair only if it affected the outcome."),
        T_("The court admitted {what} (a forced, risky procedure may amount to inhuman or "
           "degrading treatment), but the conviction rested on other evidence as well "
           "({evidence}); evidence obtained through ill-treatment short of torture makes the "
           "trial unfair only if it affected the outcome.")),
}
_UNWEIGHED = {
    "relied": (T_("The conviction relied on {what}."),
               T_("The conviction relied on {what} (a forced, risky procedure may amount to "
                  "inhuman or degrading treatment).")),
    "admitted": (T_("The court admitted {what}."),
                 T_("The court admitted {what} (a forced, risky procedure may amount to inhuman "
                    "or degrading treatment).")),
}


def _derived(ctx: Context) -> Decision:
    decisions = []
    for source, coercion, what in _real_evidence_sources(ctx):
        how, use = _links.reliance(ctx, source, as_statement=False)
        if how == "excluded":
            decisions.append(compliant(_capital(_("{what} was excluded.", what=what)), *use))
            continue
        derived = _links.evidence_from(ctx, source.id)
        if how == "unknown":
            found = [e for e in derived if e.evidence_kind not in _links.STATEMENT_KINDS]
            if found:
                decisions.append(unknown(_("Did the court admit {what}?", what=what)))
            continue
        bodily = isinstance(source, BodilyIntervention)
        if isinstance(source, BodilyIntervention):
            forced = ctx.fact(source, "forced")
            words = {"procedure": source.procedure or "", "when": ctx.when(source),
                     "name": ctx.name}
            if forced.value is not True:
                if forced.value is None:
                    decisions.append(unknown(
                        _("Was the {procedure} {when} carried out against {name}'s will?",
                          **words) if source.procedure else
                        _("Was the bodily intervention {when} carried out against {name}'s "
                          "will?", **words)))
                continue
            risky = source.medical_risk is True or source.less_intrusive_available is True
            if not risky:
                decisions.append(unknown(
                    _("Did the {procedure} {when} carry a risk to health, and could the "
                      "evidence have been obtained in a less intrusive way?", **words)
                    if source.procedure else
                    _("Did the bodily intervention {when} carry a risk to health, and could the "
                      "evidence have been obtained in a less intrusive way?", **words),
                    reason=_capital(_("{what} was used; it was forced.", what=what))))
                continue
        if _is_torture(coercion):
            decisions.append(attrs.evolve(breach(
                _("The court used {what}; evidence obtained through torture may never be used.",
                  what=what), *coercion, *use), cites=_cat(coercion)))
            continue
        affected, why, others = _affected_outcome(ctx, source, {e.id for e in derived})
        if affected is True:
            decisions.append(attrs.evolve(breach(
                _(_RESTED[why][bodily], what=what), *coercion, *use, proven=not bodily),
                cites=_cat(coercion)))
        elif affected is False:
            decisions.append(compliant(
                _(_ADMITTED[why][bodily], what=what, evidence=others), *use,
                against=(_("The ill-treatment itself remains a breach in its own right."),)))
        else:
            decisions.append(unknown(_("How much did the conviction rest on {what}, and what "
                                       "other evidence supported it?", what=what),
                                     reason=_(_UNWEIGHED[how][bodily], what=what), facts=use))
    return worst(decisions, empty=not_applicable(_(
        "No evidence obtained through coercion of {name} was used.", name=ctx.name)))


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
    """The rule "this detail of each questioning must not be ``bad``"; the texts are message
    templates (marked ``T_``) with ``{name}`` and ``{what}`` (the questioning)."""
    def decide(ctx: Context) -> Decision:
        def one(i: Interrogation) -> Decision:
            fact = ctx.fact(i, detail)
            what = ctx.label(i)
            if fact.value is None:
                return unknown(_capital(_(question, name=ctx.name, what=what)))
            if fact.value == bad:
                return breach(_capital(_(bad_text, name=ctx.name, what=what)), fact)
            return compliant(_capital(_(good_text, name=ctx.name, what=what)), fact)

        return worst((one(i) for i in ctx.events(Interrogation)),
                     empty=not_applicable(_("No questioning of {name} is recorded.",
                                            name=ctx.name)))

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
        "recorded", False, T_("No record was kept of {what}."), T_("{what} was recorded."),
        T_("Were the time, length and participants of {what} recorded?")),
)

def _as_witness(ctx: Context) -> Decision:
    def one(i: Interrogation) -> Decision:
        what = ctx.label(i)
        if _links.outside_custody(ctx, i)[0]:
            # Questions on the spot are put in no formal capacity; whether the person, already
            # suspected, was told of the right to silence is weighed with the use of statements.
            return not_applicable(_("{name} was asked questions on the spot at {what}, not "
                                    "formally questioned as a witness or a suspect.",
                                    name=ctx.name, what=what))
        fact, question = _links.suspect_as_witness(ctx, i)
        if fact is None:
            return unknown(question or _("Was {name} questioned at {what} as a suspect, or "
                                         "formally as a witness?", name=ctx.name, what=what))
        if fact.value is True:
            return breach(_("{name} was questioned as a witness, though already a suspect, at "
                            "{what}.", name=ctx.name, what=what), fact)
        if fact.detail == "questioned_as" and i.questioned_as is QuestionedAs.WITNESS:
            return compliant(_("{name} was questioned as a witness at {what}, before the "
                               "authorities suspected them.", name=ctx.name, what=what), fact)
        return compliant(_("{name} was questioned as a suspect, with a suspect's safeguards, at "
                           "{what}.", name=ctx.name, what=what), fact)

    return worst((one(i) for i in ctx.events(Interrogation)),
                 empty=not_applicable(_("No questioning of {name} is recorded.",
                                        name=ctx.name)))


AS_WITNESS = Criterion(
    id="confessions.questioned-as-witness",
    area=Area.CONFESSIONS,
    title="Not questioned as a 'witness' while a suspect",
    question="Was the person, already a suspect, questioned formally as a witness without the "
             "safeguards due to a suspect?",
    citations=(ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016"),
               iccpr("14(3)(g)")),
    severity=Severity.SERIOUS,
    reads=("interrogation.as_witness", "interrogation.questioned_as", "suspected",
           "interrogation.on_the_spot", "interrogation.in_custody"),
    decide=_as_witness,
    weighed_in="counsel.overall-fairness",
)


def _prosecutor(ctx: Context) -> Decision:
    tainted = _tainted(ctx)
    if not tainted:
        return not_applicable(_("No statement of {name} is said to have been coerced.",
                                name=ctx.name))
    decisions = []
    cite = Allegations(shared=len(tainted) > 1)
    for s, coercion in tainted:
        for e in _links.evidence_from(ctx, s.id):
            if e.evidence_kind not in _links.STATEMENT_KINDS:
                continue
            offered = ctx.fact(e, "offered_by")
            words = {"item": ctx.label(e), "when": ctx.when(s), "name": ctx.name}
            # Guideline 16 binds a prosecutor who knows, or has reasonable grounds to believe,
            # that evidence was unlawfully obtained: ill-treatment on the record gives such
            # grounds; the accused's later word alone does not settle them.
            grounds = [f for f in coercion if isinstance(f.event, IllTreatment)]
            if offered.value is Party.PROSECUTION and not grounds:
                decisions.append(unknown(
                    _("When the prosecution put forward {item}, did it know, or have "
                      "reasonable grounds to believe, that the statement was coerced (injuries "
                      "documented, a complaint made, ill-treatment found)?", **words),
                    reason=_("The prosecution put forward {item}, which comes from the "
                             "statement {when} that {name} later said was coerced.", **words),
                    facts=(offered, *coercion)))
            elif offered.value is Party.PROSECUTION and e.ruling is Ruling.EXCLUDED:
                # Guideline 16 binds the prosecutor whatever the court then does; the court's
                # exclusion is said, so the finding is not read as a use at trial.
                text = _("The prosecution put forward {item}, which comes from the statement "
                         "{when} said to be coerced; the court excluded it, so it was not used "
                         "against {name}.", **words)
                decisions.append(cite.breach(text, (offered, ctx.fact(e, "ruling"), *grounds)))
            elif offered.value is Party.PROSECUTION:
                text = _("The prosecution put forward {item}, which comes from the statement "
                         "{when} said to be coerced.", **words)
                decisions.append(cite.breach(text, (offered, *grounds)))
            elif offered.value is not None:
                decisions.append(compliant(_("The prosecution did not put forward {item}.",
                                             **words), offered))
            else:
                decisions.append(unknown(_("Who put forward {item}, which comes from the "
                                           "statement {when} said to be coerced?", **words)))
    return cite.lead(worst(decisions, empty=unknown(_(
        "Did the prosecution use, or decline to use, the statements said to be coerced?"))))


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
