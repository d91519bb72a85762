"""F. Tribunal and hearing: public hearings, the accused present and defended, free from
intimidation, with an interpreter where needed (ICCPR art 14(1), 14(3)(d), (f))."""

from __future__ import annotations

from collections.abc import Callable

from fairtrial._model import CounselInterference, DefenceRequest, Hearing
from fairtrial._vocab import AbsenceReason, ContextKind, HearingStage, RequestKind, Standing
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Severity,
    basic_principles,
    breach,
    compliant,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    unless_recorded,
    worst,
)

_NO_HEARING = not_applicable("No court hearing is recorded.")


def _trial_hearings(ctx: Context) -> list[Hearing]:
    return [h for h in ctx.events(Hearing)
            if h.stage in (HearingStage.TRIAL, HearingStage.APPEAL, None)]


def _at_trial(ctx: Context, decide: Callable[[list[Hearing]], Decision]) -> Decision:
    """``decide`` over the trial and appeal hearings; a hearing whose stage is not recorded
    counts, but a breach at it asks first whether it was part of the trial."""
    hearings = _trial_hearings(ctx)
    staged = [h for h in hearings if h.stage is not None]
    decisions = [decide(staged)] if staged else []
    for h in (h for h in hearings if h.stage is None):
        decisions.append(unless_recorded(
            decide([h]), False, f"Was {ctx.label(h)} a hearing of the trial or the appeal?"))
    return worst(decisions, empty=_NO_HEARING)


def _public(ctx: Context) -> Decision:
    trials = [t for t in ctx.events(Hearing) if t.stage is HearingStage.TRIAL]
    trials_public = [ctx.fact(t, "public") for t in trials if t.public is True]
    # Unless the trial itself was closed, a closed appeal hearing turns on what the appeal
    # court decided; a trial whose publicity is unrecorded leaves that open too.
    trial_closed = any(t.public is False for t in trials)

    def one(h: Hearing) -> Decision:
        public = ctx.fact(h, "public")
        what = ctx.label(h)
        kept_out = ", ".join(x.doc for x in h.excluded)
        if public.value is True and not h.excluded:
            return compliant(f"The public and press were admitted to {what}.", public)
        if public.value is False and h.stage is HearingStage.APPEAL and not trial_closed:
            # After a public trial, an appeal on points of law may be heard in private; one
            # that decides the facts and guilt anew may not (Ekbatani v Sweden).
            return unknown(f"Did the appeal court at {what} decide questions of fact and guilt, "
                           "or only points of law?",
                           reason=f"{what[0].upper()}{what[1:]} was closed"
                                  + (", after a public trial." if trials_public else "."),
                           facts=(public, *trials_public))
        closed = (f"{what[0].upper()}{what[1:]} was closed" if public.value is False or
                  not kept_out else f"{kept_out[0].upper()}{kept_out[1:]} were kept out of "
                  f"{what}")
        if (public.value is False or h.excluded) and h.closure_reason:
            return unknown(f"Was excluding them for the reason given ({h.closure_reason!r}) "
                           "necessary on one of the grounds art 14(1) allows (morals, public "
                           "order, national security, the parties' private lives, the interest "
                           "of justice)?", reason=f"{closed}.", facts=(public,))
        given = ctx.fact(h, "closure_reason_given")
        if (public.value is False or h.excluded) and given.value is False:
            return breach(f"{closed}, and the court gave no reason.", given,
                          *((public,) if public.value is False else ()))
        if public.value is False or h.excluded:
            # A reason missing from the record is not a reason the court failed to give.
            return unknown(f"What reason did the court give for excluding them from {what}?",
                           reason=f"{closed}.", facts=(public,) if public.value is False else ())
        return unknown(f"Were the public and press admitted to {what}?")

    return _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_NO_HEARING))


PUBLIC = Criterion(
    id="tribunal.public-hearing",
    area=Area.TRIBUNAL,
    title="Public hearing",
    question="Were trial hearings public, any exclusion of the public being justified on the "
             "grounds art 14(1) allows?",
    citations=(iccpr("14(1)"), general_comment(32, "28-29", confirmed=False),
               ecthr("Ekbatani v Sweden, no. 10563/83, 26 May 1988")),
    severity=Severity.SERIOUS,
    reads=("hearing.public", "hearing.excluded", "hearing.closure_reason",
           "hearing.closure_reason_given", "hearing.stage"),
    decide=_public,
)


_CHOSEN_ABSENCE = frozenset({AbsenceReason.WAIVED, AbsenceReason.REMOVED_FOR_CONDUCT})
_STATE_ABSENCE = frozenset({AbsenceReason.NOT_NOTIFIED, AbsenceReason.NOT_BROUGHT,
                            AbsenceReason.ILL})


def _presence(ctx: Context) -> Decision:
    # Absence is a breach where the State caused it or tried the accused regardless; an accused
    # who chose not to attend, or was removed for disruption after a warning, waived the right
    # (GC32 para 36); one who absconded must be able to obtain a fresh determination
    # (Sejdovic v Italy [GC]).
    def one(h: Hearing) -> Decision:
        present, why = ctx.fact(h, "defendant_present"), ctx.fact(h, "absence_reason")
        what = ctx.label(h)
        if present.value is True:
            return compliant(f"{ctx.name} was present at {what}.", present)
        if present.value is None:
            return unknown(f"Was {ctx.name} present at {what}?")
        if why.value in _CHOSEN_ABSENCE:
            return compliant(f"{ctx.name} was absent from {what}: {why.value.doc}.", present, why)
        if why.value in _STATE_ABSENCE:
            return breach(f"{ctx.name} was absent from {what}: {why.value.doc}.", present, why)
        if why.value is AbsenceReason.ABSCONDED:
            return unknown(f"Can {ctx.name}, tried in absence after absconding, obtain a fresh "
                           "determination of the charge?",
                           reason=f"{ctx.name} was absent from {what}: {why.value.doc}.",
                           facts=(present, why))
        return unknown(f"Why was {ctx.name} absent from {what}: by choice, or not notified or "
                       "not brought?", reason=f"{ctx.name} was absent from {what}.",
                       facts=(present,))

    return _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_NO_HEARING))


PRESENCE = Criterion(
    id="tribunal.presence",
    area=Area.TRIBUNAL,
    title="Tried in one's presence",
    question="Was the accused present at the trial and able to take part?",
    citations=(iccpr("14(3)(d)"), general_comment(32, "36", confirmed=False),
               ecthr("Sejdovic v Italy [GC], no. 56581/00, 1 March 2006")),
    severity=Severity.SERIOUS,
    reads=("hearing.defendant_present", "hearing.absence_reason"),
    decide=_presence,
)


def _counsel_at_trial(ctx: Context) -> Decision:
    # The accused may defend themselves in person (art 14(3)(d)): counsel's absence is a breach
    # where it was not their choice.
    def one(h: Hearing) -> Decision:
        present, chose = ctx.fact(h, "counsel_present"), ctx.fact(h, "counsel_waived")
        what = ctx.label(h)
        if present.value is True:
            return compliant(f"{ctx.name}'s lawyer was present at {what}.", present)
        if present.value is None:
            return unknown(f"Was {ctx.name}'s lawyer present at {what}?")
        if chose.value is True:
            return compliant(f"{ctx.name} chose to defend themselves at {what}.", chose)
        if chose.value is False:
            return breach(f"{ctx.name} had no defence lawyer at {what}, though they had not "
                          "chosen to defend themselves.", present, chose)
        return unknown(f"Did {ctx.name} choose to defend themselves at {what}, or were they "
                       "left without a lawyer?",
                       reason=f"{ctx.name} had no defence lawyer at {what}.", facts=(present,))

    return _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_NO_HEARING))


COUNSEL_AT_TRIAL = Criterion(
    id="tribunal.counsel-at-trial",
    area=Area.TRIBUNAL,
    title="Defended by counsel at trial",
    question="Was the accused defended by a lawyer at the trial hearings?",
    citations=(iccpr("14(3)(d)"), general_comment(32, "37-38", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("hearing.counsel_present", "hearing.counsel_waived"),
    decide=_counsel_at_trial,
)


def _interference(ctx: Context, i: CounselInterference) -> Decision:
    what = f"{ctx.label(i)}: {(i.summary or 'no detail recorded').rstrip('.')}"
    by, protected = ctx.fact(i, "by_officials"), ctx.fact(i, "state_protected")
    if by.value is False:
        # An attack by private persons engages the State through its duty to protect.
        if protected.value is True:
            return compliant(f"Defence counsel was attacked by private persons ({what}) and the "
                             "authorities protected them or investigated.", by, protected,
                             against=(what,))
        if protected.value is False:
            return breach(f"Defence counsel was attacked by private persons ({what}) and the "
                          "authorities neither protected them nor investigated.", by, protected)
        return unknown("Did the authorities protect the lawyer, or investigate the attack?",
                       reason=f"Defence counsel was attacked by private persons ({what}).",
                       facts=(by,))
    if by.value is None:
        return unknown(f"Were officials behind {ctx.label(i)}, or private persons (and if so, "
                       "did the authorities protect the lawyer)?",
                       reason=f"Defence counsel was threatened, obstructed or sanctioned "
                              f"({what}).", facts=(ctx.fact(i),))
    return breach(f"Defence counsel was threatened, obstructed or sanctioned by officials "
                  f"({what}).", by, ctx.fact(i))


def _intimidation(ctx: Context) -> Decision:
    decisions = [_interference(ctx, i) for i in ctx.events(CounselInterference)]
    decisions += [_hearing_intimidation(ctx, h) for h in ctx.events(Hearing)]
    return worst(decisions, empty=_NO_HEARING)


def _hearing_intimidation(ctx: Context, h: Hearing) -> Decision:
    # The State answers for intimidation by its officials, and for intimidation by others that
    # the court tolerated (GC32 para 25).
    seen, official = ctx.fact(h, "intimidation"), ctx.fact(h, "intimidation_by_officials")
    acted = ctx.fact(h, "court_acted")
    what = ctx.label(h)
    if seen.value is None:
        return unknown(f"Was anyone intimidated at {what}?")
    if seen.value is False:
        return compliant(f"No intimidation was observed at {what}.", seen)
    said = f"The defence, a witness or the accused was intimidated at {what}"
    if official.value is True:
        return breach(f"{said}, by officials.", seen, official)
    if official.value is False and acted.value is True:
        return compliant(f"{said} by others, and the court acted to stop it.", seen, acted,
                         against=(f"{said}.",))
    if official.value is False and acted.value is False:
        return breach(f"{said} by others, and the court did nothing to stop it.", seen, official,
                      acted)
    return unknown(f"Who intimidated them at {what}, and did the court act to stop it?",
                   reason=f"{said}.", facts=(seen,))


INTIMIDATION = Criterion(
    id="tribunal.free-from-intimidation",
    area=Area.TRIBUNAL,
    title="Defence, witnesses and accused free from intimidation",
    question="Were defence lawyers, witnesses and the accused free from threats, obstruction "
             "and sanctions, in and out of court?",
    citations=(iccpr("14(1)"), general_comment(32, "25", confirmed=False),
               basic_principles("16", confirmed=True), basic_principles("17-18", confirmed=True),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016")),
    severity=Severity.SERIOUS,
    per_person=False,
    reads=("counsel_interference", "hearing.intimidation", "hearing.intimidation_by_officials",
           "hearing.court_acted"),
    decide=_intimidation,
)


def _interpreter(ctx: Context) -> Decision:
    decisions = []
    for h in ctx.events(Hearing):
        needed, given = ctx.fact(h, "interpreter_needed"), ctx.fact(h, "interpreter_provided")
        what = ctx.label(h)
        if needed.value is True and given.value is False:
            decisions.append(breach(f"{ctx.name} needed an interpreter at {what} and had none.",
                                    needed, given))
        elif needed.value is True and given.value is True:
            decisions.append(compliant(f"{ctx.name} had an interpreter at {what}.", given))
        elif needed.value is False:
            decisions.append(not_applicable(f"{ctx.name} needed no interpreter at {what}."))
        else:
            decisions.append(unknown(f"Did {ctx.name} understand the language of the court at "
                                     f"{what}? If not, was a free interpreter provided?"))
    for r in ctx.events(DefenceRequest):
        if r.request is RequestKind.INTERPRETER and r.granted is False:
            # Only one who cannot follow the language of the court needs one (Guesdon v France).
            needs = [ctx.fact(h, "interpreter_needed") for h in ctx.events(Hearing)
                      if h.interpreter_needed is not None]
            if any(f.value is True for f in needs):
                decisions.append(breach(f"A request for an interpreter {ctx.when(r)} was "
                                        "refused, though one was needed.",
                                        ctx.fact(r, "granted"),
                                        *(f for f in needs if f.value is True)))
            elif needs:
                decisions.append(compliant(f"A request for an interpreter {ctx.when(r)} was "
                                           f"refused; {ctx.name} did not need one.",
                                           *needs))
            else:
                decisions.append(unknown(f"A request for an interpreter {ctx.when(r)} was "
                                         f"refused: could {ctx.name} understand and speak the "
                                         "language of the court?"))
    if not decisions and not ctx.events(Hearing):
        return _NO_HEARING
    return worst(decisions, empty=unknown(
        f"Did {ctx.name} understand and speak the language of the court? If not, was a free "
        "interpreter provided?"))


INTERPRETER = Criterion(
    id="tribunal.interpreter",
    area=Area.TRIBUNAL,
    title="Free interpreter where needed",
    question="Did the accused have free interpretation where they could not understand or "
             "speak the language of the court?",
    citations=(iccpr("14(3)(f)"), general_comment(32, "40", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("hearing.interpreter_needed", "hearing.interpreter_provided",
           "defence_request.request=interpreter"),
    decide=_interpreter,
)

def _equal(ctx: Context) -> Decision:
    statements = _links.context_facts(ctx, frozenset({ContextKind.DISCRIMINATORY_STATEMENT}))
    held = [f for f in statements if f.standing is not Standing.DENIED]
    if held:
        said = "; ".join(f.event.title or "" for f in held)
        return breach(f"Officials or the court spoke of {ctx.name} in discriminatory terms or "
                      f"stereotypes: {said}. Everyone is equal before the courts, without "
                      "discrimination.", *held)
    if statements:
        return compliant(f"The reports of discriminatory words about {ctx.name} were found "
                         "untrue or withdrawn.", *statements)
    groups = _links.context_facts(ctx, frozenset({ContextKind.GROUP_MEMBERSHIP}))
    if groups:
        return unknown(f"Did officials or the court treat {ctx.name} differently, or speak of "
                       "them in stereotypes, because of the group they belong to?",
                       reason="The record says the prosecution targets a group.",
                       facts=groups)
    return not_applicable(f"No discriminatory words or treatment of {ctx.name} are recorded "
                          "(record them under 'context' if the sources give them).")


EQUAL = Criterion(
    id="tribunal.equal-treatment",
    area=Area.TRIBUNAL,
    title="Equal treatment, without discrimination",
    question="Was the accused treated equally before the court, without officials or judges "
             "using discriminatory words or stereotypes?",
    citations=(iccpr("14(1)"), iccpr("26"), general_comment(32, "8", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("context.kind",),
    decide=_equal,
)

CRITERIA = (PUBLIC, PRESENCE, COUNSEL_AT_TRIAL, INTIMIDATION, INTERPRETER, EQUAL)
