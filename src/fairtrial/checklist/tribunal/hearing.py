"""The hearing itself: in public, in the accused's presence, and with the accused able to
follow and take part (ICCPR art 14(1), 14(3)(d); ECHR art 6(1))."""

from __future__ import annotations

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
    unless_recorded,
    weigh,
    worst,
)
from fairtrial.checklist.tribunal._common import (
    _appeal_heard,
    _at_trial,
    _capital,
    _grounds_considered,
    _leave_stage,
    _no_hearing,
    _trial_hearings,
)
from fairtrial.record._model import (
    Appeal,
    Hearing,
    Verdict,
)
from fairtrial.record._vocab import (
    AbsenceReason,
    AppealAgainst,
    AppealOutcome,
    ClosureGround,
    Excluded,
    FreshDetermination,
    HearingStage,
    ParticipationImpairment,
    Party,
    Standing,
    VerdictOutcome,
)
from fairtrial.record._when import Tri

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
               ecthr("Botten v Norway, no. 16206/90, 19 February 1996"),
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
#: An absence the authorities never explained counts as theirs: the State, which summons the
#: accused and runs the hearing, must show the accused was duly summoned or chose not to come
#: (GC32 para 36; Aliev v Ukraine, HRC 781/1997).
_STATE_ABSENCE = frozenset({AbsenceReason.NOT_NOTIFIED, AbsenceReason.NOT_BROUGHT,
                            AbsenceReason.ILL, AbsenceReason.UNEXPLAINED})
#: Each recorded reason for an absence, as a whole sentence ('another reason' says nothing).
_ABSENT = {
    AbsenceReason.WAIVED: T_("{name} was absent from {what}: the accused chose not to attend, "
                             "knowing of the hearing."),
    AbsenceReason.ABSCONDED: T_("{name} was absent from {what}: the accused fled or hid to "
                                "escape the trial."),
    AbsenceReason.BROUGHT_ABOUT: T_("{name} was absent from {what}: knowing of the hearing, "
                                    "the accused brought about their own absence by their "
                                    "conduct, without fleeing."),
    AbsenceReason.REMOVED_FOR_CONDUCT: T_("{name} was absent from {what}: the accused was "
                                          "removed for disrupting the hearing."),
    AbsenceReason.NOT_NOTIFIED: T_("{name} was absent from {what}: the accused was not told of "
                                   "the hearing in time."),
    AbsenceReason.NOT_BROUGHT: T_("{name} was absent from {what}: the authorities did not bring "
                                  "the detained accused."),
    AbsenceReason.ILL: T_("{name} was absent from {what}: the accused was ill."),
    AbsenceReason.NO_RIGHT_TO_ATTEND: T_("{name} was absent from {what}: the law gave the "
                                         "accused no right to attend it."),
    AbsenceReason.UNEXPLAINED: T_("{name} was absent from {what}, and the authorities gave no "
                                  "reason for it: nothing shows that the accused chose not to "
                                  "attend or was duly summoned."),
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
        return unknown(_("Why was {name} absent from {what}: by choice, not notified, not "
                         "brought, or with no reason given by the authorities ('unexplained')?",
                         name=ctx.name, what=what),
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
    if shown[1].value is AbsenceReason.BROUGHT_ABOUT:
        return _brought_about(ctx, h, absent, shown, best)
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


def _brought_about(ctx: Context, h: Hearing, absent: str, shown: tuple[Fact, ...],
                   best: Fact | None) -> Decision:
    """Tried in absence by one who knew of the trial and brought the absence about without
    fleeing: neither a waiver nor flight, so the Sejdovic [GC] duty of a fresh determination is
    weighed, not dropped. Medenica v Switzerland (paras 53-59): the accused, who knew of the
    date, had largely contributed to the order abroad that kept him away by misleading the
    foreign court, was defended at the trial by counsel of his choice, and was refused relief
    because he showed no valid excuse for his absence; the refusal was not a disproportionate
    penalty. Weighed: the accused's knowledge and own conduct (established, not alleged, as
    for flight), counsel defending them in their absence, and whether a fresh determination
    could be had and on what condition."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    why = shown[1]
    factors: list[Factor] = []
    missing: list[Missing] = []
    if why.provenance.standing is Standing.ESTABLISHED:
        factors.append(Factor(_("{name} knew of {what} and by their own conduct brought about "
                                "the absence (Medenica v Switzerland: the accused had largely "
                                "contributed to the situation that kept him away).", **words),
                              Toward.FAIRNESS, 3, (why,)))
    else:
        missing.append(Missing(_("Is it shown, by a court's finding or undisputed, that {name} "
                                 "knew of {what} and by their own conduct brought about the "
                                 "absence, or is it only said so?", **words), 3))
    read_yes_no(ctx.fact(h, "counsel_present"), factors, missing, also=shown,
                yes=(_("A lawyer defended {name} at {what} in their absence.", **words),
                     Toward.FAIRNESS, 2),
                no=(_("No lawyer defended {name} at {what}: one tried in absence keeps the right "
                      "to be defended by counsel (Poitrimol v France; Lala v Netherlands).",
                      **words), Toward.BREACH, 3),
                ask=(_("Did a lawyer defend {name} at {what} in their absence "
                       "('counsel_present')?", **words), 2))
    kind = best.value if best is not None else None
    if best is not None and kind is FreshDetermination.REFUSED:
        refusal = next(v for v in ctx.events(Verdict)
                       if v.fresh_determination is FreshDetermination.REFUSED)
        read_yes_no(ctx.fact(refusal, "fresh_determination_for_excuse"), factors, missing,
                    also=(*shown, best),
                    yes=(_("{name} was refused a fresh determination of the charge because they "
                           "showed no valid excuse for the absence, the law giving one to an "
                           "accused whose absence was not their fault.", **words),
                         Toward.FAIRNESS, 1),
                    no=(_("{name} asked for a fresh determination of the charge and was refused "
                          "it on a ground other than their own part in the absence.", **words),
                        Toward.BREACH, 2),
                    ask=(_("Was {name} refused a fresh determination because they showed no "
                           "valid excuse for the absence ('fresh_determination_for_excuse' on "
                           "the verdict), or on another ground?", **words), 2))
    elif best is not None and kind is FreshDetermination.NONE:
        factors.append(Factor(_("The law gave {name} no way to have the charge determined afresh "
                                "by a court that would hear them.", **words),
                              Toward.BREACH, 2, (*shown, best)))
    else:
        missing.append(Missing(_("Could {name} have the charge determined afresh by a court that "
                                 "would hear them, and on what condition: was it refused, or "
                                 "did the law give no way to it ('fresh_determination' on the "
                                 "verdict)?", **words), 2))
    return weigh(
        _("{absent} Weighing whether trying {name} in their absence was fair (ICCPR art 14(3)(d); "
          "ECHR art 6(1) and 6(3)(c); Sejdovic v Italy [GC]: a fresh determination is owed unless "
          "the accused waived the right to appear or meant to escape trial; Medenica v "
          "Switzerland: the accused's knowledge of the trial and own part in the absence, "
          "counsel defending them, and on what condition a fresh determination was refused).",
          absent=absent, **words), factors, missing, burden_on_state=True,
        breach_text=_("trying {name} in their absence, without a fresh determination, was not "
                      "shown to be fair.", **words),
        fair_text=_("trying {name} in an absence they had themselves brought about was not a "
                    "disproportionate penalty.", **words))


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
    # An appeal court that itself convicts after an acquittal decides guilt, whatever the name
    # of the appeal: weighed, not excused as a hearing on the law (Botten v Norway).
    first = _first_convicted_here(ctx, appeals)
    if first:
        decided = _absent_at_first_conviction(ctx, h, first, absent, facts)
        if sentence:
            return worst([decided, _absent_on_sentence(ctx, h, sentence, absent, facts)],
                         empty=decided)
        return decided
    if sentence:
        decided = _absent_on_sentence(ctx, h, sentence, absent, facts)
        if len(on_law) == len(appeals):
            return decided
        return worst([decided, unknown(_("Did the appeal court at {what} decide only points of "
                                         "law on the conviction?", **words),
                                       reason=absent, facts=facts)], empty=decided)
    undecided = [a for a in appeals if a.filed_by is Party.PROSECUTION and not a.results
                 and a.outcome in (AppealOutcome.ALLOWED, AppealOutcome.PARTLY_ALLOWED)]
    if undecided:
        # A prosecution appeal allowed with no result recorded may have convicted the accused
        # there and then, which would call for their presence (Botten v Norway).
        return unknown(_("What did the appeal court decide for {name} at {what} when it allowed "
                         "the prosecution's appeal: did it convict {name} itself, or fix the "
                         "sentence ('results' on the appeal), or send the case back for a new "
                         "trial ('outcome': 'quashed_retrial')?", **words),
                       reason=absent, facts=(*facts, *(ctx.fact(a, "outcome")
                                                        for a in undecided)))
    if appeals and len(on_law) == len(appeals) and counsel.value is True:
        return compliant(_("{absent} The appeal court decided points of law only, and counsel "
                           "for {name} was heard: the accused's own presence was not required.",
                           absent=absent, **words), *facts, *on_law, counsel)
    return unknown(_("Did the appeal court at {what} decide only points of law, with counsel "
                     "for {name} heard?", **words), reason=absent, facts=facts)


def _first_convicted_here(ctx: Context, appeals: list[Appeal]) -> list[Appeal]:
    """The appeals heard that convicted the person for the first time: a conviction in the
    appeal's results, where every verdict before had acquitted them or acquitted them of a
    charge the appeal convicted them of."""
    pid = ctx.person.id if ctx.person else None
    earlier = [r for v in ctx.events(Verdict) for r in v.results if r.person == pid]
    if pid is None or not earlier:
        return []
    cleared = all(r.outcome is VerdictOutcome.ACQUITTED for r in earlier)
    acquitted = {c for r in earlier for c in (*r.acquitted_of, *(
        r.charges if r.outcome is VerdictOutcome.ACQUITTED else ()))}
    convicting = (VerdictOutcome.CONVICTED, VerdictOutcome.PARTLY_CONVICTED)
    return [a for a in appeals
            if any(r.person == pid and r.outcome in convicting
                   and (cleared or acquitted.intersection(r.charges)) for r in a.results)]


def _absent_at_first_conviction(ctx: Context, h: Hearing, first: list[Appeal], absent: str,
                                facts: tuple[Fact, ...]) -> Decision:
    """Absent, for a reason of the State's, from the hearing of an appeal that convicted the
    accused for the first time. The power to overturn an acquittal without hearing the
    accused is not in itself unfair; but an appeal court that goes on to convict, or to fix the
    sentence, assessing the accused's guilt or person, must in principle hear the accused in
    person, even on an appeal limited to points of law (Botten v Norway: the Supreme Court
    convicted and sentenced on a prosecution appeal on the law, counsel heard, a violation of
    art 6(1); Ekbatani v Sweden). Weighed, as the Court weighs the
    appeal court's role and what it had to decide: a conviction resting only on a different
    reading of the law applied to facts found at trial, with nothing about the accused to
    assess, tips the other way."""
    words = {"name": ctx.name, "what": ctx.label(h)}
    pid = ctx.person.id if ctx.person else None
    results = tuple(ctx.fact(a, "results") for a in first)
    factors = [Factor(absent, Toward.BREACH, 0, facts),
               Factor(_("The appeal court at {what} convicted {name} for the first time, after "
                        "an acquittal: it decided guilt itself, which in principle calls for "
                        "hearing the accused in person, even on an appeal limited to points of "
                        "law (Botten v Norway; Ekbatani v Sweden).", **words),
                      Toward.BREACH, 3, results)]
    sentenced = [r for a in first for r in a.results if r.person == pid and (
        r.sentence is not None or r.custodial is not None or r.prison_suspended is not None
        or r.prison_in_default is not None)]
    if sentenced:
        factors.append(Factor(_("It also fixed {name}'s sentence itself, an assessment of the "
                                "person.", **words), Toward.BREACH, 2, results))
    missing: list[Missing] = []
    on_law = [ctx.fact(a, "review_limited_to_law") for a in first
              if a.review_limited_to_law is True]
    if on_law:
        factors.append(Factor(_("The appeal was limited to points of law, which narrows what the "
                                "court had to assess, but does not alone settle whether it could "
                                "convict without hearing {name}.", **words),
                              Toward.FAIRNESS, 1, tuple(on_law)))
    for a in first:
        read_yes_no(ctx.fact(a, "assessed_person"), factors, missing,
                    yes=(_("In convicting, the appeal court assessed {name} in person (intent, "
                           "credibility, character or circumstances for the sentence), which it "
                           "could not fairly do without seeing and hearing {name}.", **words),
                         Toward.BREACH, 3),
                    no=(_("The conviction rested only on a different reading of the law applied "
                          "to the facts the trial court had found, with nothing about {name} in "
                          "person to assess.", **words), Toward.FAIRNESS, 3),
                    ask=(_("In convicting {name}, did the appeal court at {what} assess {name} in "
                           "person (intent, credibility, character, or circumstances for the "
                           "sentence), or only apply the law differently to the facts found at "
                           "trial ('assessed_person' on the appeal)?", **words), 3))
    _sides_heard(ctx, h, factors, missing, words)
    return weigh(
        _("Weighing whether {name} had to be present at {what}, where the appeal court convicted "
          "{name} for the first time (ECHR art 6(1); Botten v Norway: the appeal court's role "
          "and what it had to decide about the accused).", **words), factors, missing,
        breach_text=_("{name} should have been heard in person before being convicted at {what}.",
                      **words),
        fair_text=_("{name}'s presence was not required at {what}.", **words),
        tie_question=_("What else did the appeal court at {what} decide about {name} that called "
                       "for {name}'s own presence, or made it unnecessary?", **words))


def _sides_heard(ctx: Context, h: Hearing, factors: list[Factor], missing: list[Missing],
                 words: dict[str, str]) -> None:
    """Equality at an appeal hearing the accused missed: the prosecution heard without them
    counts against, and their own lawyer heard for (Kremzow v Austria; Botten v Norway)."""
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
    _sides_heard(ctx, h, factors, missing, words)
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
               ecthr("Botten v Norway, no. 16206/90, 19 February 1996"),
               ecthr("Marcello Viola v Italy, no. 45106/04, 5 October 2006"),
               ecthr("Sakhnovskiy v Russia [GC], no. 21272/03, 2 November 2010"),
               ecthr("Idalov v Russia [GC], no. 5826/03, 22 May 2012"),
               ecthr("Khachapuridze and Khachidze v Georgia, nos. 59464/21 and 13079/22, "
                     "29 August 2024"),
               hrc_views("Domukovsky and others v Georgia, comm. nos. 623-627/1995", "18.9"),
               hrc_views("Aliev v Ukraine, comm. no. 781/1997"),
               ecthr("Medenica v Switzerland, no. 20491/92, 14 June 2001", "53-59",
                     confirmed=True),
               ecthr("Poitrimol v France, no. 14032/88, 23 November 1993"),
               ecthr("Lala v Netherlands, no. 14861/89, 22 September 1994")),
    severity=Severity.SERIOUS,
    reads=("hearing.defendant_present", "hearing.absence_reason", "hearing.counsel_present",
           "hearing.removal_warned", "hearing.removal_until_end", "hearing.removal_could_follow",
           "charge.capital",
           "hearing.by_video_link", "hearing.video_link_aim", "hearing.video_link_could_follow",
           "hearing.video_link_counsel_confidential",
           "hearing.attendance_requested", "hearing.prosecution_heard",
           "verdict.fresh_determination", "verdict.fresh_determination_for_excuse",
           "appeal.outcome", "appeal.review_limited_to_law",
           "appeal.reviewed_facts_and_law", "appeal.leave_on_written_grounds",
           "appeal.grounds_considered", "appeal.results", "appeal.against",
           "appeal.filed_by", "appeal.assessed_person", "appeal.sentence_could_increase"),
    decide=_presence,
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
