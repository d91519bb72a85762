"""A. Search and seizure: privacy of the home and of journalistic material (ICCPR art 17, 19)."""

from __future__ import annotations

from fairtrial._model import Search, Seizure, Surveillance
from fairtrial._vocab import Authority, LegalBasis, PlaceKind, Role
from fairtrial.checklist._core import (
    Area,
    Context,
    Criterion,
    Decision,
    Factor,
    Missing,
    Severity,
    Toward,
    breach,
    by_detail,
    compliant,
    echr,
    ecthr,
    general_comment,
    iccpr,
    not_applicable,
    unknown,
    weigh,
    worst,
)

_NO_SEARCH = not_applicable("No search concerning this person is recorded.")


#: Premises where a search reaches what the law shields most: sources, privileged files.
_SHIELDED = frozenset({PlaceKind.NEWSROOM, PlaceKind.LAW_OFFICE})


def _authorised(ctx: Context) -> Decision:
    # Neither ICCPR art 17 nor ECHR art 8 requires a judge's warrant as such: without one, the
    # Court looks for other safeguards, above all an effective review by a judge afterwards
    # (Camenzind: no violation; Heino: no warrant and no review). So the safeguards are weighed.
    def one(s: Search) -> Decision:
        by, shown = ctx.fact(s, "authorised_by"), ctx.fact(s, "warrant_shown")
        urgent, review = ctx.fact(s, "urgent"), ctx.fact(s, "judicial_review_after")
        what = ctx.label(s)
        if by.value is Authority.JUDGE:
            return compliant(f"A judge authorised {what} beforehand.", by)
        factors: list[Factor] = []
        missing: list[Missing] = []
        if by.value is Authority.NONE:
            factors.append(Factor(f"Nobody authorised {what} beforehand.", Toward.BREACH, 3,
                                  (by,)))
        elif by.value is not None:
            factors.append(Factor(f"{what[0].upper()}{what[1:]} was authorised by "
                                  f"{by.value.doc}, not a judge.", Toward.BREACH, 1, (by,)))
        elif shown.value is False:
            factors.append(Factor(f"No warrant was shown for {what}.", Toward.BREACH, 1,
                                  (shown,)))
            missing.append(Missing(f"Who authorised {what}: a judge, a prosecutor, or "
                                   "nobody?", 3))
        else:
            missing.append(Missing(f"Was {what} authorised by a judge, and was a warrant "
                                   "shown?", 3))
        if review.value is True:
            factors.append(Factor(f"A judge reviewed {what} promptly afterwards.",
                                  Toward.FAIRNESS, 2, (review,)))
            # A review afterwards is a safeguard whether or not the search was urgent
            # (Camenzind); urgency explains why there was none beforehand.
            if urgent.value is True:
                factors.append(Factor(f"{what[0].upper()}{what[1:]} was urgent, so a review "
                                      "afterwards could stand in for one beforehand.",
                                      Toward.FAIRNESS, 1, (urgent,)))
        elif review.value is False:
            factors.append(Factor(f"No judge reviewed {what} afterwards.", Toward.BREACH, 1,
                                  (review,)))
        else:
            missing.append(Missing(f"Did a judge review {what} promptly afterwards, with "
                                   "power to find it unlawful?", 2))
        if s.place_kind in _SHIELDED:
            factors.append(Factor(f"{what[0].upper()}{what[1:]} was of "
                                  f"{s.place_kind.doc if s.place_kind else ''}, which calls "
                                  "for the strictest safeguards.", Toward.BREACH, 1,
                                  (ctx.fact(s, "place_kind"),)))
        return weigh(f"Weighing the safeguards around {what} (ICCPR art 17; ECHR art 8: a "
                     "judge's authorisation beforehand, or other safeguards such as a prompt "
                     "review by a judge afterwards).", factors, missing,
                     breach_text="the search lacked adequate safeguards against abuse.",
                     fair_text="the search had adequate safeguards.", side="the search")

    return worst((one(s) for s in ctx.events(Search)), empty=_NO_SEARCH)


JUDICIAL_AUTHORISATION = Criterion(
    id="search.judicial-authorisation",
    area=Area.SEARCH,
    title="Search authorised by a judge",
    question="Was each search of a home or office authorised beforehand by a judge, or, if "
             "urgent, reviewed by a judge promptly afterwards?",
    citations=(
        iccpr("17"),
        general_comment(16, "8", confirmed=False),
        echr("8"),
        # Without a judge's warrant, the Court looks for other safeguards, above all an
        # effective review afterwards (Camenzind: none breached; Heino: no warrant and no
        # review).
        ecthr("Camenzind v Switzerland, no. 21353/93, 16 Dec 1997"),
        ecthr("Heino v Finland, no. 56720/09, 15 Feb 2011"),
    ),
    severity=Severity.SERIOUS,
    reads=("search.authorised_by", "search.warrant_shown", "search.urgent",
           "search.judicial_review_after"),
    decide=_authorised,
)


def _scope(ctx: Context) -> Decision:
    def one(s: Seizure) -> Decision:
        scope = ctx.fact(s, "within_authorisation")
        what = f"{ctx.label(s)} ({', '.join(s.items) or 'items not listed'})"
        if scope.value is False:
            return breach(f"Items taken in {what} went beyond what the order covered.", scope)
        if scope.value is True:
            return compliant(f"Everything taken in {what} was covered by the order.", scope)
        return unknown(f"Was everything taken in {what} covered by a court order, and was it "
                       "needed as evidence of the offence charged?")

    return worst((one(s) for s in ctx.events(Seizure)),
                 empty=not_applicable("No seizure concerning this person is recorded."))


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
        said_bad="No search record was made or given to the occupant for {what}.",
        said_good="A record of {what} was made and given to the occupant.",
        ask="Was a record of {what} made, signed and given to the occupant?", empty=_NO_SEARCH)


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


def _journalistic(ctx: Context) -> Decision:
    journalist = ctx.person is not None and Role.JOURNALIST in ctx.person.roles
    seizures = ctx.events(Seizure)
    if not seizures:
        return not_applicable("No seizure concerning this person is recorded.")

    def one(s: Seizure) -> Decision:
        material = ctx.fact(s, "journalistic_material")
        linked = ctx.case.get(s.search) if s.search else None
        search = linked if isinstance(linked, Search) else None
        judge = search is not None and search.authorised_by is Authority.JUDGE
        what = ctx.label(s)
        by = ctx.fact(search, "authorised_by") if search is not None else None
        if material.value is True and (by is None or by.value is None):
            # Who authorised the taking is the fact the finding turns on: never assumed.
            return unknown(f"Did a judge, or another independent body able to weigh the "
                           f"protection of sources, review the taking of journalistic material "
                           f"in {what} before the authorities could see it?",
                           reason=f"Journalistic material was taken in {what}.",
                           facts=(material,))
        if material.value is True and not judge:
            return breach(f"Journalistic material was taken in {what} without prior review by a "
                          "judge.", material, *((by,) if by is not None else ()))
        if material.value is True:
            return compliant(f"Journalistic material was taken in {what} under a judge's order.",
                             material, ctx.fact(search) if search else material)
        if material.value is False:
            return not_applicable(f"No journalistic material was taken in {what}.")
        if journalist:
            return unknown(f"Did the items taken in {what} ({', '.join(s.items) or 'not listed'}) "
                           "hold journalistic material or reveal sources?")
        return not_applicable(f"Nothing recorded suggests journalistic material in {what}.")

    return worst((one(s) for s in seizures), empty=not_applicable("No seizure recorded."))


JOURNALISTIC_MATERIAL = Criterion(
    id="search.journalistic-material",
    area=Area.SEARCH,
    title="Journalistic material and sources protected",
    question="Where journalistic material or sources were seized, was there prior review by a "
             "judge?",
    citations=(
        iccpr("19"),
        general_comment(34, "45", confirmed=False),
        echr("10"),
        ecthr("Sanoma Uitgevers B.V. v Netherlands [GC], no. 38224/03, 14 Sept 2010"),
        ecthr("Roemen and Schmit v Luxembourg, no. 51772/99, 25 Feb 2003"),
    ),
    severity=Severity.SERIOUS,
    reads=("seizure.journalistic_material", "search.authorised_by", "person.roles"),
    decide=_journalistic,
)



def _surveillance(ctx: Context) -> Decision:
    def one(v: Surveillance) -> Decision:
        basis, by = ctx.fact(v, "legal_basis"), ctx.fact(v, "authorised_by")
        what = ctx.label(v) + (f" ({v.method.doc})" if v.method else "")
        if basis.value is LegalBasis.NONE:
            return breach(f"{what[0].upper()}{what[1:]} had no basis in law.", basis)
        if basis.value is LegalBasis.INTERNAL_GUIDELINES:
            return breach(f"{what[0].upper()}{what[1:]} rested only on unpublished internal "
                          "guidelines, which are not law accessible to the person and "
                          "foreseeable in their effects.", basis)
        if by.value is Authority.NONE:
            return breach(f"Nobody authorised {what}.", by)
        if basis.value in (LegalBasis.STATUTE, LegalBasis.PUBLISHED_RULES):
            if by.value is None:
                return unknown(f"Who authorised {what}, and was it reviewed by a judge?",
                               reason=f"{what[0].upper()}{what[1:]} rested on published law.",
                               facts=(basis,))
            if by.value is Authority.JUDGE:
                return compliant(f"{what[0].upper()}{what[1:]} rested on published law and "
                                 f"was authorised by {by.value.doc}.", basis, by)
            # Law alone is not enough: covert measures need safeguards against abuse, above
            # all independent authorisation or supervision (Roman Zakharov v Russia [GC]).
            return unknown(f"Was {what}, authorised by {by.value.doc}, subject to independent "
                           "supervision (a judge's authorisation or review, an oversight "
                           "body)?", reason=f"{what[0].upper()}{what[1:]} rested on published "
                           f"law and was authorised by {by.value.doc}.", facts=(basis, by))
        return unknown(f"On what law did {what} rest, and who authorised it?")

    return worst((one(v) for v in ctx.events(Surveillance)),
                 empty=not_applicable(f"No covert surveillance of {ctx.name} is recorded."))


SURVEILLANCE = Criterion(
    id="search.surveillance-basis",
    area=Area.SEARCH,
    title="Surveillance with a basis in law",
    question="Did covert recording, interception or data extraction rest on accessible, "
             "foreseeable law, with independent authorisation or supervision?",
    citations=(iccpr("17"), general_comment(16, "8", confirmed=False), echr("8"),
               ecthr("Khan v United Kingdom, no. 35394/97, 12 May 2000"),
               ecthr("Roman Zakharov v Russia [GC], no. 47143/06, 4 Dec 2015")),
    severity=Severity.SERIOUS,
    reads=("surveillance.legal_basis", "surveillance.authorised_by"),
    decide=_surveillance,
)

CRITERIA = (JUDICIAL_AUTHORISATION, SEIZURE_SCOPE, SEARCH_RECORD, JOURNALISTIC_MATERIAL,
            SURVEILLANCE)
