"""H. Judgment and appeal: a reasoned, public judgment in time for an appeal, genuine review on
appeal, and a conviction free of tainted evidence (ICCPR art 14(1), 14(5))."""

from __future__ import annotations

from fairtrial._model import Appeal, Verdict
from fairtrial._vocab import AppealAgainst, AppealOutcome, Reasons, ReviewKind
from fairtrial._when import Tri
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    SEVERITY_OF_OUTCOME,
    Area,
    Context,
    Criterion,
    Decision,
    Outcome,
    Severity,
    breach,
    by_detail,
    compliant,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    unknown,
    unless_recorded,
    worst,
)

_NO_VERDICT = not_applicable("No verdict is recorded.")


def _reasoned(ctx: Context) -> Decision:
    def one(v: Verdict) -> Decision:
        reasons = ctx.fact(v, "reasons")
        what = ctx.label(v)
        if reasons.value is Reasons.NONE and v.jury is True:
            # A jury gives no reasons; precise questions and directions can stand in for them
            # (Taxquet v Belgium [GC]).
            directions = ctx.fact(v, "jury_directions")
            if directions.value is True:
                return compliant(f"{what[0].upper()}{what[1:]} was a jury's, without reasons, "
                                 "but with directions and questions that let the accused "
                                 "understand it.", directions)
            if directions.value is None:
                return unknown(f"Did the jury that gave {what} have precise questions and "
                               "directions that let the accused understand why they were "
                               "convicted?")
        if reasons.value in (Reasons.NONE, Reasons.CONCLUSORY):
            extra = " and did not deal with the retraction" if v.addressed_retraction is False \
                else ""
            facts = [reasons] + ([ctx.fact(v, "addressed_retraction")] if extra else [])
            return breach(f"{what[0].upper()}{what[1:]} gave no reasons that engage with the "
                          f"evidence and the defence's arguments{extra}.", *facts)
        unanswered = ctx.fact(v, "addressed_defence_arguments")
        if reasons.value is Reasons.REASONED and unanswered.value is False:
            # Reasons that pass over a decisive argument of the defence are not enough (Ruiz
            # Torija).
            return breach(f"{what[0].upper()}{what[1:]} gave reasons, but did not answer the "
                          "defence's decisive arguments.", unanswered)
        if reasons.value is Reasons.REASONED:
            return compliant(f"{what[0].upper()}{what[1:]} gave reasons.", reasons)
        return unknown(f"Did {what} give reasons covering the evidence relied on and the "
                       "defence's decisive arguments?")

    return worst((one(v) for v in ctx.events(Verdict)), empty=_NO_VERDICT)


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
    ),
    severity=Severity.SERIOUS,
    reads=("verdict.reasons", "verdict.addressed_retraction",
           "verdict.addressed_defence_arguments", "verdict.jury", "verdict.jury_directions"),
    decide=_reasoned,
    affects_outcome=True,
)


def _public(ctx: Context) -> Decision:
    return by_detail(
        ctx, ctx.events(Verdict), "pronounced_publicly", bad=False,
        said_bad="{what} was not pronounced in public.", said_good="{what} was pronounced in "
        "public.", ask="Was {what} pronounced in public?", empty=_NO_VERDICT)


PUBLIC_JUDGMENT = Criterion(
    id="judgment.public",
    area=Area.JUDGMENT,
    title="Judgment made public",
    question="Was the judgment pronounced in public?",
    citations=(iccpr("14(1)"), general_comment(32, "29", confirmed=False), echr("6(1)")),
    severity=Severity.MINOR,
    reads=("verdict.pronounced_publicly",),
    decide=_public,
)


def _written(ctx: Context) -> Decision:
    def one(v: Verdict) -> Decision:
        written = v.written_judgment_date
        if written is None:
            return unknown(f"When did the defence receive the written judgment of {ctx.label(v)}?")
        fact = ctx.fact(v, "written_judgment_date")
        appeals = [a for a in ctx.events(Appeal)
                   if a.against is AppealAgainst.VERDICT and a.date is not None]
        late = [a for a in appeals if a.date.before(written) is Tri.YES]  # type: ignore[union-attr]
        if late:
            return breach(f"The written judgment reached the defence {ctx.when_text(written)}, "
                          f"after the appeal was lodged {ctx.when(late[0])}.", fact,
                          ctx.fact(late[0]))
        return compliant(f"The written judgment reached the defence {ctx.when_text(written)}.",
                         fact)

    return worst((one(v) for v in ctx.events(Verdict)), empty=_NO_VERDICT)


WRITTEN = Criterion(
    id="judgment.written-in-time",
    area=Area.JUDGMENT,
    title="Written judgment in time for an appeal",
    question="Did the defence receive the written, reasoned judgment in time to prepare an "
             "appeal?",
    citations=(iccpr("14(5)"), iccpr("14(3)(b)"),
               hrc_views("Mennen v Netherlands, comm. no. 1797/2008", "para 8.2"),
               hrc_views("Henry v Jamaica, comm. no. 230/1987", "para 8.4")),
    severity=Severity.SERIOUS,
    reads=("verdict.written_judgment_date", "appeal.date"),
    decide=_written,
)


#: Remedies that are not an ordinary appeal: they do not answer art 14(5) either way.
_EXTRAORDINARY = frozenset({ReviewKind.CONSTITUTIONAL, ReviewKind.SUPERVISORY})


def _ordinary_appeals(ctx: Context) -> list[Appeal]:
    return [a for a in ctx.events(Appeal)
            if a.against in (AppealAgainst.VERDICT, AppealAgainst.SENTENCE, None)
            and a.review_kind not in _EXTRAORDINARY]


def _appeal(ctx: Context) -> Decision:
    appeals = _ordinary_appeals(ctx)
    if not appeals:
        if _links.convictions(ctx):
            extra = [a for a in ctx.events(Appeal) if a.review_kind in _EXTRAORDINARY]
            said = (" Only an extraordinary remedy (a constitutional complaint or supervisory "
                    "review) is recorded, which is not an ordinary appeal." if extra else "")
            return not_applicable(f"No appeal by {ctx.name} against the conviction is "
                                  f"recorded.{said}")
        return _NO_VERDICT

    def one(a: Appeal) -> Decision:
        outcome, review = ctx.fact(a, "outcome"), ctx.fact(a, "reviewed_facts_and_law")
        considered = ctx.fact(a, "grounds_considered")
        what = f"the appeal {ctx.when(a)}"
        if outcome.value is AppealOutcome.NOT_ADMITTED and a.own_default is True:
            # A reasonable formal requirement the appellant failed to meet is no denial of
            # review; the refusal is the State's act unless the record shows that default.
            return compliant(f"{what[0].upper()}{what[1:]} was not admitted for the appellant's "
                             "own failure to meet a formal requirement.", outcome,
                             ctx.fact(a, "own_default"))
        if outcome.value is AppealOutcome.NOT_ADMITTED:
            return breach(f"{what[0].upper()}{what[1:]} was refused without examination.",
                          outcome)
        if review.value is False:
            return breach(f"The court reviewed {what} formally, without examining the facts and "
                          "the law.", review)
        if outcome.value is AppealOutcome.LEAVE_REFUSED:
            # A leave requirement is compatible with a genuine review where the court considers
            # the grounds on the facts and the law (GC32 paras 45-51; ECHR P7 art 2).
            if considered.value is True:
                return compliant(f"Leave for {what} was refused after the court considered the "
                                 "grounds.", outcome, considered)
            if considered.value is False:
                return breach(f"Leave for {what} was refused without considering the grounds.",
                              outcome, considered)
            return unknown(f"Did the court consider the grounds, on facts and law, before "
                           f"refusing leave for {what}?")
        # A court that changed the decision examined the appeal, whatever the record says (or
        # disputes) about the depth of its review (found by the removal property).
        if outcome.value in (AppealOutcome.ALLOWED, AppealOutcome.QUASHED_RETRIAL,
                             AppealOutcome.PARTLY_ALLOWED):
            return compliant(f"The court examined {what} and changed the decision "
                             f"({outcome.value.doc}).", outcome)
        if review.value is True:
            return compliant(f"The court examined the facts and the law in {what}.", review)
        if outcome.value is AppealOutcome.PENDING:
            return unknown(f"How was {what} decided?")
        return unknown(f"Did the court examine the facts and the law in {what}, or only its "
                       "form?")

    def checked(a: Appeal) -> Decision:
        # What was appealed may be another decision than the conviction.
        return unless_recorded(one(a), a.against is not None,
                               f"Was the appeal {ctx.when(a)} against the conviction or "
                               "sentence?")

    return worst((checked(a) for a in appeals), empty=_NO_VERDICT)


APPEAL = Criterion(
    id="judgment.appeal-review",
    area=Area.JUDGMENT,
    title="Genuine review on appeal",
    question="Did a higher court review the conviction and sentence in substance, on facts and "
             "law?",
    citations=(iccpr("14(5)"), general_comment(32, "45-51", confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("appeal.outcome", "appeal.reviewed_facts_and_law", "appeal.grounds_considered",
           "appeal.review_kind"),
    decide=_appeal,
)


def _appeal_arms(ctx: Context) -> Decision:
    # Equality of arms holds in every review, of a verdict or of detention alike.
    return by_detail(
        ctx, ctx.events(Appeal), "prosecution_submission_communicated", bad=False,
        said_bad="A submission of the prosecutor in {what} was not communicated to the "
                 "defence, which could not answer it.",
        said_good="Every submission of the prosecutor in {what} was communicated to the "
                  "defence.",
        ask="Was every submission of the prosecutor in {what} communicated to the defence, "
            "with a chance to answer?",
        empty=not_applicable(f"No appeal concerning {ctx.name} is recorded."))


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

_TAINT = ("counsel.overall-fairness", "confessions.coerced-statement-used",
          "confessions.derived-evidence", "evidence.burden-of-proof")


def _tainted_conviction(ctx: Context) -> Decision:
    if not _links.convictions(ctx):
        return not_applicable(f"{ctx.name} has not been convicted on the record.")
    found = [ctx.finding(c) for c in _TAINT]
    found.sort(key=lambda f: SEVERITY_OF_OUTCOME[f.outcome], reverse=True)
    lead = found[0]
    named = [f.criterion for f in found if f.outcome is lead.outcome]
    if lead.is_breach:
        return Decision(lead.outcome, (
            f"The conviction of {ctx.name} rests on evidence found tainted in "
            f"{', '.join(named)}.",), against=lead.against, questions=lead.questions,
            confidence=lead.confidence)
    if lead.outcome is Outcome.INSUFFICIENT:
        return unknown(*dict.fromkeys(q for f in found for q in f.questions),
                       reason=f"Open in: {', '.join(named)}.")
    return compliant(f"None of {', '.join(_TAINT)} found the conviction of {ctx.name} to rest "
                     "on tainted evidence.")


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

CRITERIA = (REASONED, PUBLIC_JUDGMENT, WRITTEN, APPEAL, APPEAL_ARMS, TAINTED_CONVICTION)
