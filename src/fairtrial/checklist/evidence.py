"""E. Evidence and proof: the burden on the prosecution, expert evidence, witnesses, disclosure,
and evidence from unlawful searches (ICCPR art 14(2), 14(3)(b), (e); GC32 paras 13, 30)."""

from __future__ import annotations

import attrs

from fairtrial._i18n import T_, _, join, p_
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
    basic_principles,
    breach,
    compliant,
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
from fairtrial.record._model import (
    DefenceRequest,
    EvidenceItem,
    ExpertReport,
    PleaEntered,
    Retraction,
    Seizure,
    Statement,
    Surveillance,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealExamination,
    AppealOutcome,
    AppealReasons,
    CorroborationStrength,
    Counterbalance,
    ExpertConclusion,
    ExpertTreatment,
    IncitementFinding,
    LaterDisclosure,
    Party,
    Plea,
    Reasons,
    RequestKind,
    Ruling,
    Standing,
    SurveillanceMethod,
    Weight,
)

_GC32_41 = general_comment(32, "41", confirmed=False)


def _cap(text: str) -> str:
    """A sentence that begins with an event's or a person's name begins with a capital."""
    return text[0].upper() + text[1:] if text else text


def _burden(ctx: Context) -> Decision:
    verdicts = _links.convictions(ctx)
    if not verdicts:
        return not_applicable(_("{name} has not been convicted on the record.", name=ctx.name))
    retracted = [r for r in ctx.events(Retraction) if r.alleges_coercion]
    # The same for every verdict: listed once, not once per verdict.
    pleas = [p for p in ctx.events(PleaEntered) if p.plea is Plea.GUILTY]

    def one(v: Verdict) -> Decision:
        presumed = _presumption(ctx, v)
        decided = _evidence_of_guilt(v)
        if presumed and decided.outcome is Outcome.INSUFFICIENT and v.other_evidence is None:
            # Where guilt rested on a presumption, the question is that presumption's limits;
            # whether evidence besides the accused's own statements existed is beside it.
            return presumed
        return worst([presumed, decided], empty=decided) if presumed else decided

    def _evidence_of_guilt(v: Verdict) -> Decision:
        other, when = ctx.fact(v, "other_evidence"), ctx.when(v)
        if (unproven := _not_proven(ctx, v)) is not None:
            return unproven
        reversed_ = ctx.fact(v, "burden_reversed")
        if reversed_.value is True:
            return breach(_("The court {when} required {name} to prove innocence or prove "
                            "statements involuntary: the burden of proof lies on the "
                            "prosecution.", when=when, name=ctx.name), reversed_)
        if other.value is not False and (valid := _valid_plea(ctx, pleas)) is not None:
            # A conviction on a guilty plea made freely and knowingly needs no other evidence:
            # the plea, not the other evidence, is what it rests on (Natsvlishvili and
            # Togonidze v Georgia), whether or not the record lists other evidence.
            return compliant(_("The conviction {when} rests on {name}'s guilty plea {pleaded}, "
                               "made freely and knowingly; a conviction on a valid plea needs no "
                               "other evidence.", when=when, name=ctx.name,
                               pleaded=ctx.when(valid[0])), valid[1])
        if other.value is True:
            return compliant(_("The conviction {when} rests on evidence besides the defendants' "
                               "own statements.", when=when), other)
        if other.value is False:
            # No corroboration rule: a conviction on the accused's own reliable, voluntary
            # statements is not for that reason a breach (GC32 para 30 places the burden, it
            # does not count the evidence). It is where those statements were retracted as
            # coerced and the court never examined the claim.
            ignored = ctx.fact(v, "addressed_retraction")
            if retracted and ignored.value is False:
                return breach(_("The conviction {when} rests on no evidence but {name}'s own "
                                "statements, which were retracted as coerced, and the court did "
                                "not examine the retraction: guilt was presumed from contested "
                                "statements rather than proved by the prosecution.", when=when,
                                name=ctx.name), other,
                              ignored, ctx.fact(retracted[0], "alleges_coercion"))
            return _sole_basis(ctx, v, other, pleas)
        return unknown(_("Apart from the defendants' own statements, what evidence of guilt "
                         "supported the conviction {when}?", when=when))

    return worst((one(v) for v in verdicts), empty=not_applicable(""))


def _presumption(ctx: Context, v: Verdict) -> Decision | None:
    """A presumption of fact or law against the accused, weighed as Salabiaku v France does:
    allowed within reasonable limits that take into account what is at stake and keep the
    rights of the defence; None where the record shows none."""
    applied = ctx.fact(v, "presumption_against_accused")
    if applied.value is not True:
        return None
    factors: list[Factor] = []
    missing: list[Missing] = []
    read_yes_no(
        ctx.fact(v, "presumption_rebuttable"), factors, missing, also=(applied,),
        yes=(_("{name} could rebut the presumption, and the court considered the evidence "
               "offered to do so.", name=ctx.name), Toward.FAIRNESS, 2),
        no=(_("{name} could not rebut the presumption, or the court did not consider the "
              "evidence offered to do so.", name=ctx.name), Toward.BREACH, 3),
        ask=(_("Could {name} rebut the presumption, and did the court consider the evidence "
               "offered to do so?", name=ctx.name), 3))
    read_yes_no(
        ctx.fact(v, "presumption_basis_proved"), factors, missing, also=(applied,),
        yes=(_("The prosecution still had to prove the facts the presumption starts from."),
             Toward.FAIRNESS, 1),
        no=(_("The prosecution did not have to prove even the facts the presumption starts "
              "from."), Toward.BREACH, 2),
        ask=(_("Did the prosecution still have to prove the facts the presumption starts "
               "from?"), 1))
    person = ctx.person.id if ctx.person else None
    if any(r.custodial is True and (person is None or r.person == person) for r in v.results):
        factors.append(Factor(_("What was at stake was a prison sentence."), Toward.BREACH, 1,
                              (ctx.fact(v, "results"),)))
    return weigh(
        _("Weighing the presumption against {name} on which the conviction {when} rests (ICCPR "
          "art 14(2); ECHR art 6(2); Salabiaku v France: presumptions of fact or law are "
          "allowed within reasonable limits that take into account what is at stake and keep "
          "the rights of the defence).", name=ctx.name, when=ctx.when(v)),
        factors, missing,
        breach_text=_("the presumption went beyond reasonable limits and put the burden of "
                      "proof on the accused."),
        fair_text=_("the presumption stayed within reasonable limits."))


def _sole_basis(ctx: Context, v: Verdict, other: Fact, pleas: list[PleaEntered]) -> Decision:
    """A conviction on the accused's own word alone: the question is whether that word was
    given freely and knowingly, not whether it was corroborated."""
    when, name = ctx.when(v), ctx.name
    for p, free, ruling in _deciding_plea(ctx, pleas):
        pleaded = ctx.when(p)
        if free.value is False:
            return breach(_("The conviction {when} rests on {name}'s guilty plea {pleaded}, which "
                            "was not made freely and knowingly.", when=when, name=name,
                            pleaded=pleaded), other, free)
        if ruling.value is True:
            return unknown(_("Could {name} contest the ruling that preceded the guilty plea "
                             "{pleaded}, on appeal or otherwise?", name=name, pleaded=pleaded),
                           reason=_("The conviction {when} rests on a guilty plea entered after "
                                    "a ruling the accused could not contest before pleading.",
                                    when=when),
                           facts=(other, ruling))
        if free.value is True:
            return compliant(_("The conviction {when} rests on {name}'s guilty plea {pleaded}, "
                               "made freely and knowingly; a conviction on a valid plea needs no "
                               "other evidence.", when=when, name=name, pleaded=pleaded),
                             other, free)
    if pleas:
        return unknown(_("Was {name}'s guilty plea made freely, with legal advice and knowing "
                         "its consequences?", name=name),
                       reason=_("The conviction {when} rests on {name}'s own statements and "
                                "plea alone.", when=when, name=name), facts=(other,))
    return unknown(_("Were the statements on which the conviction {when} rests given freely, "
                     "and did the court test their reliability?", when=when),
                   reason=_("The conviction {when} rests on {name}'s own statements alone; that "
                            "is not a breach in itself, but the prosecution must show they were "
                            "given freely.", when=when, name=name), facts=(other,))


def _valid_plea(ctx: Context, pleas: list[PleaEntered]) -> tuple[PleaEntered, Fact] | None:
    """The guilty plea the conviction can rest on without other evidence: the deciding plea,
    made freely and knowingly, not after a ruling the accused could not contest, and never
    withdrawn. None otherwise."""
    withdrawn = {x for r in ctx.events(Retraction) for x in r.retracts}
    for p, free, ruling in _deciding_plea(ctx, pleas):
        if free.value is None and ruling.value is not True:
            continue  # says nothing either way: the next plea may decide
        if free.value is True and ruling.value is not True and p.id not in withdrawn:
            return p, free
        return None
    return None


def _deciding_plea(ctx: Context, pleas: list[PleaEntered],
                   ) -> tuple[tuple[PleaEntered, Fact, Fact], ...]:
    """The first of the person's guilty ``pleas`` whose record decides whether a conviction on
    it stands (not freely made, after a ruling, or freely made), with those facts; none if no
    plea does. The same for every verdict, so found once per person, not by a scan per
    verdict."""
    def build() -> tuple[tuple[PleaEntered, Fact, Fact], ...]:
        for p in pleas:
            free = ctx.fact(p, "voluntary_and_informed")
            ruling = ctx.fact(p, "after_adverse_ruling")
            if free.value is not None or ruling.value is True:
                return ((p, free, ruling),)
        return ()

    return ctx.once(("deciding_plea", ctx.person.id if ctx.person else None), build)


#: Who can find that the evidence could not prove guilt: not a party (audit18b: a monitor's
#: finding had no place, and evidence besides the accused's statements read as proof).
_ASSESSORS = frozenset({Party.COURT, Party.INTERNATIONAL_BODY})
_OBSERVERS = frozenset({Party.MONITOR, Party.NGO, Party.EXPERT})


def _not_proven(ctx: Context, v: Verdict) -> Decision | None:
    """A finding that the evidence could not prove the charge beyond reasonable doubt: the
    presumption of innocence means no guilt is presumed until the charge is so proved (GC32
    para 30). That other evidence existed says nothing against it. A court's or a body's
    finding decides; a trial monitor's is an assessment the finding names and counts as
    likely; the defence's own view asks who found it."""
    found = ctx.fact(v, "guilt_not_proven")
    if found.value is not True:
        return None
    who = set(found.provenance.asserted_by)
    words = {"what": ctx.label(v), "name": ctx.name}
    if who & _ASSESSORS and found.standing is Standing.ESTABLISHED:
        return breach(_("A court or international body found that the evidence before {what} "
                        "could not prove the charge against {name} beyond reasonable doubt.",
                        **words), found)
    if who & _OBSERVERS:
        return breach(_("A trial monitor or observer assessed that the evidence before {what} "
                        "could not prove the charge against {name} beyond reasonable doubt: an "
                        "assessment, not a court's finding.", **words), found, proven=False)
    return unknown(_("Which court, body or monitor found that the evidence before {what} could "
                     "not prove the charge, and on what?", **words),
                   reason=_("Only the defence says the evidence before {what} could not prove "
                            "the charge.", **words), facts=(found,))


BURDEN = Criterion(
    id="evidence.burden-of-proof",
    area=Area.EVIDENCE,
    title="Guilt proved by the prosecution beyond reasonable doubt",
    question="Did the prosecution prove guilt beyond reasonable doubt with evidence, rather "
             "than the court presuming it from the accused's own statements?",
    citations=(iccpr("14(2)"), general_comment(32, "30", confirmed=True), _GC32_41,
               echr("6(2)"),
               ecthr("Salabiaku v France, no. 10519/83, 7 Oct 1988", "§28"),
               ecthr("Natsvlishvili and Togonidze v Georgia, no. 9043/05, 29 April 2014")),
    severity=Severity.GRAVE,
    reads=("verdict.other_evidence", "verdict.burden_reversed", "verdict.addressed_retraction",
           "verdict.guilt_not_proven",
           "verdict.presumption_against_accused", "verdict.presumption_rebuttable",
           "verdict.presumption_basis_proved",
           "retraction.alleges_coercion", "plea.voluntary_and_informed",
           "plea.after_adverse_ruling", "verdict.results"),
    at_trial=True,
    decide=_burden,
    affects_outcome=True,
)


def _expert(ctx: Context) -> Decision:
    convicted = bool(_links.convictions(ctx))
    juries = [v for v in _links.convictions(ctx) if v.jury is True]

    def one(r: ExpertReport) -> Decision:
        when = ctx.when(r)
        concl, treat = ctx.fact(r, "conclusion"), ctx.fact(r, "treatment")
        challenge = _challenge(ctx, r)
        # An expert's report the defence could not challenge weighs as far as the court used
        # it (Matytsina v Russia): set aside, it harmed no one; relied on, how much the
        # conviction rested on it decides.
        if challenge.value is False and treat.value is ExpertTreatment.RELIED_ON:
            return _unchallenged(ctx, r, challenge, treat)
        if challenge.value is False and treat.value is None:
            return unknown(_("Did the court rely on the expert report {when}, which the defence "
                             "could not challenge?", when=when),
                           reason=_("The defence could not challenge the expert report {when} "
                                    "or call its own expert.", when=when), facts=(challenge,))
        if challenge.value is False:
            return compliant(_("The defence could not challenge the expert report {when}, but "
                               "the court did not rely on it ({how}).", when=when,
                               how=_treatment(treat.value)), treat,
                             against=(_("The defence could not challenge the expert report "
                                        "{when}.", when=when),))
        unexplained = treat.value in (ExpertTreatment.DISMISSED_WITHOUT_REASONS,
                                      ExpertTreatment.NOT_ADDRESSED)
        if concl.value is ExpertConclusion.DOES_NOT_SUPPORT and unexplained and juries:
            # A jury never addresses an expert report in words: whether the proceedings as a
            # whole let the accused understand why it departed from the experts is weighed
            # (Lhermitte v Belgium [GC]; Taxquet v Belgium [GC]).
            return _jury_departed(ctx, r, concl, challenge, juries)
        if concl.value is ExpertConclusion.DOES_NOT_SUPPORT and unexplained and convicted:
            return breach(_("The expert report {when} did not support the charge, yet the court "
                            "set it aside without explanation and convicted.", when=when),
                          concl, treat)
        if treat.value is None:
            return unknown(_("How did the court treat the expert report {when}?", when=when))
        return compliant(_("The court dealt with the expert report {when} ({how}).", when=when,
                           how=_treatment(treat.value)), treat)

    asked = [r for r in ctx.events(DefenceRequest) if r.request is RequestKind.EXPERT]
    decisions = [one(r) for r in ctx.events(ExpertReport)]
    if asked:
        # Equality of arms: a defence expert, or an independent one, refused (GC32 para 13;
        # art 14(3)(e)), weighed by how far expert evidence decided the case.
        refused = tuple((r.id, _expert_refused(ctx, r)) for r in asked if r.granted is False)
        decisions.append(_requests(ctx, frozenset({RequestKind.EXPERT}), "", refused))
    return worst(decisions, empty=not_applicable(
        _("No expert evidence concerning {name} is recorded.", name=ctx.name)))


def _challenge(ctx: Context, r: ExpertReport) -> Fact:
    """Whether the defence could challenge the report at all: the older single detail where
    recorded, else either of the two the law weighs apart (questioning the expert, calling its
    own), unknown unless both are answered no."""
    old = ctx.fact(r, "defence_could_challenge")
    if old.value is not None:
        return old
    question, own = ctx.fact(r, "defence_could_question"), ctx.fact(r, "defence_own_expert")
    if question.value is True or own.value is True:
        return question if question.value is True else own
    if question.value is False and own.value is False:
        return question
    return old


def _jury_departed(ctx: Context, r: ExpertReport, concl: Fact, challenge: Fact,
                   juries: list[Verdict]) -> Decision:
    """A jury that convicted against expert evidence favourable to the accused, weighed as
    Lhermitte v Belgium [GC] weighs it: a tribunal of fact may depart from the experts where
    the proceedings as a whole (the adversarial debate on the expert evidence, the directions
    and questions put to the jury, the reasons given beside its answers, the appeal) let the
    accused understand why."""
    when = ctx.when(r)
    factors = [Factor(_("The expert report {when} did not support the charge, and the jury "
                        "convicted without saying why it departed from it.", when=when),
                      Toward.BREACH, 3, (concl, *(ctx.fact(v, "jury") for v in juries)))]
    missing: list[Missing] = []
    # What the record holds is that the defence could challenge the report, not that anyone
    # did: where the judge's directions left its bearing out, nobody had taken it up (Wright v
    # Jamaica, HRC 349/1989), and the chance the defence had counts for nothing.
    left_out = [ctx.fact(v, "directions_omitted_evidence") for v in juries
                if r.id in v.directions_omitted_evidence]
    left_out = [f for f in left_out if f.value]
    if left_out and challenge.value:
        factors.append(Factor(_("The defence could have challenged the expert evidence at "
                                "trial, but nobody brought out its bearing there."),
                              Toward.FAIRNESS, 0, (challenge,)))
    else:
        read_yes_no(challenge, factors, missing,
                    yes=(_("The defence could challenge the expert evidence at trial."),
                         Toward.FAIRNESS, 1),
                    no=(_("The defence could not challenge the expert evidence at trial."),
                        Toward.BREACH, 1))
    if left_out:
        factors.append(Factor(_("The judge's directions to the jury left out the bearing of "
                                "the expert report {when}, which favoured the defence.",
                                when=when), Toward.BREACH, 2, tuple(left_out)))
    for v in juries:
        directions = ctx.fact(v, "jury_directions")
        read_yes_no(directions, factors, missing,
                    yes=(_("The directions and questions put to the jury {when} let the accused "
                           "understand the verdict.", when=ctx.when(v)), Toward.FAIRNESS, 2),
                    no=(_("The directions and questions put to the jury {when} did not let the "
                          "accused understand the verdict.", when=ctx.when(v)),
                        Toward.BREACH, 2),
                    ask=(_("Did the directions and questions put to the jury {when} let the "
                           "accused understand why it convicted?", when=ctx.when(v)), 2))
        reasons = ctx.fact(v, "reasons")
        if reasons.value in (Reasons.CONCLUSORY, Reasons.REASONED):
            factors.append(Factor(_("Reasons were given beside the jury's answers {when} (by "
                                    "the presiding judge or in the sentencing judgment).",
                                    when=ctx.when(v)), Toward.FAIRNESS, 1, (reasons,)))
        for a in _links.conviction_appeals(ctx, after=v):
            given = ctx.fact(a, "reasons")
            if given.value is AppealReasons.REASONED and \
                    a.outcome is not AppealOutcome.NOT_ADMITTED:
                factors.append(Factor(_("The appeal court {when} gave reasons of its own on the "
                                        "conviction.", when=ctx.when(a)), Toward.FAIRNESS, 1,
                                      (given,)))
    return weigh(_("Weighing the jury's departure from the expert report {when} (Lhermitte v "
                   "Belgium [GC]; Taxquet v Belgium [GC]: whether the proceedings as a whole let "
                   "the accused understand why the jury convicted).", when=when),
                 factors, missing,
                 breach_text=_("the accused could not understand why the jury convicted "
                               "against the expert evidence."),
                 fair_text=_("the proceedings as a whole let the accused understand why the "
                             "jury convicted against the expert evidence."))


def _unchallenged(ctx: Context, r: ExpertReport, challenge: Fact, treat: Fact) -> Decision:
    """An expert report the defence could not challenge, relied on: weighed by how much the
    conviction rested on it and what else it rested on (Matytsina v Russia; GC32 para 13)."""
    when = ctx.when(r)
    factors = [Factor(_("The defence could not challenge the expert report {when} or call its "
                        "own expert, and the court relied on it.", when=when), Toward.BREACH,
                      2, (challenge, treat))]
    missing: list[Missing] = []
    weight = _links.weight_of(ctx, r)
    if weight is not None:
        factors.append(Factor(_(_IT_WAS[weight.value]), *_links.weight_toward(weight.value),
                              (weight,)))
    else:
        missing.append(Missing(_("How much did the conviction rest on the expert report "
                                 "{when}?", when=when), 2))
    other = [f for v in _links.convictions(ctx)
             if (f := ctx.fact(v, "other_evidence")).value is True]
    if other:
        factors.append(Factor(_("The conviction also rested on other evidence."),
                              Toward.FAIRNESS, 1, tuple(other)))
    return weigh(_("Weighing the expert report {when}, which the defence could not challenge "
                   "(Matytsina v Russia: how far the conviction rested on it).", when=when),
                 factors, missing,
                 breach_text=_("the defence could not answer evidence the conviction rested "
                               "on."),
                 fair_text=_("the conviction did not turn on evidence the defence could not "
                             "answer."))


def _expert_refused(ctx: Context, r: DefenceRequest) -> Decision:
    """A refused defence request for an expert. There is no right to a counter-expert as such:
    equality of arms is breached where the court's expert was not neutral, in effect a witness
    against the accused with a standing the defence's side lacked (Bönisch v Austria), not
    where the expert was merely tied to the body that reported the offence (Brandstetter v
    Austria); how far expert evidence decided the case and the refusal's reasons count too
    (Matytsina v Russia; GC32 para 13)."""
    granted = ctx.fact(r, "granted")
    factors: list[Factor] = []
    missing: list[Missing] = []
    reports = [e for e in ctx.events(ExpertReport) if e.appointed_by is not Party.DEFENCE]
    relied = [e for e in reports if e.treatment is ExpertTreatment.RELIED_ON]
    if relied:
        what = join([ctx.label(e) for e in relied])
        factors.append(Factor(_("The court relied on expert evidence for the prosecution or "
                                "of its own ({what}).", what=what), Toward.BREACH, 1,
                              (granted, *(ctx.fact(e, "treatment") for e in relied))))
        _neutrality(ctx, relied, what, granted, factors, missing)
        question = [ctx.fact(e, "defence_could_question") for e in relied]
        if all(f.value is None for f in question):
            question = [ctx.fact(e, "defence_could_challenge") for e in relied]
        if all(f.value is True for f in question):
            factors.append(Factor(_("The defence could question that expert."),
                                  Toward.FAIRNESS, 1, tuple(question)))
        own = [ctx.fact(e, "defence_own_expert") for e in relied]
        if all(f.value is True for f in own):
            factors.append(Factor(_("The defence's own expert evidence on the matter was still "
                                    "put before the court."), Toward.FAIRNESS, 2, tuple(own)))
    elif reports and all(e.treatment is not None for e in reports):
        factors.append(Factor(_("The court did not rely on expert evidence against the "
                                "defence."), Toward.FAIRNESS, 2,
                              tuple(ctx.fact(e, "treatment") for e in reports)))
    else:
        missing.append(Missing(_("Did the court rely on expert evidence for the prosecution, "
                                 "or of its own, in convicting?"), 2))
    read_yes_no(ctx.fact(r, "relevance_shown"), factors, missing, also=(granted,),
                yes=(_("The defence said what its expert would address."), Toward.BREACH, 1),
                no=(_("The defence did not say what its expert would address."),
                    Toward.FAIRNESS, 1),
                ask=(_("Did the defence say what its expert would address?"), 1))
    read_yes_no(ctx.fact(r, "refusal_reasoned"), factors, missing, also=(granted,),
                yes=(_("The court gave relevant reasons for the refusal."), Toward.FAIRNESS, 1),
                no=(_("The court refused without relevant reasons."), Toward.BREACH, 1),
                ask=(_("What reasons did the court give for refusing the defence's expert?"),
                     1))
    return weigh(
        _("Weighing the refusal {when} of the defence's request for an expert (ICCPR art "
          "14(1), 14(3)(e); GC32 para 13; Bönisch v Austria and Brandstetter v Austria: "
          "equality of arms turns on the neutrality of the court's expert and the standing of "
          "the defence's side, as far as expert evidence decided the case).", when=ctx.when(r)),
        factors, missing,
        breach_text=_("the defence could not answer the expert evidence on equal terms."),
        fair_text=_("the refusal did not deprive the defence of equal terms."))


def _neutrality(ctx: Context, relied: list[ExpertReport], what: str, granted: Fact,
                factors: list[Factor], missing: list[Missing]) -> None:
    """The court's expert's neutrality, as Bönisch and Brandstetter weigh it: a tie to the
    accuser counts a little; an expert in effect acting as a witness against the accused, or
    shown biased in fact, counts heavily; one shown to have acted as a neutral auxiliary of the
    court counts for fairness, however tied."""
    tied = [ctx.fact(e, "linked_to_accuser") for e in relied]
    prosecution = [ctx.fact(e, "appointed_by") for e in relied
                   if e.appointed_by is Party.PROSECUTION]
    if any(f.value is True for f in tied) or prosecution:
        factors.append(Factor(_("The expert ({what}) was tied to the accuser or the "
                                "prosecution.", what=what), Toward.BREACH, 1,
                              (granted, *(f for f in tied if f.value is True), *prosecution)))
    elif all(f.value is False for f in tied):
        factors.append(Factor(_("The expert ({what}) had no tie to the accuser or the "
                                "prosecution.", what=what), Toward.FAIRNESS, 1, tuple(tied)))
    acted = [ctx.fact(e, "acted_for_prosecution") for e in relied]
    if any(f.value is True for f in acted):
        factors.append(Factor(_("The expert ({what}) in effect acted as a witness against the "
                                "accused, with a standing at the trial the defence's side did "
                                "not have.", what=what), Toward.BREACH, 3,
                              (granted, *(f for f in acted if f.value is True))))
    elif all(f.value is False for f in acted):
        factors.append(Factor(_("The expert ({what}) acted as a neutral auxiliary of the court, "
                                "not as a witness against the accused, and was not shown "
                                "biased in fact.", what=what), Toward.FAIRNESS, 2, tuple(acted)))
    else:
        missing.append(Missing(_("Did the court's expert ({what}) act in effect as a witness "
                                 "against the accused, or was the expert's neutrality open to "
                                 "objectively justified doubt?", what=what), 2))


def _treatment(how: ExpertTreatment) -> str:
    """How the court treated an expert report, as a clause in brackets (the words of the
    schema's description of each value)."""
    return {
        ExpertTreatment.RELIED_ON: p_("expert report", "the court relied on it"),
        ExpertTreatment.DISMISSED_WITH_REASONS: p_("expert report",
                                                   "the court set it aside and said why"),
        ExpertTreatment.DISMISSED_WITHOUT_REASONS: p_("expert report",
                                                      "the court set it aside unexplained"),
        ExpertTreatment.NOT_ADDRESSED: p_("expert report", "the court did not mention it"),
    }[how]


EXPERT = Criterion(
    id="evidence.expert-evidence",
    area=Area.EVIDENCE,
    title="Expert evidence open to challenge and weighed",
    question="Could expert evidence be challenged, and did the court deal with expert evidence "
             "favourable to the defence rather than set it aside unexplained?",
    citations=(general_comment(32, "13", confirmed=True), iccpr("14(3)(e)"), iccpr("14(1)"),
               ecthr("Matytsina v Russia, no. 58428/10, 27 March 2014"),
               ecthr("Bönisch v Austria, no. 8658/79, 6 May 1985"),
               ecthr("Brandstetter v Austria, nos. 11170/84, 12876/87 and 13468/87, "
                     "28 Aug 1991"),
               ecthr("Mantovanelli v France, no. 21497/93, 18 March 1997"),
               ecthr("Lhermitte v Belgium [GC], no. 34238/09, 29 Nov 2016"),
               ecthr("Taxquet v Belgium [GC], no. 926/05, 16 Nov 2010")),
    severity=Severity.SERIOUS,
    reads=("expert_report.conclusion", "expert_report.treatment",
           "expert_report.defence_could_challenge", "expert_report.defence_could_question",
           "expert_report.defence_own_expert", "expert_report.linked_to_accuser",
           "expert_report.acted_for_prosecution", "verdict.jury", "verdict.jury_directions",
           "verdict.reasons", "appeal.reasons", "defence_request.request=expert",
           "defence_request.relevance_shown", "defence_request.refusal_reasoned"),
    at_trial=True,
    decide=_expert,
    affects_outcome=True,
)


def _requests(ctx: Context, kinds: frozenset[RequestKind], ask: str,
              decided: tuple[tuple[str, Decision], ...] = (),
              skip: frozenset[str] = frozenset()) -> Decision:
    """The court's answers to the defence's requests of these kinds: granted, or refused with
    or without relevant reasons. ``decided`` gives, by request id, decisions made otherwise;
    requests in ``skip`` are another criterion's. ``ask`` is a message template (marked
    ``T_``), asked where there is no such request."""
    done = dict(decided)

    def one(r: DefenceRequest) -> Decision:
        granted, reasoned = ctx.fact(r, "granted"), ctx.fact(r, "refusal_reasoned")
        words = {"when": ctx.when(r), "kind": _request_kind(r.request)}
        if granted.value is True:
            return compliant(_("The court granted the defence request {when} ({kind}).",
                               **words), granted)
        if granted.value is False and reasoned.value is True:
            return compliant(_("The court refused the defence request {when} ({kind}), giving "
                               "relevant reasons.", **words), granted, reasoned)
        if granted.value is False and reasoned.value is False:
            return breach(_("The court refused the defence request {when} ({kind}) without "
                            "relevant reasons.", **words), granted, reasoned)
        if granted.value is False:
            # Unknown is never no: reasons not on the record are not reasons not given.
            return unknown(_("What reasons did the court give for refusing the defence request "
                             "{when} ({kind})?", **words),
                           reason=_("The court refused the defence request {when} ({kind}).",
                                    **words), facts=(granted,))
        return unknown(_("What did the court decide on the defence request {when} ({kind})?",
                         **words))

    # An empty ``ask`` is never asked (the caller has requests): it must not reach gettext,
    # whose translation of "" is the catalogue's header.
    # A request the defence never made is no answer of the court's: only a criterion that
    # decides what not asking means (``decided``) reads it.
    return worst((done.get(r.id) or one(r) for r in ctx.events(DefenceRequest)
                  if r.request in kinds and r.id not in skip
                  and (r.made is not False or r.id in done)),
                 empty=unknown(_(ask, name=ctx.name) if ask else ""))


def _request_kind(kind: RequestKind) -> str:
    """What the defence asked for, as a phrase in brackets after "the defence request" (the
    words of the schema's description of each kind)."""
    return {
        RequestKind.CALL_WITNESS: p_("defence request", "to call a defence witness"),
        RequestKind.EXAMINE_WITNESS: p_("defence request", "to examine a prosecution witness"),
        RequestKind.ADJOURNMENT: p_("defence request", "for more time to prepare"),
        RequestKind.CASE_FILE: p_("defence request", "for access to the case file or evidence"),
        RequestKind.EXPERT: p_("defence request", "for a defence or independent expert"),
        RequestKind.EXCLUDE_EVIDENCE: p_("defence request", "to exclude evidence"),
        RequestKind.RECUSAL: p_("defence request", "to remove a judge"),
        RequestKind.RELEASE: p_("defence request", "for release from custody"),
        RequestKind.INTERPRETER: p_("defence request", "for an interpreter or translation"),
        RequestKind.TRANSLATION: p_("defence request", "for a written translation of documents "
                                    "in the case file or of evidence"),
        RequestKind.LEGAL_AID: p_("defence request", "for a lawyer paid by the state (legal aid)"),
        RequestKind.REPLACE_COUNSEL: p_("defence request",
                                        "to replace the lawyer the authorities assigned"),
        RequestKind.OTHER: p_("defence request", "any other request"),
    }[kind]


def _witnesses(ctx: Context) -> Decision:
    # A defence witness (Murtazaliyeva v Russia [GC]): was the request reasoned and relevant;
    # did the court consider its relevance and give adequate reasons; was the trial fair as a
    # whole. A request that never said what the witness would prove need not be granted.
    decided = [(r.id, _witness_not_asked(ctx, r)) for r in ctx.events(DefenceRequest)
               if r.request in (RequestKind.CALL_WITNESS, RequestKind.EXAMINE_WITNESS)
               and r.made is False]
    decided += [(r.id, _defence_witness_refused(ctx, r)) for r in ctx.events(DefenceRequest)
                if r.request is RequestKind.CALL_WITNESS and r.granted is False
                and r.made is not False]
    # A prosecution witness the defence could not question is weighed as the case law weighs
    # it (Al-Khawaja and Tahery [GC]; Schatschaschwili [GC]: the reason, the weight of the
    # evidence, the safeguards) under 'Absent or anonymous witnesses', where the lack of a
    # good reason counts but does not decide; a refusal without reasons is no breach by
    # itself here, and the same witness is not counted twice.
    absent = ctx.finding("evidence.absent-witness")
    for r in ctx.events(DefenceRequest):
        if r.request is not RequestKind.EXAMINE_WITNESS or r.made is False:
            continue
        words = {"when": ctx.when(r), "kind": _request_kind(r.request), "name": ctx.name}
        answered = ctx.fact(r, "witness_answered")
        if r.granted is True and answered.value is False:
            # Granted, but the witness would not answer: the defence had no more chance to
            # test the statement than if it had been refused (Vidgen v Netherlands), so it is
            # weighed as an absent witness's, never counted here as a request granted.
            granted_silent = _("The court granted the defence request {when} ({kind}), but the "
                               "witness did not answer the defence's questions.", **words)
            decided.append((r.id, not_applicable(_(
                "{granted} The witness's statement is weighed, with the reason for the silence, "
                "the weight of the evidence and the safeguards, under 'Absent or anonymous "
                "witnesses'.", granted=granted_silent))
                if absent.outcome is not Outcome.NOT_APPLICABLE else unknown(
                _("Was the statement of the witness who did not answer the defence's questions "
                  "{when} used against {name}, and could the defence question the witness at "
                  "another stage?", **words),
                reason=granted_silent, facts=(answered,))))
            continue
        if r.granted is not False:
            continue
        refused = _("The court refused the defence request {when} ({kind}).", **words)
        if absent.outcome is not Outcome.NOT_APPLICABLE:
            decided.append((r.id, not_applicable(_(
                "The court refused the defence request {when} ({kind}); the witness's evidence "
                "is weighed, with the reason for not hearing them, the weight of the evidence "
                "and the safeguards, under 'Absent or anonymous witnesses'.", **words))))
        else:
            decided.append((r.id, unknown(
                _("Was the statement of the witness the defence asked to examine {when} used "
                  "against {name}, and could the defence question the witness at another "
                  "stage?", **words),
                reason=refused, facts=(ctx.fact(r, "granted"),))))
    return _requests(ctx, frozenset({RequestKind.CALL_WITNESS, RequestKind.EXAMINE_WITNESS}),
                     T_("Could the defence call its witnesses and question the prosecution's on "
                        "equal terms?"), tuple(decided))


def _defence_witness_refused(ctx: Context, r: DefenceRequest) -> Decision:
    """A defence witness the court would not call, weighed by the three questions of
    Murtazaliyeva v Russia [GC]: was the request reasoned and relevant to the accusation (the
    defence must show why the witness mattered, Perna v Italy [GC]); did the court consider
    that relevance and give reasons; did the refusal undermine the fairness of the trial as a
    whole. The first two are generally strongly indicative, so they weigh most: a relevant
    witness refused without reasons tips clearly toward a breach, a witness whose relevance
    was never explained, refused with reasons, clearly toward fairness."""
    granted = ctx.fact(r, "granted")
    words = {"when": ctx.when(r), "kind": _request_kind(r.request)}
    factors: list[Factor] = []
    missing: list[Missing] = []
    # Relevance is asked whatever the reasons (it can still tip a close balance), with the
    # weight its answer could carry; the reasons are not asked of a request that never said
    # why the witness mattered: a court need say little to refuse it (Perna v Italy [GC]).
    relevance, reasons = ctx.fact(r, "relevance_shown"), ctx.fact(r, "refusal_reasoned")
    read_yes_no(relevance, factors, missing, also=(granted,),
                yes=(_("The defence said what the witness would prove, and it was relevant to "
                       "the accusation."), Toward.BREACH, 1),
                no=(_("The defence did not say what the witness would prove or why it "
                      "mattered to the accusation: a court need not call such a witness."),
                    Toward.FAIRNESS, 3),
                # Unreasoned, the answer also decides how much the missing reasons weigh (3,
                # or 1 against a request that never said why): it can move 5.
                ask=(_("Did the defence say what the witness in the defence request {when} "
                       "({kind}) would prove, and was it relevant to the charge?", **words),
                     {True: 1, False: 5}.get(reasons.value, 3)))
    read_yes_no(reasons, factors, missing, also=(granted,),
                yes=(_("The court considered what the witness could add and gave relevant "
                       "reasons for not calling them."), Toward.FAIRNESS, 3),
                # The reasons owed are commensurate with the request's: a court need say
                # little to refuse a witness the defence never explained (Murtazaliyeva).
                no=(_("The court gave no relevant reasons for not calling the witness."),
                    Toward.BREACH, 1 if relevance.value is False else 3),
                ask=None if relevance.value is False else (
                    _("What reasons did the court give for refusing the defence request "
                      "{when} ({kind})?", **words), 3))
    # The third question can turn the first two only in exceptional cases, so it weighs 1.
    read_yes_no(ctx.fact(r, "could_change_outcome"), factors, missing, also=(granted,),
                yes=(_("The witness's evidence could have changed the outcome (an alibi, or "
                       "the only account against the prosecution's on a disputed point)."),
                     Toward.BREACH, 1),
                no=(_("The witness's evidence bore on a side issue, or the point was settled "
                      "by other evidence the defence could test."), Toward.FAIRNESS, 1),
                ask=(_("Could the evidence of the witness in the defence request {when} "
                       "({kind}) have changed the outcome, judged on the trial as a whole?",
                       **words), 1))
    return weigh(
        _("Weighing the refusal {when} to call a defence witness (ICCPR art 14(3)(e); GC32 "
          "para 39; ECHR art 6(3)(d); Murtazaliyeva v Russia [GC]: was the request reasoned and "
          "relevant, did the court consider it and give reasons, and was the trial as a whole "
          "fair).", when=ctx.when(r)),
        factors, missing,
        breach_text=_("the defence could not obtain its witness under the same conditions as "
                      "the prosecution's."),
        fair_text=_("not calling the witness left the defence on equal terms."))


def _witness_not_asked(ctx: Context, r: DefenceRequest) -> Decision:
    """The defence never asked the trial court to call or hear the witness. A defence that did
    not raise it there cannot ordinarily complain afterwards that the witness was not heard,
    unless the need for the witness was manifest to the court (the Committee: neither counsel
    nor the accused complained to the trial judge)."""
    made, manifest = ctx.fact(r, "made"), ctx.fact(r, "lack_manifest")
    words = {"when": ctx.when(r), "kind": _request_kind(r.request)}
    prepared = ctx.finding("counsel.time-to-prepare").outcome
    if r.request is RequestKind.CALL_WITNESS and prepared in (Outcome.VIOLATION,
                                                              Outcome.LIKELY_VIOLATION):
        # A defence given too little time to prepare could not find and call its witnesses:
        # the witness it did not call follows from that breach, whether or not the court saw
        # it (Little v Jamaica: "as a result, article 14, paragraph 3 (e), was also violated").
        return breach(_("The defence did not call the witness {when} ({kind}), having had too "
                        "little time to prepare its defence (see 'Adequate time to prepare the "
                        "defence'): it could not obtain the witness under the same conditions "
                        "as the prosecution's.", **words), made,
                      proven=prepared is Outcome.VIOLATION)
    if manifest.value is True:
        return breach(_("The defence did not ask the court {when} ({kind}), but the need for "
                        "the witness was manifest to the court, which did not act of its own "
                        "motion.", **words), made, manifest)
    if manifest.value is False:
        return compliant(_("The defence did not ask the trial court {when} ({kind}), and the "
                           "need for the witness was not manifest to the court: a complaint "
                           "never raised before the trial court cannot ordinarily be made "
                           "afterwards.", **words), made, manifest)
    return unknown(_("Though the defence did not ask the court {when} ({kind}), was the need "
                     "for the witness manifest to the trial court?", **words),
                   reason=_("The defence did not ask the trial court {when} ({kind}).", **words),
                   facts=(made,))


WITNESSES = Criterion(
    id="evidence.witnesses",
    area=Area.EVIDENCE,
    title="Witnesses examined on equal terms",
    question="Could the defence examine prosecution witnesses and call its own on the same "
             "terms as the prosecution?",
    citations=(iccpr("14(3)(e)"), general_comment(32, "39", confirmed=False), echr("6(3)(d)"),
               ecthr("Murtazaliyeva v Russia [GC], no. 36658/05, 18 Dec 2018"),
               ecthr("Perna v Italy [GC], no. 48898/99, 6 May 2003"),
               hrc_views("Little v Jamaica, comm. no. 283/1988, 1 Nov 1991", "para 8.4"),
               hrc_views("Askarov v Kyrgyzstan, comm. no. 2231/2012, 31 March 2016"),
               hrc_views("Sawyers and McLean v Jamaica, comm. nos. 226/1987 and 256/1987, "
                         "11 April 1991", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("defence_request.request=call_witness|examine_witness", "defence_request.granted",
           "defence_request.relevance_shown", "defence_request.refusal_reasoned",
           "defence_request.could_change_outcome", "finding:evidence.absent-witness",
           "defence_request.made", "defence_request.lack_manifest",
           "defence_request.witness_answered", "finding:counsel.time-to-prepare"),
    at_trial=True,
    depends_on=("evidence.absent-witness", "counsel.time-to-prepare"),
    decide=_witnesses,
)


def _disclosure(ctx: Context) -> Decision:
    # Withholding material from the defence is allowed only where strictly necessary and
    # counterbalanced, above all by a judge who sees the material (Rowe and Davis [GC]): a
    # refusal is weighed, not read off whether it gave reasons.
    # A refusal of what a detention rested on is weighed by the review of the detention
    # (custody.habeas-review: Lamy; Garcia Alva), whose equality of arms is not the trial's;
    # what the defence had to prepare for trial is asked of the requests made for that.
    review = frozenset(r.id for r in ctx.events(DefenceRequest)
                       if r.request is RequestKind.CASE_FILE
                       and ctx.fact(r, "detention_material").value is True)
    refused = tuple((r.id, _withheld(ctx, r)) for r in ctx.events(DefenceRequest)
                    if r.request is RequestKind.CASE_FILE and r.granted is False
                    and r.id not in review)
    # Material the defence never knew of, and so never asked for, is weighed as withheld too:
    # the prosecution must disclose all material evidence for or against the accused (Edwards
    # v UK §36), whether or not it was asked.
    unasked = [_withheld(ctx, e) for e in ctx.events(EvidenceItem)
               if e.withheld_from_defence is True]
    asked = [r for r in ctx.events(DefenceRequest)
             if r.request is RequestKind.CASE_FILE and r.made is not False
             and r.id not in review]
    if unasked and not asked:
        return worst(unasked, empty=not_applicable(""))
    requested = _requests(ctx, frozenset({RequestKind.CASE_FILE}),
                          T_("Did the defence get the whole case file, including material in "
                             "the accused's favour, in time to prepare?"), refused, review)
    return worst([requested, *unasked], empty=requested)


def _withheld(ctx: Context, r: DefenceRequest | EvidenceItem) -> Decision:
    # The Court looks at the proceedings as a whole, the appeal included: a defect remedied
    # later, by disclosure in time for the defence to use the material or by an appeal court
    # that examined it with the defence able to argue on it and reviewed the conviction on the
    # facts and the law, is no violation (Edwards v UK §§34, 36). An appeal court that saw the
    # material alone remedies nothing (Rowe and Davis v UK [GC]; Edwards and Lewis v UK [GC]).
    later = ctx.fact(r, "later_disclosed")
    when = {"when": ctx.when(r)}
    appeals = _links.conviction_appeals(ctx, after=r)
    cure: Decision | None = None
    asked: list[str] = []
    unremedied: list[Factor] = []
    if later.value is LaterDisclosure.AT_TRIAL:
        cure = compliant(_("The material withheld {when} was disclosed later at the trial, in "
                           "time for the defence to use it: the defect was remedied.", **when),
                         later)
    elif later.value is LaterDisclosure.NEVER and isinstance(r, EvidenceItem):
        # An item's date is its own, not the day it was withheld: it is named by its label.
        unremedied.append(Factor(_("The defence was never given {what}.",
                                   what=ctx.label(r)), Toward.BREACH, 0, (later,)))
    elif later.value in (LaterDisclosure.TOO_LATE, LaterDisclosure.NEVER):
        unremedied.append(Factor(
            _("The material withheld {when} was disclosed at the trial too late for the defence "
              "to use it.", **when) if later.value is LaterDisclosure.TOO_LATE else
            _("The material withheld {when} was never disclosed to the defence.", **when),
            Toward.BREACH, 0, (later,)))
    elif later.value is LaterDisclosure.AFTER_PROCEEDINGS:
        # Material that surfaced only once no domestic court could weigh it remedied nothing,
        # but "never disclosed" would be untrue (Peart and Peart v Jamaica, HRC 464/1991 and
        # 482/1991: the statement surfaced before the Committee).
        unremedied.append(Factor(
            _("The defence was given {what} only after the domestic proceedings had ended, when "
              "no court could weigh it.", what=ctx.label(r))
            if isinstance(r, EvidenceItem) else
            _("The material withheld {when} reached the defence only after the domestic "
              "proceedings had ended, when no court could weigh it.", **when),
            Toward.BREACH, 0, (later,)))
    for a in appeals:
        how = ctx.fact(a, "examined_withheld_material")
        words = {"appeal": ctx.when(a), **when}
        if how.value is AppealExamination.INTER_PARTES or later.value is LaterDisclosure.ON_APPEAL:
            shown = how if how.value is AppealExamination.INTER_PARTES else later
            review, outcome = ctx.fact(a, "reviewed_facts_and_law"), ctx.fact(a, "outcome")
            if outcome.value in (AppealOutcome.NOT_ADMITTED, AppealOutcome.PENDING):
                # An appeal refused or not yet decided examined nothing (Edwards §36: the
                # Court of Appeal had examined the material).
                unremedied.append(Factor(_(
                    "The appeal {appeal} was not admitted or is not decided, so no court "
                    "examined the withheld material on it.", **words), Toward.BREACH, 0,
                    (outcome,)))
            elif outcome.value is None:
                asked.append(_("How was the appeal {when} decided?", when=ctx.when(a)))
            elif review.value is False:
                unremedied.append(Factor(_(
                    "The appeal court {appeal} had the withheld material before it but reviewed "
                    "the points of law only.", **words), Toward.BREACH, 0, (shown, review)))
            elif review.value is None:
                asked.append(_("Did the appeal court {appeal}, with the withheld material before "
                               "it, review the conviction on the facts and the law?", **words))
            elif a.against is None:
                asked.append(_("Was the appeal {when} against the conviction?",
                               when=ctx.when(a)))
            elif cure is None:
                cure = compliant(_(
                    "The appeal court {appeal} had the material withheld {when} before it, with "
                    "the defence able to argue on it, and reviewed the conviction on the facts "
                    "and the law: the defect was remedied on appeal.", **words), shown, review)
        elif how.value is AppealExamination.EX_PARTE:
            unremedied.append(Factor(_(
                "The appeal court {appeal} examined the withheld material alone, without the "
                "defence, which does not make good its absence at the trial.", **words),
                Toward.BREACH, 0, (how,)))
        elif how.value is AppealExamination.NO:
            unremedied.append(Factor(_("The appeal court {appeal} did not examine the withheld "
                                       "material.", **words), Toward.BREACH, 0, (how,)))
        elif later.value not in (LaterDisclosure.AT_TRIAL, LaterDisclosure.AFTER_PROCEEDINGS):
            asked.append(_("Was the material withheld {when} disclosed later, or examined by the "
                           "appeal court {appeal} with the defence able to argue on it?",
                           **words))
    weighed = _withholding(ctx, r, unremedied) if isinstance(r, DefenceRequest) else \
        _withholding_unasked(ctx, r, unremedied)
    if weighed.outcome is Outcome.NO_VIOLATION:
        return weighed
    if cure is not None:
        # The weighing stays on the record, as the defect the remedy made good.
        return attrs.evolve(cure, against=(*cure.against, *weighed.reasons))
    if asked:
        return Decision(Outcome.INSUFFICIENT, (*weighed.reasons, _(
            "What followed at the trial or on appeal could have remedied this; the record does "
            "not say whether it did.")), weighed.facts, weighed.against,
            tuple(dict.fromkeys((*weighed.questions, *asked))))
    return weighed


def _withholding(ctx: Context, r: DefenceRequest, later: list[Factor]) -> Decision:
    """The refusal weighed (Rowe and Davis [GC]), with what followed it that did not remedy
    it (``later``: recorded, but of no weight)."""
    granted = ctx.fact(r, "granted")
    factors: list[Factor] = []
    missing: list[Missing] = []
    read_yes_no(ctx.fact(r, "relevance_shown"), factors, missing, also=(granted,),
                yes=(_("The defence said why the material mattered to it."), Toward.BREACH, 2),
                no=(_("The defence did not say why the material mattered to it."),
                    Toward.FAIRNESS, 2),
                ask=(_("Did the defence say why the withheld material mattered to it?"), 2))
    read_yes_no(ctx.fact(r, "refusal_reasoned"), factors, missing, also=(granted,),
                yes=(_("The refusal gave reasons (a competing interest such as the protection "
                       "of witnesses or national security)."), Toward.FAIRNESS, 1),
                no=(_("The refusal gave no relevant reasons: no need to withhold the material "
                      "was shown."), Toward.BREACH, 2),
                ask=(_("What reasons were given for withholding the material?"), 1))
    read_yes_no(ctx.fact(r, "judge_reviewed_material"), factors, missing, also=(granted,),
                yes=(_("A judge examined the withheld material and decided what had to be "
                       "disclosed."), Toward.FAIRNESS, 2),
                no=(_("No judge examined the withheld material."), Toward.BREACH, 2),
                ask=(_("Did a judge examine the withheld material to decide whether it had to "
                       "be disclosed?"), 2))
    factors += later
    return weigh(
        _("Weighing the refusal {when} to give the defence access to the case file or evidence "
          "(ICCPR art 14(3)(b); GC32 para 33; Rowe and Davis v UK [GC]: material may be "
          "withheld only where strictly necessary, and the handicap to the defence must be "
          "counterbalanced, above all by a judge who sees it).", when=ctx.when(r)),
        factors, missing,
        breach_text=_("withholding the material was not shown to be necessary and "
                      "counterbalanced."),
        fair_text=_("withholding the material was necessary and counterbalanced."))


def _withholding_unasked(ctx: Context, e: EvidenceItem, later: list[Factor]) -> Decision:
    """Material kept from a defence that did not know of it, weighed as Rowe and Davis [GC]
    weighs a withholding: the defence could not ask or say why it mattered, so what remains is
    whether a judge saw the material and decided on it (Fitt v UK [GC]), with what followed
    that did not remedy it (``later``: recorded, but of no weight)."""
    withheld = ctx.fact(e, "withheld_from_defence")
    what = ctx.label(e)
    factors = [Factor(_("The prosecution or the police kept {what} from the defence, which did "
                        "not know of it and so could not ask for it.", what=what),
                      Toward.BREACH, 1, (withheld,))]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(e, "judge_reviewed_material"), factors, missing, also=(withheld,),
                yes=(_("A judge examined {what} and decided it need not be disclosed.",
                       what=what), Toward.FAIRNESS, 2),
                no=(_("No judge examined {what}: the prosecution or the police alone decided "
                      "to keep it back.", what=what), Toward.BREACH, 2),
                ask=(_("Did a judge examine {what} to decide whether it had to be disclosed?",
                       what=what), 2))
    factors += later
    return weigh(
        _("Weighing {what}, kept from the defence without its asking (Edwards v UK: the "
          "prosecution must disclose all material evidence for or against the accused; Rowe "
          "and Davis v UK [GC]: material may be withheld only where strictly necessary, and the "
          "handicap to the defence must be counterbalanced, above all by a judge who sees it).",
          what=what),
        factors, missing,
        breach_text=_("withholding the material was not shown to be necessary and "
                      "counterbalanced."),
        fair_text=_("withholding the material was necessary and counterbalanced."))


DISCLOSURE = Criterion(
    id="evidence.disclosure",
    area=Area.EVIDENCE,
    title="Access to the case file",
    question="Did the defence have access to the case file and the evidence, including "
             "exculpatory material, in time to prepare?",
    citations=(iccpr("14(3)(b)"), general_comment(32, "33", confirmed=False),
               basic_principles("21", confirmed=True),
               ecthr("Rowe and Davis v United Kingdom [GC], no. 28901/95, 16 Feb 2000"),
               ecthr("Edwards v UK, no. 13071/87, 16 Dec 1992", "§§34, 36", confirmed=True),
               ecthr("Edwards and Lewis v UK [GC], nos. 39647/98 and 40461/98, 27 Oct 2004")),
    severity=Severity.SERIOUS,
    reads=("defence_request.request=case_file", "defence_request.granted",
           "defence_request.relevance_shown", "defence_request.refusal_reasoned",
           "defence_request.judge_reviewed_material", "defence_request.later_disclosed",
           "appeal.examined_withheld_material", "appeal.reviewed_facts_and_law",
           "appeal.outcome", "evidence.withheld_from_defence", "evidence.judge_reviewed_material",
           "evidence.later_disclosed", "defence_request.detention_material"),
    at_trial=True,
    decide=_disclosure,
)


def _unlawful(ctx: Context) -> Decision:
    # Unlawfully obtained evidence does not make a trial unfair of itself (Khan; Bykov): the
    # court weighs whether the defence could challenge its authenticity and oppose its use,
    # whether its quality is in doubt, and how much the conviction rested on it.
    bad: set[str] = set()
    search = ctx.finding("search.judicial-authorisation")
    if search.is_breach:
        bad |= set(search.relied_on)
        bad |= {s.id for s in ctx.all_events(Seizure) if s.search in bad}
    surveillance = ctx.finding("search.surveillance-basis")
    if surveillance.is_breach:
        bad |= set(surveillance.relied_on)
    if not bad:
        return not_applicable(_("No search or surveillance found to be unlawful on the "
                                "record."))
    items = [e for e in ctx.events(EvidenceItem)
             if bad & set(e.derived_from) and e.ruling is Ruling.ADMITTED]
    if not items:
        return not_applicable(_("No evidence from an unlawful search or surveillance is "
                                "recorded as admitted."))
    asked = [r for r in ctx.events(DefenceRequest) if r.request is RequestKind.EXCLUDE_EVIDENCE]
    # A request names what it is about where the record says so. One that names nothing is
    # about the only item there is; with several, which one it was about is asked, not assumed.
    unnamed = [r for r in asked if not r.about]
    if len(items) == 1:
        return _weigh_unlawful(ctx, items[0],
                               [r for r in asked if not r.about or items[0].id in r.about])
    return worst((_weigh_unlawful(ctx, e, [r for r in asked if e.id in r.about], unnamed)
                  for e in items), empty=not_applicable(""))


def _weigh_unlawful(ctx: Context, e: EvidenceItem, asked: list[DefenceRequest],
                    unnamed: tuple[DefenceRequest, ...] | list[DefenceRequest] = ()) -> Decision:
    what = ctx.label(e)
    factors: list[Factor] = [Factor(_cap(_("{what} was obtained unlawfully and admitted.",
                                           what=what)), Toward.BREACH, 1,
                                    (ctx.fact(e, "ruling"),))]
    missing: list[Missing] = []
    # Could the defence oppose its use, and did the court answer?
    refused = [(ctx.fact(r, "granted"), ctx.fact(r, "refusal_reasoned")) for r in asked
               if r.granted is False]
    if any(reasoned.value is False for _g, reasoned in refused):
        granted, reasoned = next(g for g in refused if g[1].value is False)
        factors.append(Factor(_("The court refused, without reasons, to examine its exclusion."),
                              Toward.BREACH, 3, (granted, reasoned)))
    elif any(reasoned.value is True for _g, reasoned in refused):
        granted, reasoned = next(g for g in refused if g[1].value is True)
        factors.append(Factor(_("The defence could oppose its use, and the court answered with "
                                "reasons."), Toward.FAIRNESS, 2, (granted, reasoned)))
    elif refused:
        missing.append(Missing(_("What reasons did the court give for refusing to exclude it?"),
                               3))
    elif unnamed:
        missing.append(Missing(_("Was the defence's request {when} to exclude evidence about "
                                 "{what}, and how did the court answer it?", what=what,
                                 when=ctx.when(unnamed[0])), 2))
    else:
        missing.append(Missing(_("Could the defence challenge {what} and oppose its use, and did "
                                 "the court answer with reasons?", what=what), 2))
    # Its quality: is its authenticity or accuracy in doubt?
    genuine = ctx.fact(e, "authenticity_contested")
    if genuine.value is True:
        factors.append(Factor(_("The defence contested that it is genuine, which puts its "
                                "reliability in doubt."), Toward.BREACH, 1, (genuine,)))
    elif genuine.value is False:
        factors.append(Factor(_("The defence did not contest that it is genuine."),
                              Toward.FAIRNESS, 1, (genuine,)))
    else:
        missing.append(Missing(_("Did the defence contest that {what} is genuine?", what=what),
                               1))
    # How much the conviction rested on it.
    weight = ctx.fact(e, "weight")
    if weight.value is not None:
        n = _links.USE_WEIGHT[weight.value]
        # Evidence that is reliable and was open to challenge needs less support (Khan: a
        # recording, the only evidence, uncontested and examined: no violation).
        tested = genuine.value is False and any(r.value is True for _g, r in refused)
        heavy = 1 if (n == 3 and tested) or n == 2 else 2
        factors.append(Factor(_(_IT_WAS[weight.value]),
                              Toward.BREACH if n >= 2 else Toward.FAIRNESS, heavy, (weight,)))
    else:
        missing.append(Missing(_("How much did the conviction of {name} rest on {what}: was it "
                                 "the sole or decisive evidence, or corroborated?",
                                 name=ctx.name, what=what), 2))
    return weigh(_("Weighing the use of {what} (Khan; Bykov [GC]: whether the defence could "
                   "challenge its authenticity and oppose its use, its quality, and how much the "
                   "conviction rested on it).", what=what), factors, missing,
                 breach_text=_("using the unlawfully obtained evidence made the trial unfair."),
                 fair_text=_("using it did not make the trial as a whole unfair."))


#: How much the conviction rested on an item of evidence, one whole sentence for each weight
#: (the words are those of the schema's description of each value).
_IT_WAS = _links.IT_WAS
#: The same for a statement the defence could not test.
_STATEMENT_WAS = {
    Weight.SOLE: T_("The statement of {whom} {when} was the only evidence against the "
                    "accused."),
    Weight.DECISIVE: T_("The statement of {whom} {when} was so important that it likely "
                        "determined the outcome."),
    Weight.MAIN: T_("The statement of {whom} {when} was significant, but with other evidence "
                    "of weight."),
    Weight.CORROBORATIVE: T_("The statement of {whom} {when} was corroborative of other "
                             "evidence that suffices on its own."),
    Weight.NOT_RELIED_ON: T_("The statement of {whom} {when} was not relied on by the court."),
}


UNLAWFUL_EVIDENCE = Criterion(
    id="evidence.unlawfully-obtained",
    area=Area.EVIDENCE,
    title="Evidence from an unlawful search or surveillance, weighed for fairness",
    question="Where evidence came from an unlawful search or surveillance, could the defence "
             "challenge its authenticity and oppose its use, was its quality in doubt, and how "
             "much did the conviction rest on it?",
    citations=(ecthr("Khan v United Kingdom, no. 35394/97, 12 May 2000", "§34"),
               ecthr("Prade v Germany, no. 7215/10, 3 March 2016"),
               ecthr("Bykov v Russia [GC], no. 4378/02, 10 March 2009", "§§88-98"),
               ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
                     "§274", confirmed=True)),
    severity=Severity.SERIOUS,
    reads=("finding:search.judicial-authorisation", "finding:search.surveillance-basis",
           "evidence.derived_from", "evidence.ruling", "evidence.authenticity_contested",
           "evidence.weight", "defence_request.request=exclude_evidence",
           "defence_request.about"),
    at_trial=True,
    decide=_unlawful,
    depends_on=("search.judicial-authorisation", "search.surveillance-basis"),
    affects_outcome=True,
)

#: How much each safeguard that lets the statement's reliability be tested makes up for a
#: witness the defence could not question (Schatschaschwili: a recording of the witness's
#: questioning, questioning at the investigation stage, questions put in writing).
#: Corroboration is weighed by its strength (_CORROBORATION).
_COUNTERWEIGHT = {Counterbalance.PRETRIAL_QUESTIONING: 2, Counterbalance.RECORDING: 2,
                  Counterbalance.WRITTEN_QUESTIONS: 1}

#: An opportunity to question the witness before trial that the defence was offered and let
#: pass without a good reason: the defence had the chance art 6(3)(d) requires, when the
#: statement was made, and cannot complain that it went unused (Gani v Spain: counsel summoned
#: to the witness's hearing before the investigating judge did not come; no violation, the
#: statement sole; Solakov v FYROM: counsel summoned to the witnesses' questioning abroad did
#: not go, and the applicant "cannot complain"; no violation, the statements decisive). It
#: weighs more than the statement itself can, sole or decisive (3): with a good reason for the
#: witness's absence at trial it makes the trial fair on its own, while other defects (no good
#: reason, nothing bearing the statement out) can still tip it back. A waiver of the right
#: must be unequivocal: the value is recorded only where the defence was duly told and gave no
#: good reason.
_OPPORTUNITY_UNUSED = 4

#: Safeguards that help the court weigh the statement with care but do not test it: a caution
#: or direction, the accused's own account and challenge to the witness's credibility, another
#: safeguard not described. However many are listed they count together at most this much,
#: less than a sole or decisive statement weighs: they are needed, but on their own they are
#: no strong procedural safeguard (Al-Khawaja §147; Tahery: a warning to the jury and the
#: accused's own evidence did not make up for a decisive statement; Schatschaschwili: the
#: accused's own version cannot of itself be a sufficient counterbalance).
_ATTENDING = (Counterbalance.CAUTION, Counterbalance.OWN_ACCOUNT, Counterbalance.OTHER)
_ATTENDING_MOST = 2

#: Corroboration of the untested account itself, by its strength: strong corroboration by
#: independent evidence (a closely similar account with no collusion, prompt complaints to
#: others, forensic evidence: Al-Khawaja) weighs most, and can balance a decisive statement
#: with the court's care; evidence that bears out only parts of it, or guilt in general, little.
#: Where the strength is not recorded, it counts in between and is asked (weight 1: what the
#: answer could move either way).
_CORROBORATION = {CorroborationStrength.STRONG: 3, CorroborationStrength.PARTIAL: 1}
_CORROBORATION_UNSTATED = 2


def _absent_witness(ctx: Context) -> Decision:
    def one(s: Statement) -> Decision:
        whom = join([ctx.case.name_of(m) for m in s.subjects]) or p_("witness not named",
                                                                     "a witness")
        words = {"whom": whom, "when": ctx.when(s)}
        how, use = _links.reliance(ctx, s)
        if how == "excluded":
            return compliant(_("The statement of {whom} {when}, whom the defence could not "
                               "question, was excluded.", **words), *use)
        factors: list[Factor] = []
        missing: list[Missing] = []
        if s.anonymous is True:
            factors.append(Factor(_cap(_("{whom} was anonymous to the defence, which could not "
                                         "test their credibility.", whom=whom)), Toward.BREACH,
                                  1, (ctx.fact(s, "anonymous"),)))
        # A police officer or agent kept from the defence is not a disinterested witness: they
        # owe obedience to the executive and usually have links with the prosecution, so their
        # anonymity is for exceptional circumstances only, and the wish to keep an agent for
        # future use does not of itself justify keeping the defence from testing them (Van
        # Mechelen §§56-57; Lüdi). Asked only of an anonymous witness, where that test applies.
        police = ctx.fact(s, "maker_police")
        if police.value is True:
            factors.append(Factor(_("{whom} was a police officer or an agent acting for the "
                                    "police: owing obedience to the executive and usually linked "
                                    "with the prosecution, such a witness may be kept from the "
                                    "defence only in exceptional circumstances.",
                                    whom=_cap(whom)), Toward.BREACH,
                                  2 if s.anonymous is True else 1, (police,)))
        elif police.value is None and s.anonymous is True:
            missing.append(Missing(_("Was {whom}, anonymous to the defence, a police officer or "
                                     "an agent acting for the police ('maker_police')?",
                                     whom=whom), 1))
        # An anonymous witness questioned out of the defence's sight: it could not observe
        # their demeanour under questioning, and so test their reliability (Van Mechelen §59).
        if s.anonymous is True and s.maker_examined is True:
            read_yes_no(
                ctx.fact(s, "demeanour_observed"), factors, missing,
                yes=(_("The defence could see {whom} answer its questions.", whom=whom),
                     Toward.FAIRNESS, 1),
                no=(_("The defence questioned {whom} from another room, unable to observe "
                      "their demeanour and so test their reliability.", whom=whom),
                    Toward.BREACH, 2))
        # Step 1: a good reason for not hearing the witness (Al-Khawaja; Schatschaschwili
        # holds it important but not decisive on its own). Its absence weighs against; its
        # presence only lets the inquiry go on, and is no counterweight (Tahery: a good reason,
        # yet a violation).
        good = ctx.fact(s, "good_reason_for_absence")
        if good.value is True:
            reason = (_("There was a good reason not to hear {whom} ({reason}).", whom=whom,
                        reason=s.absence_reason) if s.absence_reason else
                      _("There was a good reason not to hear {whom}.", whom=whom))
            factors.append(Factor(reason, Toward.FAIRNESS, 0, (good,)))
        elif good.value is False:
            factors.append(Factor(_("No good reason for not hearing {whom} was shown.",
                                    whom=whom), Toward.BREACH, 2, (good,)))
        else:
            # Asked with the weight its "no" carries: it could tip the balance that much.
            missing.append(Missing(_("Why could the defence not question {whom}, and did the "
                                     "court find a good reason for it?", whom=whom), 2))
        # Less restrictive means: a witness whose identity or safety needed protecting could
        # often still have been questioned under protective measures; never offering that at
        # any stage weighs against (Lüdi v Switzerland; Van Mechelen and Others v Netherlands).
        if s.maker_examined is False:
            read_yes_no(
                ctx.fact(s, "protected_questioning_possible"), factors, missing,
                also=(ctx.fact(s, "maker_examined"),),
                yes=(_("{whom} could have been questioned under measures that protected them "
                       "(identity kept secret, questions in writing), but the defence was never "
                       "offered that at any stage.", whom=_cap(whom)), Toward.BREACH, 2),
                no=(_("No measure protecting {whom} would have let the defence question them.",
                      whom=whom), Toward.FAIRNESS, 1),
                ask=(_("Could {whom} have been questioned by the defence under protective "
                       "measures (identity kept secret, questions in writing), and was that "
                       "offered?", whom=whom), 1) if s.anonymous is True else None)
        # Step 2: was the statement the sole or decisive basis of the conviction?
        weight = _links.weight_of(ctx, s)
        if weight is not None:
            factors.append(Factor(_(_STATEMENT_WAS[weight.value], **words),
                                  *_links.weight_toward(weight.value), (weight,)))
        elif how == "relied":
            missing.append(Missing(_("Was the statement of {whom} {when} the sole or decisive "
                                     "evidence against {name}?", name=ctx.name, **words), 2))
        else:
            missing.append(Missing(_("Was the statement of {whom} {when} used against {name}, "
                                     "and how much did the conviction rest on it?",
                                     name=ctx.name, **words), 2))
        # Step 3: counterbalancing factors and procedural safeguards, weighed by how far each
        # let the statement's reliability be fairly and properly assessed (Al-Khawaja §147),
        # not by how many are listed.
        given = [c for c in s.counterbalancing if c is not Counterbalance.NONE]
        listed = ctx.fact(s, "counterbalancing")
        for c in given:
            if c in _COUNTERWEIGHT:
                factors.append(Factor(_("Safeguard: {safeguard}.", safeguard=_safeguard(c)),
                                      Toward.FAIRNESS, _COUNTERWEIGHT[c], (listed,)))
        if Counterbalance.PRETRIAL_OPPORTUNITY_UNUSED in given:
            factors.append(Factor(_("Safeguard: the defence was offered an opportunity to "
                                    "question {whom} before trial and, giving no good reason, "
                                    "did not use it; an opportunity offered counts though it "
                                    "went unused.", whom=whom), Toward.FAIRNESS,
                                  _OPPORTUNITY_UNUSED, (listed,)))
        attending = [c for c in given if c in _ATTENDING]
        if attending:
            factors.append(Factor(_(
                "Safeguards that helped the court weigh the statement with care, without "
                "testing it, and so count together only a little: {safeguards}.",
                safeguards="; ".join(_safeguard(c) for c in attending)),
                Toward.FAIRNESS, min(len(attending), _ATTENDING_MOST), (listed,)))
        _corroboration(ctx, s, whom, factors, missing)
        if not given and Counterbalance.NONE in s.counterbalancing:
            # The sources say so: an answer, not a gap (Unterpertinger v Austria); it weighs
            # most where the statement was sole or decisive (Al-Khawaja §147).
            heavy = weight is not None and weight.value in (Weight.SOLE, Weight.DECISIVE)
            factors.append(Factor(_("Nothing made up for the defence's inability to question "
                                    "{whom}.", whom=whom), Toward.BREACH, 2 if heavy else 1,
                                  (ctx.fact(s, "counterbalancing"),)))
        elif not given:
            missing.append(Missing(_("What safeguards made up for the defence's inability to "
                                     "question {whom} (a recording of their questioning, "
                                     "questioning before trial, independent evidence bearing "
                                     "out their account, a caution by the court)?", whom=whom),
                                   2))
        # A sole or decisive statement needs sufficient counterbalancing factors, including
        # strong procedural safeguards (Al-Khawaja §147): an even balance does not show them.
        decisive = weight is not None and weight.value in (Weight.SOLE, Weight.DECISIVE)
        return weigh(_("Weighing the statement of {whom} {when}, which the defence could not "
                       "test (Al-Khawaja and Tahery; Schatschaschwili: the reason for the "
                       "absence, the weight of the statement, and the counterbalancing "
                       "safeguards).", **words), factors, missing,
                     breach_text=_("the defence's inability to question the witness made the "
                                   "trial unfair."),
                     fair_text=_("the safeguards made up for the defence's inability to "
                                 "question the witness."),
                     burden_on_state=decisive)

    untested = [s for s in _links.statements_of_others(ctx)
                if s.maker_examined is False or s.anonymous is True]
    open_ = [s for s in _links.statements_of_others(ctx)
             if s.maker_examined is None and s.anonymous is not True]
    decisions = [one(s) for s in untested]
    decisions += [unknown(_("Could the defence question the maker of the statement {when} used "
                            "against {name}, at trial or before?", when=ctx.when(s),
                            name=ctx.name)) for s in open_]
    examined = [ctx.fact(s, "maker_examined") for s in _links.statements_of_others(ctx)
                if s.maker_examined is True and s.anonymous is not True]
    if examined and not decisions:
        return compliant(_("The defence could question every witness whose statement was used "
                           "against {name}.", name=ctx.name), *examined)
    return worst(decisions, empty=not_applicable(
        _("No statement of a witness or co-accused is recorded as used against {name}.",
          name=ctx.name)))


def _corroboration(ctx: Context, s: Statement, whom: str, factors: list[Factor],
                   missing: list[Missing]) -> None:
    """What corroboration of an untested statement adds, by how strongly independent evidence
    bore out the account itself: the strength recorded, or, where only the kind
    ``corroboration`` is listed, a middle weight and the question."""
    strength = ctx.fact(s, "corroboration_strength")
    if isinstance(strength.value, CorroborationStrength):
        if strength.value is CorroborationStrength.NONE:
            # An answer, not a counterweight: the weight of the statement already says how
            # much the conviction rested on an account nothing else bore out (Tahery).
            factors.append(Factor(_("Nothing independent of the statement of {whom} bore it "
                                    "out.", whom=whom), Toward.BREACH, 0, (strength,)))
        elif strength.value is CorroborationStrength.STRONG:
            factors.append(Factor(_("Safeguard: independent evidence strongly bore out the "
                                    "account of {whom} itself.", whom=whom),
                                  Toward.FAIRNESS, _CORROBORATION[strength.value], (strength,)))
        else:
            factors.append(Factor(_("Other evidence bore out only parts of the account of "
                                    "{whom}, or only the accusation in general.", whom=whom),
                                  Toward.FAIRNESS, _CORROBORATION[strength.value], (strength,)))
        return
    if Counterbalance.CORROBORATION in s.counterbalancing:
        factors.append(Factor(_("Safeguard: other evidence corroborated the statement of "
                                "{whom}.", whom=whom), Toward.FAIRNESS, _CORROBORATION_UNSTATED,
                              (ctx.fact(s, "counterbalancing"),)))
        missing.append(Missing(_("How strongly did independent evidence bear out the account "
                                 "of {whom} itself (a closely similar account by another "
                                 "witness with no sign of collusion, complaints made promptly "
                                 "to others who testified, forensic evidence), rather than the "
                                 "accusation in general?", whom=whom), 1))


def _safeguard(c: Counterbalance) -> str:
    """A safeguard that made up for an untested witness, as a clause (the words of the schema's
    description of each value)."""
    return {
        Counterbalance.PRETRIAL_QUESTIONING: p_(
            "safeguard", "the defence questioned the witness before trial"),
        Counterbalance.PRETRIAL_OPPORTUNITY_UNUSED: p_(
            "safeguard", "the defence, duly told of it, was offered a chance to question the "
            "witness before trial and did not use it, giving no good reason"),
        Counterbalance.RECORDING: p_(
            "safeguard", "a recording of the witness's own questioning was shown"),
        Counterbalance.CORROBORATION: p_(
            "safeguard", "strong evidence corroborated the statement"),
        Counterbalance.CAUTION: p_(
            "safeguard", "the court treated the statement with caution, or warned the jury"),
        Counterbalance.OWN_ACCOUNT: p_(
            "safeguard", "the accused could give their own account and challenge the "
            "witness's credibility"),
        Counterbalance.WRITTEN_QUESTIONS: p_(
            "safeguard", "the defence could put questions in writing"),
        Counterbalance.OTHER: p_("safeguard", "another safeguard, described in notes"),
        Counterbalance.NONE: p_("safeguard", "the sources say there was no safeguard at all"),
    }[c]


ABSENT_WITNESS = Criterion(
    id="evidence.absent-witness",
    area=Area.EVIDENCE,
    title="Absent or anonymous witnesses",
    question="Where the defence could not question a witness whose statement was used, was there "
             "a good reason, was the statement the sole or decisive evidence, and did sufficient "
             "safeguards make up for it?",
    citations=(iccpr("14(3)(e)"), general_comment(32, "39", confirmed=False), echr("6(3)(d)"),
               ecthr("Al-Khawaja and Tahery v UK [GC], nos. 26766/05 and 22228/06, "
                     "15 Dec 2011", "§§119-147"),
               ecthr("Schatschaschwili v Germany [GC], no. 9154/10, 15 Dec 2015",
                     "§§107-131"),
               # The defence's own unexplained absence from the witness's questioning before
               # the investigating judge: an opportunity given, no violation.
               ecthr("Gani v Spain, no. 61800/08, 19 Feb 2013"),
               ecthr("Solakov v the former Yugoslav Republic of Macedonia, no. 47023/99, "
                     "31 Oct 2001"),
               ecthr("Lüdi v Switzerland, no. 12433/86, 15 June 1992"),
               ecthr("Van Mechelen and Others v Netherlands, nos. 21363/93 and others, "
                     "23 April 1997", "§§56-57", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("statement.maker_examined", "statement.anonymous",
           "statement.protected_questioning_possible",
           "statement.good_reason_for_absence", "statement.weight",
           "statement.counterbalancing", "statement.corroboration_strength",
           "statement.used_against", "verdict.relied_on", "statement.maker_police",
           "statement.demeanour_observed"),
    at_trial=True,
    decide=_absent_witness,
    affects_outcome=True,
)

def _entrapment(ctx: Context) -> Decision:
    """An undercover operation, weighed as the Court weighs incitement (Ramanauskas v
    Lithuania [GC]; Bannikova v Russia): did the agents investigate in an essentially passive
    way, on an existing suspicion, or did they bring about an offence that would not
    otherwise have been committed; and did the court examine a plea of incitement?"""
    undercover = [s for s in ctx.events(Surveillance)
                  if s.method is SurveillanceMethod.UNDERCOVER]
    # An agent who gathered evidence of an offence already committed incited nothing.
    operations = [s for s in undercover if ctx.fact(s, "offence_in_operation").value is not False]
    if undercover and not operations:
        return not_applicable(_("The undercover operations concerning {name} gathered evidence of "
                                "an offence already committed: no offence was incited.",
                                name=ctx.name))
    if not operations:
        return not_applicable(_("No undercover operation concerning {name} is recorded.",
                                name=ctx.name))
    if not _links.convictions(ctx):
        return not_applicable(_("{name} was not convicted: no conviction rests on an "
                                "undercover operation.", name=ctx.name))

    def one(s: Surveillance) -> Decision:
        what = ctx.label(s)
        found = ctx.fact(s, "incitement_finding")
        # A court that found the offence incited must draw the consequence for the evidence:
        # exclude all it produced, or a procedure with similar consequences; a lighter
        # sentence does not make good the incitement (Ramanauskas [GC]; Furcht v Germany).
        if found.value in (IncitementFinding.SENTENCE_REDUCED, IncitementFinding.NO_CONSEQUENCE):
            words = {"name": ctx.name, "what": what}
            return breach(_(
                "The court found that {name} was incited to the offence in {what}, but used the "
                "evidence it produced and only reduced the sentence. Where incitement is "
                "established, all the evidence it produced must be excluded, or a procedure "
                "with similar consequences applied; a lighter sentence does not make good the "
                "incitement.", **words)
                if found.value is IncitementFinding.SENTENCE_REDUCED else _(
                "The court found that {name} was incited to the offence in {what}, but used the "
                "evidence it produced and drew no consequence from the incitement. Where "
                "incitement is established, all the evidence it produced must be excluded, or "
                "a procedure with similar consequences applied.", **words), found)
        if found.value is IncitementFinding.EVIDENCE_EXCLUDED:
            return compliant(_(
                "The court found that {name} was incited to the offence in {what} and drew the "
                "consequence the law requires: it excluded the evidence the incitement produced "
                "(or stayed the proceedings, or acquitted).", name=ctx.name, what=what), found)
        factors: list[Factor] = []
        missing: list[Missing] = []
        read_yes_no(ctx.fact(s, "prior_suspicion"), factors, missing, yes=(_(
            "The authorities had objective grounds to suspect {name} before {what}.",
            name=ctx.name, what=what), Toward.FAIRNESS, 2), no=(_(
                "The authorities had no objective grounds to suspect {name} before {what}.",
                name=ctx.name, what=what), Toward.BREACH, 2), ask=(_(
                    "Did the authorities have objective grounds to suspect {name} before "
                    "{what}?", name=ctx.name, what=what), 2))
        read_yes_no(ctx.fact(s, "agents_initiated"), factors, missing, yes=(_(
            "The agents made the first approach in {what}.", what=what), Toward.BREACH, 2),
            no=(_("{name} made the first approach in {what}.", name=ctx.name, what=what),
                Toward.FAIRNESS, 1), ask=(_("Who made the first approach in {what}?",
                                            what=what), 2))
        read_yes_no(ctx.fact(s, "pressure_applied"), factors, missing, yes=(_(
            "The agents pressed {name} in {what} (repeated offers, appeals to sympathy, a "
            "price above the market).", name=ctx.name, what=what), Toward.BREACH, 2),
            no=(_("The agents did not press {name} in {what}.", name=ctx.name, what=what),
                Toward.FAIRNESS, 1))
        examined = ctx.fact(s, "entrapment_plea_examined")
        if found.value is IncitementFinding.REJECTED:
            # Only a plea examined and rejected counts for the operation: one upheld counts by
            # what the court then did with the evidence (above).
            factors.append(Factor(_("The court examined the plea that {name} was incited, and "
                                    "rejected it.", name=ctx.name), Toward.FAIRNESS, 1,
                                  (found,)))
        elif examined.value is True:
            missing.append(Missing(_(
                "What did the court conclude on the plea that {name} was incited in {what}: "
                "did it reject it, or find incitement, and if so did it exclude the evidence "
                "the operation produced or only reduce the sentence?", name=ctx.name,
                what=what), 2))
        read_yes_no(examined, factors, missing, no=(_(
            "The court did not examine the plea that {name} was incited.", name=ctx.name),
            Toward.BREACH, 2))
        return weigh(_("Weighing {what} (ECHR art 6(1); Ramanauskas v Lithuania [GC]: did the "
                       "agents investigate passively on an existing suspicion, or bring about "
                       "an offence that would not otherwise have been committed?).", what=what),
                     factors, missing,
                     breach_text=_("the offence was incited by agents of the State, and a "
                                   "conviction resting on it is unfair."),
                     fair_text=_("the agents investigated an offence; they did not incite it."),
                     side=p_("weighing side", "the operation"))

    return worst((one(s) for s in operations), empty=not_applicable(""))


ENTRAPMENT = Criterion(
    id="evidence.entrapment",
    area=Area.EVIDENCE,
    title="Not incited to the offence by agents of the State",
    question="Did undercover agents investigate an offence the person was already suspected of, "
             "rather than incite one, and did the court examine a plea of incitement?",
    citations=(echr("6(1)"),
               ecthr("Teixeira de Castro v Portugal, no. 25829/94, 9 June 1998"),
               ecthr("Ramanauskas v Lithuania [GC], no. 74420/01, 5 February 2008"),
               ecthr("Bannikova v Russia, no. 18757/06, 4 November 2010"),
               # Incitement found by the domestic court, the evidence used and only the
               # sentence reduced: a violation (the paragraphs not checked here).
               ecthr("Furcht v Germany, no. 54648/09, 23 October 2014", "§§64, 68-69",
                     confirmed=False),
               iccpr("14(1)")),
    severity=Severity.SERIOUS,
    reads=("surveillance.method=undercover", "surveillance.prior_suspicion",
           "surveillance.agents_initiated", "surveillance.pressure_applied",
           "surveillance.entrapment_plea_examined", "surveillance.incitement_finding"),
    affects_outcome=True,
    decide=_entrapment,
)


CRITERIA = (BURDEN, EXPERT, WITNESSES, ABSENT_WITNESS, DISCLOSURE, UNLAWFUL_EVIDENCE,
            ENTRAPMENT)
