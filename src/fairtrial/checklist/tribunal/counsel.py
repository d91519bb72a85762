"""Defended at trial, and with an interpreter where needed (ICCPR art 14(3)(d), (f))."""

from __future__ import annotations

import attrs

from fairtrial._i18n import _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Missing,
    Outcome,
    Severity,
    Toward,
    breach,
    compliant,
    covenant_only,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    read_yes_no,
    unknown,
    weigh,
    worst,
)
from fairtrial.checklist.tribunal import _assigned
from fairtrial.checklist.tribunal._common import (
    _appeal_heard,
    _at_trial,
    _capital,
    _grounds_considered,
    _leave_stage,
    _no_hearing,
    _tried_with_counsel,
)
from fairtrial.checklist.tribunal._translation import untranslated
from fairtrial.record._model import (
    Appeal,
    DefenceRequest,
    Hearing,
    Interrogation,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    AppealOutcome,
    HearingStage,
    RequestKind,
)
from fairtrial.record._when import Tri


def _counsel_at_trial(ctx: Context) -> Decision:
    # The accused may defend themselves in person, or through a lawyer of their choosing, and
    # is owed one free of charge where they lack the means and the interests of justice require
    # it (art 14(3)(d); ECHR art 6(3)(c)): a lawyer's absence is a breach where a lawyer they had
    # was kept out, or where legal aid was owed and not given.
    def one(h: Hearing) -> Decision:
        present, chose = ctx.fact(h, "counsel_present"), ctx.fact(h, "counsel_waived")
        what = ctx.label(h)
        words = {"name": ctx.name, "what": what}
        failed = ctx.fact(h, "counsel_manifest_failure")
        if present.value is True and failed.value is True:
            # The State answers for a lawyer's conduct only where the failure was manifest and
            # the court saw or was told of it (Artico v Italy; Czekalla v Portugal; Kamasinski).
            return breach(_("{name}'s lawyer at {what} manifestly failed to defend, in a way "
                            "plain from what happened before the court or brought to its "
                            "attention: a lawyer in name only.", **words),
                          present, failed)
        if present.value is True:
            return compliant(_("{name}'s lawyer was present at {what}.", **words), present)
        if present.value is None:
            return unknown(_("Was {name}'s lawyer present at {what}?", **words))
        if chose.value is True:
            return compliant(_("{name} chose to defend themselves at {what}.", **words), chose)
        kept_out = ctx.fact(h, "counsel_kept_out")
        if kept_out.value is True:
            return breach(_("A lawyer {name} had was kept out of {what}, refused leave to act, "
                            "or not told of it.", **words), present, kept_out)
        # A request made after the hearing says nothing of how the accused stood at it.
        aid = [r for r in ctx.events(DefenceRequest) if r.request is RequestKind.LEGAL_AID
               and (r.date is None or h.date is None or h.date.before(r.date) is not Tri.YES)]
        granted = [ctx.fact(r, "granted") for r in aid if r.granted is True]
        if granted:
            # Appointing a lawyer is not enough: one who does not act must be replaced (Artico).
            return breach(_("{name} had been granted legal aid, yet had no lawyer at {what}.",
                            **words), present, *granted)
        capital = [c for c in _links.charges_of(ctx) if c.capital is True]
        if capital:
            # Where the death penalty can be imposed, the accused must be effectively assisted
            # by a lawyer at every stage, whatever their means, unless they knowingly chose to
            # defend themselves (GC32 para 38; Domukovsky v Georgia, para 18.9).
            shown = (present, *(_links.charge_fact(ctx, c) for c in capital))
            faced = _("{name} faced a charge that could be punished by death and had no lawyer "
                      "at {what}.", **words)
            if chose.value is False:
                return breach(_("{faced} {name} had not chosen to defend themselves: where the "
                                "death penalty can be imposed, the accused must be effectively "
                                "assisted by a lawyer at every stage, whatever their means.",
                                faced=faced, name=ctx.name), *shown, chose)
            # A lawyer owed on the general test is owed here too: the capital charge only
            # removes the means test, it never turns a breach into a question.
            general = by_means(h, kept_out, aid)
            if general.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
                return general
            return unknown(_("Did {name} knowingly choose to defend themselves at {what}, "
                             "without a lawyer ('counsel_waived')?", **words),
                           reason=faced, facts=shown)
        return by_means(h, kept_out, aid)

    def by_means(h: Hearing, kept_out: Fact, aid: list[DefenceRequest]) -> Decision:
        """Whether a lawyer was owed on the general test: the accused's means, legal aid
        asked for, and what was at stake."""
        present, chose = ctx.fact(h, "counsel_present"), ctx.fact(h, "counsel_waived")
        words = {"name": ctx.name, "what": ctx.label(h)}
        pays = ctx.fact(h, "could_pay_counsel")
        if pays.value is True and (chose.value is not False or kept_out.value is False):
            return compliant(_("{name} could pay for a lawyer and had none at {what}: going "
                               "without one was their own choice.", **words), present, pays)
        if pays.value is True:
            return unknown(_("Was a lawyer {name} had kept out of {what}, or did they retain "
                             "none though they could pay?", **words),
                           reason=_("{name} had no lawyer at {what}, could pay for one, and had "
                                    "not chosen to defend themselves.", **words),
                           facts=(present, pays, chose))
        return _legal_aid_owed(ctx, h, present, chose, pays,
                               [ctx.fact(r, "granted") for r in aid if r.granted is False])

    at_trial = _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_no_hearing()))
    # A lawyer the court imposed, an assigned lawyer who failed to act, and a refusal to
    # replace one are weighed beside the hearings (_assigned: Artico, Daud, Lagerblom).
    imposed = [*_imposed(ctx), *_assigned.failures(ctx), *_assigned.replacements(ctx)]
    return worst([at_trial, *imposed], empty=_no_hearing()) if imposed else at_trial


def _imposed(ctx: Context) -> list[Decision]:
    """A lawyer the court assigned against the accused's wishes: the choice of counsel is not
    absolute, and the court may override it where relevant and sufficient reasons show that the
    interests of justice require it (Croissant v Germany: a third lawyer appointed so that a
    long trial could go on, no violation; Dvorski v Croatia [GC])."""
    out: list[Decision] = []
    for h in ctx.events(Hearing):
        imposed = ctx.fact(h, "counsel_imposed")
        if imposed.value is not True:
            continue
        words = {"name": ctx.name, "what": ctx.label(h)}
        justified = ctx.fact(h, "imposition_justified")
        by_law = ctx.fact(h, "self_defence_barred_by_law")
        if by_law.value is True and justified.value is not False:
            # The treaties part ways here: for the Committee a general rule barring anyone from
            # defending themselves in person, with no weighing of the accused's own case, breaches
            # art 14(3)(d) (Correia de Matos v Portugal, HRC 1123/2002); the European Court,
            # leaving such a rule to the State's margin, found no violation of art 6(3)(c)
            # (Correia de Matos v Portugal [GC], 2018). The breach rests on the Covenant alone.
            out.append(covenant_only(breach(_(
                "The court assigned {name} a lawyer against {name}'s wishes for {what} because a "
                "general rule of law bars defending oneself in person, without weighing {name}'s "
                "own case. Under the Covenant that breaches the right to defend oneself in "
                "person (Correia de Matos v Portugal, Human Rights Committee); the European "
                "Court of Human Rights found no violation of the Convention in such a rule "
                "(Correia de Matos v Portugal [GC]), so this breach rests on the Covenant "
                "alone.", **words), imposed, by_law)))
            continue
        if justified.value is True:
            out.append(compliant(_("The court assigned {name} a lawyer against {name}'s wishes "
                                   "for {what}, with relevant and sufficient reasons that the "
                                   "interests of justice required it.", **words),
                                 imposed, justified))
        elif justified.value is False:
            out.append(breach(_("The court assigned {name} a lawyer against {name}'s wishes for "
                                "{what}, without relevant and sufficient reasons that the "
                                "interests of justice required it.", **words),
                              imposed, justified))
        else:
            out.append(unknown(_("What reasons did the court give for assigning {name} a lawyer "
                                 "against {name}'s wishes for {what}, and did the interests of "
                                 "justice require it?", **words),
                               reason=_("The court assigned {name} a lawyer against {name}'s "
                                        "wishes for {what}.", **words), facts=(imposed,)))
    return out


def _at_stake(ctx: Context, factors: list[Factor], missing: list[Missing]) -> bool:
    """Whether liberty was at stake: where it is, the interests of justice in principle call
    for a lawyer (Benham v UK [GC]); a penalty that leaves the person free weighs the other
    way (Quaranta v Switzerland: the seriousness of the offence and the penalty)."""
    charges = _links.charges_of(ctx)
    custodial = [c for c in charges if c.custodial_penalty is True]
    person = ctx.person.id if ctx.person else None
    decided: list[Verdict | Appeal] = [*ctx.events(Verdict), *ctx.events(Appeal)]
    sentenced = [e for e in decided
                 if any(r.custodial is True and person in (None, r.person) for r in e.results)]
    if custodial or sentenced:
        facts = (*(_links.charge_fact(ctx, c) for c in custodial),
                 *(ctx.fact(e, "results") for e in sentenced))
        factors.append(Factor(_("{name} faced a penalty depriving them of liberty: where "
                                "liberty is at stake, the interests of justice call in principle "
                                "for a lawyer (Benham v UK [GC]).", name=ctx.name),
                              Toward.BREACH, 3, facts))
        return True
    if charges and all(c.custodial_penalty is False for c in charges):
        factors.append(Factor(_("No charge against {name} could be punished by deprivation of "
                                "liberty.", name=ctx.name), Toward.FAIRNESS, 2,
                              tuple(_links.charge_fact(ctx, c) for c in charges)))
    else:
        missing.append(Missing(_("Could the charges against {name} be punished by deprivation "
                                 "of liberty (imprisonment, arrest), whatever sentence was "
                                 "imposed?", name=ctx.name), 3))
    return False


def _leave_scope(ctx: Context, h: Hearing, leave: list[Appeal], factors: list[Factor],
                 missing: list[Missing]) -> None:
    """An application for leave to appeal decided on written grounds, after a trial with
    counsel: the interests of justice do not require a lawyer paid by the State at a stage
    that only decides whether the appeal is arguable, where the accused could put grounds in
    writing and their own lawyer had advised there were none, even with a loss of time at
    stake (Monnell and Morris v UK: no violation of art 6(1) or 6(3)(c))."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    factors.append(Factor(_("The court at {what} only decided, on written grounds, whether to "
                            "grant leave to appeal, that is whether the appeal was arguable "
                            "(Monnell and Morris v UK).", **words), Toward.FAIRNESS, 2,
                          tuple(ctx.fact(a, "leave_on_written_grounds") for a in leave)))
    _grounds_considered(ctx, leave, words, factors, missing)
    defended = _tried_with_counsel(ctx)
    if defended:
        factors.append(Factor(_("{name} had a lawyer at the trial.", **words), Toward.FAIRNESS,
                              1, tuple(defended)))
    for a in leave:
        read_yes_no(ctx.fact(a, "counsel_advised_no_grounds"), factors, missing,
                    yes=(_("{name}'s own lawyer had advised that there were no arguable grounds "
                           "of appeal: the interests of justice do not call for a lawyer paid by "
                           "the State to pursue an appeal with no objective prospect of success "
                           "(Monnell and Morris v UK).", **words), Toward.FAIRNESS, 2),
                    no=(_("{name}'s lawyer had advised that there were arguable grounds of "
                          "appeal.", **words), Toward.BREACH, 1),
                    ask=(_("Had {name}'s lawyer advised whether there were arguable grounds of "
                           "appeal ('counsel_advised_no_grounds' on the appeal)?", **words), 2))


def _appeal_scope(ctx: Context, h: Hearing, factors: list[Factor],
                  missing: list[Missing], liberty: bool) -> None:
    """What an appeal hearing decided: an appeal confined to points of law after a trial with
    counsel calls less for a lawyer (Maxwell v UK) than one that decides the facts and the law
    anew (Shulepov v Russia); an application for leave decided on written grounds is read
    apart (Monnell and Morris v UK)."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    leave = _leave_stage(ctx, h)
    if leave:
        _leave_scope(ctx, h, leave, factors, missing)
        return
    heard = _appeal_heard(ctx, h)
    if any(a.outcome is AppealOutcome.LEAVE_REFUSED and a.leave_on_written_grounds is None
           for a in heard):
        # Refusing leave is not always a filter on the papers; where it was, it calls far less
        # for a lawyer (Monnell and Morris v UK), so it is asked rather than presumed.
        missing.append(Missing(_("Was {what} an application for leave to appeal decided on "
                                 "written grounds ('leave_on_written_grounds' on the appeal), "
                                 "and had {name}'s lawyer advised that there were no arguable "
                                 "grounds ('counsel_advised_no_grounds')?", **words), 2))
    # An appeal against the sentence alone is read for what it did to the sentence.
    appeals = [a for a in heard if a.against is not AppealAgainst.SENTENCE]
    for a in heard:
        if a.against is AppealAgainst.SENTENCE:
            read_yes_no(ctx.fact(a, "reviewed_facts_and_law"), factors, missing,
                        yes=(_("The appeal court at {what} examined the sentence in substance, "
                               "where a lawyer could put forward what spoke for a lighter "
                               "one.", **words), Toward.BREACH, 1),
                        no=(_("The appeal court at {what} did not examine the sentence in "
                              "substance.", **words), Toward.FAIRNESS, 1),
                        ask=(_("Did the appeal court at {what} examine the sentence in "
                               "substance ('reviewed_facts_and_law' on the appeal against "
                               "sentence)?", **words), 2))
    full = [ctx.fact(a, "reviewed_facts_and_law") for a in appeals
            if a.reviewed_facts_and_law is True]
    on_law = [ctx.fact(a, "review_limited_to_law") for a in appeals
              if a.review_limited_to_law is True and a.reviewed_facts_and_law is not True]
    if full:
        factors.append(Factor(_("The appeal court at {what} reviewed the facts and the law, "
                                "where a lawyer could draw its attention to any argument in "
                                "{name}'s favour.", **words), Toward.BREACH, 1, tuple(full)))
    elif appeals and len(on_law) == len(appeals):
        defended = [ctx.fact(t, "counsel_present") for t in ctx.events(Hearing)
                    if t.stage is HearingStage.TRIAL and t.counsel_present is True]
        if defended:
            # Where liberty is at stake, a full appeal hearing on the law, after a trial with
            # counsel, still called for a lawyer (Maxwell v UK; Boner v UK): the prosecution
            # argued and the accused could not answer as a lawyer would. A leave stage decided
            # on written grounds is read apart (_leave_scope; Monnell and Morris v UK).
            factors.append(Factor(_("The appeal court at {what} decided points of law only, "
                                    "after a trial at which {name} had a lawyer.", **words),
                                  Toward.FAIRNESS, 1 if liberty else 3, (*on_law, *defended)))
        else:
            factors.append(Factor(_("The appeal court at {what} decided points of law only.",
                                    **words), Toward.FAIRNESS, 1, tuple(on_law)))
    elif appeals or len(heard) == len(appeals):
        missing.append(Missing(_("Did the appeal court at {what} review the facts and the law, "
                                 "or points of law only?", **words), 2))


def _prosecution_heard(ctx: Context, h: Hearing, factors: list[Factor],
                       missing: list[Missing]) -> None:
    """Whether the prosecution was heard at an appeal hearing where the accused had no lawyer:
    even on points of law only, an oral hearing at which the prosecution argued and the accused
    could not answer through counsel called for a lawyer (Pakelli v Germany; equality of arms).
    Unrecorded, it is asked only where the appeal was on the law, where it weighs most."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    heard = ctx.fact(h, "prosecution_heard")
    if heard.value is True:
        factors.append(Factor(_("The prosecution was heard at {what}, and {name} had no lawyer "
                                "to answer it (Pakelli v Germany).", **words),
                              Toward.BREACH, 2, (heard,)))
    elif heard.value is False:
        factors.append(Factor(_("The prosecution was not heard at {what} either.", **words),
                              Toward.FAIRNESS, 1, (heard,)))
    elif any((a.review_limited_to_law is True and a.reviewed_facts_and_law is not True) or
             a.leave_on_written_grounds is True for a in _appeal_heard(ctx, h)):
        missing.append(Missing(_("Did the prosecution appear and argue at {what}?", **words), 1))


def _legal_aid_owed(ctx: Context, h: Hearing, present: Fact, chose: Fact, pays: Fact,
                    refused: list[Fact]) -> Decision:
    """No lawyer, and not by choice so far as the record shows: legal aid is owed where the
    accused lacks the means and the interests of justice require it, weighed on what was at
    stake, the complexity of the case, the person's capacity and what the hearing decided
    (Quaranta v Switzerland; Benham v UK [GC]; on appeal Monnell and Morris v UK, Granger v
    UK)."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    factors: list[Factor] = []
    missing: list[Missing] = []
    liberty = _at_stake(ctx, factors, missing)
    # A count of charges or of accused does not measure how hard the points were to argue
    # (Granger v UK: the complexity of the issue), so it is not weighed.
    person = ctx.person
    if person and (person.minor or person.vulnerable):
        factors.append(Factor(_("{name} was a minor or otherwise vulnerable.", name=ctx.name),
                              Toward.BREACH, 2))
    if h.stage is HearingStage.APPEAL:
        _appeal_scope(ctx, h, factors, missing, liberty)
        _prosecution_heard(ctx, h, factors, missing)
    # Whether the person could pay and asked for aid decide whether a free lawyer was owed, not
    # how strongly justice called for one: they are named, with no weight of their own.
    if pays.value is False:
        factors.append(Factor(_("{name} lacked the means to pay for a lawyer.", name=ctx.name),
                              Toward.BREACH, 0, (pays,)))
    if refused:
        factors.append(Factor(_("{name} asked for legal aid and was refused.", name=ctx.name),
                              Toward.BREACH, 0, tuple(refused)))
    decision = weigh(
        _("Weighing whether the interests of justice required a lawyer for {name} at {what}, "
          "free of charge if they lacked the means (ICCPR art 14(3)(d); ECHR art 6(3)(c); "
          "Quaranta v Switzerland; Benham v UK [GC]: what was at stake, the complexity of the "
          "case, the person's capacity, and what the hearing decided).", **words),
        factors, missing,
        breach_text=_("{name} had no lawyer at {what}, though the interests of justice "
                      "required one.", **words),
        fair_text=_("the interests of justice did not require a lawyer for {name} at {what}.",
                    **words),
        tie_question=_("Did {what} raise points of fact or law that {name} could not argue "
                       "without a lawyer?", **words))
    if decision.outcome is Outcome.NO_VIOLATION:
        return decision
    questions = []
    if pays.value is None:
        questions.append(_("Could {name} pay for a lawyer for {what} (a free one is owed only "
                           "to one who lacks the means)?", **words))
    if chose.value is None and not refused:
        questions.append(_("Did {name} choose to defend themselves at {what}, or were they left "
                           "without a lawyer?", **words))
    if not questions:
        return decision
    if decision.outcome is Outcome.INSUFFICIENT:
        return attrs.evolve(decision, questions=(*decision.questions, *questions))
    return unknown(*questions, reason=decision.reasons[0], facts=(present, *decision.facts),
                   against=decision.against)


COUNSEL_AT_TRIAL = Criterion(
    id="tribunal.counsel-at-trial",
    area=Area.TRIBUNAL,
    title="Defended by counsel at trial",
    question="Was the accused defended by a lawyer at the trial hearings?",
    citations=(iccpr("14(3)(d)"), general_comment(32, "37-38", confirmed=False),
               echr("6(3)(c)"),
               hrc_views("Domukovsky and others v Georgia, comm. nos. 623-627/1995",
                         "18.9"),
               ecthr("Artico v Italy, no. 6694/74, 13 May 1980"),
               ecthr("Czekalla v Portugal, no. 38830/97, 10 October 2002", "§§60, 62",
                     confirmed=True),
               # The State must intervene only where a legal-aid lawyer's failure is manifest
               # or sufficiently brought to its attention (quoted in Daud §38, Lagerblom §56).
               ecthr("Kamasinski v Austria, no. 9783/82, 19 December 1989", "§65",
                     confirmed=True),
               ecthr("Daud v Portugal, no. 22600/93, 21 April 1998", "§38", confirmed=True),
               # A refusal to replace assigned counsel, nothing showing counsel ineffective.
               ecthr("Lagerblom v Sweden, no. 26891/95, 14 January 2003", "§§54, 56",
                     confirmed=True),
               ecthr("Quaranta v Switzerland, no. 12744/87, 24 May 1991"),
               ecthr("Benham v UK [GC], no. 19380/92, 10 June 1996"),
               ecthr("Monnell and Morris v UK, nos. 9562/81 and 9818/82, 2 March 1987"),
               ecthr("Granger v UK, no. 11932/86, 28 March 1990"),
               ecthr("Pakelli v Germany, no. 8398/78, 25 April 1983"),
               ecthr("Croissant v Germany, no. 13611/88, 25 September 1992"),
               hrc_views("Correia de Matos v Portugal, comm. no. 1123/2002, 28 March 2006"),
               ecthr("Correia de Matos v Portugal [GC], no. 56402/12, 4 April 2018")),
    severity=Severity.SERIOUS,
    reads=("hearing.counsel_present", "hearing.counsel_waived", "hearing.prosecution_heard",
           "hearing.counsel_manifest_failure", "hearing.counsel_kept_out",
           "hearing.counsel_imposed", "hearing.imposition_justified",
           "hearing.self_defence_barred_by_law",
           "counsel_access.failed_to_act", "counsel_access.failure_known",
           "counsel_access.authorities_intervened", "counsel_access.chosen_by",
           "defence_request.request=replace_counsel", "defence_request.counsel_ineffective",
           "defence_request.refusal_reasoned",
           "hearing.could_pay_counsel", "defence_request.request=legal_aid",
           "charge.custodial_penalty", "charge.capital", "verdict.results", "appeal.results",
           "appeal.review_limited_to_law", "appeal.reviewed_facts_and_law",
           "appeal.leave_on_written_grounds", "appeal.grounds_considered",
           "appeal.counsel_advised_no_grounds", "person.minor", "person.vulnerable"),
    decide=_counsel_at_trial,
)


def _interpreter(ctx: Context) -> Decision:
    # Interpretation must let the accused understand the case and take part in the proceedings
    # as a whole; not every word must be translated (Kamasinski v Austria), and the court must
    # act once it is on notice of the need (Cuscani v UK).
    hearings = ctx.events(Hearing)
    # The hearings that could carry the proceedings: interpreted, and not only on procedure.
    interpreted = [ctx.fact(h, "interpreter_provided") for h in hearings
                   if h.interpreter_provided is True and h.interpretation_adequate is not False
                   and h.evidence_or_argument_taken is not False]
    decisions = [_interpreted(ctx, h, interpreted) for h in hearings]
    decisions += [d for i in ctx.events(Interrogation) if (d := _questioned_through(ctx, i))]
    # The assistance must be free once and for all: fees recovered from a convicted person
    # breach it as surely as an interpreter refused (Luedicke, Belkacem and Koç v Germany).
    charged = [ctx.fact(h, "interpreter_cost_charged") for h in hearings
               if h.interpreter_cost_charged is True]
    if charged:
        decisions.append(breach(_("{name} was made to pay for the interpreter: the assistance "
                                  "of an interpreter must be free, whatever the outcome "
                                  "(Luedicke, Belkacem and Koç v Germany).", name=ctx.name),
                                *charged))
    # Documents not translated in writing are weighed, not read off the refusal (Harward v
    # Norway; Kamasinski v Austria).
    decisions += [untranslated(ctx, r) for r in ctx.events(DefenceRequest)
                  if r.request is RequestKind.TRANSLATION]
    for r in ctx.events(DefenceRequest):
        if r.request is RequestKind.INTERPRETER and r.granted is False:
            # Only one who cannot follow the language of the court needs one (Guesdon v France).
            needs = [ctx.fact(h, "interpreter_needed") for h in ctx.events(Hearing)
                      if h.interpreter_needed is not None]
            words = {"name": ctx.name, "when": ctx.when(r)}
            if any(f.value is True for f in needs):
                decisions.append(breach(_("A request for an interpreter {when} was refused, "
                                          "though one was needed.", **words),
                                        ctx.fact(r, "granted"),
                                        *(f for f in needs if f.value is True)))
            elif needs:
                decisions.append(compliant(_("A request for an interpreter {when} was refused; "
                                             "{name} did not need one.", **words), *needs))
            else:
                decisions.append(unknown(_("A request for an interpreter {when} was refused: "
                                           "could {name} understand and speak the language of "
                                           "the court?", **words)))
    if not decisions and not ctx.events(Hearing):
        return _no_hearing()
    return worst(decisions, empty=unknown(
        _("Did {name} understand and speak the language of the court? If not, was a free "
          "interpreter provided?", name=ctx.name)))


def _questioned_through(ctx: Context, i: Interrogation) -> Decision | None:
    """Questioning by the police of a person who needed an interpreter: the guarantee reaches
    the investigation, where what is said can decide the case (Baytar v Turkey: no interpreter
    in custody; Knox v Italy: an interpreter who acted as a mediator, the authorities not
    assessing it; audit18a, where only hearings were read)."""
    need = ctx.fact(i, "interpreter_needed")
    if need.value is not True:
        return None
    words = {"name": ctx.name, "when": ctx.when(i)}
    provided = ctx.fact(i, "interpreter_provided")
    if provided.value is False:
        return breach(_("{name} was questioned {when} without the interpreter {name} needed.",
                        **words), need, provided)
    adequate = ctx.fact(i, "interpretation_adequate")
    if provided.value is True and adequate.value is False:
        return breach(_("{name} was questioned {when} through an interpreter whose "
                        "interpretation was not accurate and neutral enough to follow and "
                        "answer.", **words), need, provided, adequate)
    if provided.value is True:
        return compliant(_("{name} was questioned {when} through an interpreter.", **words),
                         need, provided)
    return unknown(_("Was an interpreter provided when {name}, who needed one, was questioned "
                     "{when}?", **words), facts=(need,))


def _interpreted(ctx: Context, h: Hearing, interpreted: list[Fact]) -> Decision:
    """One hearing: a breach where evidence was taken or argument heard without interpretation
    the accused needed, or with interpretation too poor to follow; a hearing that only dealt
    with procedure decides nothing against them, if the hearings that did were interpreted."""
    needed, given = ctx.fact(h, "interpreter_needed"), ctx.fact(h, "interpreter_provided")
    adequate = ctx.fact(h, "interpretation_adequate")
    taken = ctx.fact(h, "evidence_or_argument_taken")
    words = {"name": ctx.name, "what": ctx.label(h)}
    if needed.value is False:
        return not_applicable(_("{name} needed no interpreter at {what}.", **words))
    if needed.value is None:
        return unknown(_("Did {name} understand the language of the court at {what}? If not, "
                         "was a free interpreter provided?", **words))
    if given.value is True and adequate.value is not False:
        return compliant(_("{name} had an interpreter at {what}.", **words), given)
    if given.value is None:
        return unknown(_("Did {name} understand the language of the court at {what}? If not, "
                         "was a free interpreter provided?", **words))
    if given.value is False:
        lacking = _("{name} needed an interpreter at {what} and had none.", **words)
        facts: tuple[Fact, ...] = (needed, given)
    else:
        lacking = _("{name} had an interpreter at {what}, but the interpretation was poor or "
                    "partial on something that mattered, and the court saw or was told of it.",
                    **words)
        facts = (needed, given, adequate)
    if taken.value is False:
        others = [f for f in interpreted if f.event is not h]
        if others:
            return compliant(_capital(_(
                "{what} only dealt with procedure, and nothing was taken against {name} at it; "
                "the hearings at which evidence was taken or argument heard were interpreted.",
                **words)), taken, *others, against=(lacking,))
        return unknown(_("Was {name} given interpretation at the hearings at which evidence was "
                         "taken or argument heard?", **words),
                       reason=_("{lacking} It only dealt with procedure.", lacking=lacking),
                       facts=(*facts, taken))
    if taken.value is True or h.stage in (HearingStage.TRIAL, HearingStage.APPEAL,
                                          HearingStage.REMAND):
        if taken.value is True:
            return breach(_("{lacking} Evidence was taken or argument heard at it.",
                            lacking=lacking), *facts, taken)
        if not [f for f in interpreted if f.event is not h]:
            return breach(lacking, *facts)
        # Other hearings were interpreted: what this one took decides, and is asked, so that
        # leaving it out never turns a hearing on procedure into a breach.
    return unknown(_("Was evidence taken or argument heard at {what}, which {name} could not "
                     "follow?", **words), reason=lacking, facts=facts)


INTERPRETER = Criterion(
    id="tribunal.interpreter",
    area=Area.TRIBUNAL,
    title="Free interpreter where needed",
    question="Did the accused have free interpretation where they could not understand or "
             "speak the language of the court?",
    citations=(iccpr("14(3)(f)"), general_comment(32, "40", confirmed=False), echr("6(3)(e)"),
               ecthr("Kamasinski v Austria, no. 9783/82, 19 December 1989"),
               ecthr("Cuscani v UK, no. 32771/96, 24 September 2002"),
               ecthr("Luedicke, Belkacem and Koç v Germany, nos. 6210/73 and others, "
                     "28 November 1978"),
               iccpr("14(3)(b)"),
               hrc_views("Harward v Norway, comm. no. 451/1991", "9.5"),
               ecthr("Hermi v Italy [GC], no. 18114/02, 18 October 2006"),
               ecthr("Baytar v Turkey, no. 45440/04, 14 October 2014"),
               ecthr("Knox v Italy, no. 76577/13, 24 January 2019")),
    severity=Severity.SERIOUS,
    reads=("hearing.interpreter_needed", "hearing.interpreter_provided",
           "interrogation.interpreter_needed", "interrogation.interpreter_provided",
           "interrogation.interpretation_adequate",
           "hearing.interpreter_cost_charged",
           "hearing.interpretation_adequate", "hearing.evidence_or_argument_taken",
           "hearing.stage", "defence_request.request=interpreter",
           "defence_request.request=translation", "defence_request.counsel_had_file",
           "defence_request.interpreter_for_counsel", "defence_request.documents_central",
           "defence_request.made"),
    decide=_interpreter,
)
