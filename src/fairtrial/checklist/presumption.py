"""G. Presumption of innocence: officials' statements of guilt, published confessions, and the
accused's presentation in court (ICCPR art 14(2); GC32 para 30)."""

from __future__ import annotations

from datetime import datetime

import attrs

from fairtrial._i18n import N_, _, join, p_
from fairtrial.checklist._core import (
    REFUTED,
    Area,
    Citation,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Missing,
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
from fairtrial.record._model import (
    Appeal,
    BroadcastConfession,
    Event,
    Hearing,
    PublicStatement,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    AppealOutcome,
    Restraint,
    StatementSetting,
    VerdictOutcome,
)


def _before_verdict(ctx: Context, event: Event) -> bool:
    """Whether ``event`` may have come before guilt was finally established: before every
    verdict, or while an appeal against it was pending (the presumption lasts until then:
    Konstas v Greece)."""
    first_end, pending, last_start, appealed = _verdict_bounds(ctx)
    # A verdict certainly before the event ends by its start (``When.before``), so the
    # earliest end of any verdict decides; likewise the latest start of an appeal.
    if event.date is None or first_end is None or not first_end <= event.date.earliest:
        return True
    # Said while an appeal was being decided: guilt was not yet finally established.
    if any(start <= event.date.latest and event.date.earliest < end for start, end in appealed):
        return True
    return pending or (last_start is not None and event.date.latest <= last_start)


def _cleared(ctx: Context) -> list[Fact]:
    """The verdict results that cleared the person (acquitted, discontinued, discharged) when
    none convicted them: the facts a statement after them is measured against."""
    if ctx.person is None:
        return []
    found: list[Fact] = []
    convicted = False
    for v in ctx.events(Verdict):
        for r in v.results:
            if r.person != ctx.person.id:
                continue
            if r.outcome in (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED):
                convicted = True
            elif r.outcome in _CLEARING:
                found.append(ctx.fact(v, "results"))
    if not convicted:
        return found
    # A conviction quashed on appeal, with the person acquitted and no retrial, clears them as
    # an acquittal does (Allen v UK [GC]; Hammern v Norway): the appeal's result decides.
    quashed = [ctx.fact(a, "results") for a in ctx.events(Appeal)
               if a.outcome is AppealOutcome.ALLOWED
               and any(r.person == ctx.person.id and r.outcome in _CLEARING for r in a.results)]
    return quashed


def _acquitted(ctx: Context) -> bool:
    """Whether the person was acquitted (at trial, or on an appeal that quashed the
    conviction), not only cleared by proceedings that ended without a decision on guilt."""
    if ctx.person is None:
        return False
    pid = ctx.person.id
    results = [r for v in ctx.events(Verdict) for r in v.results]
    results += [r for a in ctx.events(Appeal) for r in a.results]
    return any(r.person == pid and r.outcome is VerdictOutcome.ACQUITTED for r in results)


#: The outcomes that leave a person's innocence standing.
_CLEARING = frozenset({VerdictOutcome.ACQUITTED, VerdictOutcome.DISCONTINUED,
                       VerdictOutcome.DISCHARGED})


_Bounds = tuple[datetime | None, bool, datetime | None, tuple[tuple[datetime, datetime], ...]]


def _verdict_bounds(ctx: Context) -> _Bounds:
    """The earliest end of the person's dated verdicts; whether an appeal against a verdict is
    pending; the latest start of such an appeal; and the spans from each appeal's lodging to
    its recorded decision, during which guilt was not yet finally established. Once per
    person: a scan of every verdict and appeal for every statement grew with their product."""
    def build() -> _Bounds:
        ends = [v.date.latest for v in ctx.events(Verdict) if v.date is not None]
        appeals = [a for a in ctx.events(Appeal) if a.against is AppealAgainst.VERDICT]
        starts = [a.date.earliest for a in appeals if a.date is not None]
        open_ = tuple((a.date.earliest, a.decided_date.latest) for a in appeals
                      if a.date is not None and a.decided_date is not None)
        return (min(ends, default=None),
                any(a.outcome is AppealOutcome.PENDING for a in appeals),
                max(starts, default=None), open_)

    return ctx.once(("verdict_bounds", ctx.person.id if ctx.person else None), build)


def _statements(ctx: Context) -> Decision:
    decisions = []
    cleared = _cleared(ctx)
    late: list[PublicStatement] = []
    for s in ctx.events(PublicStatement):
        guilty = ctx.fact(s, "presents_as_guilty")
        speakers = join([ctx.case.name_of(a) for a in s.actors])
        words = {"speakers": speakers, "when": ctx.when(s), "name": ctx.name}
        if not _before_verdict(ctx, s):
            # After an acquittal or proceedings that ended without a finding of guilt, the
            # presumption still forbids officials to voice guilt (Sekanina v Austria; Allen v UK
            # [GC]); after a final conviction it no longer applies.
            if not cleared:
                late.append(s)
                continue
            suspicion = ctx.fact(s, "voices_suspicion")
            if guilty.value is True:
                decisions.append(breach(
                    _("After {name} was cleared, {speakers} {when} publicly presented {name} as "
                      "guilty.", **words) if speakers else
                    _("After {name} was cleared, an official {when} publicly presented {name} as "
                      "guilty.", **words), guilty, ctx.fact(s), *cleared))
            elif suspicion.value is True and _acquitted(ctx):
                # Once acquitted, even voicing suspicion of guilt is no longer admissible
                # (Sekanina v Austria; Allen v UK [GC]).
                decisions.append(breach(
                    _("After {name} was acquitted, {speakers} {when} voiced suspicion that "
                      "{name} was guilty after all, casting doubt on the acquittal.", **words)
                    if speakers else
                    _("After {name} was acquitted, an official {when} voiced suspicion that "
                      "{name} was guilty after all, casting doubt on the acquittal.", **words),
                    suspicion, ctx.fact(s), *cleared))
            elif suspicion.value is True:
                # Proceedings that ended without a decision on guilt: describing a suspicion
                # that remained is allowed, declaring guilt is not (Englert v Germany;
                # Nölkenbockhoff v Germany; Minelli v Switzerland).
                decisions.append(compliant(
                    _("After the proceedings against {name} ended without a decision on guilt, "
                      "{speakers} {when} described a suspicion that remained, without "
                      "declaring {name} guilty.", **words) if speakers else
                    _("After the proceedings against {name} ended without a decision on guilt, "
                      "an official {when} described a suspicion that remained, without "
                      "declaring {name} guilty.", **words), guilty, suspicion))
            elif guilty.value is False and suspicion.value is None and _acquitted(ctx):
                decisions.append(unknown(
                    _("Did the statement of {speakers} {when}, made after {name} was acquitted, "
                      "voice suspicion that {name} was guilty after all?", **words)
                    if speakers else
                    _("Did the statement of an official {when}, made after {name} was "
                      "acquitted, voice suspicion that {name} was guilty after all?", **words),
                    reason=_("It did not declare {name} guilty.", name=ctx.name),
                    facts=(guilty,)))
            elif guilty.value is None:
                decisions.append(unknown(
                    _("Did the statement of {speakers} {when}, made after {name} was cleared, "
                      "present {name} as guilty or cast doubt on the acquittal?", **words)
                    if speakers else
                    _("Did the statement of an official {when}, made after {name} was cleared, "
                      "present {name} as guilty or cast doubt on the acquittal?", **words)))
            else:
                decisions.append(compliant(
                    _("The statement of {speakers} {when}, made after {name} was cleared, did "
                      "not present {name} as guilty.", **words) if speakers else
                    _("The statement of an official {when}, made after {name} was cleared, did "
                      "not present {name} as guilty.", **words), guilty))
            continue
        if guilty.value is True and s.said_in is StatementSetting.PROCEDURAL_DECISION:
            decisions.append(_in_decision(ctx, s, guilty, words))
        elif guilty.value is True:
            if speakers and s.quote:
                text = _("Before any verdict, {speakers} {when} publicly presented {name} as "
                         "guilty: \"{quote}\".", quote=s.quote, **words)
            elif speakers:
                text = _("Before any verdict, {speakers} {when} publicly presented {name} as "
                         "guilty.", **words)
            elif s.quote:
                text = _("Before any verdict, an official {when} publicly presented {name} as "
                         "guilty: \"{quote}\".", quote=s.quote, **words)
            else:
                text = _("Before any verdict, an official {when} publicly presented {name} as "
                         "guilty.", **words)
            decisions.append(breach(text, guilty, ctx.fact(s)))
        elif guilty.value is False:
            decisions.append(compliant(
                _("The statement of {speakers} {when} did not present {name} as guilty.",
                  **words) if speakers else
                _("The statement of an official {when} did not present {name} as guilty.",
                  **words), guilty))
        elif guilty.standing in REFUTED:
            decisions.append(compliant(
                _("The claim that the statement {when} presented {name} as guilty was examined "
                  "and not found proven, or found untrue.", **words), guilty))
        else:
            decisions.append(unknown(
                _("Did the statement of {speakers} {when} present {name} as guilty?", **words)
                if speakers else
                _("Did the statement of an official {when} present {name} as guilty?",
                  **words)))
    for b in ctx.events(BroadcastConfession):
        if _before_verdict(ctx, b):
            who = join([ctx.case.name_of(a) for a in b.actors])
            words = {"who": who, "when": ctx.when(b), "name": ctx.name}
            decisions.append(breach(
                _("{who} published {name} confessing or repenting {when}, before any verdict.",
                  **words) if who else
                _("The authorities published {name} confessing or repenting {when}, before any "
                  "verdict.", **words), ctx.fact(b)))
    unattributed = [b for b in ctx.all_events(BroadcastConfession)
                    if not b.subjects and b.some_of is None]
    for b in unattributed:
        decisions.append(unknown(_("Does {name} appear in the confession video or broadcast "
                                   "published {when}?", name=ctx.name, when=ctx.when(b))))
    if late and not decisions:
        return not_applicable(_("The public statements about {name} recorded came after the "
                                "verdict, once guilt was established.", name=ctx.name))
    return worst(decisions, empty=not_applicable(_(
        "No public statement by officials about {name}, and no published confession, is "
        "recorded.", name=ctx.name)))


def _in_decision(ctx: Context, s: PublicStatement, guilty: Fact,
                 words: dict[str, str]) -> Decision:
    """Words of guilt in a decision within the proceedings, read in their context: whether they
    declared that the accused committed the offence (Matijašević v Serbia: a detention ruling
    that said so) or assessed whether the evidence sufficed for the step being decided
    (Daktaras v Lithuania: a prosecutor refusing the accused's own request to drop the case).
    The presumption binds judges and prosecutors deciding such steps; the setting and the
    request answered are how the words are read, not an exception to it."""
    said = (_("The words presented {name} as guilty: \"{quote}\".", quote=s.quote, **words)
            if s.quote else _("The words presented {name} as guilty.", **words))
    factors = [Factor(said, Toward.BREACH, 2, (guilty, ctx.fact(s)))]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(s, "about_sufficiency"), factors, missing, also=(guilty,),
                yes=(_("Read in their context, the words assessed whether the evidence sufficed "
                       "for the step the decision had to take, not whether {name} committed "
                       "the offence (Daktaras v Lithuania).", **words), Toward.FAIRNESS, 3),
                no=(_("Read in their context, the words declared that {name} committed the "
                      "offence, not only that the evidence sufficed for the step decided "
                      "(Matijašević v Serbia).", **words), Toward.BREACH, 3),
                ask=(_("Read in their context, did the words of the decision {when} assess "
                       "whether the evidence sufficed for the step it had to take (a trial, "
                       "continued custody), or declare that {name} committed the offence "
                       "('about_sufficiency')?", **words), 3))
    read_yes_no(ctx.fact(s, "answers_defence_request"), factors, missing,
                yes=(_("The decision answered a request of the defence that required the "
                       "evidence to be assessed."), Toward.FAIRNESS, 1),
                ask=(_("Did the decision {when} answer a request of the defence "
                       "that required the evidence to be assessed, such as a request to drop "
                       "the case ('answers_defence_request')?", **words), 1))
    factors.append(Factor(_("The words were not spoken in public but in a decision within the "
                            "proceedings, addressed to the parties."), Toward.FAIRNESS, 1,
                          (ctx.fact(s, "said_in"),)))
    return weigh(
        _("Weighing the words of {speakers} in a decision {when}, before any verdict: whether, "
          "in their context, they declared {name} guilty or assessed the state of the evidence "
          "(Daktaras v Lithuania).", **words) if words["speakers"] else
        _("Weighing the words of a decision {when}, before any verdict: whether, in their "
          "context, they declared {name} guilty or assessed the state of the evidence "
          "(Daktaras v Lithuania).", **words), factors, missing,
        side=_("the presumption of innocence"),
        breach_text=_("in their context the words declared {name} guilty before any verdict.",
                      **words),
        fair_text=_("in their context the words assessed the state of the evidence and did not "
                    "declare {name} guilty.", **words))


STATEMENTS = Criterion(
    id="presumption.official-statements",
    area=Area.PRESUMPTION,
    title="No public declarations of guilt by officials",
    question="Did officials refrain from presenting the accused as guilty before a verdict, in "
             "statements or by publishing confessions, and from voicing guilt after an "
             "acquittal?",
    citations=(
        iccpr("14(2)"), general_comment(32, "30", confirmed=True), echr("6(2)"),
        ecthr("Allenet de Ribemont v France, no. 15175/89, 10 Feb 1995", "§§35-41",
              confirmed=True),
        # Gridin found 14(2) breached by police statements; Mirzakhodzhaev's majority found no
        # breach for lack of shown effect (the dissent would shift the burden): cited as contra.
        hrc_views("Gridin v Russian Federation, comm. no. 770/1997, 20 July 2000"),
        Citation(source="HRC, Mirzakhodzhaev v Kyrgyzstan, comm. no. 2526/2015, 6 Nov 2020 "
                        "(contra: the majority found no breach without a shown effect)",
                 treaty="ICCPR-OP1", kind="case_law"),
        # After an acquittal, voicing guilt still breaches the presumption.
        ecthr("Sekanina v Austria, no. 13126/87, 25 Aug 1993"),
        ecthr("Allen v UK [GC], no. 25424/09, 12 July 2013"),
        # After proceedings ended without a decision on guilt, describing a suspicion is not.
        ecthr("Englert v Germany, no. 10282/83, 25 Aug 1987"),
        ecthr("Minelli v Switzerland, no. 8660/79, 25 Mar 1983"),
        # Words in a decision within the proceedings are read in their context: an assessment
        # of the evidence for the step decided is not a declaration of guilt.
        ecthr("Daktaras v Lithuania, no. 42095/98, 10 Oct 2000", confirmed=True),
        ecthr("Matijašević v Serbia, no. 23037/04, 19 Sept 2006"),
    ),
    severity=Severity.SERIOUS,
    reads=("public_statement.presents_as_guilty", "public_statement.voices_suspicion",
           "public_statement.said_in", "public_statement.about_sufficiency",
           "public_statement.answers_defence_request",
           "public_statement.date",
           "broadcast_confession", "verdict.date", "verdict.results"),
    decide=_statements,
)


def _caged(ctx: Context) -> Decision:
    """A metal cage is degrading whatever the reason (Svinarenko and Slyadnev v Russia [GC]);
    a glass cabin or restraints need an individual reason under the Covenant (GC32 para 30:
    "normally"). A glass cabin is not degrading in itself under the Convention; one so cramped
    that it was (Yaroslav Belousov v Russia) is weighed as conditions under ill-treatment, not
    here. What the record does not say is asked."""

    def one(h: Hearing) -> Decision:
        caged = ctx.fact(h, "defendant_caged")
        words = {"name": ctx.name, "what": ctx.label(h)}
        if caged.value is None:
            return unknown(_("Was {name} held in a cage or restrained at {what}?", **words))
        if caged.value is False:
            return compliant(_cap(_("{name} was not caged or restrained at {what}.", **words)),
                             caged)
        kind, justified = ctx.fact(h, "restraint"), ctx.fact(h, "restraint_justified")
        if kind.value is Restraint.METAL_CAGE:
            # Both treaties forbid it, under different articles: the Covenant as presenting
            # the accused as dangerous (art 14(2); GC32 para 30) and as degrading (arts 7,
            # 10(1)); the Convention as degrading treatment (art 3, Svinarenko [GC]), not as a
            # breach of art 6(2), which a cage used for every accused need not be (Ashot
            # Harutyunyan v Armenia).
            return attrs.evolve(breach(
                _("{name} was held in a metal cage at {what}. Under the Covenant this presents "
                  "the accused as a dangerous criminal, contrary to art 14(2) (GC32 para 30), "
                  "and is degrading (arts 7 and 10(1)). Under the European Convention a metal "
                  "cage is degrading treatment contrary to art 3 whatever the reason "
                  "(Svinarenko and Slyadnev v Russia [GC]); it is a matter of art 3 there, "
                  "not of the presumption of innocence in art 6(2).", **words), caged, kind),
                cites=_CAGE_CITES)
        if justified.value is False:
            # GC32 para 30 asks an individual reason for any restraint; the Convention finds a
            # restraint a breach only where it reaches the severity of degrading treatment
            # (art 3) or hinders the defence, which these facts alone do not show.
            return covenant_only(breach(
                _("{name} was held in a cage or restrained at {what} with no individual reason "
                  "given. ICCPR art 14(2) requires one (GC32 para 30); under the European "
                  "Convention a restraint is a breach only where it amounts to degrading "
                  "treatment (art 3) or hinders the defence, so this rests on the Covenant "
                  "only.", **words), caged, justified))
        if justified.value is True and kind.value is not None:
            return compliant(_("{name} was restrained at {what} ({how}) for an individual "
                               "reason the court gave.", how=p_("restraint", RESTRAINTS[
                                   kind.value]), **words), caged, kind, justified)
        questions = []
        if kind.value is None:
            questions.append(_("How was {name} held at {what}: in a metal cage, a glass cabin, "
                               "or in handcuffs or other restraints?", **words))
        if justified.value is None:
            questions.append(_("Did the court give an individual reason for holding {name} "
                               "so at {what} (a real risk of escape or violence)?", **words))
        return unknown(*questions, reason=_("{name} was held in a cage or restrained at "
                                            "{what}.", **words), facts=(caged,))

    return worst((one(h) for h in ctx.events(Hearing)),
                 empty=not_applicable(_("No hearing is recorded.")))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


#: What a metal cage breaches under the Convention, beyond the criterion's own citations.
_CAGE_CITES = (iccpr("7"), echr("3"),
               ecthr("Ashot Harutyunyan v Armenia, no. 34334/04, 15 June 2010"))


#: How a person was held, as a reason names it (context "restraint").
RESTRAINTS = {Restraint.METAL_CAGE: N_("a metal cage"), Restraint.GLASS_CABIN: N_("a glass cabin"),
              Restraint.HANDCUFFS: N_("handcuffs or other restraints")}


CAGED = Criterion(
    id="presumption.no-cage",
    area=Area.PRESUMPTION,
    title="Not shown caged or shackled in court",
    question="Was the accused kept out of a cage and free of restraints in court, absent an "
             "individual reason?",
    citations=(iccpr("14(2)"), general_comment(32, "30", confirmed=True), iccpr("10(1)"),
               ecthr("Svinarenko and Slyadnev v Russia [GC], nos. 32541/08 and 43441/08, "
                     "17 July 2014"),
               ecthr("Yaroslav Belousov v Russia, nos. 2653/13 and 60980/14, 4 Oct 2016")),
    # Not minor: a metal cage is degrading treatment (art 3; ICCPR arts 7, 10(1)), and a
    # restraint without reason a breach of the presumption of innocence, a core guarantee.
    severity=Severity.SERIOUS,
    reads=("hearing.defendant_caged", "hearing.restraint", "hearing.restraint_justified"),
    at_trial=True,
    decide=_caged,
)

CRITERIA = (STATEMENTS, CAGED)
