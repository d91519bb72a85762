"""F. Tribunal and hearing: public hearings, the accused present and defended, free from
intimidation, with an interpreter where needed (ICCPR art 14(1), 14(3)(d), (f))."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from fairtrial._i18n import T_, _
from fairtrial.checklist import _links
from fairtrial.checklist._core import (
    REFUTED,
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
    covenant_only,
    echr,
    ecthr,
    general_comment,
    hrc_views,
    iccpr,
    not_applicable,
    read_yes_no,
    unknown,
    unless_recorded,
    weigh,
    worst,
)
from fairtrial.record._model import (
    Appeal,
    Arrest,
    CounselInterference,
    DefenceRequest,
    Delay,
    DetentionOrder,
    Event,
    FormalCharge,
    Hearing,
    Search,
    Suspected,
    Verdict,
)
from fairtrial.record._vocab import (
    AbsenceReason,
    AppealAgainst,
    AppealOutcome,
    ClosureGround,
    ContextKind,
    DecisionMakerLink,
    DelayCause,
    Excluded,
    FreshDetermination,
    HearingStage,
    JudgePriorRole,
    LinkRemedy,
    ParticipationImpairment,
    Party,
    RequestKind,
    Speaker,
    Stage,
    Standing,
)
from fairtrial.record._when import Span, Tri, When


def _no_hearing() -> Decision:
    return not_applicable(_("No court hearing is recorded."))


def _capital(text: str) -> str:
    """A sentence that opens with an event's name or a list (filled in lower case) starts with
    a capital, in any language."""
    return text[:1].upper() + text[1:]


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
            decide([h]), False, _("Was {what} a hearing of the trial or the appeal?",
                                  what=ctx.label(h))))
    return worst(decisions, empty=_no_hearing())


#: Who may be kept out of a hearing, as a sentence names them.
_EXCLUDED = {Excluded.PUBLIC: T_("the general public"), Excluded.PRESS: T_("journalists"),
             Excluded.RELATIVES: T_("the defendants' relatives"),
             Excluded.MONITORS: T_("trial monitors or diplomats")}


def _public(ctx: Context) -> Decision:
    trials = [t for t in ctx.events(Hearing) if t.stage is HearingStage.TRIAL]
    trials_public = [ctx.fact(t, "public") for t in trials if t.public is True]
    # Unless the trial itself was closed, a closed appeal hearing turns on what the appeal
    # court decided; a trial whose publicity is unrecorded leaves that open too.
    trial_closed = any(t.public is False for t in trials)

    def one(h: Hearing) -> Decision:
        public = ctx.fact(h, "public")
        what = ctx.label(h)
        kept_out = ", ".join(_(_EXCLUDED[x]) for x in h.excluded)
        if public.value is True and not h.excluded:
            return _open_in_practice(ctx, h, public)
        if public.value is False and h.stage is HearingStage.APPEAL and not trial_closed:
            # After a public trial, an appeal on points of law may be heard in private; one
            # that decides the facts and guilt anew may not (Ekbatani v Sweden).
            closed_appeal = (_("{what} was closed, after a public trial.", what=what)
                             if trials_public else _("{what} was closed.", what=what))
            return unknown(_("Did the appeal court at {what} decide questions of fact and "
                             "guilt, or only points of law?", what=what),
                           reason=_capital(closed_appeal), facts=(public, *trials_public))
        # Who was kept out, as a whole sentence: the hearing closed, or some people excluded.
        whole = public.value is False or not kept_out
        closed = _capital(_("{what} was closed.", what=what) if whole else
                          _("{kept_out} were kept out of {what}.", kept_out=kept_out, what=what))
        limited = ctx.fact(h, "closure_limited_to_need")
        shown = (public,) if public.value is False else ()
        given = ctx.fact(h, "closure_reason_given")
        # A ground counts only as the court's own: a closure the court gave no reason for is a
        # breach whatever ground the recorder could see for it (GC32 para 29; Belashev).
        if (public.value is False or h.excluded) and h.closure_ground is not None and \
                given.value is not False:
            return _closure_on_ground(ctx, h, closed, limited, shown)
        if (public.value is False or h.excluded) and h.closure_reason and \
                limited.value is False:
            # Closing more than its reason required is a breach whatever the reason (Belashev
            # v Russia: a whole trial closed for some classified documents).
            return breach(_("{closed} The court gave a reason ({reason}) but closed more than "
                            "it required.", closed=closed, reason=repr(h.closure_reason)),
                          limited, *shown)
        if (public.value is False or h.excluded) and h.closure_reason and \
                limited.value is True:
            # Kept to need is not enough: the reason must be one the law allows (GC32 para 29).
            return unknown(_("The court kept the closure to what its reason required, but is "
                             "the reason given ({reason}) one of the grounds art 14(1) allows "
                             "(morals, public order, national security, the parties' private "
                             "lives, a minor's interests, the interests of justice)?",
                             reason=repr(h.closure_reason)),
                           reason=closed, facts=(limited, *shown))
        if (public.value is False or h.excluded) and h.closure_reason:
            return unknown(_("Was excluding them for the reason given ({reason}) necessary on "
                             "one of the grounds art 14(1) allows (morals, public order, "
                             "national security, the parties' private lives, the interest of "
                             "justice)?", reason=repr(h.closure_reason)),
                           reason=closed, facts=shown)
        if (public.value is False or h.excluded) and given.value is False:
            no_reason = _capital(
                _("{what} was closed, and the court gave no reason.", what=what) if whole else
                _("{kept_out} were kept out of {what}, and the court gave no reason.",
                  kept_out=kept_out, what=what))
            return breach(no_reason, given, *((public,) if public.value is False else ()))
        if public.value is False or h.excluded:
            # A reason missing from the record is not a reason the court failed to give.
            return unknown(_("What reason did the court give for excluding them from {what}?",
                             what=what),
                           reason=closed, facts=(public,) if public.value is False else ())
        return unknown(_("Were the public and press admitted to {what}?", what=what))

    return _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_no_hearing()))


def _open_in_practice(ctx: Context, h: Hearing, public: Fact) -> Decision:
    """A hearing nobody was kept out of is public only if the public could learn of it and
    reach it. In a regular courtroom that goes without saying; held where the public has in
    principle no access (a prison), it obliges the State to take compensatory measures: tell
    the public and press of the place and how to reach it, and grant them effective access
    (Riepan v Austria, paras 28-29). Either step missing is a breach; a formal opening is not
    enough."""
    what = ctx.label(h)
    outside, told = ctx.fact(h, "outside_courtroom"), ctx.fact(h, "publicly_announced")
    reach = ctx.fact(h, "public_could_attend")
    if reach.value is False:
        return breach(_("{what} was formally open, but the public could not in practice reach "
                        "it or be let in.", what=_capital(what)), public, reach)
    if outside.value is not True:
        # 'public: true' records only that no order closed the hearing and nobody was turned
        # away, not that anyone came: the finding says that much (Van Meurs v Netherlands).
        return compliant(_("Nothing closed {what} to the public and press, and nobody was "
                           "turned away from it.", what=what),
                         public, *((outside,) if outside.value is False else ()))
    if told.value is False:
        return breach(_("{what} was formally open, but it was held outside a regular courtroom, "
                        "where the public has in principle no access, and the public and press "
                        "were not told of its date and place or how to reach it.",
                        what=_capital(what)), public, outside, told)
    if told.value is True and reach.value is True:
        return compliant(_("{what} was held outside a regular courtroom, but the public and "
                           "press were told of its date and place and could reach it and be "
                           "let in.", what=_capital(what)), public, outside, told, reach)
    questions = []
    if told.value is None:
        questions.append(_("Were the public and press told of the date and place of {what} and "
                           "how to reach it?", what=what))
    if reach.value is None:
        questions.append(_("Could members of the public in practice reach {what} and be let "
                           "in?", what=what))
    return unknown(*questions, reason=_("{what} was formally open, but held outside a regular "
                                        "courtroom, where the public has in principle no "
                                        "access.", what=_capital(what)),
                   facts=(public, outside, *((told,) if told.value is True else ())))


#: The grounds the law allows for excluding the public, as a sentence names them.
_GROUNDS = {ClosureGround.MORALS: T_("morals"), ClosureGround.PUBLIC_ORDER: T_("public order"),
            ClosureGround.NATIONAL_SECURITY: T_("national security"),
            ClosureGround.PRIVATE_LIFE: T_("the private lives of the parties"),
            ClosureGround.MINOR: T_("the interests of a minor"),
            ClosureGround.INTERESTS_OF_JUSTICE: T_("the interests of justice")}


def _closure_on_ground(ctx: Context, h: Hearing, closed: str, limited: Fact,
                       shown: tuple[Fact, ...]) -> Decision:
    """A closure whose ground is recorded: the public may be excluded only on a ground art
    14(1) and art 6(1) list, and only as far as that ground requires (GC32 para 29; Belashev v
    Russia)."""
    ground = ctx.fact(h, "closure_ground")
    reason = repr(h.closure_reason) if h.closure_reason else _("not recorded in its words")
    if ground.value is ClosureGround.OTHER:
        return breach(_("{closed} The court's reason ({reason}) is none of the grounds on which "
                        "art 14(1) allows the public to be excluded (morals, public order, "
                        "national security, the parties' private lives, a minor's interests, "
                        "the interests of justice).", closed=closed, reason=reason),
                      ground, *shown)
    if ground.value is None:  # the ground is disputed: read as not recorded
        return unknown(_("On which ground was {what} closed, and was the closure kept to what "
                         "it required?", what=ctx.label(h)),
                       reason=closed, facts=shown)
    words = {"closed": closed, "ground": _(_GROUNDS[ground.value])}
    if limited.value is True:
        return compliant(_("{closed} The closure rested on a ground the law allows "
                           "({ground}) and was kept to what it required.", **words),
                         ground, limited, *shown)
    if limited.value is False:
        return breach(_("{closed} The closure rested on a ground the law allows ({ground}) "
                        "but went beyond what it required.", **words),
                      ground, limited, *shown)
    return unknown(_("Was the closure of {what} kept to what {ground} required (one witness's "
                     "testimony, some documents), or wider?", what=ctx.label(h),
                     ground=words["ground"]),
                   reason=_("{closed} The closure rested on a ground the law allows "
                            "({ground}).", **words), facts=(ground, *shown))


PUBLIC = Criterion(
    id="tribunal.public-hearing",
    area=Area.TRIBUNAL,
    title="Public hearing",
    question="Were trial hearings public, any exclusion of the public being justified on the "
             "grounds art 14(1) allows?",
    citations=(iccpr("14(1)"), general_comment(32, "28-29", confirmed=False), echr("6(1)"),
               ecthr("Ekbatani v Sweden, no. 10563/83, 26 May 1988"),
               ecthr("Belashev v Russia, no. 28617/03, 4 December 2008"),
               ecthr("Riepan v Austria, no. 35115/97, 14 November 2000", "28-29",
                     confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("hearing.public", "hearing.outside_courtroom", "hearing.publicly_announced",
           "hearing.public_could_attend", "hearing.excluded", "hearing.closure_reason",
           "hearing.closure_reason_given", "hearing.closure_limited_to_need",
           "hearing.closure_ground", "hearing.stage"),
    decide=_public,
)


_CHOSEN_ABSENCE = frozenset({AbsenceReason.WAIVED})
_STATE_ABSENCE = frozenset({AbsenceReason.NOT_NOTIFIED, AbsenceReason.NOT_BROUGHT,
                            AbsenceReason.ILL})
#: Each recorded reason for an absence, as a whole sentence ('another reason' says nothing).
_ABSENT = {
    AbsenceReason.WAIVED: T_("{name} was absent from {what}: the accused chose not to attend, "
                             "knowing of the hearing."),
    AbsenceReason.ABSCONDED: T_("{name} was absent from {what}: the accused fled or hid to "
                                "escape the trial."),
    AbsenceReason.REMOVED_FOR_CONDUCT: T_("{name} was absent from {what}: the accused was "
                                          "removed for disrupting the hearing."),
    AbsenceReason.NOT_NOTIFIED: T_("{name} was absent from {what}: the accused was not told of "
                                   "the hearing in time."),
    AbsenceReason.NOT_BROUGHT: T_("{name} was absent from {what}: the authorities did not bring "
                                  "the detained accused."),
    AbsenceReason.ILL: T_("{name} was absent from {what}: the accused was ill."),
    AbsenceReason.NO_RIGHT_TO_ATTEND: T_("{name} was absent from {what}: the law gave the "
                                         "accused no right to attend it."),
}


def _presence(ctx: Context) -> Decision:
    # Absence is a breach where the State caused it or tried the accused regardless; an accused
    # who chose not to attend waived the right (GC32 para 36); one removed for disruption was
    # not waiving it, and the removal is weighed (_removed); one who absconded must be able to
    # obtain a fresh determination (Sejdovic v Italy [GC]).
    def one(h: Hearing) -> Decision:
        present, why = ctx.fact(h, "defendant_present"), ctx.fact(h, "absence_reason")
        what = ctx.label(h)
        linked = ctx.fact(h, "by_video_link")
        if linked.value is True:
            return _video_link(ctx, h, linked)
        if present.value is True:
            return compliant(_("{name} was present at {what}.", name=ctx.name, what=what),
                             present)
        if present.value is None:
            return unknown(_("Was {name} present at {what}?", name=ctx.name, what=what))
        if why.value in _ABSENT:
            absent = _(_ABSENT[why.value], name=ctx.name, what=what)
            if why.value is AbsenceReason.REMOVED_FOR_CONDUCT:
                return _removed(ctx, h, absent, (present, why))
            if why.value in _CHOSEN_ABSENCE:
                return compliant(absent, present, why)
            asked = ctx.fact(h, "attendance_requested")
            if why.value is AbsenceReason.NOT_BROUGHT and asked.value is False:
                # A detainee the law required to ask to be brought, who was told so in a
                # language they understood and did not ask, waived attendance by their conduct
                # (Hermi v Italy [GC]).
                return compliant(_("{name} was absent from {what}, detained: the law required "
                                   "a detainee to ask to be brought, {name} was told so in a "
                                   "language they understood and did not ask, an implicit "
                                   "waiver of the right to attend.", name=ctx.name, what=what),
                                 present, why, asked)
            if why.value is AbsenceReason.NOT_BROUGHT and asked.value is True:
                absent = _("{absent} {name} had asked to be brought.", absent=absent,
                           name=ctx.name)
            shown = (present, why, *((asked,) if asked.value is True else ()))
            if h.stage is HearingStage.APPEAL and (
                    why.value in _STATE_ABSENCE or why.value is AbsenceReason.NO_RIGHT_TO_ATTEND):
                return _absent_on_appeal(ctx, h, absent, shown)
            return _in_absentia(ctx, h, absent, shown)
        leave = _leave_stage(ctx, h) if h.stage is HearingStage.APPEAL else []
        if leave and why.value is not None:
            # Whatever the reason given, at a leave stage on written grounds the accused's
            # presence turns on the nature of that stage (Monnell and Morris v UK).
            return _absent_at_leave(ctx, h, leave, _("{name} was absent from {what}.",
                                                     name=ctx.name, what=what), (present, why))
        return unknown(_("Why was {name} absent from {what}: by choice, or not notified or not "
                         "brought?", name=ctx.name, what=what),
                       reason=_("{name} was absent from {what}.", name=ctx.name, what=what),
                       facts=(present,))

    return _at_trial(ctx, lambda hs: worst((one(h) for h in hs), empty=_no_hearing()))


def _removed(ctx: Context, h: Hearing, absent: str, shown: tuple[Fact, ...]) -> Decision:
    """An accused may be removed for disrupting the hearing, but that restricts the right to be
    tried in their presence, which the State must justify; it is no waiver. The court must have
    warned the accused that they would be removed (Idalov v Russia [GC]); the removal must go
    no further than needed, the accused let back once willing to behave, and the defence must
    be able to go on, with counsel present and the accused able to follow (Khachapuridze and
    Khachidze v Georgia: excluded for the rest of the trial, though the link could have been
    limited; Domukovsky v Georgia, para 18.9: the State did not show it took all reasonable
    measures to keep the accused present, in a capital trial)."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    factors: list[Factor] = []
    missing: list[Missing] = []
    read_yes_no(ctx.fact(h, "removal_warned"), factors, missing,
                yes=(_("The court had warned {name} that it would remove them if they went on "
                       "disrupting the hearing.", **words), Toward.FAIRNESS, 2),
                no=(_("The court removed {name} without first warning them that it would.",
                      **words), Toward.BREACH, 3),
                ask=(_("Had the court warned {name} that it would remove them from {what} if "
                       "they went on disrupting it ('removal_warned')?", **words), 3),
                also=shown)
    read_yes_no(ctx.fact(h, "removal_until_end"), factors, missing,
                yes=(_("{name} was kept out for the rest of the trial, not let back once willing "
                       "to behave.", **words), Toward.BREACH, 2),
                no=(_("{name} was kept out for part of the trial only, and let back.", **words),
                    Toward.FAIRNESS, 1),
                ask=(_("Was {name} kept out for the rest of the trial, or for part of it only "
                       "and let back once willing to behave ('removal_until_end')?", **words), 2),
                also=shown)
    read_yes_no(ctx.fact(h, "counsel_present"), factors, missing,
                yes=(_("{name}'s lawyer was present at {what} while {name} was out of the "
                       "courtroom.", **words), Toward.FAIRNESS, 2),
                no=(_("No lawyer defended {name} at {what} while {name} was out of the "
                      "courtroom.", **words), Toward.BREACH, 3),
                ask=(_("Was {name}'s lawyer present at {what} while {name} was out of the "
                       "courtroom ('counsel_present')?", **words), 2),
                also=shown)
    read_yes_no(ctx.fact(h, "removal_could_follow"), factors, missing,
                yes=(_("{name} could follow the hearing from outside the courtroom.", **words),
                     Toward.FAIRNESS, 1),
                no=(_("{name} had no means of following the hearing while out of the "
                      "courtroom.", **words), Toward.BREACH, 1),
                ask=(_("Could {name} follow {what} while out of the courtroom (a video or sound "
                       "link, another room) ('removal_could_follow')?", **words), 1),
                also=shown)
    capital = [c for c in _links.charges_of(ctx) if c.capital is True]
    if capital:
        factors.append(Factor(_("{name} faced a charge that could be punished by death, where "
                                "the right to be tried in one's presence is to be upheld at "
                                "every instance.", **words), Toward.BREACH, 1,
                              (*shown, *(_links.charge_fact(ctx, c) for c in capital))))
    return weigh(_("{absent} Removal for disruption restricts the right to be tried in one's "
                   "presence: it is justified where the court warned the accused first, kept "
                   "the removal to what was needed, and the defence could go on without them.",
                   absent=absent), factors, missing, burden_on_state=True,
                 breach_text=_("it is not shown that removing {name} from {what} was warned of, "
                               "kept to what was needed and left the defence able to go on.",
                               **words),
                 fair_text=_("removing {name} from {what} for disrupting it was a justified "
                             "restriction of the right to be present.", **words))


#: What taking part by video link requires, as a sentence says each condition met and each
#: failed, and the question to ask where it is not recorded.
_VIDEO_CONDITIONS = (
    ("video_link_aim",
     T_("The video link pursued a legitimate aim that the law or the court stated."),
     T_("No legitimate aim for the video link was stated or shown."),
     T_("What aim did taking part in {what} by video link serve (security, preventing escape, "
        "protecting witnesses or victims, a reasonable time), as the law or the court stated "
        "it?")),
    ("video_link_could_follow",
     T_("{name} could see and hear the proceedings, and be seen and heard, without technical "
        "obstacles."),
     T_("{name} could not follow the proceedings, or be heard, without technical obstacles."),
     T_("Could {name} see and hear the proceedings at {what}, and be seen and heard by the "
        "court, without technical obstacles?")),
    ("video_link_counsel_confidential",
     T_("{name} could consult their lawyer confidentially during the hearing."),
     T_("{name} could not consult their lawyer confidentially during the hearing (only over "
        "the open link, in officials' hearing, or not at all)."),
     T_("Could {name} consult their lawyer confidentially during {what} (a private line to the "
        "lawyer in court, or the lawyer at their side)?")),
)


def _video_link(ctx: Context, h: Hearing, linked: Fact) -> Decision:
    """Taking part by video link is not as such incompatible with a fair and public hearing,
    but it must pursue a legitimate aim, and the accused must be able to follow the
    proceedings and be heard without technical obstacles, and to communicate effectively and
    confidentially with a lawyer (Marcello Viola v Italy: appeal hearings followed from prison,
    with a private line to counsel in court, no violation; Sakhnovskiy v Russia [GC]: legal-aid
    counsel met the applicant once, briefly, over the link the State ran, a violation). The
    Court states these as conditions each arrangement must meet, not as factors to balance:
    one that fails is a breach whatever the others."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    took = _("{name} took part in {what} by video link, not in the courtroom.", **words)
    met: list[tuple[Fact, str]] = []
    failed: list[tuple[Fact, str]] = []
    asked: list[str] = []
    for field, yes, no, ask in _VIDEO_CONDITIONS:
        fact = ctx.fact(h, field)
        if fact.value is True:
            met.append((fact, _(yes, **words)))
        elif fact.value is False:
            failed.append((fact, _(no, **words)))
        else:
            asked.append(_(ask, **words))
    if failed:
        return breach(_("{took} {failed} Taking part by video link is fair only where it "
                        "pursues a legitimate aim and the accused can follow the proceedings, "
                        "be heard, and consult counsel confidentially (Marcello Viola v Italy; "
                        "Sakhnovskiy v Russia [GC]).", took=took,
                        failed=" ".join(t for _f, t in failed)),
                      linked, *(f for f, _t in failed), against=tuple(t for _f, t in met))
    if asked:
        return unknown(*asked, reason=" ".join((took, *(t for _f, t in met))),
                       facts=(linked, *(f for f, _t in met)))
    return compliant(_("{took} {met} The arrangements met what a fair hearing requires of "
                       "taking part by video link (Marcello Viola v Italy).", took=took,
                       met=" ".join(t for _f, t in met)), linked, *(f for f, _t in met))


def _retried(ctx: Context, h: Hearing) -> tuple[Fact, ...]:
    """An appeal after ``h`` that quashed the decision and ordered a retrial, and a later trial
    hearing the accused attended: the facts of a fresh determination, or nothing."""
    for a in ctx.events(Appeal):
        decided = a.decided_date or a.date
        if a.outcome is not AppealOutcome.QUASHED_RETRIAL or decided is None or h.date is None \
                or h.date.before(decided) is not Tri.YES:
            continue
        for later in ctx.events(Hearing):
            if later.stage is HearingStage.TRIAL and later.defendant_present is True and \
                    later.date is not None and decided.before(later.date) is Tri.YES:
                return (ctx.fact(a, "outcome"), ctx.fact(later, "defendant_present"))
    return ()


#: How the accused could have the charge determined afresh, best first.
_FRESH_ORDER = (FreshDetermination.OBTAINED, FreshDetermination.AVAILABLE,
                FreshDetermination.REFUSED, FreshDetermination.NONE)


def _in_absentia(ctx: Context, h: Hearing, absent: str, shown: tuple[Fact, ...]) -> Decision:
    """Tried in absence, not by choice: a denial of justice unless the accused can obtain from a
    court that hears them a fresh determination of the charge on the facts and the law, where
    it is not shown they waived attendance or intended to escape trial (Sejdovic v Italy [GC];
    Colozza v Italy)."""
    words = {"name": ctx.name, "absent": absent}
    retried = _retried(ctx, h)
    if retried:
        return compliant(_("{absent} The decision given in {name}'s absence was quashed on "
                           "appeal and {name} was tried again in their presence: the charge "
                           "was determined afresh.", **words), *shown, *retried)
    # The verdicts that followed the hearing: the fresh determination is the verdict's to record.
    fresh = [ctx.fact(v, "fresh_determination") for v in ctx.events(Verdict)
             if v.fresh_determination is not None and
             (h.date is None or v.date is None or v.date.before(h.date) is not Tri.YES)]
    fresh.sort(key=lambda f: _FRESH_ORDER.index(f.value) if f.value in _FRESH_ORDER else 9)
    best = fresh[0] if fresh else None
    kind = best.value if best is not None else None
    if best is not None and kind is FreshDetermination.OBTAINED:
        return compliant(_("{absent} The charge was later determined afresh, on the facts and "
                           "the law, in {name}'s presence.", **words), *shown, best)
    if best is not None and kind is FreshDetermination.AVAILABLE:
        return compliant(_("{absent} Once they learned of the conviction, {name} could have the "
                           "charge determined afresh on the facts and the law, and did not use "
                           "that right.", **words), *shown, best)
    if shown[1].value is AbsenceReason.ABSCONDED:
        # One shown to have intended to escape trial is owed no fresh determination; flight is
        # not to be presumed from not being found, so it must be established, not alleged
        # (Sejdovic [GC]; GC32 para 36).
        if shown[1].provenance.standing is Standing.ESTABLISHED:
            return compliant(_("{absent} One shown to have fled the proceedings to escape trial "
                               "is not owed a fresh determination of the charge.", **words),
                             *shown)
        return unknown(_("Is it shown that {name} knew of the proceedings and fled to escape "
                         "them, or only that they could not be found (then record the absence "
                         "as 'not_notified')?", **words),
                       reason=absent, facts=(*shown, *((best,) if best is not None else ())))
    if best is not None and kind is FreshDetermination.REFUSED:
        return breach(_("{absent} {name} asked for a fresh determination of the charge by a "
                        "court that would hear them, and was refused it.", **words),
                      *shown, best)
    if best is not None:
        return breach(_("{absent} {name} could not obtain a fresh determination of the charge "
                        "by a court that would hear them.", **words), *shown, best)
    return breach(absent, *shown)


def _absent_on_appeal(ctx: Context, h: Hearing, absent: str,
                      facts: tuple[Fact, ...]) -> Decision:
    """Absent from an appeal hearing for a reason of the State's: the accused's own presence is
    needed where the appeal court assesses the facts or the person, not where it decides points
    of law only and counsel is heard (Kamasinski v Austria; Hermi v Italy [GC]). What is read
    is the appeal this hearing heard: an earlier appeal that reviewed the facts says nothing of
    a later hearing on the law."""
    heard = _appeal_heard(ctx, h)
    leave = _leave_stage(ctx, h)
    if leave:
        return _absent_at_leave(ctx, h, leave, absent, facts)
    # The sentence is weighed apart: whether it needed the accused in person turns on what the
    # court assessed and what was at stake (Kremzow v Austria), not on a bright line.
    sentence = [a for a in heard if a.against is AppealAgainst.SENTENCE]
    appeals = [a for a in heard if a.against is not AppealAgainst.SENTENCE]
    on_law = [ctx.fact(a, "review_limited_to_law") for a in appeals
              if a.review_limited_to_law is True and a.reviewed_facts_and_law is not True]
    counsel = ctx.fact(h, "counsel_present")
    words = {"name": ctx.name, "what": ctx.label(h)}
    # Without counsel, an appeal on the conviction heard there needed the accused, whatever
    # its scope; a hearing on the sentence alone weighs counsel's absence with the rest.
    if any(a.reviewed_facts_and_law is True for a in appeals) or (
            counsel.value is False and (appeals or not sentence)):
        return breach(absent, *facts)
    if sentence:
        decided = _absent_on_sentence(ctx, h, sentence, absent, facts)
        if len(on_law) == len(appeals):
            return decided
        return worst([decided, unknown(_("Did the appeal court at {what} decide only points of "
                                         "law on the conviction?", **words),
                                       reason=absent, facts=facts)], empty=decided)
    if appeals and len(on_law) == len(appeals) and counsel.value is True:
        return compliant(_("{absent} The appeal court decided points of law only, and counsel "
                           "for {name} was heard: the accused's own presence was not required.",
                           absent=absent, **words), *facts, *on_law, counsel)
    return unknown(_("Did the appeal court at {what} decide only points of law, with counsel "
                     "for {name} heard?", **words), reason=absent, facts=facts)


def _absent_on_sentence(ctx: Context, h: Hearing, sentence: list[Appeal], absent: str,
                        facts: tuple[Fact, ...]) -> Decision:
    """Absent from the hearing of an appeal against the sentence, for a reason of the State's:
    the accused's own presence is needed where the appeal court assesses the accused in person
    (character, state of mind, motive) and much is at stake for them, as where the sentence
    could be made harsher, the more so where the prosecution is heard (Kremzow v Austria: the
    Supreme Court raised the sentence to life imprisonment and ordered it served in an ordinary
    prison, with findings on motive, in the absence of the applicant: a violation of art 6(1)
    with 6(3)(c)); it is not where the sentence is decided on written submissions with nothing
    about the person to assess. As on the facts (Ekbatani v Sweden), what the court decided is
    read from the record, each point named for and against."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    factors = [Factor(absent, Toward.BREACH, 0, facts)]
    missing: list[Missing] = []
    for a in sentence:
        read_yes_no(ctx.fact(a, "reviewed_facts_and_law"), factors, missing,
                    yes=(_("The appeal court at {what} examined the sentence in substance.",
                           **words), Toward.BREACH, 1),
                    no=(_("The appeal court at {what} did not examine the sentence in "
                          "substance.", **words), Toward.FAIRNESS, 2),
                    ask=(_("Did the appeal court at {what} examine the sentence in substance "
                           "('reviewed_facts_and_law' on the appeal against sentence)?",
                           **words), 1))
        read_yes_no(ctx.fact(a, "assessed_person"), factors, missing,
                    yes=(_("It assessed {name} in person for the sentence (character, state of "
                           "mind, motive or dangerousness), which it could not fairly do "
                           "without seeing and hearing {name} in person (Kremzow v Austria).",
                           **words),
                         Toward.BREACH, 3),
                    no=(_("It had nothing about {name} in person to assess: the sentence turned "
                          "on the written submissions and the law.", **words),
                        Toward.FAIRNESS, 3),
                    ask=(_("Did the appeal court at {what} assess {name} in person for the "
                           "sentence: character, state of mind, motive or dangerousness "
                           "('assessed_person' on the appeal against sentence)?", **words), 3))
        by_prosecution = ctx.fact(a, "filed_by")
        if by_prosecution.value is Party.PROSECUTION and a.sentence_could_increase is None:
            factors.append(Factor(_("The prosecution had appealed against the sentence: it could "
                                    "be made harsher at {what}.", **words), Toward.BREACH, 2,
                                  (by_prosecution,)))
        else:
            read_yes_no(ctx.fact(a, "sentence_could_increase"), factors, missing,
                        yes=(_("The sentence could be made harsher at {what}.", **words),
                             Toward.BREACH, 2),
                        no=(_("The sentence could not be made harsher at {what}.", **words),
                            Toward.FAIRNESS, 1),
                        ask=(_("Could the appeal court at {what} make {name}'s sentence harsher "
                               "(an appeal by the prosecution too, or no bar on a heavier "
                               "sentence: 'sentence_could_increase' on the appeal)?", **words),
                             2))
    read_yes_no(ctx.fact(h, "prosecution_heard"), factors, missing,
                yes=(_("The prosecution was heard at {what}, and {name} was not.", **words),
                     Toward.BREACH, 2),
                no=(_("The prosecution was not heard at {what} either.", **words),
                    Toward.FAIRNESS, 1),
                ask=(_("Did the prosecution appear and argue at {what}?", **words), 1))
    read_yes_no(ctx.fact(h, "counsel_present"), factors, missing,
                yes=(_("Counsel for {name} was heard at {what}.", **words), Toward.FAIRNESS, 1),
                no=(_("No lawyer for {name} was heard at {what} either.", **words),
                    Toward.BREACH, 2),
                ask=(_("Was counsel for {name} heard at {what}?", **words), 1))
    return weigh(
        _("Weighing whether {name} had to be present at {what}, a hearing of an appeal against "
          "the sentence (ECHR art 6(1) with 6(3)(c); Kremzow v Austria: whether the court "
          "assessed the accused in person, what was at stake, and equality with the "
          "prosecution).", **words), factors, missing,
        breach_text=_("{name} should have been able to attend {what}.", **words),
        fair_text=_("{name}'s presence was not required at {what}.", **words),
        tie_question=_("What else did the appeal court at {what} decide about {name} that called "
                       "for {name}'s own presence, or made it unnecessary?", **words))


def _absent_at_leave(ctx: Context, h: Hearing, leave: list[Appeal], absent: str,
                     facts: tuple[Fact, ...]) -> Decision:
    """Absent from an application for leave to appeal decided on written grounds: art 6
    applies to leave proceedings, but whether the accused must be heard in person turns on
    their nature and what was at stake. Where the court only decides whether the appeal is
    arguable, on grounds the accused could put in writing, and the prosecution is not heard
    either, presence is not required, even where a loss of time was at stake (Monnell and
    Morris v UK)."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    factors = [Factor(absent, Toward.BREACH, 0, facts),
               Factor(_("The court at {what} only decided, on written grounds, whether to grant "
                        "leave to appeal, that is whether the appeal was arguable (Monnell and "
                        "Morris v UK).", **words), Toward.FAIRNESS, 3,
                      tuple(ctx.fact(a, "leave_on_written_grounds") for a in leave))]
    missing: list[Missing] = []
    _grounds_considered(ctx, leave, words, factors, missing)
    read_yes_no(ctx.fact(h, "prosecution_heard"), factors, missing,
                yes=(_("The prosecution was heard at {what}, and {name} was not.", **words),
                     Toward.BREACH, 2),
                no=(_("The prosecution was not heard at {what} either.", **words),
                    Toward.FAIRNESS, 1),
                ask=(_("Did the prosecution appear and argue at {what}?", **words), 1))
    attended = [ctx.fact(t, "defendant_present") for t in ctx.events(Hearing)
                if t.stage is HearingStage.TRIAL and t.defendant_present is True]
    if attended:
        factors.append(Factor(_("{name} had been present at the trial.", **words),
                              Toward.FAIRNESS, 1, tuple(attended)))
    person = ctx.person.id if ctx.person else None
    custodial = [ctx.fact(a, "results") for a in leave
                 if any(r.custodial is True and person in (None, r.person) for r in a.results)]
    if custodial:
        factors.append(Factor(_("What the court decided at {what} bore on {name}'s liberty (a "
                                "custodial sentence left standing, or time in custody ordered "
                                "not to count).", **words), Toward.BREACH, 2, tuple(custodial)))
    return weigh(
        _("Weighing whether {name} had to be present at {what}, an application for leave to "
          "appeal (ECHR art 6(1); Monnell and Morris v UK: the nature of the leave proceedings, "
          "what the accused could put in writing, equality with the prosecution, and what was "
          "at stake).", **words), factors, missing,
        breach_text=_("{name} should have been able to attend {what}.", **words),
        fair_text=_("{name}'s presence was not required at {what}.", **words),
        tie_question=_("Did {what} decide anything beyond whether the appeal was arguable, "
                       "which {name} could not have put in writing?", **words))


PRESENCE = Criterion(
    id="tribunal.presence",
    area=Area.TRIBUNAL,
    title="Tried in one's presence",
    question="Was the accused present at the trial and able to take part?",
    citations=(iccpr("14(3)(d)"), general_comment(32, "36", confirmed=False),
               ecthr("Sejdovic v Italy [GC], no. 56581/00, 1 March 2006"),
               ecthr("Colozza v Italy, no. 9024/80, 12 February 1985"),
               ecthr("Kamasinski v Austria, no. 9783/82, 19 December 1989"),
               ecthr("Hermi v Italy [GC], no. 18114/02, 18 October 2006"),
               ecthr("Monnell and Morris v UK, nos. 9562/81 and 9818/82, 2 March 1987"),
               ecthr("Kremzow v Austria, no. 12350/86, 21 September 1993"),
               ecthr("Ekbatani v Sweden, no. 10563/83, 26 May 1988"),
               ecthr("Marcello Viola v Italy, no. 45106/04, 5 October 2006"),
               ecthr("Sakhnovskiy v Russia [GC], no. 21272/03, 2 November 2010"),
               ecthr("Idalov v Russia [GC], no. 5826/03, 22 May 2012"),
               ecthr("Khachapuridze and Khachidze v Georgia, nos. 59464/21 and 13079/22, "
                     "29 August 2024"),
               hrc_views("Domukovsky and others v Georgia, comm. nos. 623-627/1995", "18.9")),
    severity=Severity.SERIOUS,
    reads=("hearing.defendant_present", "hearing.absence_reason", "hearing.counsel_present",
           "hearing.removal_warned", "hearing.removal_until_end", "hearing.removal_could_follow",
           "charge.capital",
           "hearing.by_video_link", "hearing.video_link_aim", "hearing.video_link_could_follow",
           "hearing.video_link_counsel_confidential",
           "hearing.attendance_requested", "hearing.prosecution_heard",
           "verdict.fresh_determination", "appeal.outcome", "appeal.review_limited_to_law",
           "appeal.reviewed_facts_and_law", "appeal.leave_on_written_grounds",
           "appeal.grounds_considered", "appeal.results", "appeal.against",
           "appeal.filed_by", "appeal.assessed_person", "appeal.sentence_could_increase"),
    decide=_presence,
)


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
    imposed = _imposed(ctx)
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


def _appeal_heard(ctx: Context, h: Hearing) -> list[Appeal]:
    """The appeals a hearing of the appeal stage heard, against the conviction or the
    sentence: those decided on the hearing's day; else the latest one lodged by the hearing's
    date and not decided before it, or the only one; none where the record cannot tell (then
    what it decided is asked)."""
    appeals = _links.heard_appeals(ctx)
    if len(appeals) <= 1 or h.date is None:
        return appeals if len(appeals) <= 1 else []
    day = h.date
    that_day = [a for a in appeals if a.decided_date is not None and _same_day(a.decided_date,
                                                                               day)]
    if that_day:
        return that_day
    lodged = [a for a in appeals if a.date is not None and a.date.before(day) is not Tri.NO
              and not (a.decided_date is not None and a.decided_date.before(day) is Tri.YES)]
    if not lodged or any(a.date is None for a in appeals):
        return []
    return [max(lodged, key=lambda a: a.date.sort_key() if a.date else ())]


def _same_day(a: When, b: When) -> bool:
    """Whether two dates, each known to the day, fall on the same day."""
    return a.is_exact_day and b.is_exact_day and a.earliest.date() == b.earliest.date()


def _leave_stage(ctx: Context, h: Hearing) -> list[Appeal]:
    """The application for leave to appeal decided on written grounds that an appeal-stage
    hearing heard, if that is what it heard."""
    return [a for a in _appeal_heard(ctx, h) if a.leave_on_written_grounds is True]


def _tried_with_counsel(ctx: Context) -> list[Fact]:
    return [ctx.fact(t, "counsel_present") for t in ctx.events(Hearing)
            if t.stage is HearingStage.TRIAL and t.counsel_present is True]


def _grounds_considered(ctx: Context, leave: list[Appeal], words: dict[str, str],
                        factors: list[Factor], missing: list[Missing]) -> None:
    for a in leave:
        read_yes_no(ctx.fact(a, "grounds_considered"), factors, missing,
                    yes=(_("{name} could put the grounds of appeal in writing, and the court "
                           "considered them.", **words), Toward.FAIRNESS, 1),
                    no=(_("The court did not consider {name}'s written grounds of appeal.",
                          **words), Toward.BREACH, 2),
                    ask=(_("Did the court at {what} consider {name}'s written grounds of "
                           "appeal ('grounds_considered')?", **words), 1))


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
               ecthr("Czekalla v Portugal, no. 38830/97, 10 October 2002"),
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
           "hearing.could_pay_counsel", "defence_request.request=legal_aid",
           "charge.custodial_penalty", "charge.capital", "verdict.results", "appeal.results",
           "appeal.review_limited_to_law", "appeal.reviewed_facts_and_law",
           "appeal.leave_on_written_grounds", "appeal.grounds_considered",
           "appeal.counsel_advised_no_grounds", "person.minor", "person.vulnerable"),
    decide=_counsel_at_trial,
)


def _interference(ctx: Context, i: CounselInterference) -> Decision:
    label = ctx.label(i)
    if i.summary:
        what = _("{event}: {summary}", event=label, summary=i.summary.rstrip("."))
    else:
        what = _("{event}: no detail recorded", event=label)
    by, protected = ctx.fact(i, "by_officials"), ctx.fact(i, "state_protected")
    if by.value is False:
        # An attack by private persons engages the State through its duty to protect.
        if protected.value is True:
            return compliant(_("Defence counsel was attacked by private persons ({what}) and "
                               "the authorities protected them or investigated.", what=what),
                             by, protected, against=(what,))
        if protected.value is False:
            return breach(_("Defence counsel was attacked by private persons ({what}) and the "
                            "authorities neither protected them nor investigated.", what=what),
                          by, protected)
        return unknown(_("Did the authorities protect the lawyer, or investigate the attack?"),
                       reason=_("Defence counsel was attacked by private persons ({what}).",
                                what=what),
                       facts=(by,))
    if by.value is None:
        return unknown(_("Were officials behind {what}, or private persons (and if so, did the "
                         "authorities protect the lawyer)?", what=label),
                       reason=_("Defence counsel was threatened, obstructed or sanctioned "
                                "({what}).", what=what), facts=(ctx.fact(i),))
    return breach(_("Defence counsel was threatened, obstructed or sanctioned by officials "
                    "({what}).", what=what), by, ctx.fact(i))


def _intimidation(ctx: Context) -> Decision:
    decisions = [_interference(ctx, i) for i in ctx.events(CounselInterference)]
    decisions += [_hearing_intimidation(ctx, h) for h in ctx.events(Hearing)]
    return worst(decisions, empty=_no_hearing())


def _hearing_intimidation(ctx: Context, h: Hearing) -> Decision:
    # The State answers for intimidation by its officials, and for intimidation by others that
    # the court tolerated (GC32 para 25).
    seen, official = ctx.fact(h, "intimidation"), ctx.fact(h, "intimidation_by_officials")
    acted = ctx.fact(h, "court_acted")
    what = ctx.label(h)
    if seen.value is None:
        return unknown(_("Was anyone intimidated at {what}?", what=what))
    if seen.value is False:
        return compliant(_("No intimidation was observed at {what}.", what=what), seen)
    said = _("The defence, a witness or the accused was intimidated at {what}.", what=what)
    if official.value is True:
        return breach(_("The defence, a witness or the accused was intimidated at {what}, by "
                        "officials.", what=what), seen, official)
    if official.value is False and acted.value is True:
        return compliant(_("The defence, a witness or the accused was intimidated at {what} by "
                           "others, and the court acted to stop it.", what=what), seen, acted,
                         against=(said,))
    if official.value is False and acted.value is False:
        return breach(_("The defence, a witness or the accused was intimidated at {what} by "
                        "others, and the court did nothing to stop it.", what=what), seen,
                      official, acted)
    return unknown(_("Who intimidated them at {what}, and did the court act to stop it?",
                     what=what), reason=said, facts=(seen,))


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
    # Interpretation must let the accused understand the case and take part in the proceedings
    # as a whole; not every word must be translated (Kamasinski v Austria), and the court must
    # act once it is on notice of the need (Cuscani v UK).
    hearings = ctx.events(Hearing)
    # The hearings that could carry the proceedings: interpreted, and not only on procedure.
    interpreted = [ctx.fact(h, "interpreter_provided") for h in hearings
                   if h.interpreter_provided is True and h.interpretation_adequate is not False
                   and h.evidence_or_argument_taken is not False]
    decisions = [_interpreted(ctx, h, interpreted) for h in hearings]
    # The assistance must be free once and for all: fees recovered from a convicted person
    # breach it as surely as an interpreter refused (Luedicke, Belkacem and Koç v Germany).
    charged = [ctx.fact(h, "interpreter_cost_charged") for h in hearings
               if h.interpreter_cost_charged is True]
    if charged:
        decisions.append(breach(_("{name} was made to pay for the interpreter: the assistance "
                                  "of an interpreter must be free, whatever the outcome "
                                  "(Luedicke, Belkacem and Koç v Germany).", name=ctx.name),
                                *charged))
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
                     "28 November 1978")),
    severity=Severity.SERIOUS,
    reads=("hearing.interpreter_needed", "hearing.interpreter_provided",
           "hearing.interpreter_cost_charged",
           "hearing.interpretation_adequate", "hearing.evidence_or_argument_taken",
           "hearing.stage", "defence_request.request=interpreter"),
    decide=_interpreter,
)

#: What limited the accused's ability to take part, as a sentence says it, and how heavily it
#: weighs: youth, a low intellectual capacity or a mental disorder go to understanding the
#: trial as a whole (T and V v UK [GC]; S.C. v UK); poor hearing, the language or the room may
#: leave only parts of it out of reach (Stanford v UK).
_IMPAIRMENTS: dict[ParticipationImpairment, tuple[str, int]] = {
    ParticipationImpairment.AGE: (T_(
        "{name}'s young age and immaturity limited their ability to follow and take part in "
        "{what}."), 3),
    ParticipationImpairment.INTELLECTUAL_CAPACITY: (T_(
        "{name}'s low intellectual capacity limited their ability to follow and take part in "
        "{what}."), 3),
    ParticipationImpairment.MENTAL_HEALTH: (T_(
        "A mental illness or disorder limited {name}'s ability to follow and take part in "
        "{what}."), 3),
    ParticipationImpairment.HEARING: (T_(
        "{name}'s poor hearing limited their ability to follow {what}."), 2),
    ParticipationImpairment.LANGUAGE: (T_(
        "{name}'s limited knowledge of the language of the court limited their ability to "
        "follow {what}."), 2),
    ParticipationImpairment.COURTROOM: (T_(
        "The courtroom itself limited {name}'s ability to follow {what} (they could not hear or "
        "see all of it from where they were placed)."), 2),
    ParticipationImpairment.OTHER: (T_(
        "Something limited {name}'s ability to follow or take part in {what}."), 2),
}


def _participation(ctx: Context) -> Decision:
    """Effective participation in one's trial: the accused must have a broad understanding of
    the nature of the trial and what is at stake, be able to follow what the prosecution
    witnesses say and give their lawyers their own account, though not every point of law or
    evidence (S.C. v UK); a child must be dealt with in a way that takes full account of age,
    maturity and capacities, with steps to promote understanding and participation (T v UK
    [GC]; V v UK [GC]; ICCPR art 14(4)). Weighed as the Court weighs it: the accused's
    capacity, whether the proceedings were adapted to it, whether counsel could make up for
    what the accused could not follow, and whether the defence raised it (Stanford v UK: a
    dock where the accused could not hear all the evidence, counsel who could, and a defence
    that never complained, no violation)."""
    hearings = [h for h in _trial_hearings(ctx) if h.participation_impaired is not None]
    # A hearing whose stage is not recorded counts, but a breach at it first asks whether it
    # was part of the trial, as for every criterion read at the trial (_at_trial).
    decisions = [unless_recorded(_participated(ctx, h), h.stage is not None,
                                 _("Was {what} a hearing of the trial or the appeal?",
                                   what=ctx.label(h))) for h in hearings]
    if decisions:
        return worst(decisions, empty=_no_hearing())
    if not _trial_hearings(ctx):
        return _no_hearing()
    person = ctx.person
    if person and (person.minor or person.vulnerable):
        return unknown(_("Could {name}, a minor or otherwise vulnerable, follow and take part "
                         "in the trial: did they broadly understand it and what was at stake, "
                         "and did the court adapt the proceedings to them?", name=ctx.name),
                       reason=_("{name} was a minor or otherwise vulnerable when tried.",
                                name=ctx.name))
    return not_applicable(_("Nothing on the record suggests that {name} could not follow or "
                            "take part in the trial (record 'participation_impaired' on the "
                            "hearing if the sources show it).", name=ctx.name))


def _participated(ctx: Context, h: Hearing) -> Decision:
    words = {"name": ctx.name, "what": ctx.label(h)}
    impaired = ctx.fact(h, "participation_impaired")
    if impaired.value is False:
        return compliant(_("Nothing limited {name}'s ability to follow and take part in "
                           "{what}.", **words), impaired)
    if impaired.value is None:  # disputed: read as not recorded
        return unknown(_("Could {name} follow and take part in {what}?", **words))
    kind = ctx.fact(h, "participation_impairment")
    factors: list[Factor] = []
    missing: list[Missing] = []
    if kind.value is not None:
        text, weight = _IMPAIRMENTS[kind.value]
        factors.append(Factor(_(text, **words), Toward.BREACH, weight, (impaired, kind)))
    else:
        factors.append(Factor(_("Something limited {name}'s ability to follow or take part in "
                                "{what}.", **words), Toward.BREACH, 2, (impaired,)))
        missing.append(Missing(_("What limited {name}'s ability to follow or take part in {what}: "
                                 "their age, intellectual capacity, mental health, hearing, the "
                                 "language, or the courtroom itself "
                                 "('participation_impairment')?", **words), 1))
    person = ctx.person
    if person and person.minor and kind.value is not ParticipationImpairment.AGE:
        factors.append(Factor(_("{name} was a minor.", **words), Toward.BREACH, 1))
    read_yes_no(ctx.fact(h, "understood_proceedings"), factors, missing, also=(impaired,),
                yes=(_("{name} still broadly understood the trial and what was at stake, and "
                       "could follow what the witnesses said and give their lawyer their own "
                       "account (S.C. v UK).", **words), Toward.FAIRNESS, 3),
                no=(_("{name} did not broadly understand the trial and what was at stake, or "
                      "could not follow what the witnesses said and give their lawyer their own "
                      "account (S.C. v UK).", **words), Toward.BREACH, 3),
                ask=(_("Did {name} broadly understand {what} and what was at stake: could they "
                       "follow what the witnesses said and give their lawyer their own account "
                       "('understood_proceedings')?", **words), 3))
    read_yes_no(ctx.fact(h, "participation_adapted"), factors, missing, also=(impaired,),
                yes=(_("The court adapted the proceedings so that {name} could follow and take "
                       "part.", **words), Toward.FAIRNESS, 2),
                no=(_("The court did not adapt the proceedings to {name}: they were tried as "
                      "anyone else, or with changes that left the setting and procedure as they "
                      "were (T v UK [GC]).", **words), Toward.BREACH, 2),
                ask=(_("Did the court adapt {what} so that {name} could follow and take part "
                       "(the procedure explained in plain words, short sessions, seated with "
                       "their lawyer, a specialist or less formal court, a place where they "
                       "could hear) ('participation_adapted')?", **words), 2))
    read_yes_no(ctx.fact(h, "counsel_compensated"), factors, missing, also=(impaired,),
                yes=(_("{name}'s lawyer could follow what {name} could not and consult them "
                       "during the hearing (Stanford v UK).", **words), Toward.FAIRNESS, 2),
                no=(_("{name}'s lawyer could not make up for it: there was no lawyer, or {name} "
                      "could not in practice consult them during the hearing (T v UK [GC]).",
                      **words), Toward.BREACH, 1),
                ask=(_("Could {name}'s lawyer follow what {name} could not at {what}, and could "
                       "{name} consult them during it ('counsel_compensated')?", **words), 1))
    # A court cannot be faulted for what it did not see and was not told (Stanford v UK); a
    # child's age or a plain incapacity it could see for itself, so silence weighs less there.
    visible = kind.value in (ParticipationImpairment.AGE,
                             ParticipationImpairment.INTELLECTUAL_CAPACITY)
    read_yes_no(ctx.fact(h, "participation_raised"), factors, missing, also=(impaired,),
                yes=(_("The defence raised with the court that {name} could not follow or take "
                       "part.", **words), Toward.BREACH, 1),
                no=(_("The defence never raised with the court that {name} could not follow or "
                      "take part (Stanford v UK).", **words), Toward.FAIRNESS,
                    1 if visible else 2),
                ask=(_("Did the defence raise with the court that {name} could not follow or "
                       "take part in {what} ('participation_raised')?", **words), 1))
    return weigh(
        _("Weighing whether {name} could take part effectively in {what} (ICCPR art 14(1), "
          "14(3)(d), 14(4); ECHR art 6(1); T v UK [GC]; S.C. v UK; Stanford v UK: the accused's "
          "capacity, whether the proceedings were adapted to it, whether counsel could make up "
          "for it, and whether the defence raised it).", **words), factors, missing,
        breach_text=_("{name} could not take part effectively in {what}.", **words),
        fair_text=_("{name} could take part effectively in {what}.", **words),
        tie_question=_("What else shows whether {name} could follow and take part in {what}?",
                       **words))


PARTICIPATION = Criterion(
    id="tribunal.effective-participation",
    area=Area.TRIBUNAL,
    title="Effective participation in the trial",
    question="Could the accused follow and take part in the trial, given their age, capacity "
             "and hearing, with the proceedings adapted where needed?",
    citations=(iccpr("14(1)"), iccpr("14(3)(d)"), iccpr("14(4)"),
               general_comment(32, "42-44", confirmed=False), echr("6(1)"),
               ecthr("T v UK [GC], no. 24724/94, 16 December 1999"),
               ecthr("V v UK [GC], no. 24888/94, 16 December 1999"),
               ecthr("S.C. v UK, no. 60958/00, 15 June 2004"),
               ecthr("Stanford v UK, no. 16757/90, 23 February 1994")),
    severity=Severity.SERIOUS,
    reads=("hearing.participation_impaired", "hearing.participation_impairment",
           "hearing.understood_proceedings", "hearing.participation_adapted",
           "hearing.counsel_compensated", "hearing.participation_raised", "hearing.stage",
           "person.minor", "person.vulnerable"),
    decide=_participation,
)


def _equal(ctx: Context) -> Decision:
    words = _equal_words(ctx)
    singled = _singled_out(ctx)
    if not singled:
        return words
    if words.outcome is Outcome.NOT_APPLICABLE:
        return worst(singled, empty=words)
    return worst([words, *singled], empty=words)


def _singled_out(ctx: Context) -> list[Decision]:
    """A person sent, by a decision in their case, to a special court or a procedure with fewer
    guarantees than others charged with like offences get, is treated unequally unless
    objective and reasonable grounds for it are given or shown (Kavanagh v Ireland, HRC
    819/1998: a prosecutor's unreasoned direction to a non-jury court, a violation of art 26)."""
    out: list[Decision] = []
    for c in _links.charges_of(ctx):
        if c.special_court is not True:
            continue
        charge = _links.charge_fact(ctx, c)
        words = {"name": ctx.name, "charge": c.description}
        sent = _("{name} was singled out for trial on the charge of {charge} before a special "
                 "court, or by a procedure with fewer guarantees than others charged with like "
                 "offences get.", **words)
        if c.special_court_grounds is True:
            out.append(compliant(_("{sent} Objective and reasonable grounds were given for "
                                   "it.", sent=sent), charge))
        elif c.special_court_grounds is False:
            out.append(breach(_("{sent} No objective and reasonable grounds were given for "
                                "it: that is unequal treatment before the law and the courts.",
                                sent=sent), charge))
        else:
            out.append(unknown(_("Were objective and reasonable grounds given or shown for "
                                 "sending {name} to a special court or a procedure with fewer "
                                 "guarantees ('special_court_grounds' on the charge)?", **words),
                               reason=sent, facts=(charge,)))
    return out


def _equal_words(ctx: Context) -> Decision:
    statements = _links.context_facts(ctx, frozenset({ContextKind.DISCRIMINATORY_STATEMENT}))
    held = [f for f in statements if f.standing not in REFUTED]
    if held:
        # Equality before the courts is the court's and the prosecution's to keep (GC32 para
        # 8): a minister's words bear on the presumption of innocence or on why the case was
        # brought, and on equal treatment only where the court adopted them.
        by = {f: _links.context_item(ctx, f).spoken_by for f in held}
        court = [f for f in held if by[f] in (Speaker.COURT, Speaker.PROSECUTION)]
        said = "; ".join(f.event.title or "" for f in (court or held))
        if court:
            return breach(_("The court or the prosecution spoke of {name} in discriminatory "
                            "terms or stereotypes: {said}. Everyone is equal before the "
                            "courts, without discrimination.", name=ctx.name, said=said),
                          *court)
        if any(s is None for s in by.values()):
            return unknown(_("Who used the discriminatory words about {name}: the court, the "
                             "prosecution, or another official?", name=ctx.name),
                           reason=_("Discriminatory words about {name} are recorded: {said}.",
                                    name=ctx.name, said=said), facts=tuple(held))
        return unknown(_("Did the court or the prosecution adopt the discriminatory words "
                         "others used about {name}, or treat them differently?",
                         name=ctx.name),
                       reason=_("Officials outside the court, or others, spoke of {name} in "
                                "discriminatory terms: {said}.", name=ctx.name, said=said),
                       facts=tuple(held))
    if statements:
        return compliant(_("The reports of discriminatory words about {name} were found untrue "
                           "or withdrawn.", name=ctx.name), *statements)
    groups = _links.context_facts(ctx, frozenset({ContextKind.GROUP_MEMBERSHIP}))
    if groups:
        return unknown(_("Did officials or the court treat {name} differently, or speak of them "
                         "in stereotypes, because of the group they belong to?", name=ctx.name),
                       reason=_("The record says the prosecution targets a group."),
                       facts=groups)
    return not_applicable(_("No discriminatory words or treatment of {name} are recorded "
                            "(record them under 'context' if the sources give them).",
                            name=ctx.name))


EQUAL = Criterion(
    id="tribunal.equal-treatment",
    area=Area.TRIBUNAL,
    title="Equal treatment, without discrimination",
    question="Was the accused treated equally before the court, without officials or judges "
             "using discriminatory words or stereotypes?",
    citations=(iccpr("14(1)"), iccpr("26"), general_comment(32, "8", confirmed=False),
               hrc_views("Kavanagh v Ireland, comm. no. 819/1998, 4 April 2001")),
    severity=Severity.SERIOUS,
    reads=("context.kind", "context.spoken_by", "charge.special_court",
           "charge.special_court_grounds"),
    decide=_equal,
)

#: Who speaks for the accused: a claim of theirs alone is a party's view.
_ACCUSED_SIDE = frozenset({Party.DEFENCE, Party.DEFENDANT, Party.FAMILY})


def _party_claim_only(fact: Fact) -> bool:
    """Whether the fact rests only on the accused's side's word, not established."""
    prov = fact.provenance
    return (prov.standing is not Standing.ESTABLISHED and bool(prov.asserted_by)
            and set(prov.asserted_by) <= _ACCUSED_SIDE)


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
        pressure = ctx.fact(v, "outside_pressure")
        if pressure.value is True and _party_claim_only(pressure):
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
    if under.value is True and _party_claim_only(under):
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
    What does is an earlier decision whose findings in substance prejudged this accused's
    guilt, naming them as a participant and assessing their role (Ferrantelli and Santangelo v
    Italy, a violation); a mere mention, or a finding on the same facts or words with no view on
    this accused's liability, is not enough (Poppe v Netherlands; Lindon, Otchakovsky-Laurens
    and July v France [GC], both no violation)."""
    factors = [Factor(_("A judge who decided the case of {name} {when} had earlier decided a "
                        "related case: the separate trial of a co-accused, or another case on "
                        "the same facts or words.", **words), Toward.BREACH, 0, shown)]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(v, "related_case_assessed_accused"), factors, missing, also=shown,
                yes=(_("That earlier decision assessed {name}'s own guilt or role in the offence "
                       "(naming {name} as a participant, or ruling on {name}'s acts or "
                       "liability): in substance it prejudged the question the judge then had "
                       "to decide (Ferrantelli and Santangelo v Italy).", **words),
                     Toward.BREACH, 3),
                no=(_("That earlier decision took no view on {name}'s own guilt or role: it "
                      "decided the facts or the words, or named {name} only in passing "
                      "(Poppe v Netherlands; Lindon, Otchakovsky-Laurens and July v France "
                      "[GC]).", **words), Toward.FAIRNESS, 3),
                ask=(_("Did the earlier decision in the related case, given by a judge who then "
                       "decided the case of {name} {when}, assess {name}'s own guilt or role "
                       "(naming {name} as a participant, ruling on {name}'s acts or liability), "
                       "or did it decide the facts or the words without a view on {name}'s "
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
    if _party_claim_only(link):
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
               ecthr("Lindon, Otchakovsky-Laurens and July v France [GC], nos. 21279/02 and "
                     "36448/02, 22 October 2007"),
               ecthr("Demicoli v Malta, no. 13057/87, 27 August 1991"),
               ecthr("Incal v Turkey [GC], no. 22678/93, 9 June 1998"),
               ecthr("Çıraklar v Turkey, no. 19601/92, 28 October 1998"),
               # A court of "faceless" judges as such (GC32 paragraph from memory).
               hrc_views("Polay Campos v Peru, comm. no. 577/1994, 6 November 1997",
                         confirmed=False),
               general_comment(32, "23", confirmed=False),
               ecthr("Findlay v UK, no. 22107/93, 25 February 1997"),
               ecthr("Cooper v UK [GC], no. 48843/99, 16 December 2003")),
    severity=Severity.GRAVE,
    reads=("verdict.judge_expressed_guilt", "verdict.judge_prior_role",
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

    def one(v: Verdict) -> Decision | None:
        irregular = ctx.fact(v, "appointment_irregular")
        words = {"name": ctx.name, "what": ctx.label(v)}
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

    decided = [d for d in map(one, ctx.events(Verdict)) if d is not None]
    return worst(decided, empty=not_applicable(_(
        "Nothing on the record puts in doubt that the court that tried {name} was established "
        "by law (record a judge's irregular appointment on the verdict if the sources show "
        "one).", name=ctx.name)))


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
           "verdict.irregularity_fundamental", "verdict.irregularity_reviewed"),
    at_trial=True,
    decide=_established,
    affects_outcome=True,
)

_FINAL = frozenset({Stage.FINAL, Stage.CLOSED})


def _delay(ctx: Context) -> Decision:
    """The length of the proceedings, weighed as the case law weighs it (GC32 para 35;
    Pélissier and Sassi v France [GC]): how long, how complex the case, what the authorities
    and the defence each caused, and what was at stake (detention calls for special
    diligence)."""
    # Time runs from the "charge" in the Convention's sense: the official notification of the
    # suspicion, or a measure that substantially affected the person (an arrest, a search of
    # their home) (Deweer v Belgium; Eckle v Germany). A suspicion held in substance only,
    # perhaps unknown to the person, does not start it.
    starts = [e for kind in (Arrest, FormalCharge, Search) for e in ctx.events(kind)
              if e.date is not None]
    starts += [e for e in ctx.events(Suspected) if e.date is not None and e.formally is True]
    start = ctx.first(starts)
    if start is None and any(e.formally is not True for e in ctx.events(Suspected)):
        return unknown(_("When was {name} officially told of the suspicion, or first "
                         "substantially affected by it (arrested, searched, charged)?",
                         name=ctx.name),
                       reason=_("Only a suspicion held in substance is recorded, and it does "
                                "not start the time of the proceedings."))
    # The proceedings end with the last decision on the charge: a verdict, or an appeal on the
    # conviction or sentence once decided (its decision, not its lodging: the appeal stage
    # counts in full, Rogerson v Australia). A challenge to detention decides no charge.
    ends: list[tuple[When, Event]] = [(v.date, v) for v in ctx.events(Verdict)
                                      if v.date is not None]
    ends += [(w, a) for a in ctx.events(Appeal) if a.against is not AppealAgainst.DETENTION
             and (w := a.decided_date or a.date) is not None]
    final = ctx.case.stage in _FINAL
    last = max(ends, key=lambda x: x[0].sort_key()) if ends else None
    end_event = last[1] if last else None
    end = last[0] if final and last is not None else ctx.case.as_of
    if start is None or start.date is None or end is None:
        return unknown(_("From when to when did the proceedings against {name} run: the date of "
                         "the arrest or charge, and of the final decision (or the date the "
                         "record is complete to, 'as_of', while they are pending)?",
                         name=ctx.name))
    span = Span.between(start.date, end)
    low, high = (span.shortest.days / 365.25, span.longest.days / 365.25)
    count = max(1, round(span.longest.days / 30.44))
    factors: list[Factor] = []
    missing: list[Missing] = []
    facts = (ctx.fact(start), *((ctx.fact(end_event),) if final and end_event else ()))
    if final:
        head = ctx.t.n_("The proceedings against {name} lasted about {count} month, from the "
                        "arrest or charge to the final decision.",
                        "The proceedings against {name} lasted about {count} months, from the "
                        "arrest or charge to the final decision.", count, name=ctx.name)
    else:
        head = ctx.t.n_("The proceedings against {name} had lasted about {count} month when "
                        "the record was completed, and were still pending.",
                        "The proceedings against {name} had lasted about {count} months when "
                        "the record was completed, and were still pending.",
                        count, name=ctx.name)
    if ctx.events(DetentionOrder):
        factors.append(Factor(_("{name} was held in detention, which calls for special "
                                "diligence.", name=ctx.name), Toward.BREACH, 1,
                              tuple(ctx.fact(d) for d in ctx.events(DetentionOrder))))
    complex_ = _links.complexity(ctx)
    if complex_ is not None:
        factors.append(complex_)
    delays = ctx.events(Delay)
    lost = {cause: [d for d in delays if d.caused_by is cause] for cause in DelayCause}
    by_state = sum(_links.delay_days(d) for d in lost[DelayCause.AUTHORITIES])
    if by_state >= 90:
        factors.append(Factor(_("The authorities caused delays of about {count} days.",
                                count=round(by_state)), Toward.BREACH,
                              2 if by_state >= 365 else 1,
                              tuple(ctx.fact(d) for d in lost[DelayCause.AUTHORITIES])))
    by_defence = sum(_links.delay_days(d) for d in lost[DelayCause.DEFENCE])
    if by_defence >= 90:
        factors.append(Factor(_("The defence caused delays of about {count} days.",
                                count=round(by_defence)), Toward.FAIRNESS, 1,
                              tuple(ctx.fact(d) for d in lost[DelayCause.DEFENCE])))
    # Time the accused caused, or that nobody did, is not the state's (Pélissier and Sassi).
    not_state = (by_defence + sum(_links.delay_days(d) for d in lost[DelayCause.NEITHER])) / 365.25
    low, high = low - not_state, high - not_state
    if low >= 5:
        factors.insert(0, Factor(head, Toward.BREACH, 3, facts))
    elif low >= 3:
        factors.insert(0, Factor(head, Toward.BREACH, 2, facts))
    elif high <= 2:
        factors.insert(0, Factor(head, Toward.FAIRNESS, 2, facts))
    if high > 2 and not delays:
        missing.append(Missing(_("Which periods of the proceedings against {name} were lost, "
                                 "and to whom: the authorities (inactivity, adjournments, files "
                                 "sent back) or the defence?", name=ctx.name), 2))
    if high > 2 and complex_ is None:
        # How long is too long turns on how complex the case was, which a count of charges
        # does not show: asked, where the length is in question.
        missing.append(Missing(_("Was the case complex to investigate or try ('complex' on the "
                                 "charge)?"), 1))
    return weigh(
        _("Weighing the length of the proceedings (ICCPR art 14(3)(c); GC32 para 35; ECHR art "
          "6(1); Pélissier and Sassi v France [GC]: the complexity of the case, the conduct of "
          "the accused and of the authorities, and what was at stake)."),
        factors, missing,
        breach_text=_("{name} was not tried without undue delay.", name=ctx.name),
        fair_text=_("the length of the proceedings was reasonable."))


WITHOUT_DELAY = Criterion(
    id="tribunal.without-undue-delay",
    area=Area.TRIBUNAL,
    title="Tried without undue delay",
    question="Were the proceedings, from arrest or charge to the final decision, reasonably "
             "short for the case's complexity, given the conduct of the accused and of the "
             "authorities?",
    citations=(iccpr("14(3)(c)"), general_comment(32, "35", confirmed=False), echr("6(1)"),
               ecthr("Pélissier and Sassi v France [GC], no. 25444/94, 25 March 1999", "§67"),
               ecthr("Deweer v Belgium, no. 6903/75, 27 February 1980"),
               ecthr("Eckle v Germany, no. 8130/78, 15 July 1982")),
    severity=Severity.MINOR,
    reads=("arrest.date", "formal_charge.date", "suspected.date", "suspected.formally",
           "search.date", "verdict.date", "appeal.date", "delay.caused_by",
           "delay.duration_days", "detention_order", "charge.complex"),
    decide=_delay,
)

CRITERIA = (PUBLIC, PRESENCE, COUNSEL_AT_TRIAL, INTIMIDATION, INTERPRETER, EQUAL, INDEPENDENT,
            ESTABLISHED, WITHOUT_DELAY, PARTICIPATION)
