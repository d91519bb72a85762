"""A. Search and seizure: privacy of the home and of journalistic material (ICCPR art 17, 19)."""

from __future__ import annotations

from fairtrial._i18n import T_, _, p_
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
    by_detail,
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
from fairtrial.record._model import Arrest, Search, Seizure, Surveillance
from fairtrial.record._vocab import Authority, LegalBasis, PlaceKind, Role, SurveillanceMethod
from fairtrial.record._when import Tri


def _no_search() -> Decision:
    return not_applicable(_("No search concerning this person is recorded."))


def _no_seizure() -> Decision:
    return not_applicable(_("No seizure concerning this person is recorded."))


def _cap(text: str) -> str:
    """A sentence that opens with an event's name ('the search on ...') starts with a
    capital."""
    return text[:1].upper() + text[1:]


#: Premises where a search reaches what the law shields most: sources, privileged files; with
#: the factor that says so, one whole sentence for each.
_SHIELDED = {
    PlaceKind.NEWSROOM: T_("{what} was of premises of a media outlet, which calls for the "
                           "strictest safeguards."),
    PlaceKind.LAW_OFFICE: T_("{what} was of premises of a lawyer, which calls for the "
                             "strictest safeguards."),
}

#: A search authorised by someone other than a judge, one whole sentence for each authority.
_NOT_BY_A_JUDGE = {
    Authority.PROSECUTOR: T_("{what} was authorised by a prosecutor, not a judge."),
    Authority.INVESTIGATOR: T_("{what} was authorised by an investigator, police or security "
                               "officer, not a judge."),
    Authority.OTHER: T_("{what} was authorised by some other authority, not a judge."),
}


def _authorised(ctx: Context) -> Decision:
    # Neither ICCPR art 17 nor ECHR art 8 requires a judge's warrant as such: without one, the
    # Court looks for other safeguards, above all an effective review by a judge afterwards
    # (Camenzind: no violation; Heino: no warrant and no review). So the safeguards are weighed.
    def one(s: Search) -> Decision:
        by, shown = ctx.fact(s, "authorised_by"), ctx.fact(s, "warrant_shown")
        urgent, review = ctx.fact(s, "urgent"), ctx.fact(s, "judicial_review_after")
        what = ctx.label(s)
        unlawful = ctx.fact(s, "found_unlawful")
        if unlawful.value is True:
            # A court's own finding decides, whatever the warrant looked like (Prade v
            # Germany: the warrant quashed as disproportionate; audit18a, where the rule read
            # the warrant and found the search proportionate). What its fruit did to the trial
            # is weighed under evidence.unlawfully-obtained.
            return breach(_("A court found {what} unlawful or disproportionate.", what=what),
                          unlawful)
        if by.value is Authority.JUDGE:
            return _judges_warrant(ctx, s, by)
        if s.place_kind in _ON_THE_SPOT:
            return _stop_and_search(ctx, s)
        if s.incident_to_arrest is True:
            return _entry_to_arrest(ctx, s)
        factors: list[Factor] = []
        missing: list[Missing] = []
        if by.value is Authority.NONE:
            factors.append(Factor(_("Nobody authorised {what} beforehand.", what=what),
                                  Toward.BREACH, 3, (by,)))
        elif by.value is not None:
            factors.append(Factor(_cap(_(_NOT_BY_A_JUDGE[by.value], what=what)),
                                  Toward.BREACH, 1, (by,)))
        elif shown.value is False:
            factors.append(Factor(_("No warrant was shown for {what}.", what=what),
                                  Toward.BREACH, 1, (shown,)))
            missing.append(Missing(_("Who authorised {what}: a judge, a prosecutor, or "
                                     "nobody?", what=what), 3))
        else:
            missing.append(Missing(_("Was {what} authorised by a judge, and was a warrant "
                                     "shown?", what=what), 3))
        if review.value is True:
            factors.append(Factor(_("A judge reviewed {what} promptly afterwards.", what=what),
                                  Toward.FAIRNESS, 2, (review,)))
            # A review afterwards is a safeguard whether or not the search was urgent
            # (Camenzind); urgency explains why there was none beforehand.
            if urgent.value is True:
                factors.append(Factor(_cap(_("{what} was urgent, so a review afterwards could "
                                             "stand in for one beforehand.", what=what)),
                                      Toward.FAIRNESS, 1, (urgent,)))
        elif review.value is False:
            factors.append(Factor(_("No judge reviewed {what} afterwards.", what=what),
                                  Toward.BREACH, 1, (review,)))
        else:
            missing.append(Missing(_("Did a judge review {what} promptly afterwards, with "
                                     "power to find it unlawful?", what=what), 2))
        factors.extend(_shielded(ctx, s))
        return weigh(_("Weighing the safeguards around {what} (ICCPR art 17; ECHR art 8: a "
                       "judge's authorisation beforehand, or other safeguards such as a prompt "
                       "review by a judge afterwards).", what=what), factors, missing,
                     breach_text=_("the search lacked adequate safeguards against abuse."),
                     fair_text=_("the search had adequate safeguards."),
                     side=p_("weighing side", "the search"))

    return worst((one(s) for s in ctx.events(Search)), empty=_no_search())


#: Searches that the law does not expect a judge to authorise beforehand: of a person or a
#: vehicle, on an arrest or a suspicion about the person.
_ON_THE_SPOT = frozenset({PlaceKind.PERSON, PlaceKind.VEHICLE})


def _shielded(ctx: Context, s: Search) -> list[Factor]:
    """A place whose secrets the law shields (a lawyer's office, a newsroom, a doctor's
    surgery): searching it weighs against the search wherever it is weighed."""
    if s.place_kind not in _SHIELDED:
        return []
    return [Factor(_cap(_(_SHIELDED[s.place_kind], what=ctx.label(s))), Toward.BREACH, 1,
                   (ctx.fact(s, "place_kind"),))]


def _entry_to_arrest(ctx: Context, s: Search) -> Decision:
    """Premises entered to carry out an arrest: the law may give a power of entry with the
    power of arrest, and what art 8 then weighs is the arrest's own basis and whether the
    search went no further than the arrest required (Murray v UK [GC]: soldiers entering a
    home at dawn to arrest a woman on a reasonable suspicion, no violation). A search for
    evidence under cover of an arrest is weighed as a search, without a warrant."""
    what = ctx.label(s)
    by, review = ctx.fact(s, "authorised_by"), ctx.fact(s, "judicial_review_after")
    factors = [Factor(_cap(_("{what} was made to carry out an arrest, under the power that goes "
                             "with it, not to look for evidence.", what=what)),
                      Toward.FAIRNESS, 2, (ctx.fact(s, "incident_to_arrest"),))]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(s, "confined_to_arrest"), factors, missing,
                yes=(_("The search went no further than the arrest required."),
                     Toward.FAIRNESS, 2),
                no=(_("The search went beyond what the arrest required, looking for evidence "
                      "without a warrant."), Toward.BREACH, 3),
                ask=(_("Did {what} go no further than the arrest required (finding the person, "
                       "checking for others present), or was the place searched for evidence "
                       "('confined_to_arrest')?", what=what), 2))
    arrests = [a for a in ctx.events(Arrest) if s.date is not None and a.date is not None
               and s.date.before(a.date) is not Tri.YES and a.date.before(s.date) is not Tri.YES]
    shown = [ctx.fact(a, "reasonable_suspicion_shown") for a in arrests]
    if any(f.value is False for f in shown):
        factors.append(Factor(_("The arrest it served rested on a suspicion not shown to be "
                                "reasonable."), Toward.BREACH, 3,
                              tuple(f for f in shown if f.value is False)))
    elif any(f.value is True for f in shown):
        factors.append(Factor(_("The arrest it served rested on a suspicion shown to be "
                                "reasonable."), Toward.FAIRNESS, 1,
                              tuple(f for f in shown if f.value is True)))
    else:
        missing.append(Missing(_("Did the arrest that {what} served rest on a suspicion shown "
                                 "to be reasonable?", what=what), 1))
    if by.value is Authority.NONE:
        factors.append(Factor(_("No warrant or other authority was given for {what} beyond the "
                                "power of arrest.", what=what), Toward.BREACH, 1, (by,)))
    read_yes_no(review, factors, missing,
                yes=(_("A judge reviewed {what} promptly afterwards.", what=what),
                     Toward.FAIRNESS, 1),
                no=(_("No judge reviewed {what} afterwards.", what=what), Toward.BREACH, 1))
    factors.extend(_shielded(ctx, s))
    return weigh(_("Weighing {what}, made to carry out an arrest (ICCPR art 17; ECHR art 8; "
                   "Murray v UK [GC]: the arrest's basis and whether the search went beyond "
                   "it).", what=what), factors, missing,
                 breach_text=_("the entry and search went beyond what a lawful arrest "
                               "justified."),
                 fair_text=_("the entry and search were justified by the arrest they served."),
                 side=p_("weighing side", "the search"))


def _stop_and_search(ctx: Context, s: Search) -> Decision:
    """A search of a person or a vehicle: no warrant is expected; what art 8 asks is a legal
    power with safeguards against arbitrariness. A search made on an arrest, or on a suspicion
    about the person, has them; a general power to stop and search anyone, used without
    suspicion, did not (Gillan and Quinton v UK)."""
    what = ctx.label(s)
    arrest, suspicion = ctx.fact(s, "incident_to_arrest"), ctx.fact(s, "individual_suspicion")
    if arrest.value is True:
        return compliant(_cap(_("{what} was made on the arrest, under the power that goes "
                                "with it.", what=what)), arrest)
    if suspicion.value is True:
        return compliant(_cap(_("{what} was based on a suspicion about the person searched.",
                                what=what)), suspicion)
    if suspicion.value is False:
        return breach(_cap(_("{what} was made under a general power to stop and search, "
                             "without any suspicion about the person: such a power lacks "
                             "safeguards against arbitrariness.", what=what)), suspicion)
    return unknown(_("Was {what} made on an arrest, on a suspicion about the person, or under "
                     "a general power to stop and search anyone?", what=what))


def _judges_warrant(ctx: Context, s: Search, by: Fact) -> Decision:
    """A judge's warrant is the main safeguard, but not the whole of it: a warrant drawn in
    broad terms, or stating no specific suspicion, for a lawyer's office searched without an
    observer, can still fail art 8 (Niemietz v Germany; Smirnov v Russia; Iliya Stefanov v
    Bulgaria). With nothing recorded of its terms, the judge's warrant answers the question."""
    what = ctx.label(s)
    judge = _("A judge authorised {what} beforehand.", what=what)
    scope, reasons = ctx.fact(s, "warrant_scope_limited"), ctx.fact(s, "warrant_reasoned")
    if scope.value is None and reasons.value is None:
        return compliant(judge, by)
    factors = [Factor(judge, Toward.FAIRNESS, 3, (by,))]
    missing: list[Missing] = []
    read_yes_no(scope, factors, missing, no=(_(
        "The warrant for {what} was drawn in broad terms, without limits on where to search or "
        "what to take.", what=what), Toward.BREACH, 2), yes=(_(
            "The warrant for {what} was limited to what the suspicion concerned.", what=what),
            Toward.FAIRNESS, 1), ask=(_(
                "Was the warrant for {what} limited to what the suspicion concerned, or drawn "
                "in broad terms?", what=what), 2))
    read_yes_no(reasons, factors, missing, no=(_(
        "The warrant for {what} stated no specific suspicion.", what=what), Toward.BREACH, 2),
        yes=(_("The warrant for {what} stated a specific, reasonable suspicion.", what=what),
             Toward.FAIRNESS, 1), ask=(_(
                 "Did the warrant for {what} state a specific, reasonable suspicion?",
                 what=what), 2))
    if s.place_kind in _SHIELDED:
        factors.extend(_shielded(ctx, s))
        read_yes_no(ctx.fact(s, "independent_observer"), factors, missing, yes=(_(
            "An independent observer attended {what} to protect privileged material.",
            what=what), Toward.FAIRNESS, 1), no=(_(
                "No independent observer attended {what} to protect privileged material.",
                what=what), Toward.BREACH, 1), ask=(_(
                    "Did an independent observer attend {what} to protect privileged "
                    "material?", what=what), 1))
    return weigh(_("Weighing the judge's warrant for {what} (ICCPR art 17; ECHR art 8: the "
                   "suspicion it stated, its scope, and the safeguards for privileged "
                   "material).", what=what), factors, missing,
                 breach_text=_("the warrant did not confine the search to what was "
                               "necessary."),
                 fair_text=_("the warrant confined the search to what was necessary."),
                 side=p_("weighing side", "the search"))


JUDICIAL_AUTHORISATION = Criterion(
    id="search.judicial-authorisation",
    area=Area.SEARCH,
    title="Search authorised by a judge",
    question="Was each search of a home or office authorised beforehand by a judge, or, if "
             "urgent, reviewed by a judge promptly afterwards; and was each search of a person "
             "or a vehicle made on an arrest or a suspicion about the person?",
    citations=(
        iccpr("17"),
        general_comment(16, "8", confirmed=False),
        echr("8"),
        # Without a judge's warrant, the Court looks for other safeguards, above all an
        # effective review afterwards (Camenzind: none breached; Heino: no warrant and no
        # review).
        ecthr("Camenzind v Switzerland, no. 21353/93, 16 Dec 1997"),
        ecthr("Heino v Finland, no. 56720/09, 15 Feb 2011"),
        # Premises entered to carry out an arrest on a reasonable suspicion (no violation).
        ecthr("Murray v UK [GC], no. 14310/88, 28 Oct 1994"),
        # A judge's warrant in broad terms for a lawyer's office (Niemietz).
        ecthr("Niemietz v Germany, no. 13710/88, 16 Dec 1992"),
        # A general power to stop and search anyone, without suspicion (Gillan and Quinton).
        ecthr("Gillan and Quinton v United Kingdom, no. 4158/05, 12 Jan 2010"),
    ),
    severity=Severity.SERIOUS,
    reads=("search.authorised_by", "search.warrant_shown", "search.urgent", "search.found_unlawful",
           "search.judicial_review_after", "search.warrant_reasoned",
           "search.warrant_scope_limited", "search.independent_observer",
           "search.place_kind", "search.incident_to_arrest", "search.individual_suspicion",
           "search.confined_to_arrest", "arrest.reasonable_suspicion_shown"),
    decide=_authorised,
)


def _scope(ctx: Context) -> Decision:
    def one(s: Seizure) -> Decision:
        scope = ctx.fact(s, "within_authorisation")
        # The items are the case file's own words, listed as it lists them.
        what = (_("{event} ({items})", event=ctx.label(s), items=", ".join(s.items))
                if s.items else _("{event} (items not listed)", event=ctx.label(s)))
        if scope.value is False:
            return breach(_("Items taken in {what} went beyond what the order covered.",
                            what=what), scope)
        if scope.value is True:
            return compliant(_("Everything taken in {what} was covered by the order.",
                               what=what), scope)
        return unknown(_("Was everything taken in {what} covered by a court order, and was it "
                         "needed as evidence of the offence charged?", what=what))

    return worst((one(s) for s in ctx.events(Seizure)), empty=_no_seizure())


SEIZURE_SCOPE = Criterion(
    id="search.seizure-scope",
    area=Area.SEARCH,
    title="Seizure limited to what was authorised",
    question="Was what was seized limited to the evidence named in the authorisation, without "
             "indiscriminate seizure?",
    citations=(iccpr("17"), general_comment(16, "8", confirmed=False),
               ecthr("Niemietz v Germany, no. 13710/88, 16 Dec 1992")),
    severity=Severity.MINOR,
    reads=("seizure.within_authorisation", "seizure.items"),
    decide=_scope,
)


def _record(ctx: Context) -> Decision:
    return by_detail(
        ctx, ctx.events(Search), "record_given", bad=False,
        said_bad=T_("No search record was made or given to the occupant for {what}."),
        said_good=T_("A record of {what} was made and given to the occupant."),
        ask=T_("Was a record of {what} made, signed and given to the occupant?"),
        empty=_no_search())


SEARCH_RECORD = Criterion(
    id="search.record",
    area=Area.SEARCH,
    title="Search recorded and the record served",
    question="Was a record of the search made, signed and given to the occupant?",
    citations=(iccpr("17"), general_comment(16, "8", confirmed=False)),
    severity=Severity.MINOR,
    reads=("search.record_given",),
    decide=_record,
)


def _source_protection(ctx: Context, s: Seizure, search: Search, material: Fact) -> Decision:
    """Journalistic material taken under a judge's order. The safeguard the law asks for is
    the judge's weighing itself: a prior review able to weigh the protection of sources against
    an overriding public interest, with power to refuse (Sanoma Uitgevers v Netherlands [GC]).
    An order made without that weighing is no safeguard (Roemen and Schmit v Luxembourg: a
    judge's warrant, still a breach), and one drawn in broad terms asks whether taking that much
    was necessary (Ernst and Others v Belgium)."""
    what = ctx.label(s)
    weighed = ctx.fact(s, "source_protection_weighed")
    scope = ctx.fact(search, "warrant_scope_limited")
    if weighed.value is False:
        return breach(_("Journalistic material was taken in {what} under a judge's order made "
                        "without weighing the protection of sources against the needs of the "
                        "investigation, or where less intrusive means were open.", what=what),
                      material, weighed)
    if weighed.value is None:
        return unknown(_("Did the judge who ordered {what} weigh the protection of sources "
                         "against the needs of the investigation, and were less intrusive means "
                         "open?", what=what),
                       reason=_("Journalistic material was taken in {what} under a judge's "
                                "order.", what=what), facts=(material,))
    if scope.value is False:
        return unknown(_("The order for {what} was drawn in broad terms: was taking more than "
                         "the material the overriding interest concerned necessary?", what=what),
                       reason=_("The judge weighed the protection of sources before {what}, but "
                                "the order was drawn in broad terms.", what=what),
                       facts=(material, weighed, scope))
    return compliant(_("Journalistic material was taken in {what} under a judge's order that "
                       "weighed the protection of sources against the needs of the "
                       "investigation and found an overriding public interest no less "
                       "intrusive means could serve.", what=what), material, weighed)


def _journalistic(ctx: Context) -> Decision:
    journalist = ctx.person is not None and Role.JOURNALIST in ctx.person.roles
    seizures = ctx.events(Seizure)
    if not seizures:
        return _no_seizure()

    def one(s: Seizure) -> Decision:
        material = ctx.fact(s, "journalistic_material")
        linked = ctx.case.get(s.search) if s.search else None
        search = linked if isinstance(linked, Search) else None
        judge = search is not None and search.authorised_by is Authority.JUDGE
        what = ctx.label(s)
        by = ctx.fact(search, "authorised_by") if search is not None else None
        if material.value is True and (by is None or by.value is None):
            # Who authorised the taking is the fact the finding turns on: never assumed.
            return unknown(_("Did a judge, or another independent body able to weigh the "
                             "protection of sources, review the taking of journalistic material "
                             "in {what} before the authorities could see it?", what=what),
                           reason=_("Journalistic material was taken in {what}.", what=what),
                           facts=(material,))
        if material.value is True and not judge:
            return breach(_("Journalistic material was taken in {what} without prior review by "
                            "a judge.", what=what), material, *((by,) if by is not None else ()))
        if material.value is True and search is not None:
            return _source_protection(ctx, s, search, material)
        if material.value is False:
            return not_applicable(_("No journalistic material was taken in {what}.", what=what))
        if journalist and s.items:
            return unknown(_("Did the items taken in {what} ({items}) hold journalistic "
                             "material or reveal sources?", what=what, items=", ".join(s.items)))
        if journalist:
            return unknown(_("Did the items taken in {what} (not listed) hold journalistic "
                             "material or reveal sources?", what=what))
        return not_applicable(_("Nothing recorded suggests journalistic material in {what}.",
                                what=what))

    return worst((one(s) for s in seizures), empty=_no_seizure())


JOURNALISTIC_MATERIAL = Criterion(
    id="search.journalistic-material",
    area=Area.SEARCH,
    title="Journalistic material and sources protected",
    question="Where journalistic material or sources were seized, did a judge review it "
             "beforehand, weighing the protection of sources against the needs of the "
             "investigation?",
    citations=(
        iccpr("19"),
        general_comment(34, "45", confirmed=False),
        echr("10"),
        ecthr("Sanoma Uitgevers B.V. v Netherlands [GC], no. 38224/03, 14 Sept 2010"),
        ecthr("Roemen and Schmit v Luxembourg, no. 51772/99, 25 Feb 2003"),
        ecthr("Ernst and Others v Belgium, no. 33400/96, 15 July 2003"),
    ),
    severity=Severity.SERIOUS,
    reads=("seizure.journalistic_material", "search.authorised_by", "person.roles",
           "seizure.source_protection_weighed", "search.warrant_scope_limited"),
    decide=_journalistic,
)



def _methods() -> dict[SurveillanceMethod, str]:
    """What was done, as the name of a surveillance event says it in parentheses."""
    return {
        SurveillanceMethod.COVERT_RECORDING: p_("surveillance method",
                                                "a covert audio or video recording"),
        SurveillanceMethod.INTERCEPTION: p_("surveillance method",
                                            "interception of calls, messages or mail"),
        SurveillanceMethod.LISTENING_DEVICE: p_(
            "surveillance method", "a listening device, placed in premises or worn by someone"),
        SurveillanceMethod.DEVICE_DATA: p_("surveillance method",
                                           "extraction of data from a phone or computer"),
        SurveillanceMethod.TRACKING: p_("surveillance method", "location tracking"),
        SurveillanceMethod.UNDERCOVER: p_("surveillance method",
                                         "an undercover agent or informant, a test purchase"),
        SurveillanceMethod.OTHER: p_("surveillance method", "any other covert measure"),
    }


#: Covert measures authorised by someone other than a judge: the question whether anyone
#: independent supervised them, and the reason it is asked, whole for each authority.
_SUPERVISED = {
    Authority.PROSECUTOR: (
        T_("Was {what}, authorised by a prosecutor, subject to independent supervision (a "
           "judge's authorisation or review, an oversight body)?"),
        T_("{what} rested on published law and was authorised by a prosecutor.")),
    Authority.INVESTIGATOR: (
        T_("Was {what}, authorised by an investigator, police or security officer, subject to "
           "independent supervision (a judge's authorisation or review, an oversight body)?"),
        T_("{what} rested on published law and was authorised by an investigator, police or "
           "security officer.")),
    Authority.OTHER: (
        T_("Was {what}, authorised by some other authority, subject to independent supervision "
           "(a judge's authorisation or review, an oversight body)?"),
        T_("{what} rested on published law and was authorised by some other authority.")),
}


#: Measures so intrusive that the law must be particularly precise about them, and the record
#: must say whether it was (Kruslin v France; Huvig v France): a statute alone does not show it.
_PRECISE = frozenset({SurveillanceMethod.INTERCEPTION, SurveillanceMethod.LISTENING_DEVICE})


#: Who authorised a measure, as a sentence names them.
_AUTHORITY = {Authority.PROSECUTOR: T_("a prosecutor"),
              Authority.INVESTIGATOR: T_("an investigator, police or security officer"),
              Authority.OTHER: T_("some other authority")}


def _surveillance(ctx: Context) -> Decision:
    def one(v: Surveillance) -> Decision:
        basis, by = ctx.fact(v, "legal_basis"), ctx.fact(v, "authorised_by")
        what = (_("{event} ({method})", event=ctx.label(v), method=_methods()[v.method])
                if v.method else ctx.label(v))
        if basis.value is LegalBasis.NONE:
            return breach(_cap(_("{what} had no basis in law.", what=what)), basis)
        if basis.value is LegalBasis.INTERNAL_GUIDELINES:
            return breach(_cap(_("{what} rested only on unpublished internal guidelines, which "
                                 "are not law accessible to the person and foreseeable in "
                                 "their effects.", what=what)), basis)
        if by.value is Authority.NONE:
            return breach(_("Nobody authorised {what}.", what=what), by)
        if basis.value in (LegalBasis.STATUTE, LegalBasis.PUBLISHED_RULES):
            # A statute is not enough if it does not say, with the precision covert measures
            # need, whom and what they may cover, for how long, and what becomes of what they
            # produce (Kruslin v France; Huvig v France; Malone v United Kingdom).
            quality = ctx.fact(v, "law_safeguards")
            if quality.value is False:
                return breach(_cap(_("{what} rested on law that did not state with reasonable "
                                     "clarity the scope of the power and the safeguards against "
                                     "abuse (whose communications or movements may be watched, "
                                     "for which offences, for how long, and how recordings are "
                                     "used, kept and destroyed).", what=what)), basis, quality)
            held = (quality,) if quality.value is True else ()
            if quality.value is None and v.method in _PRECISE:
                return unknown(_("Did the law {what} rested on state with reasonable clarity "
                                 "whose communications may be intercepted or recorded, for which "
                                 "offences, for how long, and how recordings are drawn up, used, "
                                 "kept and destroyed?", what=what),
                               reason=_cap(_("{what} rested on published law.", what=what)),
                               facts=(basis,))
            if by.value is None:
                return unknown(_("Who authorised {what}, and was it reviewed by a judge?",
                                 what=what),
                               reason=_cap(_("{what} rested on published law.", what=what)),
                               facts=(basis,))
            if by.value is Authority.JUDGE:
                return compliant(_cap(_("{what} rested on published law and was authorised "
                                        "by a judge or investigating judge.", what=what)),
                                 basis, by, *held)
            # Supervision may come after the measure: for location tracking, less intrusive
            # than interception, review by the trial court afterwards is a sufficient safeguard
            # (Uzun v Germany); for a more intrusive one, whether the review could undo it.
            review = ctx.fact(v, "judicial_review_after")
            if review.value is True and v.method is SurveillanceMethod.TRACKING:
                return compliant(_cap(_("{what} rested on published law and, though not "
                                        "authorised by a judge, was reviewed afterwards by a "
                                        "court or independent body; for location tracking, "
                                        "less intrusive than interception, that is a sufficient "
                                        "safeguard against abuse.", what=what)),
                                 basis, by, review, *held)
            if review.value is True:
                return unknown(_("Could the review of {what} afterwards examine its lawfulness "
                                 "and necessity and exclude or destroy what it produced, as a "
                                 "measure this intrusive requires?", what=what),
                               reason=_cap(_("{what} rested on published law, was not "
                                             "authorised by a judge, and was reviewed "
                                             "afterwards by a court or independent body.",
                                             what=what)),
                               facts=(basis, by, review))
            if review.value is False:
                # Neither a judge's authorisation nor any review afterwards: no independent
                # supervision at all (Roman Zakharov [GC]). How much a measure needs is weighed
                # with its intrusiveness (Uzun), so this stays a likely violation.
                return breach(_cap(_("{what} was authorised by {authority}, and no court or "
                                     "independent body reviewed it, before or after: covert "
                                     "surveillance needs independent supervision against "
                                     "abuse.", what=what, authority=_(_AUTHORITY[by.value]))),
                              basis, by, review, proven=False)
            # Law alone is not enough: covert measures need safeguards against abuse, above
            # all independent authorisation or supervision (Roman Zakharov v Russia [GC]).
            question, reason = _SUPERVISED[by.value]
            return unknown(_(question, what=what), reason=_cap(_(reason, what=what)),
                           facts=(basis, by))
        return unknown(_("On what law did {what} rest, and who authorised it?", what=what))

    def checked(v: Surveillance) -> Decision:
        decided = one(v)
        if v.lawyer_communications is True and decided.outcome is Outcome.NO_VIOLATION:
            return _privileged(ctx, v, decided)
        return decided

    # An undercover agent's or informer's dealings, without covert recording, are no
    # interference with private life: one who commits an offence runs the risk of meeting an
    # officer in disguise (Lüdi v Switzerland, no violation of art 8; audit17a, where Teixeira's
    # test purchase was found "authorised by nobody"). Incitement is weighed under entrapment.
    watched = [v for v in ctx.events(Surveillance)
               if v.method is not SurveillanceMethod.UNDERCOVER]
    if not watched and ctx.events(Surveillance):
        return not_applicable(_("The dealings of an undercover agent or informer with {name}, "
                                "without covert recording, do not interfere with private life "
                                "(Lüdi v Switzerland); whether they incited the offence is "
                                "weighed under entrapment.", name=ctx.name))
    return worst((checked(v) for v in watched),
                 empty=not_applicable(_("No covert surveillance of {name} is recorded.",
                                        name=ctx.name)))


def _privileged(ctx: Context, v: Surveillance, lawful: Decision) -> Decision:
    """A measure lawful on its face that caught the person's exchanges with their lawyer is
    weighed again for that privilege (ICCPR art 17; ECHR art 8): the law must say how, under
    what conditions and by whom privileged exchanges are told apart, under a judge's
    supervision (Kopp v Switzerland, violation), and the interference must be proportionate.
    A lawyer's line tapped, with a judge's authorisation, in an inquiry against the lawyer
    himself, the calls with a client used against that client, was held neither unlawful nor
    arbitrary (Van Hulst v Netherlands)."""
    what = (_("{event} ({method})", event=ctx.label(v), method=_methods()[v.method])
            if v.method else ctx.label(v))
    caught = ctx.fact(v, "lawyer_communications")
    factors = [Factor(_cap(_("{what} rested on published law, with a judge's authorisation or "
                             "an independent review.", what=what)), Toward.FAIRNESS, 1,
                      lawful.facts)]
    missing: list[Missing] = []
    read_yes_no(ctx.fact(v, "lawyer_suspected"), factors, missing, also=(caught,),
                yes=(_("It was ordered in an inquiry against the lawyer as a suspect, not aimed "
                       "at the client's defence."), Toward.FAIRNESS, 2),
                no=(_("The lawyer was not suspected of any offence: it reached confidential "
                      "exchanges between client and counsel as such."), Toward.BREACH, 2),
                ask=(_("Was {what}, which caught exchanges between {name} and their lawyer, "
                       "ordered in an inquiry against the lawyer as a suspect?", what=what,
                       name=ctx.name), 2))
    read_yes_no(ctx.fact(v, "privilege_safeguards"), factors, missing, also=(caught,),
                yes=(_("The law or the authorisation said how privileged exchanges were to be "
                       "set aside and destroyed, under a judge's supervision."),
                     Toward.FAIRNESS, 2),
                no=(_("Nothing in the law or the authorisation said how privileged exchanges "
                      "were to be told apart and set aside, or who was to decide it: that was "
                      "left to the officials listening."), Toward.BREACH, 3),
                ask=(_("Did the law or the authorisation of {what} say how exchanges covered by "
                       "legal professional privilege were to be told apart, set aside and "
                       "destroyed, under a judge's supervision?", what=what), 3))
    return weigh(
        _("Weighing {what}, which caught exchanges between {name} and their lawyer (ICCPR art 17; "
          "ECHR art 8; Kopp v Switzerland: the law must say how privileged exchanges are told "
          "apart, and by whom, under a judge's supervision; Van Hulst v Netherlands: a lawyer's "
          "line tapped with a judge's authorisation in an inquiry against the lawyer).",
          what=what, name=ctx.name),
        factors, missing, side=_("the measure"),
        breach_text=_("catching the exchanges with counsel was not shown to be lawful and "
                      "proportionate."),
        fair_text=_("catching the exchanges with counsel was lawful and proportionate."))


SURVEILLANCE = Criterion(
    id="search.surveillance-basis",
    area=Area.SEARCH,
    title="Surveillance with a basis in law",
    question="Did covert recording, interception or data extraction rest on accessible, "
             "foreseeable law, with independent authorisation or supervision?",
    citations=(iccpr("17"), general_comment(16, "8", confirmed=False), echr("8"),
               ecthr("Khan v United Kingdom, no. 35394/97, 12 May 2000"),
               ecthr("Roman Zakharov v Russia [GC], no. 47143/06, 4 Dec 2015"),
               ecthr("Kruslin v France, no. 11801/85, 24 April 1990"),
               ecthr("Huvig v France, no. 11105/84, 24 April 1990"),
               ecthr("Malone v United Kingdom, no. 8691/79, 2 August 1984"),
               ecthr("Uzun v Germany, no. 35623/05, 2 September 2010"),
               ecthr("Lüdi v Switzerland, no. 12433/86, 15 June 1992"),
               ecthr("Kopp v Switzerland, no. 23224/94, 25 March 1998"),
               hrc_views("Van Hulst v Netherlands, comm. no. 903/1999, 1 November 2004",
                         confirmed=False)),
    severity=Severity.SERIOUS,
    reads=("surveillance.legal_basis", "surveillance.authorised_by",
           "surveillance.law_safeguards", "surveillance.judicial_review_after",
           "surveillance.lawyer_communications", "surveillance.lawyer_suspected",
           "surveillance.privilege_safeguards"),
    decide=_surveillance,
)

CRITERIA = (JUDICIAL_AUTHORISATION, SEIZURE_SCOPE, SEARCH_RECORD, JOURNALISTIC_MATERIAL,
            SURVEILLANCE)
