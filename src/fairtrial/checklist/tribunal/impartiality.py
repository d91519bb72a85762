"""An independent and impartial tribunal established by law (ICCPR art 14(1); ECHR art
6(1))."""

from __future__ import annotations

import attrs

from fairtrial._i18n import T_, _
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
from fairtrial.checklist.tribunal._common import _appeal_heard, _capital
from fairtrial.record._model import (
    Appeal,
    DefenceRequest,
    Hearing,
    Verdict,
)
from fairtrial.record._vocab import (
    DecisionMakerLink,
    HearingStage,
    JudgePriorRole,
    LinkRemedy,
    RequestKind,
)


def _tribunal(ctx: Context) -> Decision:
    """Independence and impartiality, on the facts that can put them in doubt. A judge's
    personal impartiality is presumed until there is proof to the contrary, and the objective
    test asks for ascertainable facts that raise a legitimate doubt (Kyprianou v Cyprus [GC];
    Hauschildt v Denmark): with none on the record, the question does not arise."""

    def one(v: Verdict) -> list[Decision]:
        words = {"name": ctx.name, "when": ctx.when(v)}
        out: list[Decision] = []
        expressed = ctx.fact(v, "judge_expressed_guilt")
        if expressed.value is True:
            out.append(breach(_("A judge who decided the case of {name} {when} had expressed a "
                                "view on guilt before the verdict: the court was not "
                                "impartial.", **words), expressed))
        elif expressed.value is False:
            out.append(compliant(_("No judge who decided the case of {name} {when} had "
                                   "expressed a view on guilt before the verdict.", **words),
                                 expressed))
        out.extend(_prior_role(ctx, v, words))
        out.extend(_conduct(ctx, v, words))
        pressure = ctx.fact(v, "outside_pressure")
        if pressure.value is True and _links.party_claim_only(pressure):
            # The objective test asks for ascertainable facts that justify the fear, not a
            # party's view of the court (Kyprianou [GC]; Micallef v Malta [GC]).
            out.append(unknown(
                _("What ascertainable facts (an official's instruction or words, a step taken "
                  "against the judges, a report of an observer) show the pressure on the court "
                  "that decided the case of {name} {when}?", **words),
                reason=_("Only {name}'s side says that the executive or another outside body "
                         "pressured the court that decided the case {when}.", **words),
                facts=(pressure,)))
        elif pressure.value is True:
            out.append(breach(_("The executive or another outside body instructed or pressured "
                                "the court that decided the case of {name} {when}: it was not "
                                "independent.", **words), pressure))
        elif pressure.value is False:
            out.append(compliant(_("The court that decided the case of {name} {when} was "
                                   "under no recorded outside instruction or pressure.",
                                   **words), pressure))
        out.extend(_link(ctx, v, words))
        military = ctx.fact(v, "military_court_civilian")
        if military.value is True:
            justified = ctx.fact(v, "military_court_justified")
            if justified.value is False:
                out.append(breach(_("{name}, a civilian, was tried by a military court {when} "
                                    "without objective and serious reasons that made it "
                                    "necessary.", **words), military, justified))
            elif justified.value is True:
                out.append(compliant(_("{name}, a civilian, was tried by a military court "
                                       "{when} for objective and serious reasons the state "
                                       "showed.", **words), military, justified))
            else:
                out.append(unknown(_("What objective and serious reasons, if any, made it "
                                     "necessary to try {name}, a civilian, by a military "
                                     "court?", **words),
                                   reason=_("{name}, a civilian, was tried by a military court "
                                            "{when}.", **words), facts=(military,)))
        bench = ctx.fact(v, "military_judge_on_bench")
        if bench.value is True:
            # The status of a military judge (still in the army, under its discipline and
            # assessment) gives a civilian legitimate cause to fear the court, whatever the
            # rest of the bench (Incal v Turkey [GC]; Çıraklar v Turkey).
            out.append(breach(_("{name}, a civilian, was tried {when} by a bench on which a "
                                "military officer, or another judge answerable to the executive "
                                "or the army, sat: a legitimate fear that the court lacked "
                                "independence and impartiality (Incal v Turkey [GC]; Çıraklar "
                                "v Turkey).", **words), bench))
        elif bench.value is False:
            out.append(compliant(_("No military officer or other judge answerable to the "
                                   "executive or the army sat on the bench that tried {name} "
                                   "{when}.", **words), bench))
        out.extend(_convener(ctx, v, words))
        faceless = ctx.fact(v, "judges_identity_withheld")
        if faceless.value is True:
            # The Committee holds a court of anonymous judges incompatible with art 14(1) as
            # such, whatever the reason: the accused cannot know who judges them, or challenge
            # their independence and impartiality (Polay Campos v Peru; GC32).
            out.append(breach(_("{name} was tried {when} by judges whose identities were "
                                "withheld from {name}: a court of anonymous judges does not "
                                "guarantee, or let the accused see, that the tribunal is "
                                "independent and impartial (Polay Campos v Peru).", **words),
                              faceless))
        elif faceless.value is False:
            out.append(compliant(_("The identities of the judges who tried {name} {when} were "
                                   "known to {name}.", **words), faceless))
        return out

    decisions = [d for v in ctx.events(Verdict) for d in one(v)]
    for a in ctx.events(Appeal):
        on_appeal = {"name": ctx.name, "when": ctx.when_text(a.decided_date or a.date)}
        decisions.extend(_prior_role(ctx, a, on_appeal))
        decisions.extend(_link(ctx, a, on_appeal))
    decisions.extend(_recusal_grounds(ctx))
    return worst(decisions, empty=not_applicable(_(
        "No fact on the record puts in doubt the independence or impartiality of the court "
        "that tried {name}; a judge's impartiality is presumed until the contrary is shown "
        "(Kyprianou v Cyprus [GC]). Record on the verdict a judge's or juror's tie to a party, a "
        "witness or the subject matter ('decision_maker_link') if the sources show one.",
        name=ctx.name)))


def _conduct(ctx: Context, v: Verdict, words: dict[str, str]) -> list[Decision]:
    """The subjective test: a judge's own conduct in the case may prove personal bias
    (Kyprianou v Cyprus [GC]: the judges' words to the lawyer showed it; GC32 para 21: judges
    must not act in ways that improperly promote one party). Only a finding or an observer's
    record shows it: the accused's word alone asks for what was said or done (audit17b,
    Yuzepchuk v Belarus, where the Committee found the court not impartial)."""
    bias = ctx.fact(v, "conduct_showed_bias")
    if bias.value is True and _links.party_claim_only(bias):
        return [unknown(_("What did the judges who decided the case of {name} {when} say or do "
                          "that showed bias, as a court, an observer or a body recorded it?",
                          **words),
                        reason=_("Only {name}'s side says that the conduct of the court that "
                                 "decided the case {when} showed bias.", **words),
                        facts=(bias,))]
    if bias.value is True:
        return [breach(_("The conduct of the judges who decided the case of {name} {when} showed "
                         "that they were not impartial.", **words), bias)]
    if bias.value is False:
        return [compliant(_("Nothing in the conduct of the judges who decided the case of "
                            "{name} {when} showed bias.", **words), bias)]
    return []


def _convener(ctx: Context, v: Verdict, words: dict[str, str]) -> list[Decision]:
    """A court whose members were appointed by, and subordinate to, an officer who also had a
    central part in the prosecution or could confirm or change its decision: the structure
    itself gives the accused objectively justified doubts about the court's independence and
    impartiality, whatever the members' personal integrity, and a later review does not cure it
    (Findlay v UK: the convening officer decided the charges, convened the court-martial,
    appointed the prosecutor and the members, all subordinate to him, and confirmed the
    sentence). Where that concentration was removed, with members independent of any such
    authority, the doubt goes (Cooper v UK [GC], no violation). It is the structure, not a
    personal tie, so it is read apart from 'decision_maker_link'."""
    under = ctx.fact(v, "members_subordinate_to_convener")
    if under.value is True and _links.party_claim_only(under):
        return [unknown(_("What ascertainable facts (the law or orders that set up the court, "
                          "who appointed its members and who could confirm its decision) show "
                          "that the members of the court that tried {name} {when} were "
                          "subordinate to an officer with a part in the prosecution or power "
                          "over its decision?", **words),
                        reason=_("Only {name}'s side says that the members of the court that "
                                 "tried them {when} were subordinate to an officer with a part "
                                 "in the prosecution or power over its decision.", **words),
                        facts=(under,))]
    if under.value is True:
        return [breach(_("{name} was tried {when} by a court whose members were appointed by, "
                         "and subordinate to, an officer who also had a part in the "
                         "prosecution or could confirm or change its decision: a structure "
                         "that gives objectively justified doubts about the court's "
                         "independence and impartiality (Findlay v UK).", **words), under)]
    if under.value is False:
        return [compliant(_("The members of the court that tried {name} {when} were not "
                            "appointed by, or subordinate to, an officer with a part in the "
                            "prosecution or power to confirm or change its decision.",
                            **words), under)]
    return []


#: A judge's or juror's tie to the case, as a sentence says it.
_LINKS = {
    DecisionMakerLink.PARTY: T_("A judge or juror who decided the case of {name} {when} had a "
                                "personal or professional tie to a party."),
    DecisionMakerLink.WITNESS: T_("A judge or juror who decided the case of {name} {when} had a "
                                  "personal or professional tie to a witness."),
    DecisionMakerLink.VICTIM: T_("A judge or juror who decided the case of {name} {when} had a "
                                 "personal or professional tie to the victim of the offence."),
    DecisionMakerLink.OWN_CAUSE: T_(
        "A judge who decided the case of {name} {when} was a party to it, or was the victim or "
        "target of the offence: a judge in their own cause (Demicoli v Malta)."),
    DecisionMakerLink.EARLIER_PUBLIC_VIEW: T_(
        "A judge who decided the case of {name} {when} had earlier taken a public view on the "
        "matter or on someone involved in it."),
    DecisionMakerLink.PREJUDICE: T_(
        "A judge or juror who decided the case of {name} {when} showed, or was said to have "
        "shown, prejudice against the accused or a group they belong to."),
    DecisionMakerLink.OTHER: T_("A judge or juror who decided the case of {name} {when} had a "
                                "personal or professional tie to the parties, the witnesses or "
                                "the subject matter."),
}


#: What a judge had done in the case before the trial, as a sentence says it, and whether that
#: by its scope and nature justifies a fear of bias.
_PRIOR_ROLES: dict[JudgePriorRole, tuple[str, bool]] = {
    JudgePriorRole.PROSECUTOR: (T_(
        "A judge who decided the case of {name} {when} had earlier acted in it for the "
        "prosecution: an objectively justified doubt about the court's impartiality (Piersack v "
        "Belgium)."), True),
    JudgePriorRole.INVESTIGATING_JUDGE: (T_(
        "A judge who decided the case of {name} {when} had conducted its investigation as "
        "investigating judge: an objectively justified doubt about the court's impartiality (De "
        "Cubber v Belgium)."), True),
    JudgePriorRole.PRE_TRIAL_GUILT_RULING: (T_(
        "A judge who decided the case of {name} {when} had taken a decision before the trial "
        "that required being satisfied of guilt, or of a particularly confirmed suspicion close "
        "to it: an objectively justified doubt about the court's impartiality (Hauschildt v "
        "Denmark)."), True),
    JudgePriorRole.PRELIMINARY_DECISIONS: (T_(
        "A judge who decided the case of {name} {when} had taken only preliminary decisions in "
        "it before the trial (questioning the accused at the outset, a warrant, detention or "
        "committal on a suspicion). Such decisions do not in themselves justify a fear of bias; "
        "their scope and nature would, and these did not assess guilt (Padovani v Italy; Fey v "
        "Austria; Nortier v Netherlands)."), False),
    JudgePriorRole.RETRIAL: (T_(
        "A judge who decided the case of {name} {when} had decided it before, in a judgment set "
        "aside so that it could be decided afresh. That earlier judgment does not of itself "
        "justify a fear of bias: the case was examined anew, with the accused able to take part "
        "(Thomann v Switzerland)."), False),
}


def _prior_role(ctx: Context, v: Verdict | Appeal, words: dict[str, str]) -> list[Decision]:
    """A judge's earlier part in the case: the mere fact that the trial judge took decisions
    before the trial does not justify fears about impartiality; their scope and nature can
    (Padovani v Italy; Fey v Austria; Hauschildt v Denmark), and having prosecuted or
    investigated the case does (Piersack v Belgium; De Cubber v Belgium). A judge of the appeal
    court is read the same way, from the appeal."""
    prior = ctx.fact(v, "judge_prior_role")
    kind = ctx.fact(v, "judge_prior_role_kind")
    if kind.value is JudgePriorRole.RELATED_CASE:
        return [_related_case(ctx, v, words, (prior, kind) if prior.value is True else (kind,))]
    if kind.value is not None:
        text, doubt = _PRIOR_ROLES[kind.value]
        facts = (prior, kind) if prior.value is True else (kind,)
        return [breach(_(text, **words), *facts) if doubt else compliant(_(text, **words), *facts)]
    if prior.value is True:
        # The field once read "acted as prosecutor or investigator, or decided before the trial
        # that guilt was established", which a recorder also sets for a judge's questioning or
        # warrant (Padovani): without the kind, it cannot bear a breach.
        return [unknown(_("What had the judge who decided the case of {name} {when} done in it "
                          "before the trial: acted for the prosecution, conducted the "
                          "investigation as investigating judge, ruled before the trial in terms "
                          "that assessed guilt, taken only preliminary decisions such as a "
                          "warrant or detention, or decided a related case, such as a "
                          "co-accused's trial ('judge_prior_role_kind')?", **words),
                        reason=_("A judge who decided the case of {name} {when} had acted in it "
                                 "before the trial.", **words), facts=(prior,))]
    if prior.value is False:
        return [compliant(_("No judge who decided the case of {name} {when} had acted in it "
                            "earlier in another role or taken decisions in it before the "
                            "trial.", **words), prior)]
    return []


def _related_case(ctx: Context, v: Verdict | Appeal, words: dict[str, str],
                  shown: tuple[Fact, ...]) -> Decision:
    """A judge who had decided a related case (a co-accused tried separately, an earlier civil
    or criminal case on the same facts or words): that alone does not justify a fear of bias.
    What does is an earlier decision that contained a premature assessment of this accused's
    own guilt as such (Ferrantelli and Santangelo v Italy, a violation). Findings on this
    accused's part in the events that the earlier court needed to decide the other person's
    guilt, without a finding on this accused's own liability, are not enough (Schwarzenberger
    v Germany: the judge had tried the accomplice, whose judgment set out the applicant's part
    in the murder, no violation), nor a mention, or a finding on the same facts or words
    (Poppe v Netherlands; Lindon, Otchakovsky-Laurens and July v France [GC], both no
    violation)."""
    factors = [Factor(_("A judge who decided the case of {name} {when} had earlier decided a "
                        "related case: the separate trial of a co-accused, or another case on "
                        "the same facts or words.", **words), Toward.BREACH, 0, shown)]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(v, "related_case_assessed_accused"), factors, missing, also=shown,
                yes=(_("That earlier decision assessed {name}'s own guilt as such (treating "
                       "{name} as guilty, or ruling on {name}'s own criminal liability): in "
                       "substance it prejudged the question the judge then had to decide "
                       "(Ferrantelli and Santangelo v Italy).", **words),
                     Toward.BREACH, 3),
                no=(_("That earlier decision took no view on {name}'s own guilt: it described "
                      "{name}'s part only as far as needed to decide another person's guilt, "
                      "decided the facts or the words, or named {name} only in passing "
                      "(Schwarzenberger v Germany; Poppe v Netherlands; Lindon, "
                      "Otchakovsky-Laurens and July v France [GC]).", **words),
                    Toward.FAIRNESS, 3),
                ask=(_("Did the earlier decision in the related case, given by a judge who then "
                       "decided the case of {name} {when}, assess {name}'s own guilt as such "
                       "(treating {name} as guilty, ruling on {name}'s own liability), or did it "
                       "describe {name}'s part only as far as needed to decide another person's "
                       "guilt, or decide the facts or the words, without a view on {name}'s "
                       "liability ('related_case_assessed_accused')?", **words), 3))
    return weigh(
        _("Weighing the earlier decision, in a related case, of a judge who decided the case of "
          "{name} {when}: whether its findings in substance prejudged {name}'s guilt, so that "
          "the fear of a lack of impartiality is objectively justified.", **words),
        factors, missing, side=_("the court's impartiality"),
        breach_text=_("an objectively justified doubt about the court's impartiality "
                      "remained."),
        fair_text=_("no objectively justified doubt about the court's impartiality "
                    "remained."))


def _prior_role_doubt(a: Appeal) -> bool:
    """Whether an appeal court's judge had an earlier role in the case that does, or may,
    justify a fear of bias: such an appeal cannot put right the lower court's defect."""
    if a.judge_prior_role_kind is JudgePriorRole.RELATED_CASE:
        return a.related_case_assessed_accused is not False
    if a.judge_prior_role_kind is not None:
        return _PRIOR_ROLES[a.judge_prior_role_kind][1]
    return a.judge_prior_role is True


#: How heavily a kind of tie weighs against the court's impartiality before its closeness is
#: known: a tie to a side of the case, or a view taken in public on it, goes to the stance on the
#: case itself; knowing a witness does not of itself show prejudice (Pullar v UK).
#: Being a judge in one's own cause is not a matter of how close a tie is: the judge is the
#: person (Demicoli v Malta, members of parliament trying a breach of privilege aimed at them).
_LINK_WEIGHT = {DecisionMakerLink.OWN_CAUSE: 4,
                DecisionMakerLink.PARTY: 3, DecisionMakerLink.VICTIM: 3,
                DecisionMakerLink.EARLIER_PUBLIC_VIEW: 3, DecisionMakerLink.WITNESS: 1,
                DecisionMakerLink.OTHER: 1, DecisionMakerLink.PREJUDICE: 3}

#: Remedies that take the person out of the decision, and so dispel any doubt about them.
_REMOVED = frozenset({LinkRemedy.STOOD_DOWN, LinkRemedy.DISCHARGED})


def _link(ctx: Context, v: Verdict | Appeal, words: dict[str, str]) -> list[Decision]:
    """The tie or prejudice weighed, and, where it left a doubt about the first-instance court,
    whether an appeal court put that right: one that re-heard the case, deciding the facts and
    the law anew at an oral hearing, free of the person concerned, can correct the lower
    court's defect (Karttunen v Finland, HRC, where the appeal decided on the written record
    could not; Kyprianou v Cyprus [GC]: a higher court may make reparation only where it
    actually does)."""
    decided = _link_weighed(ctx, v, words)
    if not decided or not isinstance(v, Verdict) or decided[0].outcome not in (
            Outcome.VIOLATION, Outcome.LIKELY_VIOLATION, Outcome.INSUFFICIENT):
        return decided
    open_: list[str] = []
    for a in _links.conviction_appeals(ctx, after=v):
        if a.reviewed_facts_and_law is not True or a.decision_maker_link is not None or \
                _prior_role_doubt(a):
            continue
        heard = [h for h in ctx.events(Hearing)
                 if h.stage is HearingStage.APPEAL and any(x is a for x in _appeal_heard(ctx, h))]
        reheard = [ctx.fact(h, "evidence_or_argument_taken") for h in heard
                   if h.evidence_or_argument_taken is True]
        if any(h.evidence_or_argument_taken is None for h in heard):
            open_.append(_("Did the appeal court {appeal} re-hear the case of {name} at an oral "
                           "hearing, taking evidence or hearing argument "
                           "('evidence_or_argument_taken' on the appeal hearing), so that it "
                           "could put right the defect of the first-instance court?",
                           appeal=ctx.when_text(a.decided_date or a.date), name=ctx.name))
        if reheard:
            return [compliant(_("The appeal court {appeal} re-heard the case of {name} at an "
                                "oral hearing and decided the facts and the law anew, with no "
                                "judge or juror so tied or prejudiced: it could put right the "
                                "defect of the first-instance court (Karttunen v Finland, "
                                "HRC).", appeal=ctx.when_text(a.decided_date or a.date),
                                name=ctx.name),
                              ctx.fact(a, "reviewed_facts_and_law"), *reheard,
                              against=(decided[0].reasons[0],))]
    if open_ and decided[0].outcome is Outcome.INSUFFICIENT:
        return [attrs.evolve(decided[0], questions=(*decided[0].questions, *open_))]
    if open_:
        return [unknown(*open_, reason=decided[0].reasons[0], facts=decided[0].facts,
                        against=decided[0].against)]
    return decided


def _link_weighed(ctx: Context, v: Verdict | Appeal, words: dict[str, str]) -> list[Decision]:
    """A judge's or juror's tie to a party, a witness or the subject matter, or prejudice they
    were said to show, weighed on the objective test: whether by its nature and closeness it
    objectively justifies a fear of bias (Pullar v UK: a juror who was a junior employee of a
    witness's firm, no violation; Hanif and Khan v UK: a police officer juror who knew a police
    witness whose disputed evidence mattered, a violation; Morice v France [GC]: a judge's
    earlier public view), and whether what the court did about it was enough to dispel that
    fear. Taking the person out of the decision (the judge stood down, the juror or the jury
    discharged) dispels it; a firm direction to the jury alone can dispel a vague, unattributed
    indication (Gregory v UK), not prejudice that specific facts support, admitted or
    confirmed by jurors (Sander v UK: the jury should have been discharged)."""
    link = ctx.fact(v, "decision_maker_link")
    if link.value is None:
        return []
    said = _(_LINKS[link.value], **words)
    if _links.party_claim_only(link):
        return [unknown(_("What ascertainable facts show the tie of a judge or juror who decided "
                          "the case of {name} {when}?", **words),
                        reason=_("Only {name}'s side says so: {said}", name=ctx.name, said=said),
                        facts=(link,))]
    remedied = ctx.fact(v, "link_remedied")
    remedy = ctx.fact(v, "link_remedy") if isinstance(v, Verdict) else None
    kind = remedy.value if remedy is not None and remedied.value is not False else None
    jury = isinstance(v, Verdict) and v.jury is True
    if remedy is not None and kind in _REMOVED:
        return [compliant(_("{said} The judge or juror concerned took no part in the decision "
                            "(the judge stood down, or the juror or the whole jury was "
                            "discharged), so no legitimate doubt remained.", said=said),
                          link, remedy)]
    if remedied.value is True and kind is None and not jury:
        # Without a jury the remedy can only have been the judge's standing down.
        return [compliant(_("{said} The court remedied it (the judge stood down, the juror was "
                            "discharged, or the jury was firmly directed on it), so no "
                            "legitimate doubt remained.", said=said), link, remedied)]
    # A direction only, recorded as such or, for a jury, possibly what "remedied" meant: it is
    # weighed against what it had to dispel, not taken as a cure in itself.
    directed = kind is LinkRemedy.DIRECTION or (remedied.value is True and kind is None)
    prejudice = link.value is DecisionMakerLink.PREJUDICE
    factors = [Factor(said, Toward.BREACH, _LINK_WEIGHT[link.value], (link,))]
    missing: list[Missing] = []
    if prejudice:
        read_yes_no(ctx.fact(v, "link_substantiated"), factors, missing, also=(link,),
                    yes=(_("Specific facts supported it: words or conduct of an identified judge "
                           "or juror, admitted, confirmed by others or otherwise established "
                           "(Sander v UK)."), Toward.BREACH, 3),
                    no=(_("It rested on a vague indication: no judge or juror identified, and "
                          "no one admitting or confirming anything (Gregory v UK)."),
                        Toward.FAIRNESS, 3),
                    ask=(_("Did specific facts support the prejudice said of a judge or juror "
                           "who decided the case of {name} {when} (words or conduct of an "
                           "identified person, admitted, confirmed by others or otherwise "
                           "established), or was it a vague, unattributed indication "
                           "('link_substantiated')?", **words), 3))
    elif link.value not in (DecisionMakerLink.EARLIER_PUBLIC_VIEW, DecisionMakerLink.OWN_CAUSE):
        read_yes_no(ctx.fact(v, "link_close"), factors, missing, also=(link,),
                    yes=(_("The tie was close: family, friendship, personal acquaintance, or "
                           "working with the person."), Toward.BREACH, 3),
                    no=(_("The tie was remote, with no dealings with the person: knowing of "
                          "someone does not of itself show prejudice (Pullar v UK)."),
                        Toward.FAIRNESS, 3),
                    ask=(_("How close was the tie of the judge or juror who decided the case of "
                           "{name} {when}: family, friendship or working together, or a remote "
                           "connection ('link_close')?", **words), 3))
    if link.value is DecisionMakerLink.WITNESS:
        read_yes_no(ctx.fact(v, "witness_evidence_disputed"), factors, missing, also=(link,),
                    yes=(_("The defence disputed the evidence of the witness concerned on a "
                           "point that mattered (Hanif and Khan v UK)."), Toward.BREACH, 2),
                    no=(_("The evidence of the witness concerned was not disputed on any point "
                          "that mattered."), Toward.FAIRNESS, 2),
                    ask=(_("Did the defence dispute, on a point that mattered, the evidence of "
                           "the witness to whom a judge or juror who decided the case of {name} "
                           "{when} was tied ('witness_evidence_disputed')?", **words), 2))
    if jury and link.value not in (DecisionMakerLink.EARLIER_PUBLIC_VIEW,
                                   DecisionMakerLink.PREJUDICE, DecisionMakerLink.OWN_CAUSE):
        # Prejudice is left out: the other jurors' oath and collective denial could not dispel
        # it (Sander v UK).
        factors.append(Factor(_("The verdict was a jury's: a juror with the tie decided with "
                                "the other jurors, on oath and under the judge's directions "
                                "(Pullar v UK)."), Toward.FAIRNESS, 1, (ctx.fact(v, "jury"),)))
    if directed:
        factors.append(Factor(_("The judge directed the jury firmly to try the case on the "
                                "evidence alone, and discharged no one: a direction can dispel "
                                "a vague doubt (Gregory v UK), not one that specific facts "
                                "support (Sander v UK)."), Toward.FAIRNESS, 3,
                              (remedy if remedy is not None and kind is not None else remedied,)))
    if remedied.value is False:
        # Named, not weighed: a remedy would have dispelled the doubt, and its absence leaves
        # the tie as it weighs.
        # A bench without a jury had no juror to discharge or jury to direct.
        no_jury = not isinstance(v, Verdict) or v.jury is False
        factors.append(Factor(_("It was not remedied: the judge concerned did not stand down.")
                              if no_jury else
                              _("It was not remedied: the judge did not stand down, the juror "
                                "was not discharged, and the jury was not directed on it."),
                              Toward.BREACH, 0, (link, remedied)))
    if prejudice:
        decision = weigh(
            _("Weighing the prejudice said of a judge or juror who decided the case of {name} "
              "{when}, and what the court did about it: whether that was enough to dispel any "
              "objectively justified doubt about the court's impartiality (Gregory v UK; "
              "Sander v UK).", **words), factors, missing,
            side=_("the court's impartiality"),
            breach_text=_("an objectively justified doubt about the court's impartiality "
                          "remained."),
            fair_text=_("no objectively justified doubt about the court's impartiality "
                        "remained."),
            tie_question=_("How did the court look into the prejudice said of a judge or juror "
                           "who decided the case of {name} {when}, and what did it find?",
                           **words))
    else:
        own = link.value is DecisionMakerLink.OWN_CAUSE
        decision = weigh(
            _("Weighing whether a judge who decided the case of {name} {when} sat in their own "
              "cause, and what the court did about it: no one may be judge in their own cause, "
              "whatever their personal integrity (Demicoli v Malta).", **words) if own else
            _("Weighing the tie of a judge or juror who decided the case of {name} {when}: "
              "whether by its nature and closeness it objectively justifies a fear of bias "
              "(Pullar v UK; Hanif and Khan v UK; Morice v France [GC]).", **words),
            factors, missing,
            side=_("the court's impartiality"),
            breach_text=_("the tie gave an objectively justified doubt about the court's "
                          "impartiality."),
            fair_text=_("the tie did not objectively justify a doubt about the court's "
                        "impartiality."),
            tie_question=_("What else shows whether the tie of the judge or juror who decided "
                           "the case of {name} {when} could have swayed the decision (the "
                           "person's own interest, the part the tie played in the case)?",
                           **words))
    if (remedied.value is not None or kind is not None) and not (directed and kind is None):
        return [decision]
    if decision.outcome is Outcome.NO_VIOLATION:
        return [decision]
    remedy_q = _("What did the court do about it in the case of {name} {when}: did the judge "
                 "stand down, was the juror or the whole jury discharged, did the judge only "
                 "direct the jury, or was nothing done ('link_remedied', 'link_remedy')?",
                 **words)
    if decision.outcome in (Outcome.VIOLATION, Outcome.LIKELY_VIOLATION):
        return [unknown(remedy_q, reason=decision.reasons[0], facts=decision.facts,
                        against=decision.against)]
    return [attrs.evolve(decision, questions=(*decision.questions, remedy_q))]


def _recusal_grounds(ctx: Context) -> list[Decision]:
    """A refused request to remove a judge shows that the defence doubted the court, but not
    on what facts: with no ground recorded, ask for them rather than presume impartiality."""
    refused = [r for r in ctx.events(DefenceRequest)
               if r.request is RequestKind.RECUSAL and r.granted is False]
    grounds = any(v.decision_maker_link is not None or v.judge_expressed_guilt is True or
                  v.judge_prior_role is True or v.judge_prior_role_kind is not None or
                  v.outside_pressure is True or v.military_judge_on_bench is True or
                  v.judges_identity_withheld is True or v.members_subordinate_to_convener is True
                  for v in ctx.events(Verdict)) or \
        any(a.decision_maker_link is not None or a.judge_prior_role is True or
            a.judge_prior_role_kind is not None for a in ctx.events(Appeal))
    if not refused or grounds:
        return []
    first = ctx.first(refused)
    assert first is not None
    words = {"name": ctx.name, "when": ctx.when(first)}
    return [unknown(_("On what facts did the request {when} to remove a judge or juror from the "
                      "case of {name} rest: a tie to a party, a witness or the subject matter "
                      "('decision_maker_link' on the verdict or the appeal), a view on guilt "
                      "expressed earlier, or an earlier role in the case?", **words),
                    reason=_("The court refused the request {when} to remove a judge or juror "
                             "from the case of {name}, and the record does not say what it "
                             "rested on.", **words),
                    facts=tuple(ctx.fact(r, "granted") for r in refused))]


INDEPENDENT = Criterion(
    id="tribunal.independent-impartial",
    area=Area.TRIBUNAL,
    title="An independent and impartial tribunal",
    question="Was the accused tried by a court independent of the executive and the parties, "
             "free of prejudgment, and not a military court, or a bench with a military judge, "
             "for a civilian without necessity?",
    citations=(iccpr("14(1)"), general_comment(32, "19", confirmed=False),
               general_comment(32, "21", confirmed=False),
               general_comment(32, "22", confirmed=False), echr("6(1)"),
               ecthr("Kyprianou v Cyprus [GC], no. 73797/01, 15 Dec 2005"),
               ecthr("Piersack v Belgium, no. 8692/79, 1 Oct 1982"),
               ecthr("Hauschildt v Denmark, no. 10486/83, 24 May 1989"),
               ecthr("Gregory v UK, no. 22299/93, 25 February 1997"),
               ecthr("Sander v UK, no. 34129/96, 9 May 2000"),
               hrc_views("Karttunen v Finland, comm. no. 387/1989, 23 October 1992", "7.3"),
               ecthr("Hanif and Khan v UK, nos. 52999/08 and 61779/08, 20 December 2011"),
               ecthr("Morice v France [GC], no. 29369/10, 23 April 2015"),
               ecthr("Pullar v UK, no. 22399/93, 10 June 1996"),
               ecthr("De Cubber v Belgium, no. 9186/80, 26 October 1984"),
               ecthr("Padovani v Italy, no. 13396/87, 26 February 1993"),
               ecthr("Fey v Austria, 24 February 1993"),
               ecthr("Nortier v Netherlands, no. 13924/88, 24 August 1993"),
               ecthr("Ferrantelli and Santangelo v Italy, no. 19874/92, 7 August 1996"),
               ecthr("Poppe v Netherlands, no. 32271/04, 24 March 2009"),
               ecthr("Schwarzenberger v Germany, no. 75737/01, 10 August 2006"),
               ecthr("Thomann v Switzerland, no. 17602/91, 10 June 1996"),
               ecthr("Lindon, Otchakovsky-Laurens and July v France [GC], nos. 21279/02 and "
                     "36448/02, 22 October 2007"),
               ecthr("Demicoli v Malta, no. 13057/87, 27 August 1991"),
               ecthr("Incal v Turkey [GC], no. 22678/93, 9 June 1998"),
               ecthr("Çıraklar v Turkey, no. 19601/92, 28 October 1998"),
               # A court of "faceless" judges as such (GC32 paragraph from memory).
               hrc_views("Polay Campos v Peru, comm. no. 577/1994, 6 November 1997",
                         confirmed=False),
               general_comment(32, "23", confirmed=False),
               general_comment(32, "21", confirmed=False),
               ecthr("Findlay v UK, no. 22107/93, 25 February 1997"),
               ecthr("Cooper v UK [GC], no. 48843/99, 16 December 2003")),
    severity=Severity.GRAVE,
    reads=("verdict.judge_expressed_guilt", "verdict.conduct_showed_bias",
           "verdict.judge_prior_role",
           "verdict.judge_prior_role_kind", "verdict.related_case_assessed_accused",
           "verdict.outside_pressure",
           "verdict.military_court_civilian", "verdict.military_court_justified",
           "verdict.military_judge_on_bench", "verdict.judges_identity_withheld",
           "verdict.members_subordinate_to_convener",
           "verdict.decision_maker_link",
           "verdict.link_remedied", "verdict.link_remedy", "verdict.link_substantiated",
           "verdict.link_close", "verdict.witness_evidence_disputed",
           "verdict.jury", "appeal.judge_prior_role", "appeal.judge_prior_role_kind",
           "appeal.related_case_assessed_accused",
           "appeal.decision_maker_link", "appeal.link_remedied",
           "appeal.link_substantiated", "appeal.link_close", "appeal.witness_evidence_disputed",
           "appeal.reviewed_facts_and_law", "hearing.evidence_or_argument_taken",
           "defence_request.request", "defence_request.granted"),
    at_trial=True,
    claims=("verdict.judge_expressed_guilt", "verdict.outside_pressure",
            "verdict.conduct_showed_bias",
            "verdict.decision_maker_link", "verdict.judge_prior_role",
            "verdict.judge_prior_role_kind", "verdict.military_court_civilian",
            "verdict.military_judge_on_bench", "verdict.judges_identity_withheld",
            "verdict.members_subordinate_to_convener", "appeal.decision_maker_link",
            "appeal.judge_prior_role", "appeal.judge_prior_role_kind"),
    decide=_tribunal,
    affects_outcome=True,
)

def _established(ctx: Context) -> Decision:
    """A tribunal established by law: an irregular appointment breaches it only where the
    breach of domestic law was manifest, concerned a fundamental rule of the appointment, and
    was not effectively reviewed and remedied at home: the three steps of Guðmundur Andri
    Ástráðsson v Iceland [GC], each a condition of the next."""

    def one(v: Verdict | Appeal) -> Decision | None:
        irregular = ctx.fact(v, "appointment_irregular")
        # An appeal court can be the irregular one (Ástráðsson itself: a judge of the Court of
        # Appeal; audit18a, where only a verdict's bench was read).
        words = {"name": ctx.name,
                 "what": ctx.label(v) if isinstance(v, Verdict) else
                 _("the decision on {appeal}", appeal=ctx.label(v))}
        if irregular.value is None:
            return None
        if irregular.value is False:
            return compliant(_capital(_("The judges who gave {what} were appointed, and the "
                                        "bench composed, under the domestic rules.", **words)),
                             irregular)
        steps = [ctx.fact(v, d) for d in ("irregularity_manifest", "irregularity_fundamental")]
        reviewed = ctx.fact(v, "irregularity_reviewed")
        said = _capital(_("A judge who gave {what} was appointed, or the bench composed, in "
                          "breach of the domestic rules.", **words))
        if any(f.value is False for f in steps):
            return compliant(_("{said} The breach was not manifest, or concerned no fundamental "
                               "rule of the appointment, so the court was still a tribunal "
                               "established by law.", said=said), irregular,
                             *(f for f in steps if f.value is False))
        if reviewed.value is True:
            return compliant(_("{said} The domestic courts effectively reviewed the complaint "
                               "and drew the consequences.", said=said), irregular, reviewed)
        asked = [q for f, q in zip((*steps, reviewed), (
            _("Was the breach in the appointment of the judges who gave {what} manifest, "
              "objectively and genuinely identifiable?", **words),
            _("Did the breach in the appointment of the judges who gave {what} concern a "
              "fundamental rule of the appointment, not a technical one?", **words),
            _("Did the domestic courts effectively review the complaint about the appointment "
              "of the judges who gave {what}, and draw the consequences?", **words)),
            strict=True) if f.value is None]
        if asked:
            return unknown(*asked, reason=said, facts=(irregular,))
        return breach(_("{said} The breach was manifest, concerned a fundamental rule of the "
                        "appointment, and was not remedied at home: the court was not a "
                        "tribunal established by law.", said=said),
                      irregular, *steps, reviewed)

    benches: list[Verdict | Appeal] = [*ctx.events(Verdict), *ctx.events(Appeal)]
    decided = [d for d in map(one, benches) if d is not None]
    return worst(decided, empty=not_applicable(_(
        "Nothing on the record puts in doubt that the court that tried {name} was established "
        "by law (record a judge's irregular appointment on the verdict or appeal of the court "
        "concerned if the sources show one).", name=ctx.name)))


ESTABLISHED = Criterion(
    id="tribunal.established-by-law",
    area=Area.TRIBUNAL,
    title="A tribunal established by law",
    question="Were the judges who decided the case appointed under the domestic rules, and if "
             "not, was the breach manifest, of a fundamental rule, and left unremedied at home?",
    citations=(iccpr("14(1)"), echr("6(1)"),
               ecthr("Guðmundur Andri Ástráðsson v Iceland [GC], no. 26374/18, 1 Dec 2020")),
    severity=Severity.GRAVE,
    reads=("verdict.appointment_irregular", "verdict.irregularity_manifest",
           "verdict.irregularity_fundamental", "verdict.irregularity_reviewed",
           "appeal.appointment_irregular", "appeal.irregularity_manifest",
           "appeal.irregularity_fundamental", "appeal.irregularity_reviewed"),
    at_trial=True,
    decide=_established,
    affects_outcome=True,
)
