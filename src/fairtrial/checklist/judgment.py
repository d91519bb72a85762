"""H. Judgment and appeal: a reasoned, public judgment in time for an appeal, genuine review on
appeal, and a conviction free of tainted evidence (ICCPR art 14(1), 14(5))."""

from __future__ import annotations

from datetime import timedelta

import attrs

from fairtrial._i18n import T_, _, join, p_
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    SEVERITY_OF_OUTCOME,
    Area,
    Citation,
    Context,
    Criterion,
    Decision,
    Fact,
    Factor,
    Finding,
    Missing,
    Outcome,
    Severity,
    Toward,
    breach,
    by_detail,
    compliant,
    covenant_only,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    unless_recorded,
    weigh,
    worst,
)
from fairtrial.checklist._directions import omitted_from_directions
from fairtrial.record._model import (
    Appeal,
    Charge,
    Delay,
    FormalCharge,
    Hearing,
    PleaEntered,
    Verdict,
)
from fairtrial.record._vocab import (
    AppealAgainst,
    AppealOutcome,
    AppealReasons,
    DelayCause,
    DelayExplanation,
    HearingStage,
    LaterChange,
    NoticeCure,
    Plea,
    Reasons,
    RecharacterisationNotice,
    ReviewKind,
    VerdictOutcome,
)
from fairtrial.record._when import Span, Tri, When


def _no_verdict() -> Decision:
    return not_applicable(_("No verdict is recorded."))


def _cap(text: str) -> str:
    """A sentence that begins with an event's name begins with a capital."""
    return text[0].upper() + text[1:] if text else text


def _reasoned(ctx: Context) -> Decision:
    # The Court looks at the proceedings as a whole, the appeal included (Edwards v UK §34):
    # a first-instance judgment that lacked reasons is remedied by an appeal court that reviewed
    # the facts and the law and gave reasons of its own answering the defence, not by one that
    # only endorsed the reasons that were lacking (Hirvisaari v Finland; García Ruiz v Spain
    # [GC] lets an appeal court endorse reasons that were adequate).
    def one(v: Verdict) -> Decision:
        first = _first_instance(ctx, v)
        if isinstance(first, Decision):
            return first
        text, facts = first
        appeals = _links.conviction_appeals(ctx, after=v)
        looked = [_remedied(ctx, v, a) for a in appeals]
        for cure in (d for d in looked if isinstance(d, Decision)
                     and d.outcome is Outcome.NO_VIOLATION):
            # The defect stays on the record, as what the appeal had to make good.
            return attrs.evolve(cure, against=(*cure.against, breach(text, *facts).reasons[0]))
        asked = [q for d in looked if isinstance(d, Decision) for q in d.questions]
        if asked:
            return unknown(*asked, reason=text, facts=facts)
        kept = [d for d in looked if not isinstance(d, Decision)]
        return breach(" ".join((text, *(t for t, _f in kept))), *facts,
                      *(f for _t, fs in kept for f in fs))

    # A jury's directions stand in for its reasons (Taxquet); directions that left out evidence
    # decisive for the defence are a denial of justice under the Covenant (Wright v Jamaica).
    omitted = [d for v in ctx.events(Verdict) if (d := omitted_from_directions(ctx, v))]
    arbitrary = [d for v in ctx.events(Verdict) if (d := _arbitrary(ctx, v))]
    return worst((*(one(v) for v in ctx.events(Verdict)), *omitted, *arbitrary),
                 empty=_no_verdict())


def _arbitrary(ctx: Context, v: Verdict) -> Decision | None:
    """An evaluation of the evidence or application of the law that a higher court or a body
    found clearly arbitrary, a manifest error or a denial of justice: the exception to the rule
    that the bodies do not review the facts (GC32 para 26; Moreira Ferreira v Portugal (no. 2)
    [GC]; Navalnyy and Ofitserov v Russia). Reasons given are no answer to it: the reasons
    were the error (audit17b, Yuzepchuk v Belarus)."""
    found = ctx.fact(v, "evaluation_arbitrary")
    if found.value is not True:
        return None
    if _links.party_claim_only(found):
        # Only a finding shows it: the defence's disagreement with the verdict is not one.
        return unknown(_("Which higher court or body found the evaluation of the evidence in "
                         "{what} clearly arbitrary, and on what?", what=ctx.label(v)),
                       reason=_("Only the defence says that the evaluation of the evidence in "
                                "{what} was arbitrary.", what=ctx.label(v)), facts=(found,))
    return breach(_("A court or body found the evaluation of the evidence or the application of "
                    "the law in {what} clearly arbitrary, a manifest error or a denial of "
                    "justice.", what=ctx.label(v)), found)


def _first_instance(ctx: Context, v: Verdict) -> Decision | tuple[str, tuple[Fact, ...]]:
    """The verdict's own reasons: a decision where they suffice or the record does not say,
    and the defect with the facts it rests on where they fall short."""
    reasons = ctx.fact(v, "reasons")
    what = ctx.label(v)
    if reasons.value in (Reasons.NONE, Reasons.CONCLUSORY) and v.jury is True:
        # A jury gives no reasons; precise questions and directions can stand in for them
        # (Taxquet v Belgium [GC]). Its answers with a sentencing judgment's few words are
        # still a jury's verdict, weighed the same way with the proceedings as a whole
        # (Lhermitte v Belgium [GC]).
        directions = ctx.fact(v, "jury_directions")
        if directions.value is True and reasons.value is Reasons.CONCLUSORY:
            return compliant(_cap(_(
                "{what} was a jury's, with brief reasons beside its answers and with directions "
                "and questions that, with the proceedings as a whole, let the accused "
                "understand it.", what=what)), directions, reasons)
        if directions.value is True:
            return compliant(_cap(_(
                "{what} was a jury's, without reasons, but with directions and questions "
                "that let the accused understand it.", what=what)), directions)
        if directions.value is None:
            return unknown(_("Did the jury that gave {what} have precise questions and "
                             "directions that let the accused understand why they were "
                             "convicted?", what=what))
    if reasons.value is Reasons.NONE and v.jury is None:
        # A jury gives no reasons of its own: who gave a verdict without any is asked, so
        # that a detail left out never turns a jury's verdict into a breach.
        return unknown(_("Was {what}, given without reasons, a jury's verdict or a judgment "
                         "of professional judges?", what=what),
                       reason=_cap(_("{what} gave no reasons.", what=what)), facts=(reasons,))
    if reasons.value in (Reasons.NONE, Reasons.CONCLUSORY):
        if v.addressed_retraction is False:
            return (_cap(_("{what} gave no reasons that engage with the evidence and the "
                           "defence's arguments and did not deal with the retraction.",
                           what=what)), (reasons, ctx.fact(v, "addressed_retraction")))
        return (_cap(_("{what} gave no reasons that engage with the evidence and the "
                       "defence's arguments.", what=what)), (reasons,))
    unanswered = ctx.fact(v, "addressed_defence_arguments")
    if reasons.value is Reasons.REASONED and unanswered.value is False:
        # Reasons that pass over a decisive argument of the defence are not enough (Ruiz
        # Torija).
        return (_cap(_("{what} gave reasons, but did not answer the defence's decisive "
                       "arguments.", what=what)), (unanswered,))
    if reasons.value is Reasons.REASONED:
        return compliant(_cap(_("{what} gave reasons.", what=what)), reasons)
    return unknown(_("Did {what} give reasons covering the evidence relied on and the "
                     "defence's decisive arguments?", what=what))


def _remedied(ctx: Context, v: Verdict, a: Appeal) -> Decision | tuple[str, tuple[Fact, ...]]:
    """Whether the appeal ``a`` made good the reasons ``v`` lacked: no violation where the
    record shows it did, the sentence that says why not (with the facts it rests on) where it
    shows it did not, and otherwise the questions that would settle it."""
    reasons, review = ctx.fact(a, "reasons"), ctx.fact(a, "reviewed_facts_and_law")
    answered, outcome = ctx.fact(a, "addressed_defence_arguments"), ctx.fact(a, "outcome")
    words = {"when": ctx.when(a), "what": ctx.label(v)}
    if outcome.value is AppealOutcome.NOT_ADMITTED:
        return _("The appeal {when} was not admitted, so no court gave the reasons {what} "
                 "lacked.", **words), (outcome,)
    if outcome.value is AppealOutcome.PENDING:
        return _("The appeal {when} has not been decided; reasons given on it could still make "
                 "good what {what} lacked.", **words), (outcome,)
    if review.value is False:
        return _("The appeal court {when} did not review the facts and the law, so it could not "
                 "make good the reasons {what} lacked.", **words), (review,)
    if reasons.value is AppealReasons.ADOPTED_LOWER:
        return _("The appeal court {when} only endorsed the reasons of {what}, which cannot "
                 "make good reasons that were lacking.", **words), (reasons,)
    if reasons.value in (AppealReasons.NONE, AppealReasons.CONCLUSORY):
        return _("The appeal court {when} gave no reasons of its own that engage with the "
                 "evidence and the defence's arguments either.", **words), (reasons,)
    if answered.value is False:
        return _("The appeal court {when} gave reasons of its own, but did not answer the "
                 "defence's decisive arguments either.", **words), (answered,)
    asked = []
    if reasons.value is None:
        asked.append(_("Did the appeal court {when}, reviewing the facts and the law, give its "
                       "own reasons on the evidence and the defence's decisive arguments?",
                       **words))
    else:
        if answered.value is None:
            asked.append(_("Did the appeal court {when} answer the defence's decisive arguments "
                           "in its own reasons?", **words))
        if review.value is None:
            asked.append(_("Did the appeal court {when} review the facts and the law in "
                           "substance?", **words))
    if a.against is None:
        asked.append(_("Was the appeal {when} against the conviction?", **words))
    if outcome.value is None:
        asked.append(_("How was the appeal {when} decided?", **words))
    if asked:
        return unknown(*asked)
    return compliant(_("The lack of reasons was remedied on appeal: the appeal court {when} "
                       "reviewed the facts and the law and gave reasons of its own that "
                       "answered the defence's decisive arguments.", **words),
                     reasons, answered, review)


REASONED = Criterion(
    id="judgment.reasoned",
    area=Area.JUDGMENT,
    title="A reasoned judgment",
    question="Does the judgment give reasons, covering the evidence relied on and the decisive "
             "arguments of the defence?",
    citations=(
        iccpr("14(1)"), iccpr("14(5)"), general_comment(32, "49", confirmed=False),
        hrc_views("Henry v Jamaica, comm. no. 230/1987", "para 8.4"),
        ecthr("Hadjianastassiou v Greece, no. 12945/87, 16 Dec 1992", "§33"),
        ecthr("Ruiz Torija v Spain, no. 18390/91, 9 Dec 1994", "§§29-30"),
        ecthr("Taxquet v Belgium [GC], no. 926/05, 16 Nov 2010"),
        ecthr("Edwards v UK, no. 13071/87, 16 Dec 1992", "§34", confirmed=True),
        ecthr("García Ruiz v Spain [GC], no. 30544/96, 21 Jan 1999"),
        ecthr("Hirvisaari v Finland, no. 49684/99, 27 Sept 2001"),
        hrc_views("Wright v Jamaica, comm. no. 349/1989"),
        general_comment(32, "26", confirmed=False),
        ecthr("Moreira Ferreira v Portugal (no. 2) [GC], no. 19867/12, 11 July 2017"),
        ecthr("Navalnyy and Ofitserov v Russia, nos. 46632/13 and 28671/14, 23 February 2016"),
    ),
    severity=Severity.SERIOUS,
    reads=("verdict.reasons", "verdict.addressed_retraction", "verdict.evaluation_arbitrary",
           "verdict.addressed_defence_arguments", "verdict.jury", "verdict.jury_directions",
           "verdict.directions_omitted_evidence",
           "appeal.reasons", "appeal.addressed_defence_arguments",
           "appeal.reviewed_facts_and_law", "appeal.outcome"),
    decide=_reasoned,
    affects_outcome=True,
)


def _public(ctx: Context) -> Decision:
    # An appeal or cassation judgment must be public too (Sutter v Switzerland); it is judged
    # where the record says how it was made public, beside the verdict.
    judgments: list[Verdict | Appeal] = [*ctx.events(Verdict), *(
        a for a in ctx.events(Appeal)
        if a.against not in (AppealAgainst.DETENTION, AppealAgainst.OTHER)
        and (a.pronounced_publicly is not None or a.made_available_to_public is not None))]

    def one(e: Verdict | Appeal) -> Decision:
        # A judgment not read out in public is public in the Convention's sense when anyone can
        # consult it, deposited in the registry or published (Pretto and Others v Italy;
        # Sutter v Switzerland, for a court of cassation).
        read = ctx.fact(e, "pronounced_publicly")
        made = ctx.fact(e, "made_available_to_public")
        # What is pronounced on an appeal is the appeal court's judgment, not the appeal.
        what = (_("the judgment on {appeal}", appeal=ctx.label(e)) if isinstance(e, Appeal)
                else ctx.label(e))
        if read.value is True:
            return compliant(_cap(_("{what} was pronounced in public.", what=what)), read)
        if made.value is True:
            return compliant(_cap(
                _("{what} was not pronounced in public, but the full judgment was made "
                  "available to anyone.", what=what) if read.value is False else
                _("{what} was made available in full to anyone (deposited in the registry, "
                  "published).", what=what)), *((read,) if read.value is False else ()),
                made)
        if read.value is False and made.value is False:
            return breach(_cap(_("{what} was not pronounced in public.", what=what)), read, made)
        if read.value is False:
            return unknown(_("Was {what} made available in full to the public (deposited in "
                             "the registry, published)?", what=what),
                           reason=_cap(_("{what} was not pronounced in public.", what=what)),
                           facts=(read,))
        return unknown(_("Was {what} pronounced in public?", what=what))

    return worst((one(e) for e in judgments), empty=_no_verdict())


PUBLIC_JUDGMENT = Criterion(
    id="judgment.public",
    area=Area.JUDGMENT,
    title="Judgment made public",
    question="Was the judgment pronounced in public?",
    citations=(iccpr("14(1)"), general_comment(32, "29", confirmed=False), echr("6(1)"),
               ecthr("Pretto and Others v Italy, no. 7984/77, 8 December 1983"),
               ecthr("Sutter v Switzerland, no. 8209/78, 22 February 1984")),
    severity=Severity.MINOR,
    reads=("verdict.pronounced_publicly", "verdict.made_available_to_public",
           "appeal.pronounced_publicly", "appeal.made_available_to_public"),
    decide=_public,
)


def _written(ctx: Context) -> Decision:
    def one(v: Verdict) -> Decision:
        written = v.written_judgment_date
        if written is None:
            return unknown(_("When did the defence receive the written judgment of {what}?",
                             what=ctx.label(v)))
        appeals = [a for a in ctx.events(Appeal)
                   if a.against is AppealAgainst.VERDICT and a.date is not None]
        return _in_time(ctx, v, written, appeals)

    def further(a: Appeal) -> Decision | None:
        # An appeal court's reasons count as a verdict's do where a further remedy lay against
        # them (Hadjianastassiou v Greece: a five-day cassation time limit, the reasons given
        # after it); weighed only where the record gives the reasons' date or the time limit.
        if a.written_judgment_date is None and a.appeal_deadline is None:
            return None
        if a.written_judgment_date is None:
            return unknown(_("When did the appeal court's reasoned judgment {when} reach the "
                             "defence?", when=ctx.when(a)))
        decided = a.decided_date or a.date
        later = [b for b in ctx.events(Appeal) if b is not a and b.date is not None
                 and decided is not None and decided.before(b.date) is Tri.YES]
        return _in_time(ctx, a, a.written_judgment_date, later)

    decisions = [one(v) for v in ctx.events(Verdict)]
    decisions += [d for a in ctx.events(Appeal) if (d := further(a)) is not None]
    return worst(decisions, empty=_no_verdict())


def _in_time(ctx: Context, v: Verdict | Appeal, written: When,
             appeals: list[Appeal]) -> Decision:
    """Whether the written reasons of ``v`` reached the defence in time for the remedy against
    them: before its time limit ended, or, for ``appeals`` lodged earlier, with the grounds
    open to completion after them."""
    fact = ctx.fact(v, "written_judgment_date")
    words = {"when": ctx.when_text(written)}
    deadline = v.appeal_deadline
    if deadline is not None and deadline.before(written) is Tri.YES:
        return breach(_("The written judgment reached the defence {when}, after the time "
                        "to appeal ended {deadline}.", deadline=ctx.when_text(deadline),
                        **words), fact, ctx.fact(v, "appeal_deadline"))
    late = [a for a in appeals if a.date.before(written) is Tri.YES]  # type: ignore[union-attr]
    if late:
        # Lodging a notice of appeal before the reasons is no harm where the grounds could
        # be filed or completed once they came (Henry v Jamaica: an appeal heard without
        # them).
        after = ctx.fact(late[0], "grounds_after_judgment")
        lodged = {"lodged": ctx.when(late[0]), **words}
        if after.value is True:
            return compliant(_("The appeal was lodged {lodged}, before the written judgment "
                               "reached the defence {when}, but the defence could complete "
                               "its grounds after receiving it.", **lodged), fact, after)
        if after.value is False:
            return breach(_("The written judgment reached the defence {when}, after the "
                            "appeal was lodged {lodged}, and the grounds could not be "
                            "completed after it.", **lodged), fact, ctx.fact(late[0]), after)
        return unknown(_("Could the defence file or complete its grounds of appeal after "
                         "the written judgment reached it {when}?", **words),
                       reason=_("The written judgment reached the defence {when}, after the "
                                "appeal was lodged {lodged}.", **lodged),
                       facts=(fact, ctx.fact(late[0])))
    # No time limit ran, or none is recorded: reasons that came long after the decision still
    # held up the remedy against it, which could not be argued without them (Pratt and Morgan
    # v Jamaica: the Court of Appeal's reasons nearly four years late, the petition to the
    # Privy Council waiting for them). Six months and a year are fairtrial's reading of "long",
    # not a figure of the Committee's.
    decided = v.date if isinstance(v, Verdict) else (v.decided_date or v.date)
    if decided is not None:
        gap = Span.between(decided, written)
        words = {"decided": ctx.when_text(decided), **words}
        if gap.exceeds(timedelta(days=183)) is Tri.YES:
            awaited = [a for a in appeals if a.date is not None
                       and written.before(a.date) is not Tri.NO]
            if awaited and gap.exceeds(timedelta(days=365)) is Tri.YES:
                return breach(_("The written judgment of the decision {decided} reached the "
                                "defence only {when}, more than a year later, and the remedy "
                                "against it, lodged {lodged}, had waited for it.",
                                lodged=ctx.when(awaited[0]), **words),
                              fact, ctx.fact(awaited[0]))
            return unknown(_("Did the wait for the written judgment of the decision {decided}, "
                             "which reached the defence only {when}, hold up the remedy against "
                             "it, and why did it take so long?", **words),
                           reason=_("The written judgment of the decision {decided} reached "
                                    "the defence only {when}, more than six months later.",
                                    **words), facts=(fact,))
    return compliant(_("The written judgment reached the defence {when}.", **words), fact)


WRITTEN = Criterion(
    id="judgment.written-in-time",
    area=Area.JUDGMENT,
    title="Written judgment in time for an appeal",
    question="Did the defence receive the written, reasoned judgment in time to prepare an "
             "appeal?",
    citations=(iccpr("14(5)"), iccpr("14(3)(b)"),
               hrc_views("Mennen v Netherlands, comm. no. 1797/2008", "para 8.2"),
               hrc_views("Henry v Jamaica, comm. no. 230/1987", "para 8.4"),
               echr("6(3)(b)"),
               ecthr("Hadjianastassiou v Greece, no. 12945/87, 16 Dec 1992")),
    severity=Severity.SERIOUS,
    reads=("verdict.written_judgment_date", "verdict.appeal_deadline", "appeal.date",
           "appeal.grounds_after_judgment", "appeal.written_judgment_date",
           "appeal.appeal_deadline"),
    decide=_written,
)


#: Remedies that are not an ordinary appeal: they do not answer art 14(5) either way.
_EXTRAORDINARY = frozenset({ReviewKind.CONSTITUTIONAL, ReviewKind.SUPERVISORY})


def _ordinary_appeals(ctx: Context) -> list[Appeal]:
    return [a for a in ctx.events(Appeal)
            if a.against in (AppealAgainst.VERDICT, AppealAgainst.SENTENCE, None)
            and a.review_kind not in _EXTRAORDINARY]


def _first_convicted_on_appeal(ctx: Context) -> tuple[list[Appeal], bool]:
    """The ordinary appeals that convicted the person for the first time, of a charge the trial
    court had acquitted them of (or after a full acquittal), and whether every verdict had
    acquitted them. Such an appeal is not the person's review of a conviction but the
    conviction itself (GC32 para 47)."""
    pid = ctx.person.id if ctx.person else None
    results = [r for v in ctx.events(Verdict) for r in v.results if r.person == pid]
    if pid is None or not results:
        return [], False
    cleared = all(r.outcome is VerdictOutcome.ACQUITTED for r in results)
    acquitted = {c for r in results for c in (*r.acquitted_of, *(
        r.charges if r.outcome is VerdictOutcome.ACQUITTED else ()))}
    convicting = (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED)
    return [a for a in _ordinary_appeals(ctx)
            if any(r.person == pid and r.outcome in convicting
                   and (cleared or acquitted.intersection(r.charges)) for r in a.results)
            ], cleared


def _review_of_appeal_conviction(ctx: Context, a: Appeal, later: list[Appeal]) -> Decision:
    """A first conviction on appeal must itself be open to review under the Covenant (GC32
    para 47; Gomaríz Valera v Spain), while ECHR Protocol 7 art 2(2) excepts a conviction
    following an appeal against acquittal: a breach of the Covenant only."""
    # The conviction came with the decision, not when the appeal was lodged (audit16b: a
    # conviction dated from the lodging, two years early).
    words = {"name": ctx.name,
             "when": ctx.when_text(a.decided_date) if a.decided_date is not None else
             _("on a date not recorded (the appeal lodged {when})", when=ctx.when(a))}
    further = ctx.fact(a, "further_review_available")
    if later:
        return compliant(_("{name} was first convicted on appeal {when} of a charge of which "
                           "the trial court had acquitted {name}, and a higher court was "
                           "seized of that conviction.", **words),
                         ctx.fact(a, "results"), *(ctx.fact(b) for b in later))
    if further.value is False:
        return covenant_only(breach(
            _("{name} was first convicted on appeal {when} of a charge of which the trial court "
              "had acquitted {name}, and no higher court could review that conviction. ICCPR "
              "art 14(5) gives the right to have a first conviction reviewed even when an "
              "appeal court pronounced it; ECHR Protocol "
              "7 art 2(2) excepts a conviction following an appeal against acquittal, so this "
              "breaches the Covenant only.", **words), ctx.fact(a, "results"), further))
    if further.value is True:
        return compliant(_("{name} was first convicted on appeal {when} of a charge of which "
                           "the trial court had acquitted {name}; a higher court could review "
                           "that conviction.", **words), further)
    return unknown(_("Could {name} have a higher court review the conviction that the appeal "
                     "court pronounced {when} ('further_review_available')?", **words),
                   reason=_("{name} was first convicted on appeal {when} of a charge of which "
                            "the trial court had acquitted {name}.", **words),
                   facts=(ctx.fact(a, "results"),))


def _no_appeal_lay(ctx: Context, v: Verdict) -> Decision:
    """A conviction against which the law gave no appeal: a breach of ICCPR art 14(5)
    (Bandajevsky v Belarus: a first-instance conviction by a chamber of the Supreme Court with
    only supervisory review). ECHR Protocol 7 art 2(2) excepts a trial at first instance by
    the highest tribunal: that case breaches the Covenant only."""
    words = {"name": ctx.name, "what": ctx.label(v)}
    available = ctx.fact(v, "appeal_available")
    highest = ctx.fact(v, "tried_by_highest_court")
    if highest.value is True:
        return covenant_only(breach(
            _("The law gave {name} no appeal against {what}, a conviction by the highest court "
              "at first instance. ICCPR art 14(5) allows no exception for it (a supervisory or "
              "other extraordinary review is no appeal); ECHR Protocol 7 art 2(2) does, so this "
              "breaches the Covenant only.", **words), available, highest))
    return breach(_("The law gave {name} no appeal against {what} to a higher court (a "
                    "supervisory or other extraordinary review is no appeal).", **words),
                  available, *((highest,) if highest.value is False else ()))


def _appeal(ctx: Context) -> Decision:
    first, cleared = _first_convicted_on_appeal(ctx)
    reviews = [_review_of_appeal_conviction(
        ctx, a, [b for b in _ordinary_appeals(ctx) if b is not a and a.date is not None
                 and b.date is not None and a.date.before(b.date) is Tri.YES]) for a in first]
    if cleared and first:
        # Acquitted at trial: the appeal that convicted is the prosecution's, not a review.
        return worst(reviews, empty=_no_verdict())
    return worst([_review_of_conviction(ctx), *reviews], empty=_no_verdict())


def _review_of_conviction(ctx: Context) -> Decision:
    appeals = _ordinary_appeals(ctx)
    if not appeals and (waived := [p for p in ctx.events(PleaEntered) if p.plea is Plea.GUILTY
                                   and p.appeal_waived is True]) and _links.convictions(ctx):
        return _appeal_waived(ctx, waived[0])
    if not appeals:
        barred = [v for v in _links.convictions(ctx) if v.appeal_available is False]
        if barred:
            return worst((_no_appeal_lay(ctx, v) for v in barred), empty=_no_verdict())
        if _links.convictions(ctx):
            if any(a.review_kind in _EXTRAORDINARY for a in ctx.events(Appeal)):
                return not_applicable(_(
                    "No appeal by {name} against the conviction is recorded. Only an "
                    "extraordinary remedy (a constitutional complaint or supervisory review) is "
                    "recorded, which is not an ordinary appeal.", name=ctx.name))
            return not_applicable(_("No appeal by {name} against the conviction is recorded.",
                                    name=ctx.name))
        return _no_verdict()

    def one(a: Appeal) -> Decision:
        outcome, review = ctx.fact(a, "outcome"), ctx.fact(a, "reviewed_facts_and_law")
        considered = ctx.fact(a, "grounds_considered")
        when = ctx.when(a)
        if outcome.value is AppealOutcome.NOT_ADMITTED and a.own_default is True:
            # A reasonable formal requirement the appellant failed to meet is no denial of
            # review; the refusal is the State's act unless the record shows that default.
            return compliant(_("The appeal {when} was not admitted for the appellant's own "
                               "failure to meet a formal requirement.", when=when), outcome,
                             ctx.fact(a, "own_default"))
        if outcome.value is AppealOutcome.NOT_ADMITTED and review.value is True:
            # Two details of the record contradict each other: neither may decide alone.
            return unknown(_("The record says both that the appeal {when} was refused without "
                             "examination and that the court examined the facts and the law: "
                             "which holds?", when=when), facts=(outcome, review))
        if outcome.value is AppealOutcome.NOT_ADMITTED:
            return breach(_("The appeal {when} was refused without examination.", when=when),
                          outcome)
        if a.against is AppealAgainst.SENTENCE and outcome.value not in _CHANGED and \
                outcome.value is not AppealOutcome.LEAVE_REFUSED:
            return _sentence_review(ctx, a, outcome, review)
        if outcome.value in (AppealOutcome.ALLOWED, AppealOutcome.QUASHED_RETRIAL):
            # The appellant won: a review confined to the law that quashed the decision denied
            # them nothing (Benham v UK: the committal quashed on a case stated).
            return compliant(_(_CHANGED[outcome.value], when=when), outcome)
        if review.value is False:
            limited = ctx.fact(a, "review_limited_to_law")
            if limited.value is True:
                # The Covenant and the Convention part here: ECHR Protocol 7 art 2 lets the law
                # confine review to points of law, ICCPR art 14(5) does not (GC32 para 48;
                # Gómez Vázquez v Spain). The finding says which it rests on.
                return covenant_only(breach(
                    _("The court reviewed the appeal {when} on points of law only, not the facts "
                      "and the evidence. ICCPR art 14(5) requires a review of both; ECHR "
                      "Protocol 7 art 2 would allow a review confined to the law, so this "
                      "breaches the Covenant only.", when=when), review, limited))
            if limited.value is False:
                return breach(_("The court reviewed the appeal {when} formally, without "
                                "examining the facts and the law.", when=when), review, limited)
            return breach(_("The court did not review both the facts and the law in the appeal "
                            "{when}.", when=when), review)
        if outcome.value is AppealOutcome.LEAVE_REFUSED:
            # A leave requirement is compatible with a genuine review where the court considers
            # the grounds on the facts and the law (GC32 paras 45-51; ECHR P7 art 2).
            if considered.value is True:
                return compliant(_("Leave for the appeal {when} was refused after the court "
                                   "considered the grounds.", when=when), outcome, considered)
            if considered.value is False:
                return breach(_("Leave for the appeal {when} was refused without considering "
                                "the grounds.", when=when), outcome, considered)
            return unknown(_("Did the court consider the grounds, on facts and law, before "
                             "refusing leave for the appeal {when}?", when=when))
        # A court that changed the decision examined the appeal, whatever the record says (or
        # disputes) about the depth of its review (found by the removal property).
        changed = _CHANGED.get(outcome.value)
        if changed is not None:
            return compliant(_(changed, when=when), outcome)
        if review.value is True:
            return compliant(_("The court examined the facts and the law in the appeal {when}.",
                               when=when), review)
        if outcome.value is AppealOutcome.PENDING:
            return unknown(_("How was the appeal {when} decided?", when=when))
        return unknown(_("Did the court examine the facts and the law in the appeal {when}, or "
                         "only its form?", when=when))

    def checked(a: Appeal) -> Decision:
        # What was appealed may be another decision than the conviction: neither the review
        # nor a wait for the trial record bears a breach of the right to appeal until the
        # record says it was the conviction (found by the thorough profile: an appeal against
        # the sentence, its object removed, read as a conviction's appeal held up).
        ask = _("Was the appeal {when} against the conviction or sentence?", when=ctx.when(a))
        review = unless_recorded(one(a), a.against is not None, ask)
        wait = _record_wait(ctx, a)
        if wait is None:
            return review
        return worst((review, unless_recorded(wait, a.against is not None, ask)), empty=review)

    # One review of the conviction on the facts and the law is what the right asks for: a
    # further appeal confined to the law, or not admitted, after it takes nothing away
    # (ICCPR art 14(5); GC32 para 48).
    # A review of the sentence is no review of the conviction: it answers for the sentence
    # alone, beside whichever review the conviction had.
    full = [a for a in appeals if a.reviewed_facts_and_law is True
            and a.against is AppealAgainst.VERDICT and a.outcome is not AppealOutcome.NOT_ADMITTED]
    if full:
        return worst((checked(a) for a in (full[0], *(a for a in appeals
                                                      if a.against is AppealAgainst.SENTENCE))),
                     empty=_no_verdict())
    return worst((checked(a) for a in appeals), empty=_no_verdict())


def _appeal_drawn_out(ctx: Context, a: Appeal) -> tuple[str, tuple[Fact, ...]] | None:
    """What in the record suggests the appeal waited for the trial record: a verdict's written
    judgment that came more than six months late, after the appeal was lodged, or a delay not
    of the defence's making recorded while it was pending. An appeal that merely took long to
    decide is no sign of it (appeals often take more than a year): asked on that alone, the
    question came up in one case file in fourteen of the audits' and said nothing of them; its
    length is weighed under tribunal.without-undue-delay."""
    when = ctx.when(a)
    decided = a.decided_date
    if a.date is None:
        return None
    # Reasons that came long after the verdict, once the appeal was lodged, held it up
    # whatever the time limit allowed (judgment.written-in-time reads only that limit).
    late = [v for v in ctx.events(Verdict) if v.date is not None
            and v.written_judgment_date is not None
            and Span.between(v.date, v.written_judgment_date).exceeds(
                timedelta(days=180)) is Tri.YES
            and a.date.before(v.written_judgment_date) is Tri.YES]
    if late:
        return (_("The written judgment of {what} reached the defence {written}, more than six "
                  "months after it and after the appeal {when} was lodged.",
                  what=ctx.label(late[0]), written=ctx.when_text(late[0].written_judgment_date),
                  when=when), (ctx.fact(late[0], "written_judgment_date"),))
    pending = [d for d in ctx.events(Delay) if d.date is not None
               and d.caused_by is not DelayCause.DEFENCE
               and a.date.earliest <= d.date.earliest
               and (decided is None or d.date.earliest < decided.latest)]
    if pending:
        return (_("A delay is recorded {delay} while the appeal {when} was pending.",
                  delay=ctx.when(pending[0]), when=when), (ctx.fact(pending[0]),))
    return None


def _record_wait(ctx: Context, a: Appeal) -> Decision | None:
    """An appeal held up for want of the trial court's written judgment or the transcripts:
    the right to review needs them, and a review so delayed is not effective (ICCPR art 14(5)
    read with art 14(3)(c); Pinkney v Canada; GC32 para 49). The delay is read here for its
    effect on the appeal; the length of the whole proceedings is weighed under
    tribunal.without-undue-delay. None where the record neither says nor suggests a wait."""
    when = ctx.when(a)
    waited = ctx.fact(a, "awaited_trial_record")
    length = ctx.fact(a, "awaited_record_days")
    cause = ctx.fact(a, "awaited_record_cause")
    if waited.value is False:
        return compliant(_("The trial court's written judgment and the transcripts that the "
                           "appeal {when} needed came in reasonable time.", when=when), waited)
    if waited.value is None and length.value is None and cause.value is None:
        hint = _appeal_drawn_out(ctx, a)
        if hint is None:
            return None
        return unknown(_("Was the appeal {when} held up waiting for the trial court's written "
                         "judgment or the trial transcripts, and if so for how long and through "
                         "whose failing?", when=when), reason=hint[0], facts=hint[1])
    if cause.value is DelayCause.DEFENCE:
        return compliant(_("The appeal {when} waited for the trial court's written judgment or "
                           "the transcripts through the defence's own doing, not the "
                           "authorities'.", when=when), cause)
    factors: list[Factor] = []
    missing: list[Missing] = []
    days = a.awaited_record_days
    if days is None:
        missing.append(Missing(_("How long was the appeal {when} held up waiting for the trial "
                                 "court's written judgment or the transcripts?", when=when), 3))
    elif days < 180:
        factors.append(Factor(_("The appeal {when} waited about {count} days for the trial "
                                "court's written judgment or the transcripts: a reasonable "
                                "time.", when=when, count=round(days)), Toward.FAIRNESS, 3,
                              (length,)))
    elif days < 365:
        factors.append(Factor(_("The appeal {when} waited about {count} days for the trial "
                                "court's written judgment or the transcripts: less than a "
                                "year.", when=when, count=round(days)), Toward.FAIRNESS, 2,
                              (length,)))
    else:
        # Weights as the project reads the Committee's views (Pinkney: some two and a half
        # years, a breach), not a threshold any of them sets.
        factors.append(Factor(_("The appeal {when} was held up for about {count} days waiting "
                                "for the trial court's written judgment or the transcripts.",
                                when=when, count=round(days)), Toward.BREACH,
                              3 if days >= 730 else 2,
                              (length, *((waited,) if waited.value is True else ()))))
    if cause.value is DelayCause.AUTHORITIES:
        factors.append(Factor(_("The authorities caused the wait: the court or its services did "
                                "not produce them."), Toward.BREACH,
                              2 if days is None or days >= 365 else 1, (cause,)))
    elif cause.value is DelayCause.NEITHER:
        factors.append(Factor(_("Neither side caused the wait."), Toward.FAIRNESS, 2, (cause,)))
    else:
        missing.append(Missing(_("Whose failing held up the trial court's written judgment or "
                                 "the transcripts for the appeal {when}: the authorities', the "
                                 "defence's, or neither's?", when=when), 3))
    explained = ctx.fact(a, "awaited_record_explanation")
    if explained.value is DelayExplanation.CASE_SPECIFIC:
        factors.append(Factor(_("The authorities gave reasons specific to the case for the "
                                "wait."), Toward.FAIRNESS, 1, (explained,)))
    elif explained.value is DelayExplanation.WORKLOAD:
        factors.append(Factor(_("The authorities cited only their workload or a lack of "
                                "resources for the wait, which does not justify it."),
                              Toward.BREACH, 1, (explained,)))
    elif explained.value is DelayExplanation.NONE:
        factors.append(Factor(_("The authorities gave no explanation for the wait."),
                              Toward.BREACH, 1, (explained,)))
    elif cause.value is not DelayCause.NEITHER:
        missing.append(Missing(_("Did the authorities explain why the trial court's written "
                                 "judgment or the transcripts for the appeal {when} took so "
                                 "long?", when=when), 1))
    return weigh(_("Weighing the wait for the trial record in the appeal {when} (ICCPR art "
                   "14(5) read with art 14(3)(c): the delay is read here for its effect on the "
                   "right to have the conviction reviewed; the length of the proceedings as a "
                   "whole is weighed under “Tried without undue delay”).", when=when),
                 factors, missing,
                 breach_text=_("the appeal was held up for want of the written judgment or the "
                               "transcripts, and the review of the conviction was not "
                               "effective."),
                 fair_text=_("the written judgment and the transcripts came in time for an "
                             "effective appeal."))

def _appeal_waived(ctx: Context, p: PleaEntered) -> Decision:
    """No appeal because the guilty plea gave it up. A waiver made knowingly and freely, in a
    plea bargain, is no denial of review (Natsvlishvili and Togonidze v Georgia: ECHR Protocol 7
    art 2); one made without knowing it, or not freely, waived nothing."""
    informed = ctx.fact(p, "appeal_waiver_informed")
    waived, when = ctx.fact(p, "appeal_waived"), ctx.when(p)
    if informed.value is True:
        return compliant(_("{name} gave up the appeal against the conviction by the guilty plea "
                           "{when}, knowingly and freely: a waiver made so is no denial of "
                           "review.", name=ctx.name, when=when), waived, informed)
    if informed.value is False:
        return breach(_("The guilty plea {when} gave up {name}'s appeal against the conviction "
                        "without {name} knowing it or accepting it freely, so the waiver is not "
                        "valid, and no review of the conviction took place.", name=ctx.name,
                        when=when), waived, informed)
    return unknown(_("Did {name} know that the guilty plea {when} gave up the appeal against the "
                     "conviction, and accept that freely?", name=ctx.name, when=when),
                   reason=_("No appeal by {name} is recorded: the guilty plea {when} gave it up.",
                            name=ctx.name, when=when), facts=(waived,))


def _sentence_review(ctx: Context, a: Appeal, outcome: Fact, review: Fact) -> Decision:
    """An appeal against the sentence only puts the sentence before the court, not the
    conviction: the accused who did not appeal against the conviction was not denied its review
    (ICCPR art 14(5) gives the right to have both reviewed, on the convicted person's appeal).
    What it is judged on is whether the sentence was examined in substance."""
    when = ctx.when(a)
    if review.value is True:
        return compliant(_("The appeal {when} was against the sentence only, and the court "
                           "examined the sentence in substance.", when=when), review)
    if review.value is False and a.review_limited_to_law is False:
        return breach(_("The appeal {when} was against the sentence only, and the court looked "
                        "only at its form, without examining the sentence.", when=when), review,
                      ctx.fact(a, "review_limited_to_law"))
    if outcome.value is AppealOutcome.PENDING:
        return unknown(_("How was the appeal {when} decided?", when=when))
    return unknown(_("Did the court examine the sentence in substance in the appeal {when}, or "
                     "only the appeal's form?", when=when),
                   reason=_("The appeal {when} was against the sentence only, so the conviction "
                            "was not before the court: that it was not reviewed is no denial of "
                            "review.", when=when), facts=(ctx.fact(a, "against"),))


#: An appeal that changed the decision, one whole sentence for each way it did (the words in
#: brackets are those of the outcome's description in the schema).
_CHANGED = {
    AppealOutcome.ALLOWED: T_("The court examined the appeal {when} and changed the decision "
                              "(allowed; decision quashed or reversed)."),
    AppealOutcome.QUASHED_RETRIAL: T_("The court examined the appeal {when} and changed the "
                                      "decision (decision quashed and a retrial ordered)."),
    AppealOutcome.PARTLY_ALLOWED: T_("The court examined the appeal {when} and changed the "
                                     "decision (partly allowed (e.g. sentence reduced))."),
}


APPEAL = Criterion(
    id="judgment.appeal-review",
    area=Area.JUDGMENT,
    title="Genuine review on appeal",
    question="Did a higher court review the conviction and sentence in substance, on facts and "
             "law?",
    citations=(iccpr("14(5)"), general_comment(32, "45-51", confirmed=False),
               hrc_views("Gómez Vázquez v Spain, comm. no. 701/1996, 20 July 2000"),
               # No appeal at all: only supervisory review of a Supreme Court chamber's
               # conviction (the paragraph as an audit read it, not checked here).
               hrc_views("Bandajevsky v Belarus, comm. no. 1100/2002", "para 10.13",
                         confirmed=False),
               # A first conviction pronounced on appeal must itself be reviewable.
               hrc_views("Gomaríz Valera v Spain, comm. no. 1095/2002", confirmed=False),
               Citation(source="ECHR Protocol No. 7", pinpoint="art 2", treaty="ECHR-P7"),
               # An appeal given up knowingly in a plea bargain.
               ecthr("Natsvlishvili and Togonidze v Georgia, no. 9043/05, 29 April 2014"),
               # An appeal held up some two and a half years for want of the transcripts:
               # art 14(3)(c) applied with art 14(5), both violated (not checked here).
               hrc_views("Pinkney v Canada, comm. no. 27/1978", confirmed=False),
               general_comment(32, "49", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("appeal.outcome", "appeal.reviewed_facts_and_law", "appeal.review_limited_to_law",
           "plea.appeal_waived", "plea.appeal_waiver_informed",
           "appeal.grounds_considered", "appeal.review_kind", "appeal.results",
           "appeal.further_review_available", "verdict.appeal_available",
           "verdict.tried_by_highest_court", "verdict.results", "appeal.awaited_trial_record",
           "appeal.awaited_record_days", "appeal.awaited_record_cause",
           "appeal.awaited_record_explanation", "appeal.decided_date", "delay.caused_by",
           "verdict.written_judgment_date"),
    decide=_appeal,
)


def _appeal_arms(ctx: Context) -> Decision:
    # Equality of arms holds in every review, of a verdict or of detention alike.
    return by_detail(
        ctx, ctx.events(Appeal), "prosecution_submission_communicated", bad=False,
        said_bad=T_("A submission of the prosecutor in {what} was not communicated to the "
                    "defence, which could not answer it."),
        said_good=T_("Every submission of the prosecutor in {what} was communicated to the "
                     "defence."),
        ask=T_("Was every submission of the prosecutor in {what} communicated to the defence, "
               "with a chance to answer?"),
        empty=not_applicable(_("No appeal concerning {name} is recorded.", name=ctx.name)))


APPEAL_ARMS = Criterion(
    id="judgment.appeal-equality-of-arms",
    area=Area.JUDGMENT,
    title="Equality of arms on appeal",
    question="Was every submission the prosecutor made to the appeal court communicated to the "
             "defence, with a chance to answer it?",
    citations=(iccpr("14(1)"), general_comment(32, "13", confirmed=True), echr("6(1)")),
    severity=Severity.SERIOUS,
    reads=("appeal.prosecution_submission_communicated",),
    decide=_appeal_arms,
)

#: The findings a conviction can rest on tainted evidence through; an incited offence is one
#: (Ramanauskas v Lithuania [GC]: evidence obtained by incitement must be excluded).
_TAINT = ("counsel.overall-fairness", "confessions.coerced-statement-used",
          "confessions.derived-evidence", "evidence.burden-of-proof", "evidence.entrapment")


def _tainted_conviction(ctx: Context) -> Decision:
    if not _links.convictions(ctx):
        return not_applicable(_("{name} has not been convicted on the record.", name=ctx.name))
    found = [ctx.finding(c) for c in _TAINT]
    found.sort(key=lambda f: SEVERITY_OF_OUTCOME[f.outcome], reverse=True)
    lead = found[0]
    # The findings are named by their titles, in the current language, as the reports name a
    # finding another one points to.
    named = join([_titled(f) for f in found if f.outcome is lead.outcome])
    if lead.is_breach:
        return Decision(lead.outcome, (
            _("The conviction of {name} rests on evidence found tainted in {criteria}.",
              name=ctx.name, criteria=named),), against=lead.against, questions=lead.questions,
            confidence=lead.confidence)
    if lead.outcome is Outcome.INSUFFICIENT:
        return unknown(*dict.fromkeys(q for f in found for q in f.questions),
                       reason=_("Open in: {criteria}.", criteria=named))
    return compliant(_("None of {criteria} found the conviction of {name} to rest on tainted "
                       "evidence.", criteria=join([_titled(ctx.finding(c)) for c in _TAINT]),
                       name=ctx.name))


def _titled(f: Finding) -> str:
    """A finding as a sentence names it: its criterion's title, in quotation marks."""
    return _("“{title}”", title=p_("criterion " + f.criterion, f.title))


TAINTED_CONVICTION = Criterion(
    id="judgment.conviction-untainted",
    area=Area.JUDGMENT,
    title="Conviction not based on tainted evidence",
    question="Does the conviction rest on statements taken without a lawyer, on coerced "
             "statements or what they led to, or on no evidence beyond the accused's words?",
    citations=(iccpr("14(1)"), iccpr("14(2)"), iccpr("14(3)(g)"),
               ecthr("Ibrahim and Others v UK [GC], nos. 50541/08 and others, 13 Sept 2016",
                     "§274", confirmed=True)),
    severity=Severity.GRAVE,
    reads=tuple(f"finding:{c}" for c in _TAINT),
    decide=_tainted_conviction,
    depends_on=_TAINT,
    affects_outcome=True,
)

def _no_retroactive(ctx: Context) -> Decision:
    """No conviction for conduct that was not an offence when it took place, and no heavier
    penalty than the one then applicable (ICCPR art 15(1); ECHR art 7(1); Del Río Prada v
    Spain [GC]). The question arises where the record gives the dates it turns on, or says
    what changed after the conduct: a law is not presumed to post-date the conduct it
    punishes."""
    if not _links.convictions(ctx):
        return not_applicable(_("{name} was not convicted.", name=ctx.name))
    decisions: list[Decision] = []
    for c in _links.charges_of(ctx):
        decisions.extend(_retroactive_charge(ctx, c))
    return worst(decisions, empty=not_applicable(_(
        "The record does not put in question whether the law under which {name} was convicted "
        "was in force at the time of the conduct (record the dates on the charge if the sources "
        "do).", name=ctx.name)))


def _lighter_penalty(ctx: Context, c: Charge, words: dict[str, str], fact: Fact,
                     ) -> Decision | None:
    """A lighter penalty provided by law after the conduct: the offender shall benefit from it
    (ICCPR art 15(1), third sentence; Scoppola v Italy (no. 2) [GC]: the most lenient law in
    force between the offence and the final judgment). audit17b, Tofanyuk v Ukraine: a
    lighter maximum in force for a time after the offence, not applied, read as no violation.
    """
    if c.lighter_penalty_later is False:
        return compliant(_("No law after {name}'s conduct provided a lighter penalty for "
                           "{charge}.", **words), fact)
    if c.lighter_penalty_later is not True:
        return None
    if c.lighter_penalty_applied is True:
        return compliant(_("A law after {name}'s conduct provided a lighter penalty for {charge}, "
                           "and {name} had the benefit of it.", **words), fact)
    if c.lighter_penalty_applied is False:
        return breach(_("A law after {name}'s conduct provided a lighter penalty for {charge} "
                        "before the final judgment, and {name} did not get the benefit of it: "
                        "the offender shall benefit from a lighter penalty provided by law "
                        "after the offence.", **words), fact)
    return unknown(_("Did {name} get the benefit of the lighter penalty a law provided for "
                     "{charge} after the conduct ('lighter_penalty_applied')?", **words),
                   reason=_("A law after {name}'s conduct provided a lighter penalty for "
                            "{charge}.", **words), facts=(fact,))


def _retroactive_charge(ctx: Context, c: Charge) -> list[Decision]:
    """One charge. Art 15 and art 7 govern the definition of the offence and the penalty, not
    the rules of procedure or evidence (Nicholas v Australia; Scoppola v Italy (no. 2) [GC]),
    nor the execution of a sentence short of redefining the penalty (Kafkaris v Cyprus [GC];
    Del Río Prada [GC]); a development of the law by the courts is tested by whether it was
    consistent with the essence of the offence and reasonably foreseeable (S.W. v UK; C.R. v
    UK), not by the date of the ruling."""
    words = {"name": ctx.name, "charge": c.description}
    fact = _links.charge_fact(ctx, c)
    decisions: list[Decision] = []
    if c.heavier_penalty is True:
        decisions.append(breach(_("{name} was given a heavier penalty for {charge} than the "
                                  "law allowed when the conduct took place.", **words), fact))
    change = c.later_change
    if change is LaterChange.PROCEDURE_OR_EVIDENCE:
        # The date the record gives is then that of the rule of procedure or evidence, which
        # is not compared with the conduct.
        decisions.append(compliant(_(
            "The change in the law after {name}'s conduct concerned the rules of procedure or "
            "evidence by which {charge} was tried, not the definition of the offence or its "
            "penalty: the prohibition of retroactive criminal law does not reach such rules "
            "(Nicholas v Australia; Scoppola v Italy (no. 2) [GC]).", **words), fact))
        return decisions
    if change is LaterChange.ENFORCEMENT:
        decisions.append(compliant(_(
            "The change in the law after {name}'s conduct concerned the way the sentence for "
            "{charge} is executed, not the penalty imposed: the prohibition of retroactive "
            "criminal law does not reach it, short of a change that redefines the scope of the "
            "penalty (Kafkaris v Cyprus [GC]; Del Río Prada v Spain [GC]).", **words), fact))
        return decisions
    if c.changed_by_courts is True:
        # The courts' development decides, not the date of the ruling, which a law in force
        # before the conduct does not need (S.W. v UK).
        decisions.append(_developed_by_courts(ctx, c, words, fact))
        return decisions
    if c.crime_under_international_law is True and change is not LaterChange.PENALTY:
        # Criminal "under national or international law" when committed: a later domestic
        # provision does not make the conviction retroactive (ICCPR art 15(1)-(2); ECHR art
        # 7(1)-(2); Kononov v Latvia [GC], war crimes of 1944 tried under a 1993 provision;
        # audit18a, where the dates alone gave a false violation).
        decisions.append(compliant(_(
            "The conduct charged as {charge} was already a crime under international law when "
            "{name} committed it: trying it under a later domestic provision is not retroactive "
            "criminal law.", **words), fact))
        return decisions
    if change is LaterChange.PENALTY:
        # A new statute on the penalty is a breach where it made the penalty heavier, and
        # where a lighter one came in after the conduct and the person did not benefit: ICCPR
        # art 15(1), third sentence, says so in terms, and the Court reads the same into art 7
        # (Scoppola v Italy (no. 2) [GC]). Neither is decided by the dates alone.
        lighter = _lighter_penalty(ctx, c, words, fact)
        if lighter is not None:
            decisions.append(lighter)
        if c.heavier_penalty is False and lighter is None:
            decisions.append(unknown(
                _("After {name}'s conduct, did a law provide a lighter penalty for {charge} "
                  "before the final judgment ('lighter_penalty_later' on the charge), and did "
                  "{name} get the benefit of it?", **words),
                reason=_("The penalty imposed on {name} for {charge} was no heavier than the "
                         "law allowed when the conduct took place.", **words), facts=(fact,)))
        elif c.heavier_penalty is False:
            decisions.append(compliant(_("The penalty imposed on {name} for {charge} was no "
                                         "heavier than the law allowed when the conduct took "
                                         "place.", **words), fact))
        elif c.heavier_penalty is None:
            decisions.append(unknown(_("Was the penalty imposed on {name} for {charge} heavier "
                                       "than the law allowed when the conduct took place?",
                                       **words)))
        return decisions
    if c.conduct_date is None or c.law_in_force_from is None:
        if c.law_in_force_from is not None:
            decisions.append(unknown(_("When did the conduct charged as {charge} take "
                                       "place?", **words)))
        elif change is LaterChange.OFFENCE:
            decisions.append(unknown(_("Was the change in the law defining {charge}, after "
                                       "{name}'s conduct, made by a new statute (and when did "
                                       "it come into force), or by the courts' interpretation?",
                                       **words)))
        return decisions
    words |= {"conduct": ctx.when_text(c.conduct_date),
              "law": ctx.when_text(c.law_in_force_from)}
    if c.conduct_date.before(c.law_in_force_from) is Tri.YES:
        decisions.append(breach(_("{name} was convicted of {charge} for conduct {conduct}, "
                                  "before the provision came into force {law}.", **words),
                                fact))
    elif c.law_in_force_from.before(c.conduct_date) is Tri.YES:
        decisions.append(compliant(_("The provision under which {name} was convicted of "
                                     "{charge} was in force {law}, before the conduct "
                                     "{conduct}.", **words), fact))
    elif c.earlier_acts_criminal is True:
        # A continuing offence straddling the new provision: no retroactivity where the acts
        # before it were criminal then too and joining them was foreseeable (Rohlena v Czech
        # Republic [GC]; audit18a, where the straddling dates could only be asked about).
        decisions.append(compliant(_("The conduct charged as {charge} ran from before the "
                                     "provision came into force {law} to after it, and the "
                                     "acts before it were already criminal then: tried as one "
                                     "continuing offence, it was no retroactive conviction.",
                                     **words), fact))
    elif c.earlier_acts_criminal is False:
        decisions.append(breach(_("{name} was convicted of {charge} for conduct {conduct} that "
                                  "ran from before the provision came into force {law}, and "
                                  "the acts before it were not criminal then.", **words), fact))
    else:
        decisions.append(unknown(_("Did the conduct charged as {charge} take place before "
                                   "or after the provision came into force {law}? If it ran "
                                   "across that date, were the acts before it already criminal "
                                   "then ('earlier_acts_criminal' on the charge)?", **words)))
    return decisions


def _developed_by_courts(ctx: Context, c: Charge, words: dict[str, str],
                         fact: Fact) -> Decision:
    """Art 7 does not outlaw the gradual clarification of criminal liability by judicial
    interpretation, provided the development is consistent with the essence of the offence and
    could reasonably be foreseen (S.W. v UK; C.R. v UK); an unforeseeable one applied to the
    accused is a breach (Del Río Prada [GC]). Whether it was is asked, never presumed."""
    what = (_("the law on the penalty for {charge}", charge=c.description)
            if c.later_change is LaterChange.PENALTY
            else _("the law on the offence of {charge}", charge=c.description)
            if c.later_change is LaterChange.OFFENCE
            else _("the law on {charge}", charge=c.description))
    words = words | {"what": what}
    if c.change_foreseeable is True:
        return compliant(_("The courts developed {what} after {name}'s conduct, but "
                           "the development was consistent with the essence of the offence and "
                           "reasonably foreseeable: the prohibition of retroactive criminal law "
                           "does not outlaw the gradual clarification of the law by judicial "
                           "interpretation (S.W. v UK; C.R. v UK).", **words), fact)
    if c.change_foreseeable is False:
        return breach(_("The courts developed {what} after {name}'s conduct, in a "
                        "way that was not consistent with the essence of the offence or could "
                        "not reasonably have been foreseen, and applied it to {name}.", **words),
                      fact)
    return unknown(_("Was the courts' development of {what}, applied to {name} after "
                     "the conduct, consistent with the essence of the offence and reasonably "
                     "foreseeable when {name} acted?", **words))


NO_RETROACTIVE = Criterion(
    id="judgment.no-retroactive-law",
    area=Area.JUDGMENT,
    title="No conviction under a law passed after the act",
    question="Was the conduct an offence, under a law in force, when it took place, and was the "
             "penalty no heavier than the law then allowed?",
    citations=(iccpr("15(1)"), iccpr("15(2)"), echr("7(1)"), echr("7(2)"),
               ecthr("Kononov v Latvia [GC], no. 36376/04, 17 May 2010"),
               ecthr("Rohlena v Czech Republic [GC], no. 59552/08, 27 January 2015"),
               ecthr("Del Río Prada v Spain [GC], no. 42750/09, 21 October 2013"),
               ecthr("S.W. v United Kingdom, no. 20166/92, 22 November 1995"),
               ecthr("C.R. v United Kingdom, no. 20190/92, 22 November 1995"),
               ecthr("Kafkaris v Cyprus [GC], no. 21906/04, 12 February 2008"),
               ecthr("Scoppola v Italy (no. 2) [GC], no. 10249/03, 17 September 2009"),
               hrc_views("Nicholas v Australia, comm. no. 1080/2002, 19 March 2004")),
    severity=Severity.GRAVE,
    reads=("charge.conduct_date", "charge.law_in_force_from", "charge.heavier_penalty",
           "charge.lighter_penalty_later", "charge.lighter_penalty_applied",
           "charge.crime_under_international_law", "charge.earlier_acts_criminal",
           "charge.later_change",
           "charge.changed_by_courts", "charge.change_foreseeable",
           "verdict.results"),
    affects_outcome=True,
    decide=_no_retroactive,
)


def _not_twice(ctx: Context) -> Decision:
    """Not tried twice for the same conduct (ICCPR art 14(7); ECHR Protocol 7 art 4): a second
    prosecution after a final acquittal or conviction is a breach, unless the case was reopened
    under the law on new evidence or a fundamental defect (P7 art 4(2)), or the two proceedings
    were one response, closely connected in substance and time (A and B v Norway [GC])."""
    mine = _links.charges_of(ctx)
    decisions: list[Decision] = []
    for c in mine:
        if c.tried_before is None:
            continue
        words = {"name": ctx.name, "charge": c.description}
        fact = _links.charge_fact(ctx, c)
        if c.tried_before is False:
            decisions.append(compliant(_("{name} had not been tried before for the conduct "
                                         "charged as {charge}.", **words), fact))
        elif c.reopened_lawfully is True:
            decisions.append(compliant(_("The case of {charge} was reopened under the law, on new "
                                         "evidence or for a fundamental defect.", **words), fact))
        elif c.earlier_proceedings_connected is True:
            decisions.append(compliant(_("The earlier proceedings and the prosecution for "
                                         "{charge} were closely connected in substance and time, "
                                         "one response to the same conduct.", **words), fact))
        elif c.reopened_lawfully is False and c.earlier_proceedings_connected is False:
            decisions.append(breach(_("{name} was prosecuted again for {charge} after a final "
                                      "decision on the same conduct.", **words), fact))
        else:
            decisions.append(unknown(
                _("Was the case of {charge} reopened under the law (new evidence, a fundamental "
                  "defect), or were the earlier proceedings part of one response to the same "
                  "conduct?", **words),
                reason=_("{name} had already been finally tried for the conduct charged as "
                         "{charge}.", **words), facts=(fact,)))
    return worst(decisions, empty=not_applicable(_(
        "The record does not say that {name} had been tried before for the same conduct.",
        name=ctx.name)))


NOT_TWICE = Criterion(
    id="judgment.not-tried-twice",
    area=Area.JUDGMENT,
    title="Not tried twice for the same conduct",
    question="Was the person prosecuted again for conduct of which they had already been finally "
             "acquitted or convicted?",
    citations=(iccpr("14(7)"), general_comment(32, "54-57", confirmed=False),
               Citation(source="ECHR Protocol No. 7", pinpoint="art 4", treaty="ECHR-P7"),
               ecthr("Sergey Zolotukhin v Russia [GC], no. 14939/03, 10 February 2009"),
               ecthr("A and B v Norway [GC], nos. 24130/11 and 29758/11, 15 November 2016")),
    severity=Severity.SERIOUS,
    reads=("charge.tried_before", "charge.reopened_lawfully",
           "charge.earlier_proceedings_connected"),
    decide=_not_twice,
)


#: What each kind of later cure makes good: the detail of the charges, the language, or both.
_CURES = {
    NoticeCure.TRANSLATION: frozenset({"language"}),
    NoticeCure.PARTICULARS: frozenset({"detail"}),
    NoticeCure.EXPLAINED: frozenset({"detail", "language"}),
}


def _notice(ctx: Context) -> Decision:
    """Informed promptly and in detail, in a language understood, of the nature and cause of
    the charges (ICCPR art 14(3)(a); ECHR art 6(3)(a)). What the notice lacked may be made good
    before the trial, in time to prepare the defence: a translation, the charges explained in
    a language understood, their details given later (Kamasinski v Austria)."""

    def one(fc: FormalCharge) -> Decision:
        detail, language = ctx.fact(fc, "informed_in_detail"), ctx.fact(fc, "language_understood")
        words = {"name": ctx.name, "when": ctx.when(fc)}
        notified = ctx.fact(fc, "notified")
        if notified.value is False:
            # Never told at all lacks everything a notice gives (Mbenge v Zaire): only a later
            # notice, or the charges explained, before the trial makes it good.
            lacking = {"detail": notified, "language": notified}
            defect = _("The charges brought {when} were never notified to {name}.", **words)
            return _made_good(ctx, fc, lacking, defect, words, _(
                "Was {name} told of the charges brought {when} in some other way before the "
                "trial, in detail and in a language they understand, in time to prepare the "
                "defence?", **words))
        lacking = {k: f for k, f in (("detail", detail), ("language", language))
                   if f.value is False}
        if not lacking:
            if detail.value is True and language.value is True:
                return compliant(_("{name} was informed of the charges brought {when} in "
                                   "detail, in a language they understand.", **words),
                                 detail, language)
            asked = []
            if detail.value is None:
                asked.append(_("Was {name} told of the charges brought {when} in detail: the "
                               "acts alleged and their legal classification?", **words))
            if language.value is None:
                asked.append(_("Were the charges brought {when} notified to {name} in a "
                               "language they understand?", **words))
            return unknown(*asked)
        if len(lacking) == 2:
            defect = _("The charges brought {when} were notified to {name} without detail and "
                       "in a language they do not understand.", **words)
        elif "detail" in lacking:
            defect = _("The charges brought {when} were notified to {name} without detail of "
                       "the acts alleged and their legal classification.", **words)
        else:
            defect = _("The charges brought {when} were notified to {name} in a language they "
                       "do not understand.", **words)
        return _made_good(ctx, fc, lacking, defect, words, _(
            "Was what the notice of the charges brought {when} lacked made good before the "
            "trial, in time to prepare the defence (a translation, the charges explained to "
            "{name} in a language they understand, their details given later)?", **words))

    # Without a formal charge on the record, a trial shows there was one, and the question is
    # asked; with neither, it does not arise.
    tried = ctx.events(Verdict) or any(h.stage is HearingStage.TRIAL
                                       for h in ctx.events(Hearing))
    return worst((one(fc) for fc in ctx.events(FormalCharge)), empty=unknown(_(
        "Was {name} informed promptly and in detail, in a language they understand, of the "
        "nature and cause of the charges?", name=ctx.name)) if tried else not_applicable(_(
            "No formal charge or trial of {name} is recorded.", name=ctx.name)))


def _made_good(ctx: Context, fc: FormalCharge, lacking: dict[str, Fact], defect: str,
               words: dict[str, str], ask: str) -> Decision:
    """A notice's defect, made good before the trial by a later notice or a cure, or not."""
    facts = tuple(dict.fromkeys(lacking.values()))
    if (later := _later_notice(ctx, fc, set(lacking))) is not None:
        # A summary first charge completed by a detailed indictment in time is the usual
        # course, not a defect.
        return compliant(_("What the notice of the charges brought {when} lacked was given "
                           "in the later notice {later}, before the trial.",
                           later=ctx.when(later[0]), **words),
                         *later[1], against=(breach(defect, *facts).reasons[0],))
    cure = ctx.fact(fc, "cured_by")
    if cure.value is None:
        return unknown(ask, reason=defect, facts=facts)
    if set(lacking) <= _CURES.get(cure.value, frozenset()):
        return compliant(_("What the notice of the charges brought {when} lacked was made "
                           "good before the trial, in time to prepare the defence ({cure}).",
                           cure=_cure(cure.value), **words),
                         cure, against=(breach(defect, *facts).reasons[0],))
    if cure.value is NoticeCure.NONE:
        return breach(_("{defect} Nothing made up for it before the trial.", defect=defect),
                      *facts, cure)
    return breach(_("{defect} What followed ({cure}) did not make up for all of it.",
                    defect=defect, cure=_cure(cure.value)), *facts, cure)


def _later_notice(ctx: Context, fc: FormalCharge, lacking: set[str],
                  ) -> tuple[FormalCharge, tuple[Fact, ...]] | None:
    """A later formal charge, before any trial hearing or verdict, that gave what ``fc``
    lacked (its detail, its language), with the facts that show it."""
    if fc.date is None:
        return None
    starts = [e.date for e in (*ctx.events(Verdict), *ctx.events(Hearing))
              if e.date is not None and (not isinstance(e, Hearing)
                                         or e.stage is HearingStage.TRIAL)]
    for later in ctx.events(FormalCharge):
        if later is fc or later.date is None or fc.date.before(later.date) is not Tri.YES:
            continue
        if any(later.date.before(t) is not Tri.YES for t in starts):
            continue
        shown = {"detail": ctx.fact(later, "informed_in_detail"),
                 "language": ctx.fact(later, "language_understood")}
        if all(shown[k].value is True for k in lacking):
            return later, tuple(shown[k] for k in sorted(lacking))
    return None


def _cure(cure: NoticeCure) -> str:
    """What made good the notice, as a phrase in brackets (the words of the schema's
    description of each value)."""
    return {
        NoticeCure.TRANSLATION: p_("notice of charges", "a translation of the charges into a "
                                   "language the person understands"),
        NoticeCure.EXPLAINED: p_("notice of charges", "the charges explained to the person in "
                                 "detail, in a language they understand"),
        NoticeCure.PARTICULARS: p_("notice of charges", "the details of the charges, given "
                                   "later by the prosecution or the court"),
        NoticeCure.NONE: p_("notice of charges", "nothing"),
    }[cure]


NOTICE = Criterion(
    id="judgment.notice-of-charges",
    area=Area.JUDGMENT,
    title="Notice of the charges",
    question="Was the person informed promptly and in detail, in a language they understand, of "
             "the nature and cause of the charges, or was what the notice lacked made good in "
             "time to prepare the defence?",
    citations=(iccpr("14(3)(a)"), echr("6(3)(a)"), general_comment(32, "31", confirmed=False),
               ecthr("Kamasinski v Austria, no. 9783/82, 19 Dec 1989"),
               ecthr("Pélissier and Sassi v France [GC], no. 25444/94, 25 Mar 1999")),
    severity=Severity.SERIOUS,
    reads=("formal_charge.notified", "formal_charge.informed_in_detail",
           "formal_charge.language_understood", "formal_charge.cured_by", "verdict.results",
           "hearing.stage"),
    decide=_notice,
)


def _argued_on_appeal(ctx: Context, v: Verdict, changed: Fact, notice: Fact,
                      said: str) -> Decision:
    """A new classification argued on appeal cures the verdict only before an appeal court
    that decided the appeal on the facts and the law (Dallos v Hungary); a cassation on points
    of law, or an appeal not admitted or not decided, does not (Drassich v Italy)."""
    words = {"name": ctx.name, "what": ctx.label(v)}
    appeals = _links.conviction_appeals(ctx, after=v)
    full = [a for a in appeals if a.reviewed_facts_and_law is True
            and a.outcome not in (AppealOutcome.NOT_ADMITTED, AppealOutcome.PENDING, None)]
    if full:
        return compliant(said, changed, notice, ctx.fact(full[0], "reviewed_facts_and_law"),
                         ctx.fact(full[0], "outcome"))
    closed = [a for a in appeals if a.reviewed_facts_and_law is False
              or a.outcome in (AppealOutcome.NOT_ADMITTED, AppealOutcome.PENDING)]
    if appeals and len(closed) == len(appeals):
        return breach(_cap(_("{what} convicted {name} under a legal classification other than "
                             "the one charged, and no appeal court that decided the facts and "
                             "the law heard the defence on it: a cassation on points of law, or "
                             "an appeal not admitted or not decided, does not make good the "
                             "lack of notice.", **words)),
                      changed, notice, *(ctx.fact(a, "reviewed_facts_and_law")
                                         if a.reviewed_facts_and_law is False
                                         else ctx.fact(a, "outcome") for a in closed))
    return unknown(_("Which appeal court heard the defence on the new classification of {what}, "
                     "did it decide the facts and the law, and how was the appeal decided?",
                     **words), reason=said, facts=(changed, notice))


def _reclassification(ctx: Context) -> Decision:
    """A conviction under a legal classification other than the one charged: the defence must
    have been able to answer it (ECHR art 6(3)(a)-(b); Pélissier and Sassi v France [GC],
    violation), before the verdict, or before an appeal court that reviewed it in full (Dallos v
    Hungary, no violation), unless it rested on an element intrinsic to the original charge
    (De Salvador Torres v Spain). The question arises where the record says the classification
    changed; it is not presumed to have changed."""

    def one(v: Verdict) -> Decision | None:
        changed = ctx.fact(v, "charge_recharacterised")
        words = {"name": ctx.name, "what": ctx.label(v)}
        if changed.value is None:
            return None
        if changed.value is False:
            return compliant(_cap(_("{what} convicted {name} under the legal classification "
                                    "charged.", **words)), changed)
        notice = ctx.fact(v, "recharacterisation_notice")
        if notice.value is None:
            return unknown(
                _("Was the defence told of the new classification on which {what} convicted "
                  "{name}, and could it argue on it, before the verdict or on appeal?", **words),
                reason=_cap(_("{what} convicted {name} under a legal classification other than "
                              "the one charged.", **words)), facts=(changed,))
        said = {
            RecharacterisationNotice.BEFORE_VERDICT: T_(
                "{what} convicted {name} under a legal classification other than the one "
                "charged; the defence was told before the verdict and could argue on it."),
            RecharacterisationNotice.ON_APPEAL: T_(
                "{what} convicted {name} under a legal classification other than the one "
                "charged; the defence could argue on it before an appeal court that reviewed it "
                "in full."),
            RecharacterisationNotice.INHERENT: T_(
                "{what} convicted {name} under a legal classification other than the one "
                "charged, resting on an element intrinsic to the original charge that the "
                "defence knew from the start."),
        }.get(notice.value)
        if said is not None and notice.value is RecharacterisationNotice.ON_APPEAL:
            return _argued_on_appeal(ctx, v, changed, notice, _cap(_(said, **words)))
        if said is not None:
            return compliant(_cap(_(said, **words)), changed, notice)
        return breach(_cap(_("{what} convicted {name} under a legal classification other than "
                             "the one charged, of which the defence had no notice and on which "
                             "it could not argue.", **words)), changed, notice)

    decided = [d for d in map(one, _links.convictions(ctx)) if d is not None]
    decided += [d for d in map(lambda a: _reclassified_on_appeal(ctx, a),
                               _links.conviction_appeals(ctx)) if d is not None]
    return worst(decided, empty=not_applicable(_(
        "The record does not say that {name} was convicted under a legal classification other "
        "than the one charged (record it on the verdict, or on the appeal where the appeal "
        "court made the change, if the sources do).", name=ctx.name)))


def _reclassified_on_appeal(ctx: Context, a: Appeal) -> Decision | None:
    """An appeal court that convicted under a classification never charged is weighed as a
    trial court that did (Pélissier and Sassi v France [GC]): the breach is the appeal
    court's, made good only where the defence could argue on it before that court decided, or
    before a further court that reviewed the facts and the law (Dallos v Hungary, no
    violation; Varela Geis v Spain, violation where it never could)."""
    # The detail itself says the appeal court convicted: it is read without the results, so
    # that leaving them out can neither raise nor settle the question.
    changed = ctx.fact(a, "charge_recharacterised")
    if changed.value is None:
        return None
    words = {"name": ctx.name, "what": ctx.label(a)}
    if changed.value is False:
        return compliant(_("The appeal court, deciding {what}, did not convict {name} under a "
                           "legal classification other than the one charged.", **words),
                         changed)
    notice = ctx.fact(a, "recharacterisation_notice")
    said = _("The appeal court, deciding {what}, convicted {name} under a legal classification "
             "other than the one charged.", **words)
    if notice.value is None:
        return unknown(_("Was the defence told of the new classification on which the appeal "
                         "court, deciding {what}, convicted {name}, and could it argue on it "
                         "before that court decided, or before a further court that reviewed "
                         "the facts and the law?", **words), reason=said, facts=(changed,))
    if notice.value is RecharacterisationNotice.BEFORE_VERDICT:
        return compliant(_("The appeal court, deciding {what}, convicted {name} under a legal "
                           "classification other than the one charged; the defence was told "
                           "before that court decided and could argue on it.", **words),
                         changed, notice)
    if notice.value is RecharacterisationNotice.INHERENT:
        return compliant(_("The appeal court, deciding {what}, convicted {name} under a legal "
                           "classification other than the one charged, resting on an element "
                           "intrinsic to the original charge that the defence knew from the "
                           "start.", **words), changed, notice)
    if notice.value is RecharacterisationNotice.NONE:
        return breach(_("The appeal court, deciding {what}, convicted {name} under a legal "
                        "classification other than the one charged, of which the defence had "
                        "no notice and on which it could not argue.", **words), changed, notice)
    further = [b for b in _links.conviction_appeals(ctx, after=a) if b.id != a.id]
    full = [b for b in further if b.reviewed_facts_and_law is True
            and b.outcome not in (AppealOutcome.NOT_ADMITTED, AppealOutcome.PENDING, None)]
    if full:
        return compliant(_("The appeal court, deciding {what}, convicted {name} under a legal "
                           "classification other than the one charged; the defence could argue "
                           "on it before a further court that reviewed the facts and the law.",
                           **words), changed, notice,
                         ctx.fact(full[0], "reviewed_facts_and_law"),
                         ctx.fact(full[0], "outcome"))
    closed = [b for b in further if b.reviewed_facts_and_law is False
              or b.outcome in (AppealOutcome.NOT_ADMITTED, AppealOutcome.PENDING)]
    if further and len(closed) == len(further):
        return breach(_("The appeal court, deciding {what}, convicted {name} under a legal "
                        "classification other than the one charged, and no further court that "
                        "decided the facts and the law heard the defence on it: a cassation on "
                        "points of law, or a remedy not admitted or not decided, does not make "
                        "good the lack of notice.", **words),
                      changed, notice, *(ctx.fact(b, "reviewed_facts_and_law")
                                         if b.reviewed_facts_and_law is False
                                         else ctx.fact(b, "outcome") for b in closed))
    return unknown(_("Which further court heard the defence on the new classification on which "
                     "the appeal court, deciding {what}, convicted {name}, did it decide the "
                     "facts and the law, and how was that remedy decided?", **words),
                   reason=said, facts=(changed, notice))


RECLASSIFICATION = Criterion(
    id="judgment.reclassification",
    area=Area.JUDGMENT,
    title="Notice of a new legal classification",
    question="Where the court convicted under a legal classification other than the one "
             "charged, could the defence answer it, before the verdict or on appeal?",
    citations=(echr("6(3)(a)"), echr("6(3)(b)"), iccpr("14(3)(a)"), iccpr("14(3)(b)"),
               ecthr("Pélissier and Sassi v France [GC], no. 25444/94, 25 Mar 1999"),
               ecthr("Dallos v Hungary, no. 29082/95, 1 Mar 2001"),
               ecthr("De Salvador Torres v Spain, no. 21525/93, 24 Oct 1996"),
               ecthr("Drassich v Italy, no. 25575/04, 11 Dec 2007"),
               ecthr("Varela Geis v Spain, no. 61005/09, 5 Mar 2013")),
    severity=Severity.SERIOUS,
    reads=("verdict.charge_recharacterised", "verdict.recharacterisation_notice",
           "verdict.results", "appeal.reviewed_facts_and_law", "appeal.outcome",
           "appeal.charge_recharacterised", "appeal.recharacterisation_notice"),
    decide=_reclassification,
)


CRITERIA = (REASONED, PUBLIC_JUDGMENT, WRITTEN, APPEAL, APPEAL_ARMS, TAINTED_CONVICTION,
            NO_RETROACTIVE, NOT_TWICE, NOTICE, RECLASSIFICATION)
