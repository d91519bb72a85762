"""The case record: people, sources, charges and a dated timeline of facts with provenance.

Every detail that a monitor may not know is optional, and ``None`` means *not recorded*, never
"no". Each class's docstring and each field's ``doc`` metadata feed the JSON Schema and
``docs/case-format.md``, so the contract and the code cannot drift apart.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar, TypeVar

import attr._make
import attrs

from fairtrial.record import _codecache
from fairtrial.record._vocab import (
    AbsenceReason,
    AppealAgainst,
    AppealExamination,
    AppealOutcome,
    AppealReasons,
    Authority,
    ClosureGround,
    CompulsionPenalty,
    ConductKind,
    ContactWith,
    ContextKind,
    CorroborationStrength,
    Counterbalance,
    DecisionMakerLink,
    DelayCause,
    DelayExplanation,
    DetentionGround,
    DomesticDefect,
    EvidenceKind,
    Excluded,
    ExpertConclusion,
    ExpertTreatment,
    FreshDetermination,
    HearingStage,
    IllTreatmentContext,
    IncitementFinding,
    InvestigationOutcome,
    JudgePriorRole,
    LaterChange,
    LaterDisclosure,
    LegalBasis,
    LinkRemedy,
    Measure,
    NoticeCure,
    OffenceEvidence,
    OffenceKind,
    OrgKind,
    OthersInterest,
    ParticipationImpairment,
    Party,
    PlaceKind,
    Plea,
    QuestionedAs,
    Reasons,
    RecharacterisationNotice,
    RequestKind,
    Restraint,
    ReviewKind,
    Role,
    Ruling,
    SecurityBasis,
    Setting,
    SourceKind,
    Speaker,
    Stage,
    Standing,
    StatementNature,
    StatementRole,
    StatementSetting,
    SurveillanceMethod,
    Transfer,
    Treatment,
    VerdictOutcome,
    Weight,
)
from fairtrial.record._when import When

# Before the classes: the methods attrs writes for them come compiled from the last run.
_codecache.install(attr._make)

FORMAT_VERSION = "2.0"
#: Versions a case file may declare: format 1 is a subset of format 2 and loads as it is.
FORMAT_VERSIONS = ("1.0", "2.0")
E = TypeVar("E", bound="Event")


def d(text: str, **extra: Any) -> dict[str, Any]:
    """Field metadata: ``doc`` is the field's definition; ``ref`` names what an id points to."""
    return {"doc": text, **extra}




@attrs.frozen(kw_only=True)
class Source:
    """Where a fact comes from: a document, an observed hearing, a statement, an interview."""

    id: str = attrs.field(metadata=d("Unique id of this source within the case."))
    kind: SourceKind = attrs.field(metadata=d("What sort of source it is."))
    publisher: str = attrs.field(metadata=d("Who published or produced it (outlet, NGO, court)."))
    title: str | None = attrs.field(default=None, metadata=d("Its title or a short description."))
    date: When | None = attrs.field(default=None, metadata=d("When it was published or made."))
    url: str | None = attrs.field(default=None, metadata=d("Where to find it (http or https)."))
    confidential: bool = attrs.field(
        default=False, metadata=d("Hide its publisher, title and URL in public reports."))
    other_names: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Other forms of its publisher's or author's name that public "
                               "reports must hide too (other scripts, acronyms)."))
    notes: str | None = attrs.field(default=None, metadata=d("Anything else worth knowing."))


@attrs.frozen(kw_only=True, cache_hash=True)  # a key of the checklist's text caches
class Provenance:
    """Who asserts a fact, how firmly it stands, and on which sources it rests."""

    asserted_by: tuple[Party, ...] = attrs.field(
        metadata=d("Who asserts the fact.", min_items=1))
    standing: Standing = attrs.field(metadata=d("How firmly the fact stands."))
    sources: tuple[str, ...] = attrs.field(
        metadata=d("Ids of the sources that report it.", ref="source", min_items=1))
    disputed_by: tuple[Party, ...] = attrs.field(
        default=(), metadata=d("Who contests it (with standing 'disputed')."))
    counter_claim: str | None = attrs.field(
        default=None, metadata=d("The other side's version, in their words or a fair paraphrase."))
    notes: str | None = attrs.field(default=None, metadata=d("Comments on reliability."))


@attrs.frozen(kw_only=True)
class Person:
    """A person and the roles they play in the case."""

    id: str = attrs.field(metadata=d("Unique id of this person within the case."))
    name: str = attrs.field(metadata=d("Full name as commonly written."))
    roles: tuple[Role, ...] = attrs.field(metadata=d("Their roles in the case.", min_items=1))
    organisation: str | None = attrs.field(
        default=None, metadata=d("Id of the organisation they act for.", ref="organisation"))
    occupation: str | None = attrs.field(default=None, metadata=d("Their occupation."))
    minor: bool | None = attrs.field(
        default=None, metadata=d("Under 18 when the events began."))
    vulnerable: bool | None = attrs.field(
        default=None, metadata=d("Otherwise vulnerable (illness, disability, language)."))
    confidential: bool = attrs.field(
        default=False, metadata=d("Show only a pseudonym in public reports."))
    other_names: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Other forms of the name: other scripts, transliterations, "
                               "maiden names, nicknames, initials."))
    notes: str | None = attrs.field(default=None, metadata=d("Anything else worth knowing."))


@attrs.frozen(kw_only=True)
class Organisation:
    """A court, security service, ministry, media outlet, NGO or other body."""

    id: str = attrs.field(metadata=d("Unique id of this organisation within the case."))
    name: str = attrs.field(metadata=d("Its name."))
    kind: OrgKind = attrs.field(metadata=d("What sort of body it is."))
    confidential: bool = attrs.field(
        default=False, metadata=d("Show only a pseudonym in public reports."))
    other_names: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Other forms of the name: other scripts, acronyms."))
    notes: str | None = attrs.field(default=None, metadata=d("Anything else worth knowing."))


@attrs.frozen(kw_only=True)
class Charge:
    """One charge against one defendant."""

    id: str = attrs.field(metadata=d("Unique id of this charge within the case."))
    defendant: str = attrs.field(metadata=d("Id of the person charged.", ref="person"))
    code: str = attrs.field(metadata=d("The law, e.g. 'Criminal Code of the Kyrgyz Republic'."))
    article: str | None = attrs.field(
        default=None, metadata=d("The provision, e.g. '278(3)'; omit if not reported."))
    description: str = attrs.field(metadata=d("The offence in plain words."))
    conduct: tuple[ConductKind, ...] = attrs.field(
        default=(), metadata=d("What the charged conduct is; empty if not recorded."))
    conduct_description: str | None = attrs.field(
        default=None, metadata=d("What the person is said to have done."))
    offence: OffenceKind | None = attrs.field(
        default=None, metadata=d("For a charge over expression: what kind of offence the law "
                                 "makes of it."))
    evidence_of_offence: OffenceEvidence | None = attrs.field(
        default=None,
        metadata=d("Where the prosecution may answer journalism, politics or human-rights work: "
                   "what evidence of the offence itself the prosecution produced."))
    conduct_date: When | None = attrs.field(
        default=None, metadata=d("When the conduct charged took place."))
    law_in_force_from: When | None = attrs.field(
        default=None, metadata=d("Where its timing is in question: when the statutory provision "
                                 "defining the offence charged, or its penalty (in the form "
                                 "applied), came into force. Never the date of a law of "
                                 "procedure or evidence, or of a court ruling."))
    heavier_penalty: bool | None = attrs.field(
        default=None, metadata=d("Was the penalty imposed heavier than the law allowed when the "
                                 "conduct took place?"))
    earlier_acts_criminal: bool | None = attrs.field(
        default=None,
        metadata=d("For conduct spread over time that straddles the provision's coming into "
                   "force (a continuing offence tried as one): were the acts before it already "
                   "criminal under the law then in force, so that the later provision only "
                   "joined them, as domestic case law foreseeably did?"))
    crime_under_international_law: bool | None = attrs.field(
        default=None,
        metadata=d("Was the conduct, when committed, already a crime under international law "
                   "(a war crime, a crime against humanity, genocide), or criminal by the "
                   "general principles of law recognised by the community of nations, though "
                   "the domestic provision came later?"))
    lighter_penalty_later: bool | None = attrs.field(
        default=None,
        metadata=d("Where the penalty changed after the conduct: did a law in force after the "
                   "conduct and before the final judgment provide a lighter penalty for it "
                   "(even for a time)?"))
    lighter_penalty_applied: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the person get the benefit of that lighter penalty (the "
                   "sentence kept within it)?"))
    complex: bool | None = attrs.field(
        default=None, metadata=d("Was the matter charged complex to investigate or try (many "
                                 "accused or witnesses, a large volume of documents, accounts or "
                                 "expert evidence, events abroad), as a court found or nobody "
                                 "disputes?"))
    delay_explanation: DelayExplanation | None = attrs.field(
        default=None,
        metadata=d("How the authorities (the courts, the prosecution, or the State before an "
                   "international body) explained the time the proceedings on this charge took: "
                   "no explanation at all, only workload or lack of resources, or reasons "
                   "specific to the case."))
    delay_reason: str | None = attrs.field(
        default=None, metadata=d("The explanation the authorities gave for the time taken, in a "
                                 "sentence."))
    later_change: LaterChange | None = attrs.field(
        default=None,
        metadata=d("Where the sources say the law applied changed after the conduct: what the "
                   "change touched (the offence, the penalty, a rule of procedure or evidence, or "
                   "the execution of the sentence)."))
    changed_by_courts: bool | None = attrs.field(
        default=None,
        metadata=d("Where the law changed after the conduct: was the change made by the courts' "
                   "interpretation (a ruling at the person's own trial or in another case), not "
                   "by a new statute?"))
    change_foreseeable: bool | None = attrs.field(
        default=None,
        metadata=d("For a change made by the courts: was the development consistent with the "
                   "essence of the offence, and reasonably foreseeable when the person acted? "
                   "false if either was not so."))
    source_refusal: bool | None = attrs.field(
        default=None,
        metadata=d("For a charge over journalism: is the offence the journalist's refusal to "
                   "obey an order to disclose a source (contempt, refusing to testify), not a "
                   "publication?"))
    source_overriding_need: bool | None = attrs.field(
        default=None,
        metadata=d("For a refusal to disclose a source: was disclosure justified by an "
                   "overriding requirement in the public interest (preventing a serious crime, "
                   "say) that no other means could meet?"))
    newsgathering: bool | None = attrs.field(
        default=None,
        metadata=d("For a charge over journalism: is the offence the journalist's own conduct "
                   "while gathering news (disobeying a police order at a demonstration, "
                   "trespass), not a publication?"))
    treated_as_others: bool | None = attrs.field(
        default=None,
        metadata=d("For newsgathering conduct: was the journalist charged under a law binding "
                   "on everyone, for conduct that would be sanctioned in anyone (not for the "
                   "reporting itself), and treated as others present were?"))
    custodial_penalty: bool | None = attrs.field(
        default=None,
        metadata=d("Could the offence be punished by deprivation of liberty (imprisonment, "
                   "arrest, detention), whatever sentence was in the end imposed? false: only a "
                   "fine or another penalty that leaves the person free."))
    capital: bool | None = attrs.field(
        default=None, metadata=d("Could the offence be punished by death?"))
    counsel_mandatory: bool | None = attrs.field(
        default=None,
        metadata=d("Did domestic law make a lawyer mandatory for a person suspected or accused "
                   "of this offence (for its gravity, or the person's age or condition), from "
                   "the first questioning?"))
    special_court: bool | None = attrs.field(
        default=None,
        metadata=d("Was this person singled out, by a decision in their case (a prosecutor's "
                   "direction, say), for trial on the charge before a special court or by a "
                   "procedure with fewer guarantees (no jury, say) than others charged with like "
                   "offences get? false: they were tried as such charges ordinarily are."))
    special_court_grounds: bool | None = attrs.field(
        default=None,
        metadata=d("If so: were objective and reasonable grounds given or shown for singling "
                   "them out? false: none were (an unreasoned direction)."))
    refusal_to_answer: bool | None = attrs.field(
        default=None,
        metadata=d("Is the offence charged the person's refusal to answer questions or to give "
                   "information that the law required of them (or their silence when so "
                   "required), such as failing to account for their movements or to name a "
                   "car's driver?"))
    regulatory_scheme: bool | None = attrs.field(
        default=None,
        metadata=d("For a charge of refusing to answer: did the duty to answer come with an "
                   "activity the person chose to take up under a regulatory regime (keeping a "
                   "car, holding a licence)?"))
    compulsion_narrow: bool | None = attrs.field(
        default=None,
        metadata=d("For a charge of refusing to answer: was the duty limited to one narrow, "
                   "specific fact (who was driving), not questioning on the matter at large?"))
    suspect_when_required: bool | None = attrs.field(
        default=None,
        metadata=d("For a charge of refusing to answer: when the answers were demanded, was the "
                   "person suspected or accused of an offence they could have proved? false: no "
                   "proceedings against the person were pending or in view."))
    tried_before: bool | None = attrs.field(
        default=None,
        metadata=d("Had the person already been finally acquitted or convicted in this state "
                   "for the same conduct (including by proceedings that were criminal in "
                   "substance, such as a heavy administrative fine)?"))
    earlier_proceedings_connected: bool | None = attrs.field(
        default=None,
        metadata=d("Where tried before: were the two sets of proceedings so closely connected in "
                   "substance and in time as to form one response to the conduct?"))
    reopened_lawfully: bool | None = attrs.field(
        default=None,
        metadata=d("Where tried before: was the case reopened under the law, on new evidence or "
                   "for a fundamental defect in the earlier proceedings?"))
    provenance: Provenance = attrs.field(metadata=d("Who says this charge was brought."))


@attrs.frozen(kw_only=True)
class VerdictResult:
    """The outcome of a verdict for one defendant."""

    person: str = attrs.field(metadata=d("Id of the defendant.", ref="person"))
    outcome: VerdictOutcome = attrs.field(metadata=d("Convicted, acquitted, ..."))
    charges: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the charges decided.", ref="charge"))
    sentence: str | None = attrs.field(default=None, metadata=d("The sentence in plain words."))
    custodial: bool | None = attrs.field(
        default=None, metadata=d("Whether the sentence is served in custody."))
    prison_suspended: bool | None = attrs.field(
        default=None, metadata=d("A prison term imposed but suspended, or otherwise not to be "
                                 "served unless conditions are broken ('custodial' is then "
                                 "false)."))
    prison_in_default: bool | None = attrs.field(
        default=None, metadata=d("A fine to be replaced by imprisonment if unpaid, or for "
                                 "whose non-payment the person was imprisoned ('custodial' is "
                                 "then false)."))
    acquitted_of: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the charges the defendant was acquitted of.",
                               ref="charge"))
    for_lack_of_evidence: bool | None = attrs.field(
        default=None, metadata=d("For an acquittal: was it for lack of evidence?"))


@attrs.frozen(kw_only=True)
class ContextFact:
    """A sourced indicator about why the case was brought or how officials spoke of the
    accused: retaliation for journalism or politics, targeting of a group, stereotypes."""

    kind: ContextKind = attrs.field(metadata=d("What the indicator is."))
    description: str = attrs.field(metadata=d("What happened, in a sentence or two."))
    people: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the defendants it concerns; empty for all.",
                               ref="person"))
    spoken_by: Speaker | None = attrs.field(
        default=None, metadata=d("For discriminatory words: who said them."))
    provenance: Provenance = attrs.field(metadata=d("Who says so, and how firmly."))


@attrs.frozen(kw_only=True)
class SomeOf:
    """Some of a group of people, the record not saying which: "four of the five accused"."""

    count: int = attrs.field(metadata=d("How many of them it concerned.", minimum=1))
    among: tuple[str, ...] = attrs.field(
        metadata=d("Ids of the people it may have concerned; more than ``count``.",
                   ref="person", min_items=2))


# ---------------------------------------------------------------------------------------------
# Events. The base carries what every fact has; each kind adds the details it needs.


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened, when, to whom, by whom, and who says so."""

    kind: ClassVar[str] = ""

    id: str = attrs.field(metadata=d("Unique id of this event within the case."))
    date: When | None = attrs.field(
        default=None, metadata=d("When it happened, as precisely as known; omit if unknown."))
    subjects: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the people it happened to.", ref="person"))
    some_of: SomeOf | None = attrs.field(
        default=None,
        metadata=d("When it concerned some of a group and the record does not say which (\"four "
                   "of the accused\"): how many, and among whom. People known to be concerned go "
                   "in subjects."))
    actors: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the people or organisations who acted.", ref="actor"))
    place: str | None = attrs.field(default=None, metadata=d("Where it happened."))
    title: str | None = attrs.field(
        default=None, metadata=d("A short description for reports, e.g. 'Search of the "
                                 "Kloop office'."))
    summary: str | None = attrs.field(default=None, metadata=d("What happened, in a sentence."))
    provenance: Provenance = attrs.field(metadata=d("Who says it happened, and how firmly."))
    detail_provenance: dict[str, Provenance] = attrs.field(
        factory=dict,
        metadata=d("Provenance of single details that differ from the event's, keyed by the "
                   "detail's name (e.g. the search is undisputed, 'warrant_shown' is alleged)."))
    notes: str | None = attrs.field(default=None, metadata=d("Anything else worth knowing."))

    def provenance_of(self, detail: str) -> Provenance:
        """The provenance of one detail: its own if recorded, else the event's."""
        return self.detail_provenance.get(detail, self.provenance)


@attrs.frozen(kw_only=True)
class Arrest(Event):
    """A person is deprived of liberty (arrest, apprehension, detention for questioning)."""

    kind: ClassVar[str] = "arrest"
    reasons_given: bool | None = attrs.field(
        default=None, metadata=d("Were the reasons for the arrest explained at the time?"))
    reasons_within_hours: bool | None = attrs.field(
        default=None,
        metadata=d("Where not told at the time: did the person learn the reasons within a few "
                   "hours, for instance by being questioned about the specific suspicion?"))
    stated_grounds: str | None = attrs.field(
        default=None, metadata=d("The grounds the authorities gave, if any."))
    informed_of_rights: bool | None = attrs.field(
        default=None, metadata=d("Was the person told of their rights (counsel, silence)?"))
    family_notified: bool | None = attrs.field(
        default=None, metadata=d("Were relatives told of the arrest and place of custody?"))
    recorded_date: When | None = attrs.field(
        default=None, metadata=d("The time written in the official arrest record, if different."))
    arrest_warrant: bool | None = attrs.field(
        default=None, metadata=d("Was there an arrest warrant or court order?"))
    domestic_law_followed: bool | None = attrs.field(
        default=None,
        metadata=d("Was the arrest made on the grounds and by the procedure domestic law lays "
                   "down? false: a court or body found it contrary to domestic law (no warrant "
                   "where the law required one, an arrest outside the cases the law allows)."))
    domestic_law_defect: DomesticDefect | None = attrs.field(
        default=None,
        metadata=d("Where domestic_law_followed is false: what kind of breach of domestic law "
                   "the court or body found. Only one that left the arrest or detention without "
                   "any basis, or a gross and obvious irregularity in the order, makes it unlawful "
                   "by itself; an error in an order valid until set aside is weighed with how it "
                   "was put right (Mooren v Germany [GC])."))
    defect_remedied: bool | None = attrs.field(
        default=None,
        metadata=d("For an order_error: was the defect put right on review (the order replaced, "
                   "corrected, or quashed and the person released)? false: the person stayed in "
                   "detention on the defective order."))
    defect_remedied_promptly: bool | None = attrs.field(
        default=None,
        metadata=d("For an order_error put right: was it put right promptly once a court found "
                   "it (false: the person stayed in detention on the defective order meanwhile, "
                   "longer than the remedy needed)?"))
    reasonable_suspicion_shown: bool | None = attrs.field(
        default=None,
        metadata=d("For an arrest on suspicion: did the authorities show facts or information "
                   "that would satisfy an objective observer that the person may have committed "
                   "the offence (false where they showed nothing beyond, for instance, previous "
                   "convictions or the questions asked)?"))
    abroad_in: str | None = attrs.field(
        default=None,
        metadata=d("For an arrest outside the prosecuting state: the state where it happened, "
                   "as an ISO 3166-1 alpha-2 code.", pattern="^[A-Z]{2}$"))
    transfer: Transfer | None = attrs.field(
        default=None, metadata=d("For an arrest abroad: how the person was brought to the "
                                 "prosecuting state."))
    territorial_consent: bool | None = attrs.field(
        default=None, metadata=d("For an arrest abroad: did the state where it happened "
                                 "consent or take part?"))


@attrs.frozen(kw_only=True)
class Search(Event):
    """A search of a home, office, vehicle or person."""

    kind: ClassVar[str] = "search"
    place_kind: PlaceKind | None = attrs.field(default=None, metadata=d("What was searched."))
    warrant_shown: bool | None = attrs.field(
        default=None, metadata=d("Was a warrant or court order shown?"))
    authorised_by: Authority | None = attrs.field(
        default=None, metadata=d("Who authorised the search beforehand."))
    urgent: bool | None = attrs.field(
        default=None, metadata=d("Was it carried out as urgent, without prior authorisation?"))
    judicial_review_after: bool | None = attrs.field(
        default=None, metadata=d("For an urgent search: did a judge review it promptly after?"))
    record_given: bool | None = attrs.field(
        default=None, metadata=d("Was a search record made and given to the occupant?"))
    warrant_reasoned: bool | None = attrs.field(
        default=None, metadata=d("Did the authorisation state a specific, reasonable suspicion "
                                 "that justified the search?"))
    found_unlawful: bool | None = attrs.field(
        default=None,
        metadata=d("Did a domestic court (or an international body) find the search, or the "
                   "warrant for it, unlawful or disproportionate?"))
    warrant_scope_limited: bool | None = attrs.field(
        default=None, metadata=d("Was the authorisation limited to what the suspicion concerned "
                                 "(which places, what to look for), or drawn in broad terms "
                                 "('documents of any kind')?"))
    independent_observer: bool | None = attrs.field(
        default=None, metadata=d("For a lawyer's or a media outlet's premises: was an "
                                 "independent observer (a bar representative, a judge) there to "
                                 "protect privileged material and sources?"))
    incident_to_arrest: bool | None = attrs.field(
        default=None, metadata=d("Was it made on the person's arrest, under the power that "
                                 "goes with it: for a person or a vehicle, searched on the "
                                 "arrest; for premises, entered to carry out the arrest?"))
    confined_to_arrest: bool | None = attrs.field(
        default=None, metadata=d("For premises entered to carry out an arrest: did the search "
                                 "go no further than the arrest required (finding the person, "
                                 "checking for others present), rather than looking for "
                                 "evidence?"))
    individual_suspicion: bool | None = attrs.field(
        default=None, metadata=d("For a search of a person or a vehicle not made on an arrest: "
                                 "was it based on a suspicion about this person (false: a "
                                 "general power to stop and search anyone)?"))


@attrs.frozen(kw_only=True)
class Seizure(Event):
    """Property taken by the authorities."""

    kind: ClassVar[str] = "seizure"
    items: tuple[str, ...] = attrs.field(default=(), metadata=d("What was taken."))
    journalistic_material: bool | None = attrs.field(
        default=None, metadata=d("Did it include journalistic material or sources?"))
    source_protection_weighed: bool | None = attrs.field(
        default=None, metadata=d("For journalistic material taken under a judge's order: did "
                                 "the judge weigh the protection of sources against the needs "
                                 "of the investigation, with power to refuse, and find an "
                                 "overriding public interest and no less intrusive means?"))
    within_authorisation: bool | None = attrs.field(
        default=None, metadata=d("Was everything taken covered by the order?"))
    search: str | None = attrs.field(
        default=None,
        metadata=d("Id of the search it was part of.", ref="event", kinds=("search",)))


@attrs.frozen(kw_only=True)
class Interrogation(Event):
    """Questioning by investigators, police or security officers."""

    kind: ClassVar[str] = "interrogation"
    duration_hours: float | None = attrs.field(
        default=None, metadata=d("How long it lasted, in hours.", minimum=0))
    counsel_present: bool | None = attrs.field(
        default=None, metadata=d("Was a lawyer present?"))
    counsel_requested: bool | None = attrs.field(
        default=None, metadata=d("Did the person ask for a lawyer?"))
    lawyer_free_to_attend: bool | None = attrs.field(
        default=None,
        metadata=d("Questioned without a lawyer: could a lawyer have attended had the person or "
                   "their lawyer asked? true: nobody was kept out or refused, and the person "
                   "knew they could have one (was told so, or already had a lawyer); false: "
                   "the authorities did not allow one."))
    informed_of_right_to_counsel: bool | None = attrs.field(
        default=None, metadata=d("Was the person told of the right to a lawyer beforehand?"))
    informed_of_right_to_silence: bool | None = attrs.field(
        default=None, metadata=d("Was the person told of the right to remain silent?"))
    waiver: bool | None = attrs.field(
        default=None, metadata=d("Did the person waive counsel?"))
    waiver_informed: bool | None = attrs.field(
        default=None, metadata=d("Was a waiver unequivocal, informed and in writing?"))
    as_witness: bool | None = attrs.field(
        default=None, metadata=d("Questioned formally as a witness, though in fact a suspect?"))
    questioned_as: QuestionedAs | None = attrs.field(
        default=None,
        metadata=d("The capacity the person was formally questioned in: 'witness', 'suspect' "
                   "or 'accused'. With a 'suspected' event, fairtrial works out whether a "
                   "'witness' was in fact already a suspect."))
    recorded: bool | None = attrs.field(
        default=None, metadata=d("Were its time, length and participants recorded?"))
    lawyer: str | None = attrs.field(
        default=None, metadata=d("Id of the lawyer present, if one was.", ref="person"))
    lawyer_chosen_by: Party | None = attrs.field(
        default=None, metadata=d("Who chose the lawyer present: 'defendant', 'family' or "
                                 "'authorities'."))
    lawyer_suggested_by_police: bool | None = attrs.field(
        default=None, metadata=d("Did investigators suggest or bring the lawyer present?"))
    lawyer_choice_informed: bool | None = attrs.field(
        default=None,
        metadata=d("For a lawyer the investigators brought: did the person accept them freely, "
                   "knowing of any lawyer the family had retained? false: they did not know, or "
                   "could not refuse."))
    chosen_lawyer_excluded: bool | None = attrs.field(
        default=None, metadata=d("Had a lawyer chosen by the person or the family been turned "
                                 "away, or never contacted after the person named one?"))
    statement_taken: bool | None = attrs.field(
        default=None, metadata=d("Did the person make any statement? false records that none "
                                 "was taken."))
    cautioned: bool | None = attrs.field(
        default=None, metadata=d("Was the person cautioned that what they say may be used "
                                 "against them?"))
    cautioned_earlier_inadmissible: bool | None = attrs.field(
        default=None, metadata=d("Was the person told that earlier statements made without "
                                 "safeguards could not be used?"))
    silence_inference_warned: bool | None = attrs.field(
        default=None, metadata=d("Was the person warned that their silence could be held "
                                 "against them at trial?"))
    silent_on_legal_advice: bool | None = attrs.field(
        default=None, metadata=d("Did the person stay silent on a lawyer's advice, and give that "
                                 "as the reason at trial?"))
    in_custody: bool | None = attrs.field(
        default=None,
        metadata=d("Was the person deprived of liberty (arrested, held), or their freedom of "
                   "action otherwise significantly curtailed, when questioned? false: free to "
                   "go (stopped briefly at a roadside check, asked questions at home or in the "
                   "street)."))
    on_the_spot: bool | None = attrs.field(
        default=None,
        metadata=d("Were these questions put on the spot (at a roadside check, during a search, "
                   "in the street) rather than a formal interview (at a police station or an "
                   "investigator's office)?"))
    interpreter_needed: bool | None = attrs.field(
        default=None, metadata=d("Did the person need an interpreter to follow the questioning?"))
    interpreter_provided: bool | None = attrs.field(
        default=None, metadata=d("If so: was a qualified interpreter provided for it?"))
    interpretation_adequate: bool | None = attrs.field(
        default=None,
        metadata=d("Where one was provided: was the interpretation accurate and neutral, good "
                   "enough for the person to follow and answer (false: an interpreter who "
                   "suggested answers, acted as a mediator, or was not understood)?"))
    video_recorded: bool | None = attrs.field(
        default=None,
        metadata=d("Was the questioning itself filmed or sound-recorded from start to end, so "
                   "that a court could later see or hear how the statements were obtained? "
                   "('recorded' only says its time, length and participants were written "
                   "down.)"))


@attrs.frozen(kw_only=True)
class OutsideContact(Event):
    """Contact with family, a lawyer, colleagues, a consul or a doctor: granted or denied."""

    kind: ClassVar[str] = "outside_contact"
    contact_with: ContactWith = attrs.field(metadata=d("With whom."))
    granted: bool | None = attrs.field(
        default=None, metadata=d("True if the contact happened, false if it was refused."))


@attrs.frozen(kw_only=True)
class CounselAccess(Event):
    """A lawyer meets, or is refused access to, the person."""

    kind: ClassVar[str] = "counsel_access"
    counsel: str | None = attrs.field(
        default=None, metadata=d("Id of the lawyer.", ref="person"))
    granted: bool | None = attrs.field(
        default=None, metadata=d("True if the lawyer got access, false if refused."))
    chosen_by: Party | None = attrs.field(
        default=None, metadata=d("Who chose the lawyer: defendant, family, or authorities."))
    confidential: bool | None = attrs.field(
        default=None, metadata=d("Could they talk out of officials' hearing?"))
    monitoring_justified: bool | None = attrs.field(
        default=None, metadata=d("Where officials could hear the meeting: did the authorities "
                                 "show a specific risk, for this person, that made it "
                                 "necessary (not a general risk of collusion)?"))
    restriction_reason: str | None = attrs.field(
        default=None, metadata=d("The reason given for refusing or delaying access."))
    restriction_legal_basis: bool | None = attrs.field(
        default=None, metadata=d("Did the restriction have a basis in law?"))
    restriction_individual: bool | None = attrs.field(
        default=None,
        metadata=d("Was the restriction temporary and based on an individual assessment of an "
                   "urgent need (such as averting a threat to life)?"))
    informed_of_counsel: bool | None = attrs.field(
        default=None,
        metadata=d("If a chosen lawyer was turned away: was the person told the lawyer came?"))
    restriction_statutory: bool | None = attrs.field(
        default=None, metadata=d("Did the restriction follow from a general rule of law (for "
                                 "a category of offence or of suspect) rather than a decision "
                                 "on this person?"))
    delay_hours: float | None = attrs.field(
        default=None, metadata=d("How long access to a lawyer was delayed or refused, in hours.",
                                 minimum=0))
    duration_hours: float | None = attrs.field(
        default=None, metadata=d("For a meeting that took place: how long the person and the "
                                 "lawyer had together, in hours (half an hour: 0.5).",
                                 minimum=0))
    could_review_evidence: bool | None = attrs.field(
        default=None, metadata=d("Before the trial: could the lawyer and the person go through "
                                 "the prosecution's evidence (the file, the witness statements) "
                                 "together?"))
    statement_taken: bool | None = attrs.field(
        default=None, metadata=d("Where access was refused or delayed: did the person make any "
                                 "statement (an admission, a denial, an account) while without "
                                 "a lawyer? false records that none was taken."))
    investigative_acts: bool | None = attrs.field(
        default=None, metadata=d("Where access was refused or delayed: did the person take part "
                                 "in any investigative step (an identity parade, a "
                                 "reconstruction, a confrontation) while without a lawyer? false "
                                 "records that none was."))
    throughout_proceedings: bool | None = attrs.field(
        default=None, metadata=d("Did this lawyer assist the person throughout the proceedings "
                                 "from this date on (at the investigation and at every "
                                 "hearing), as the sources say? Date the event when the "
                                 "assistance began."))
    preparation_hindered: bool | None = attrs.field(
        default=None, metadata=d("Before the trial: do the sources show something specific the "
                                 "person and the lawyer could not do to prepare the defence for "
                                 "lack of time or facilities (read the file, meet, find a "
                                 "witness)? false: nothing specific was shown, and any "
                                 "complaint of too little time stayed general (a body found it "
                                 "unsubstantiated)."))
    failed_to_act: bool | None = attrs.field(
        default=None, metadata=d("For a lawyer assigned to the person (legal aid, appointed by "
                                 "the court) or retained: did that lawyer fail to act for them "
                                 "(never met them, did nothing for months, missed a step only a "
                                 "lawyer could take, such as lodging an appeal in the required "
                                 "form)? Leave 'granted' out: nobody refused the lawyer access. "
                                 "false: the lawyer acted."))
    failure_known: bool | None = attrs.field(
        default=None, metadata=d("If the lawyer failed to act: was the failure manifest to the "
                                 "authorities (plain from the file or from what happened before "
                                 "the court) or brought to their attention (the person's letters "
                                 "or complaints to the court)? false: neither."))
    authorities_intervened: bool | None = attrs.field(
        default=None, metadata=d("If the failure was known to the authorities: did they act in "
                                 "time to give the person an effective defence (replace the "
                                 "lawyer, or make the lawyer act, with time left to prepare)? "
                                 "false: they did nothing, or acted too late (a new lawyer "
                                 "appointed days before the trial)."))


@attrs.frozen(kw_only=True)
class CounselInterference(Event):
    """Threats, attacks, searches, summonses or sanctions against defence counsel."""

    kind: ClassVar[str] = "counsel_interference"
    counsel: str | None = attrs.field(default=None, metadata=d("Id of the lawyer.", ref="person"))
    by_officials: bool | None = attrs.field(
        default=None, metadata=d("Was it done by officials (true) or private persons (false)?"))
    state_protected: bool | None = attrs.field(
        default=None, metadata=d("For an attack by private persons: did the state protect or "
                                 "investigate?"))


@attrs.frozen(kw_only=True)
class FirstAppearance(Event):
    """The first time the detained person is brought before an authority after arrest."""

    kind: ClassVar[str] = "first_appearance"
    before: Authority | None = attrs.field(
        default=None, metadata=d("Before whom: a judge, or a prosecutor or investigator."))
    in_person: bool | None = attrs.field(
        default=None, metadata=d("Was the person physically present?"))
    delay_justified: bool | None = attrs.field(
        default=None,
        metadata=d("Where it came more than 48 hours after the arrest: did exceptional "
                   "circumstances justify the delay, as the authorities showed or a court "
                   "found?"))
    delay_reason: str | None = attrs.field(
        default=None, metadata=d("The reason given for a delay beyond 48 hours, in a "
                                 "sentence."))
    judge_reachable_from: When | None = attrs.field(
        default=None, metadata=d("Where it was materially impossible to bring the person before "
                                 "a judge sooner (held on a vessel on the high seas, far from any "
                                 "court): when it first became possible, such as the arrival in "
                                 "port."))
    officer_independent: bool | None = attrs.field(
        default=None,
        metadata=d("Where the authority was not a judge: was it independent of the executive "
                   "and of the parties (not bound by instructions in the case)?"))
    officer_could_release: bool | None = attrs.field(
        default=None,
        metadata=d("Did the authority review the grounds for detention itself, with the power "
                   "to order release? For a judge too: false where the judge could not order "
                   "release of their own motion even if the detention was not justified (release "
                   "could follow only an application for bail); a judge who could, but had no "
                   "power to grant bail for the offence, is true here."))
    officer_may_prosecute: bool | None = attrs.field(
        default=None,
        metadata=d("Where the authority was not a judge: could it, as things appeared when it "
                   "decided, later act against the person as prosecutor in the same "
                   "proceedings?"))


@attrs.frozen(kw_only=True)
class DetentionOrder(Event):
    """A decision on detention or another preventive measure."""

    kind: ClassVar[str] = "detention_order"
    ordered_by: Authority | None = attrs.field(default=None, metadata=d("Who ordered it."))
    measure: Measure | None = attrs.field(default=None, metadata=d("What was ordered."))
    individual_reasons: bool | None = attrs.field(
        default=None, metadata=d("Did it give reasons specific to the person (flight, ...)?"))
    alternatives_considered: bool | None = attrs.field(
        default=None, metadata=d("Were milder measures considered?"))
    until: When | None = attrs.field(default=None, metadata=d("Until when it runs."))
    grounds: tuple[DetentionGround, ...] = attrs.field(
        default=(), metadata=d("The grounds it gave for detention."))
    special_diligence: bool | None = attrs.field(
        default=None, metadata=d("For an order keeping the person in custody: had the "
                                 "authorities conducted the proceedings with special diligence "
                                 "so far (the investigation moving on, no period of inactivity "
                                 "they caused)?"))
    reasons_stereotyped: bool | None = attrs.field(
        default=None,
        metadata=d("Were its reasons a formula repeated from earlier orders, without regard to "
                   "the person's situation or the time that had passed?"))
    judge_before_trial: bool | None = attrs.field(
        default=None,
        metadata=d("Was the person, held in custody under this order, brought before a judge "
                   "before the trial? false only where the sources say the first judge the "
                   "person was brought before was at the trial (custody ordered and extended "
                   "by a prosecutor, no court hearing before it)."))
    security_fixed_by: SecurityBasis | None = attrs.field(
        default=None,
        metadata=d("For release on bail against a security (money, a surety): what its amount "
                   "was fixed by, as the decision or the reviewing court says."))
    security_within_means: bool | None = attrs.field(
        default=None,
        metadata=d("For release on bail against a security: could the person, with those ready "
                   "to stand surety (family, an employer, an insurer), provide the amount? false: "
                   "it was beyond their means."))
    held_for_security: bool | None = attrs.field(
        default=None,
        metadata=d("For release on bail against a security: did the person stay in custody after "
                   "this order because the security was not provided (for a time, or "
                   "throughout)? false: the person was released on it at once."))


@attrs.frozen(kw_only=True)
class Release(Event):
    """The person is released, with or without conditions."""

    kind: ClassVar[str] = "release"
    conditions: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Conditions attached, in plain words."))
    brought_before_judge: bool | None = attrs.field(
        default=None, metadata=d("Had the person been brought before a judge between the arrest "
                                 "and this release? false only where the sources say they never "
                                 "were."))
    gag_order: bool | None = attrs.field(
        default=None, metadata=d("Was the person forbidden to speak about the case?"))


@attrs.frozen(kw_only=True)
class FormalCharge(Event):
    """The person is formally charged or indicted."""

    kind: ClassVar[str] = "formal_charge"
    charges: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the charges brought.", ref="charge"))
    notified: bool | None = attrs.field(
        default=None, metadata=d("Was the person told of these charges at all? false: they were "
                                 "brought, and the person tried on them, without the person "
                                 "ever being told (no summons, the indictment never served)."))
    informed_in_detail: bool | None = attrs.field(
        default=None, metadata=d("Told of the nature and cause of the charges, in detail?"))
    language_understood: bool | None = attrs.field(
        default=None, metadata=d("In a language the person understands?"))
    cured_by: NoticeCure | None = attrs.field(
        default=None, metadata=d("Where the charges were not notified in detail or in a "
                                 "language understood: what made up for it before the trial, "
                                 "in time to prepare the defence?"))


@attrs.frozen(kw_only=True)
class PublicStatement(Event):
    """An official speaks publicly about the case or the accused."""

    kind: ClassVar[str] = "public_statement"
    quote: str | None = attrs.field(default=None, metadata=d("What was said, quoted or close."))
    medium: str | None = attrs.field(default=None, metadata=d("Where: press conference, TV, ..."))
    presents_as_guilty: bool | None = attrs.field(
        default=None, metadata=d("Does it present the accused as guilty before a verdict?"))
    voices_suspicion: bool | None = attrs.field(
        default=None, metadata=d("Short of declaring guilt, did it voice suspicion that the "
                                 "person was guilty (after an acquittal: cast doubt on it)?"))
    said_in: StatementSetting | None = attrs.field(
        default=None,
        metadata=d("Where it was said: 'public' (the press, television, a speech: the default "
                   "when not given) or 'procedural_decision' (a decision or submission in the "
                   "proceedings, addressed to the parties)."))
    answers_defence_request: bool | None = attrs.field(
        default=None,
        metadata=d("For words in a procedural decision: did the decision answer a request of "
                   "the defence that required the evidence to be assessed (to drop the case, "
                   "to release the accused, against committal for trial)?"))
    about_sufficiency: bool | None = attrs.field(
        default=None,
        metadata=d("For words in a procedural decision: read in its context, did the wording "
                   "assess whether the evidence sufficed for the step being decided (a trial, "
                   "continued custody) rather than declare that the accused committed the "
                   "offence? false: it declared that they committed it."))


@attrs.frozen(kw_only=True)
class BroadcastConfession(Event):
    """Authorities publish a video, broadcast or text of the accused confessing or repenting."""

    kind: ClassVar[str] = "broadcast_confession"
    medium: str | None = attrs.field(default=None, metadata=d("Where it was published."))
    content: str | None = attrs.field(default=None, metadata=d("What the accused say in it."))


@attrs.frozen(kw_only=True)
class IllTreatment(Event):
    """Ill-treatment, coercion or pressure: as alleged or as established (see provenance)."""

    kind: ClassVar[str] = "ill_treatment"
    treatment: tuple[Treatment, ...] = attrs.field(
        default=(), metadata=d("What was done."))
    characterised_as: Treatment | None = attrs.field(
        default=None,
        metadata=d("The legal characterisation, if a court or UN body made one: 'torture', or "
                   "'other' for inhuman or degrading treatment short of torture."))
    to_obtain_statement: bool | None = attrs.field(
        default=None, metadata=d("Was it aimed at getting a confession or statement?"))
    raised_before_court: bool | None = attrs.field(
        default=None, metadata=d("Was it raised before a court?"))
    injuries_documented: bool | None = attrs.field(
        default=None, metadata=d("Were injuries medically documented?"))
    complained_to_authorities: bool | None = attrs.field(
        default=None, metadata=d("Did the person, a lawyer or a relative complain of it to a "
                                 "prosecutor, investigator, custody officer or other authority "
                                 "(apart from raising it in court)?"))
    context: IllTreatmentContext | None = attrs.field(
        default=None, metadata=d("In what setting it happened."))
    duration_days: float | None = attrs.field(
        default=None, metadata=d("For conditions of detention or denial of care: how long, in "
                                 "days.", minimum=0))
    personal_space: float | None = attrs.field(
        default=None, metadata=d("For conditions of detention in a shared cell: the floor space "
                                 "for each detainee, in square metres, not counting the toilet.",
                                 minimum=0))
    other_conditions_poor: bool | None = attrs.field(
        default=None, metadata=d("For conditions of detention: were other conditions also "
                                 "inadequate (no natural light or fresh air, poor sanitation or "
                                 "heating, no outdoor exercise, no privacy at the toilet)?"))
    free_movement: bool | None = attrs.field(
        default=None, metadata=d("For conditions of detention: could the detainee spend much of "
                                 "the day outside the cell (work, exercise, other activities)?"))
    severe: bool | None = attrs.field(
        default=None, metadata=d("For poor conditions of detention with 4 m² or more of floor "
                                 "space, or for treatment of another kind than violence (a "
                                 "lack of medical care, say): were they, taken together and "
                                 "for as long as they lasted, severe enough to be inhuman or "
                                 "degrading? Only as a court or UN body found, or as the "
                                 "sources leave no doubt."))


@attrs.frozen(kw_only=True)
class Investigation(Event):
    """An inquiry into alleged ill-treatment."""

    kind: ClassVar[str] = "investigation"
    into: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the ill_treatment events investigated.", ref="event",
                               kinds=("ill_treatment",)))
    outcome: InvestigationOutcome | None = attrs.field(default=None, metadata=d("Its result."))
    independent: bool | None = attrs.field(
        default=None, metadata=d("Was the investigating body independent of those accused?"))
    prompt: bool | None = attrs.field(
        default=None, metadata=d("Was it opened promptly?"))
    effective: bool | None = attrs.field(
        default=None, metadata=d("Was it thorough: victims and officers heard, medical evidence "
                                 "gathered?"))
    officers_sanctioned: bool | None = attrs.field(
        default=None, metadata=d("Were the officers responsible prosecuted or disciplined?"))
    officers_tried: bool | None = attrs.field(
        default=None, metadata=d("Were the officers brought to trial or disciplinary "
                                 "proceedings, whatever their outcome?"))
    sanctions_token: bool | None = attrs.field(
        default=None,
        metadata=d("Where officers were punished: were the penalties so light, for what was "
                   "found, that they gave no adequate redress (suspended small fines, the "
                   "officer later promoted), as a court or body found?"))


@attrs.frozen(kw_only=True)
class MedicalExamination(Event):
    """A medical examination of a detainee."""

    kind: ClassVar[str] = "medical_examination"
    independent: bool | None = attrs.field(
        default=None, metadata=d("Was the doctor independent of the detaining authority?"))
    injuries_found: bool | None = attrs.field(
        default=None, metadata=d("Were injuries found and recorded?"))


@attrs.frozen(kw_only=True)
class Hearing(Event):
    """A court hearing."""

    kind: ClassVar[str] = "hearing"
    stage: HearingStage | None = attrs.field(default=None, metadata=d("What the hearing was for."))
    court: str | None = attrs.field(
        default=None, metadata=d("Id of the court.", ref="organisation"))
    public: bool | None = attrs.field(
        default=None,
        metadata=d("Was the hearing open to the public and press (no order closing it, nobody "
                   "turned away)? A hearing formally open but held where the public could hardly "
                   "attend (a prison) is true here, with outside_courtroom and what was done to "
                   "let the public in (publicly_announced, public_could_attend) recorded too."))
    outside_courtroom: bool | None = attrs.field(
        default=None,
        metadata=d("Was it held outside a regular courtroom, somewhere the public does not "
                   "ordinarily go or can hardly reach (a prison, a police station, a remote or "
                   "guarded site)?"))
    publicly_announced: bool | None = attrs.field(
        default=None,
        metadata=d("Were the public and press told of its date and place, and how to reach it "
                   "(a notice at the court, a published list of hearings)?"))
    public_could_attend: bool | None = attrs.field(
        default=None,
        metadata=d("Could members of the public in practice reach the place and be let in? "
                   "false: no one from outside could get in, or only on conditions that kept "
                   "them out."))
    closure_reason: str | None = attrs.field(
        default=None, metadata=d("The reason given for closing it."))
    closure_reason_given: bool | None = attrs.field(
        default=None, metadata=d("Did the court give any reason for closing it? false records "
                                 "that it gave none."))
    closure_limited_to_need: bool | None = attrs.field(
        default=None,
        metadata=d("Was the closure kept to what its reason required (one witness's testimony, "
                   "the secret documents), rather than the whole hearing?"))
    closure_ground: ClosureGround | None = attrs.field(
        default=None,
        metadata=d("Which ground the reason for closing it (or keeping people out) rests on: one "
                   "of those art 14(1) and art 6(1) allow, or 'other'."))
    defendant_present: bool | None = attrs.field(
        default=None, metadata=d("Were the defendants (subjects) present?"))
    absence_reason: AbsenceReason | None = attrs.field(
        default=None, metadata=d("Why the defendant was absent, where they were."))
    by_video_link: bool | None = attrs.field(
        default=None,
        metadata=d("Did the defendant take part by video link from elsewhere (a prison, a "
                   "detention centre), not in the courtroom? Then 'defendant_present' is left "
                   "out: it means presence in the courtroom."))
    video_link_aim: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did it pursue a legitimate aim the law or the court stated (security, "
                   "preventing escape, protecting witnesses or victims, a reasonable time)? "
                   "false: none was stated or shown."))
    video_link_could_follow: bool | None = attrs.field(
        default=None,
        metadata=d("If so: could the defendant see and hear the proceedings, and be seen and "
                   "heard by the court, without technical obstacles?"))
    video_link_counsel_confidential: bool | None = attrs.field(
        default=None,
        metadata=d("If so: could the defendant consult their lawyer confidentially during the "
                   "hearing (a private line to the lawyer in court, or the lawyer at their "
                   "side)? false: only over the open link, in officials' hearing, or not at "
                   "all."))
    attendance_requested: bool | None = attrs.field(
        default=None,
        metadata=d("For a detained defendant not brought: did they ask to be brought? false: the "
                   "law required a detainee to ask, they were told so in a language they "
                   "understood, and did not ask (an implicit waiver)."))
    removal_warned: bool | None = attrs.field(
        default=None,
        metadata=d("For a defendant removed for disrupting the hearing: had the court warned "
                   "them beforehand that it would remove them if they went on? false: removed "
                   "without a warning. Leave it out where the sources do not say."))
    removal_until_end: bool | None = attrs.field(
        default=None,
        metadata=d("For a defendant removed for disrupting the hearing: were they kept out for "
                   "the rest of the trial? false: only for part of it, and let back (or offered "
                   "to come back) once willing to behave."))
    removal_could_follow: bool | None = attrs.field(
        default=None,
        metadata=d("For a defendant removed for disrupting the hearing: could they follow the "
                   "hearing while out of the courtroom (a video or sound link, another room)? "
                   "false: they had no means of following it."))
    counsel_present: bool | None = attrs.field(
        default=None, metadata=d("Was defence counsel present?"))
    counsel_waived: bool | None = attrs.field(
        default=None, metadata=d("Did the defendant choose to defend themselves, without a "
                                 "lawyer?"))
    counsel_manifest_failure: bool | None = attrs.field(
        default=None,
        metadata=d("Did the lawyer present manifestly fail to defend (silent throughout, "
                   "conceding guilt against the client's instructions, missing a step only a "
                   "lawyer could take), in a way that was plain from what happened before "
                   "the court or was brought to its attention?"))
    counsel_kept_out: bool | None = attrs.field(
        default=None,
        metadata=d("Where no lawyer was present: was a lawyer the defendant had (retained or "
                   "assigned) kept out, refused leave to act, or not told of the hearing?"))
    counsel_imposed: bool | None = attrs.field(
        default=None,
        metadata=d("Did the court assign a lawyer to defend the accused against their wishes, "
                   "instead of or beside the lawyer they chose?"))
    imposition_justified: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the court give relevant and sufficient reasons that the "
                   "interests of justice required it (so that the trial could go on, say)?"))
    self_defence_barred_by_law: bool | None = attrs.field(
        default=None,
        metadata=d("If a lawyer was assigned against the defendant's wishes: was it because a "
                   "general rule of law requires a lawyer (in that court, or for that charge), "
                   "so that nobody may defend themselves in person, rather than a decision on "
                   "this defendant's own case? false: the court decided on this defendant's "
                   "circumstances."))
    could_pay_counsel: bool | None = attrs.field(
        default=None,
        metadata=d("Where no lawyer was present: could the defendant pay for one? false: they "
                   "lacked the means."))
    prosecution_heard: bool | None = attrs.field(
        default=None,
        metadata=d("Did the prosecution appear and address the court at it (argue, make "
                   "submissions)? false: it did not appear, or the hearing was in writing."))
    defendant_caged: bool | None = attrs.field(
        default=None,
        metadata=d("Were defendants held in a cage or a closed cabin, or restrained (handcuffs, "
                   "shackles)? An ordinary dock where every accused sits, open or glass-fronted, "
                   "is neither: false, unless they were also restrained."))
    restraint: Restraint | None = attrs.field(
        default=None, metadata=d("If so, how: a metal cage, a closed glass cabin, or handcuffs "
                                 "and other restraints."))
    restraint_justified: bool | None = attrs.field(
        default=None, metadata=d("If so: did the court give an individual reason for it (a "
                                 "real risk of escape or violence, assessed for this person)?"))
    participation_impaired: bool | None = attrs.field(
        default=None,
        metadata=d("Did something limit the defendant's ability to follow or take part in the "
                   "hearing (their age, intellectual capacity, mental health, hearing, the "
                   "courtroom itself)? Say what in 'participation_impairment'. false: nothing "
                   "did."))
    participation_impairment: ParticipationImpairment | None = attrs.field(
        default=None, metadata=d("If so: what limited it."))
    understood_proceedings: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the defendant still broadly understand the trial and what was at "
                   "stake, able to follow what the witnesses said and give their lawyer their "
                   "own account? false: they could not."))
    participation_adapted: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the court adapt the proceedings so that the defendant could "
                   "follow and take part (the procedure explained in plain words, short "
                   "sessions, seated with their lawyer, a specialist or less formal court, an "
                   "intermediary, a place where they could hear)? false: they were tried as "
                   "anyone else, or with changes that left the setting and procedure as they "
                   "were."))
    counsel_compensated: bool | None = attrs.field(
        default=None,
        metadata=d("If so: could the defendant's lawyer follow what the defendant could not, "
                   "and consult them during the hearing, so as to make up for it? false: there "
                   "was no lawyer, or the defendant could not in practice consult them."))
    participation_raised: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the defence raise with the court that the defendant could not "
                   "follow or take part?"))
    interpreter_needed: bool | None = attrs.field(
        default=None, metadata=d("Did a defendant need an interpreter?"))
    interpreter_provided: bool | None = attrs.field(
        default=None, metadata=d("Was an interpreter provided? (Who paid for it goes in "
                                 "'interpreter_cost_charged'.)"))
    interpreter_cost_charged: bool | None = attrs.field(
        default=None, metadata=d("Was the accused made to pay for the interpreter, then or "
                                 "afterwards (in the costs of a conviction, say)?"))
    interpretation_adequate: bool | None = attrs.field(
        default=None,
        metadata=d("Where an interpreter was provided: was the interpretation good enough for "
                   "the defendant to understand and take part? false: poor, or partial on "
                   "something that mattered, in a way the court saw or was told of."))
    evidence_or_argument_taken: bool | None = attrs.field(
        default=None,
        metadata=d("Was evidence taken or argument heard at it (on the charge, on detention)? "
                   "false: it only dealt with procedure (fixing a date, adjourning)."))
    intimidation: bool | None = attrs.field(
        default=None, metadata=d("Was the defence, a witness or the accused intimidated?"))
    intimidation_by_officials: bool | None = attrs.field(
        default=None, metadata=d("Was the intimidation by officials, the prosecution or the "
                                 "court? false: by others (the public, the media)."))
    court_acted: bool | None = attrs.field(
        default=None, metadata=d("Where others intimidated: did the court act to stop it and "
                                 "protect those intimidated?"))
    excluded: tuple[Excluded, ...] = attrs.field(
        default=(), metadata=d("Who was kept out when the hearing was partly closed."))


@attrs.frozen(kw_only=True)
class PleaEntered(Event):
    """A plea in court."""

    kind: ClassVar[str] = "plea"
    plea: Plea = attrs.field(metadata=d("The plea."))
    voluntary_and_informed: bool | None = attrs.field(
        default=None, metadata=d("For a guilty plea: was it made freely, with advice, knowing "
                                 "its consequences?"))
    after_adverse_ruling: bool | None = attrs.field(
        default=None, metadata=d("Was it entered after a ruling (on admissibility, say) that "
                                 "the accused could not contest before pleading?"))
    appeal_waived: bool | None = attrs.field(
        default=None, metadata=d("For a guilty plea or plea agreement: did it give up the right "
                                 "to appeal against the conviction?"))
    appeal_waiver_informed: bool | None = attrs.field(
        default=None, metadata=d("Where the appeal was given up: did the person know that the "
                                 "plea gave it up, and accept that freely?"))


@attrs.frozen(kw_only=True)
class Confession(Event):
    """The person admits guilt or makes incriminating statements."""

    kind: ClassVar[str] = "confession"
    setting: Setting | None = attrs.field(default=None, metadata=d("Where it was made."))
    counsel_present: bool | None = attrs.field(
        default=None, metadata=d("Was a lawyer present?"))
    interrogation: str | None = attrs.field(
        default=None, metadata=d("Id of the interrogation it was made in.", ref="event",
                                 kinds=("interrogation",)))
    compelled_by_law: bool | None = attrs.field(
        default=None,
        metadata=d("Was the maker under a legal duty to answer, backed by a penalty for refusing "
                   "(an inspector's or regulator's demand, a notice to name the driver)? Record "
                   "such a duty here, not as ill-treatment."))
    compulsion_penalty: CompulsionPenalty | None = attrs.field(
        default=None, metadata=d("Where compelled by law: the penalty for refusing to answer."))
    regulatory_scheme: bool | None = attrs.field(
        default=None,
        metadata=d("Where compelled by law: did the duty come with an activity the maker chose to "
                   "take up under a regulatory regime (keeping a car, running a licensed "
                   "business)?"))
    compulsion_narrow: bool | None = attrs.field(
        default=None,
        metadata=d("Where compelled by law: was the duty limited to a narrow, specific fact (who "
                   "was driving), rather than questioning on the matter at large?"))


@attrs.frozen(kw_only=True)
class Retraction(Event):
    """A confession or plea is withdrawn."""

    kind: ClassVar[str] = "retraction"
    retracts: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the confession, statement or plea events withdrawn.",
                               ref="event", kinds=("confession", "statement", "plea")))
    reason: str | None = attrs.field(default=None, metadata=d("The reason given."))
    alleges_coercion: bool | None = attrs.field(
        default=None, metadata=d("Does it say the confession was coerced?"))


@attrs.frozen(kw_only=True)
class EvidenceItem(Event):
    """Evidence put before the court, or evidence the court was asked to consider."""

    kind: ClassVar[str] = "evidence"
    evidence_kind: EvidenceKind = attrs.field(metadata=d("What sort of evidence."))
    offered_by: Party | None = attrs.field(
        default=None, metadata=d("Who put it forward: prosecution, defence or court."))
    ruling: Ruling | None = attrs.field(default=None, metadata=d("What the court did with it."))
    derived_from: tuple[str, ...] = attrs.field(
        default=(),
        metadata=d("Ids of the events it came from (a confession, a search, an interrogation).",
                   ref="event"))
    description: str | None = attrs.field(default=None, metadata=d("What it is."))
    weight: Weight | None = attrs.field(
        default=None, metadata=d("How much the conviction rested on it, where the judgment "
                                 "says so."))
    authenticity_contested: bool | None = attrs.field(
        default=None, metadata=d("Did the defence contest that it is genuine?"))
    withheld_from_defence: bool | None = attrs.field(
        default=None, metadata=d("Was this material, for or against the accused, kept from the "
                                 "defence by the prosecution or the police, without the defence "
                                 "asking for it (it did not know of it)? A refused request for "
                                 "it goes on a 'defence_request' instead."))
    judge_reviewed_material: bool | None = attrs.field(
        default=None, metadata=d("Where withheld from the defence: did a judge examine it to "
                                 "decide whether it must be disclosed?"))
    later_disclosed: LaterDisclosure | None = attrs.field(
        default=None, metadata=d("Where withheld from the defence: was it disclosed to the "
                                 "defence later, and when?"))


@attrs.frozen(kw_only=True)
class Statement(Event):
    """A statement to the authorities or a court by anyone: the accused, a co-accused, a
    witness. ``subjects`` are the people who made it."""

    kind: ClassVar[str] = "statement"
    maker_role: StatementRole | None = attrs.field(
        default=None, metadata=d("The role of the person who made it."))
    nature: StatementNature | None = attrs.field(
        default=None, metadata=d("What it says: an admission, a denial, an exculpatory account, "
                                 "an accusation of others."))
    setting: Setting | None = attrs.field(default=None, metadata=d("Where it was made."))
    given_to: Authority | None = attrs.field(
        default=None, metadata=d("To whom: investigators, a prosecutor or a judge."))
    in_custody: bool | None = attrs.field(
        default=None, metadata=d("Was the maker in custody when making it?"))
    counsel_present: bool | None = attrs.field(
        default=None, metadata=d("Was a lawyer for the maker present?"))
    interrogation: str | None = attrs.field(
        default=None, metadata=d("Id of the questioning it was made in.", ref="event",
                                 kinds=("interrogation",)))
    adopts: tuple[str, ...] = attrs.field(
        default=(),
        metadata=d("Ids of earlier statements or confessions of the same maker that this one "
                   "confirmed or adopted as true (referring back to them, not only repeating "
                   "the same facts).", ref="event", kinds=("statement", "confession")))
    used_against: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the accused it was used against in court.",
                               ref="person"))
    ruling: Ruling | None = attrs.field(
        default=None, metadata=d("What the court did with it."))
    weight: Weight | None = attrs.field(
        default=None, metadata=d("How much the conviction rested on it, where the judgment "
                                 "says so."))
    anonymous: bool | None = attrs.field(
        default=None, metadata=d("Was the maker's identity withheld from the defence?"))
    maker_examined: bool | None = attrs.field(
        default=None, metadata=d("Could the defence question the maker, at trial or before?"))
    protected_questioning_possible: bool | None = attrs.field(
        default=None, metadata=d("Where the defence could never question the maker: could the "
                                 "maker have been questioned under measures that protected "
                                 "them (identity kept secret, face or voice hidden, questions "
                                 "in writing), though that was never offered?"))
    maker_police: bool | None = attrs.field(
        default=None, metadata=d("Was the maker a police officer, or an undercover agent or "
                                 "informer acting for the police?"))
    demeanour_observed: bool | None = attrs.field(
        default=None, metadata=d("Where the defence questioned an anonymous maker: could it see "
                                 "them answer (false where it was kept in another room, with "
                                 "only a sound link)?"))
    absence_reason: str | None = attrs.field(
        default=None, metadata=d("Why the maker did not appear or was not named, as given."))
    good_reason_for_absence: bool | None = attrs.field(
        default=None, metadata=d("Did the court find a good reason (death, fear, untraceable "
                                 "after diligent search) for not hearing the maker? Recording "
                                 "an international judgment or view: what that body found, "
                                 "not the domestic court."))
    counterbalancing: tuple[Counterbalance, ...] = attrs.field(
        default=(), metadata=d("Safeguards that made up for the defence's inability to "
                               "question the maker."))
    corroboration_strength: CorroborationStrength | None = attrs.field(
        default=None,
        metadata=d("Where the defence could not question the maker: how strongly independent "
                   "evidence bore out the statement itself, not merely the accusation in "
                   "general."))
    compelled_by_law: bool | None = attrs.field(
        default=None,
        metadata=d("Was the maker under a legal duty to answer, backed by a penalty for refusing "
                   "(an inspector's or regulator's demand, a notice to name the driver)? Record "
                   "such a duty here, not as ill-treatment."))
    compulsion_penalty: CompulsionPenalty | None = attrs.field(
        default=None, metadata=d("Where compelled by law: the penalty for refusing to answer."))
    regulatory_scheme: bool | None = attrs.field(
        default=None,
        metadata=d("Where compelled by law: did the duty come with an activity the maker chose to "
                   "take up under a regulatory regime (keeping a car, running a licensed "
                   "business)?"))
    compulsion_narrow: bool | None = attrs.field(
        default=None,
        metadata=d("Where compelled by law: was the duty limited to a narrow, specific fact (who "
                   "was driving), rather than questioning on the matter at large?"))


@attrs.frozen(kw_only=True)
class Surveillance(Event):
    """Covert recording, interception, a listening device, data taken from devices, or an
    undercover operation."""

    kind: ClassVar[str] = "surveillance"
    method: SurveillanceMethod | None = attrs.field(default=None, metadata=d("How."))
    authorised_by: Authority | None = attrs.field(
        default=None, metadata=d("Who authorised it beforehand."))
    legal_basis: LegalBasis | None = attrs.field(
        default=None, metadata=d("What law it rested on."))
    law_safeguards: bool | None = attrs.field(
        default=None,
        metadata=d("Did the law it rested on state with reasonable clarity the scope of the "
                   "power and the safeguards against abuse: whose communications or movements "
                   "may be watched, for which offences, for how long, and how recordings are "
                   "drawn up, used, kept and destroyed? false: a general power (an "
                   "investigating judge's power to take any useful step) without them."))
    judicial_review_after: bool | None = attrs.field(
        default=None,
        metadata=d("Where a prosecutor or the police authorised it: did a court (the trial "
                   "court, say) or an independent oversight body review its lawfulness and "
                   "necessity afterwards, with power to exclude what it produced?"))
    lawyer_communications: bool | None = attrs.field(
        default=None,
        metadata=d("Did it capture the person's communications with their lawyer (calls, "
                   "messages or mail with counsel, on either one's line)?"))
    lawyer_suspected: bool | None = attrs.field(
        default=None,
        metadata=d("If so: was it ordered in an inquiry against the lawyer, as a suspect of an "
                   "offence (the lawyer's own line tapped for that reason)? false: the lawyer "
                   "was a third party whose exchanges with a client were caught."))
    privilege_safeguards: bool | None = attrs.field(
        default=None,
        metadata=d("If so: did the law or the authorisation say how exchanges covered by legal "
                   "professional privilege were to be told apart, set aside and destroyed, "
                   "under a judge's supervision, not left to the officials listening?"))
    prior_suspicion: bool | None = attrs.field(
        default=None,
        metadata=d("For an undercover operation: did the authorities have objective grounds "
                   "to suspect the person of the offence before it began?"))
    agents_initiated: bool | None = attrs.field(
        default=None, metadata=d("For an undercover operation: did the agents or informant "
                                 "make the first approach?"))
    pressure_applied: bool | None = attrs.field(
        default=None,
        metadata=d("For an undercover operation: did they press the person (repeated offers, "
                   "appeals to sympathy, a price above the market)?"))
    entrapment_plea_examined: bool | None = attrs.field(
        default=None, metadata=d("Where the defence said the person was incited: did the court "
                                 "examine that plea?"))
    # A court that upheld the plea and only lowered the sentence did not make good the
    # incitement (Furcht v Germany): what it concluded, and did, is recorded apart.
    incitement_finding: IncitementFinding | None = attrs.field(
        default=None,
        metadata=d("Where a court examined the plea: what it concluded, and what it did with the "
                   "evidence the operation produced if it found incitement."))
    offence_in_operation: bool | None = attrs.field(
        default=None,
        metadata=d("For an undercover operation: was the offence charged committed during it, "
                   "with the agents taking part (a test purchase)? false: the agent only gathered "
                   "evidence of an offence already committed (an informer placed beside a "
                   "suspect)."))
    elicited_after_silence: bool | None = attrs.field(
        default=None,
        metadata=d("For an informer or agent placed with the person: after the person had chosen "
                   "to stay silent under questioning, did the agent, directed by the "
                   "authorities, steer conversations to the offence to draw admissions out (the "
                   "equivalent of questioning)?"))


@attrs.frozen(kw_only=True)
class BodilyIntervention(Event):
    """A medical procedure or intimate search used to obtain evidence."""

    kind: ClassVar[str] = "bodily_intervention"
    procedure: str | None = attrs.field(default=None, metadata=d("What was done."))
    forced: bool | None = attrs.field(
        default=None, metadata=d("Was it done against the person's will?"))
    ordered_by: Authority | None = attrs.field(default=None, metadata=d("Who ordered it."))
    medical_risk: bool | None = attrs.field(
        default=None, metadata=d("Did it carry a risk to health?"))
    less_intrusive_available: bool | None = attrs.field(
        default=None, metadata=d("Could the evidence have been obtained in a less intrusive "
                                 "way (waiting, a milder method)?"))


@attrs.frozen(kw_only=True)
class BodyFinding(Event):
    """A finding of fact by a UN body, a regional court or a monitoring mission, kept as a
    sourced fact; fairtrial never adopts a body's legal conclusion as its own."""

    kind: ClassVar[str] = "body_finding"
    body: str | None = attrs.field(
        default=None, metadata=d("Id of the body.", ref="organisation"))
    about: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the events it concerns.", ref="event"))
    finding: str | None = attrs.field(default=None, metadata=d("What it found, in its words."))


@attrs.frozen(kw_only=True)
class ExpertReport(Event):
    """An expert's report or testimony."""

    kind: ClassVar[str] = "expert_report"
    appointed_by: Party | None = attrs.field(
        default=None, metadata=d("Who appointed the expert: court, prosecution or defence."))
    conclusion: ExpertConclusion | None = attrs.field(
        default=None, metadata=d("What it concluded."))
    treatment: ExpertTreatment | None = attrs.field(
        default=None, metadata=d("How the court treated it."))
    defence_could_challenge: bool | None = attrs.field(
        default=None, metadata=d("Could the defence question the expert or call its own? "
                                 "Prefer the two details below, which the law weighs apart."))
    defence_could_question: bool | None = attrs.field(
        default=None, metadata=d("Could the defence question this expert, at a hearing or in "
                                 "writing?"))
    defence_own_expert: bool | None = attrs.field(
        default=None, metadata=d("Could the defence put its own expert's evidence on the same "
                                 "matter before the court (its expert heard, or a report "
                                 "admitted)?"))
    linked_to_accuser: bool | None = attrs.field(
        default=None, metadata=d("Was the expert employed by, or otherwise tied to, the body or "
                                 "person whose report set off the prosecution, or the "
                                 "prosecution itself?"))
    acted_for_prosecution: bool | None = attrs.field(
        default=None, metadata=d("Did the expert in effect act as a witness against the "
                                 "accused, with a standing at the trial the defence's side "
                                 "did not have (attending throughout, questioning the accused "
                                 "and witnesses), or was the expert shown to be biased in "
                                 "fact? false: a tie alone, with the expert acting as a "
                                 "neutral auxiliary of the court."))
    about: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the publications or evidence the expert examined, so "
                               "that a report about one charge is not read as about another.",
                               ref="event"))


@attrs.frozen(kw_only=True)
class DefenceRequest(Event):
    """A defence request or motion and the court's answer."""

    kind: ClassVar[str] = "defence_request"
    request: RequestKind = attrs.field(metadata=d("What was asked."))
    about: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the evidence or statements the request is about (the "
                               "item the defence asked to exclude, say); without them a "
                               "request to exclude evidence is read as about every item.",
                               ref="event"))
    granted: bool | None = attrs.field(default=None, metadata=d("Was it granted?"))
    refusal_reasoned: bool | None = attrs.field(
        default=None, metadata=d("If refused: did the court give relevant reasons?"))
    relevance_shown: bool | None = attrs.field(
        default=None, metadata=d("For a defence witness: did the defence say what the witness "
                                 "would prove, and was it relevant to the charge? For more time: "
                                 "did the defence say what it still had to do? For the case "
                                 "file or evidence: did it say why the material mattered to "
                                 "the defence?"))
    days_available: float | None = attrs.field(
        default=None, metadata=d("For more time to prepare: how many days the defence had had, "
                                 "when it asked, since it could read the case file (or since "
                                 "counsel was appointed, if later).", minimum=0))
    file_pages: int | None = attrs.field(
        default=None, metadata=d("For more time to prepare: how many pages the case file had "
                                 "(a volume of a file is often about 250 pages).", minimum=0))
    judge_reviewed_material: bool | None = attrs.field(
        default=None, metadata=d("For access to the case file or evidence, refused: did a "
                                 "judge examine the withheld material to decide whether it must "
                                 "be disclosed?"))
    later_disclosed: LaterDisclosure | None = attrs.field(
        default=None, metadata=d("For access to the case file or evidence, refused: was the "
                                 "withheld material disclosed to the defence later, and when?"))
    detention_material: bool | None = attrs.field(
        default=None,
        metadata=d("For access to the case file refused while the person was detained: was the "
                   "withheld material what the detention rested on (the evidence the detention "
                   "order, or the court reviewing it, relied on), so that counsel needed it to "
                   "challenge the detention? false where what was withheld was not that "
                   "material, or counsel had the essential part of it in another adequate way "
                   "(a summary by the prosecution or the court is not enough)."))
    could_change_outcome: bool | None = attrs.field(
        default=None, metadata=d("For a defence witness refused: could the witness's evidence, "
                                 "judged on the trial as a whole, have changed the outcome (an "
                                 "alibi, the only account against the prosecution's on a "
                                 "disputed point)? false: it bore on a side issue, or the point "
                                 "was settled by other evidence the defence could test."))
    counsel_had_file: bool | None = attrs.field(
        default=None, metadata=d("For a written translation not given: did the accused's "
                                 "lawyer have the documents concerned (the whole file, say)?"))
    interpreter_for_counsel: bool | None = attrs.field(
        default=None, metadata=d("For a written translation not given: could the lawyer go "
                                 "through the documents with the accused through an interpreter "
                                 "(an interpreter at their meetings, documents read out and "
                                 "interpreted)?"))
    documents_central: bool | None = attrs.field(
        default=None, metadata=d("For a written translation not given: were the documents ones "
                                 "the accused needed to understand the case against them and "
                                 "defend themselves (the evidence the charge rested on), not "
                                 "the rest of the file?"))
    witness_answered: bool | None = attrs.field(
        default=None, metadata=d("For a prosecution witness the court agreed to let the defence "
                                 "examine: did the witness answer its questions? false: "
                                 "summoned but refused to answer (a co-accused relying on the "
                                 "right to silence, say) or never appeared; the statement is "
                                 "then weighed as an absent witness's."))
    made: bool | None = attrs.field(
        default=None, metadata=d("For more time to prepare, or a witness called or examined: "
                                 "false where the sources say the defence never asked the trial "
                                 "court for it (no adjournment sought, the court never asked to "
                                 "call or hear the witness); 'granted' then stays empty."))
    lack_manifest: bool | None = attrs.field(
        default=None, metadata=d("Where the defence did not ask ('made': false): was the lack "
                                 "of time, or the need for the witness, nonetheless manifest to "
                                 "the trial court, so that it should have acted of its own "
                                 "motion?"))
    counsel_ineffective: bool | None = attrs.field(
        default=None, metadata=d("For a request to replace the lawyer the authorities assigned: "
                                 "was it shown that the lawyer was not defending the person "
                                 "effectively (not only a preference, or a lawyer without the "
                                 "person's language where they could still communicate)? false: "
                                 "no such reason was shown."))


@attrs.frozen(kw_only=True)
class Verdict(Event):
    """A first-instance judgment."""

    kind: ClassVar[str] = "verdict"
    court: str | None = attrs.field(
        default=None, metadata=d("Id of the court.", ref="organisation"))
    results: tuple[VerdictResult, ...] = attrs.field(
        default=(), metadata=d("The outcome for each defendant."))
    reasons: Reasons | None = attrs.field(
        default=None, metadata=d("How far the judgment gives reasons."))
    relied_on: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the evidence or confession events it relied on.",
                               ref="event"))
    addressed_retraction: bool | None = attrs.field(
        default=None, metadata=d("Did it deal with a retraction or coercion claim?"))
    other_evidence: bool | None = attrs.field(
        default=None,
        metadata=d("Was there evidence of guilt other than the defendants' own statements?"))
    inference_from_silence: bool | None = attrs.field(
        default=None,
        metadata=d("Did the court draw adverse inferences from the accused's silence when "
                   "questioned?"))
    case_called_for_explanation: bool | None = attrs.field(
        default=None,
        metadata=d("Where the court drew inferences from silence: did the other evidence make "
                   "a case that clearly called for an explanation from the accused, so that the "
                   "conviction did not rest solely or mainly on the silence?"))
    silence_direction_proper: bool | None = attrs.field(
        default=None,
        metadata=d("Where a jury could draw inferences from silence: was it directed that it "
                   "could do so only if satisfied that the silence could sensibly be put down "
                   "only to the accused having no answer, or none that would stand up to "
                   "questioning (whatever reason, such as legal advice, the accused gave)?"))
    addressed_defence_arguments: bool | None = attrs.field(
        default=None, metadata=d("Did it answer the defence's decisive arguments?"))
    burden_reversed: bool | None = attrs.field(
        default=None, metadata=d("Did the court require the accused to prove innocence, or to "
                                 "prove a statement involuntary?"))
    guilt_not_proven: bool | None = attrs.field(
        default=None,
        metadata=d("Did a higher court, an international body or a trial monitor find that the "
                   "evidence before the court could not prove the charge beyond reasonable "
                   "doubt (no evidence of an element of the offence, or none that could support "
                   "the conclusion)? Record it as theirs: the defence's view alone is not this."))
    evaluation_arbitrary: bool | None = attrs.field(
        default=None,
        metadata=d("Did a higher court or an international body find this court's evaluation "
                   "of the evidence, or its application of the law, clearly arbitrary, a "
                   "manifest error or a denial of justice (not merely a reading it disagreed "
                   "with)?"))
    conduct_showed_bias: bool | None = attrs.field(
        default=None,
        metadata=d("Did the conduct of the judges in this case show that they were not "
                   "impartial (hostile or contemptuous words to the accused or the defence, "
                   "siding openly with the prosecution), as a court, an observer or an "
                   "international body recorded it?"))
    judge_expressed_guilt: bool | None = attrs.field(
        default=None, metadata=d("Had a judge who decided the case said, before the verdict, "
                                 "that this accused was guilty of the charge in this case (in "
                                 "public, to the press, or in court)? A judgment the judge gave "
                                 "in another case, such as the separate trial of an accomplice, "
                                 "is not this: record it with 'judge_prior_role_kind': "
                                 "'related_case'; a ruling in this case before the trial, with "
                                 "'pre_trial_guilt_ruling'."))
    judge_prior_role: bool | None = attrs.field(
        default=None, metadata=d("Had a judge who decided the case acted in it earlier in "
                                 "another role or taken decisions in it before the trial (say "
                                 "which in 'judge_prior_role_kind')?"))
    judge_prior_role_kind: JudgePriorRole | None = attrs.field(
        default=None, metadata=d("If so: what the judge had done in the case before the trial."))
    related_case_assessed_accused: bool | None = attrs.field(
        default=None,
        metadata=d("For a judge who had decided a related case ('judge_prior_role_kind': "
                   "'related_case'): did that earlier decision assess this accused's own guilt "
                   "as such (treating them as guilty, ruling on their own criminal liability)? "
                   "false: it described their part only as far as needed to decide another "
                   "person's guilt (as in the separate trial of an accomplice), decided the "
                   "facts or the words without a view on their liability, or named them only "
                   "in passing."))
    outside_pressure: bool | None = attrs.field(
        default=None, metadata=d("Did the executive or another body outside the court instruct "
                                 "or pressure it on the outcome?"))
    decision_maker_link: DecisionMakerLink | None = attrs.field(
        default=None, metadata=d("Did a judge or juror who decided the case have a personal or "
                                 "professional tie to a party, a witness or the subject matter, "
                                 "and to what?"))
    link_remedied: bool | None = attrs.field(
        default=None, metadata=d("If so: was it remedied (the judge stood down, the juror was "
                                 "discharged, or the judge directed the jury firmly on it; say "
                                 "which in 'link_remedy')?"))
    link_remedy: LinkRemedy | None = attrs.field(
        default=None, metadata=d("If so: what the court did about it. A direction to the jury "
                                 "can dispel a vague doubt, not one specific facts support."))
    link_substantiated: bool | None = attrs.field(
        default=None, metadata=d("For prejudice: did specific facts support it (words or "
                                 "conduct of an identified judge or juror, admitted, confirmed "
                                 "by others or otherwise established)? false: a vague, "
                                 "unattributed indication, no one identified or admitting "
                                 "anything."))
    link_close: bool | None = attrs.field(
        default=None, metadata=d("If so: was the tie close (family, friendship, personal "
                                 "acquaintance, working with the person or under them), not "
                                 "remote (a junior employee of a large firm with no dealings "
                                 "with the partner who testified)?"))
    witness_evidence_disputed: bool | None = attrs.field(
        default=None, metadata=d("For a tie to a witness: did the defence dispute that "
                                 "witness's evidence on a point that mattered to the verdict?"))
    military_court_civilian: bool | None = attrs.field(
        default=None, metadata=d("Was a civilian tried by a military court?"))
    military_judge_on_bench: bool | None = attrs.field(
        default=None, metadata=d("Was the accused, a civilian, tried by a bench on which a "
                                 "serving military officer, or another judge answerable to the "
                                 "executive or the army, sat (in a court that is not itself a "
                                 "military court)?"))
    military_court_justified: bool | None = attrs.field(
        default=None, metadata=d("If so: did the state show objective and serious reasons that "
                                 "made a military court necessary?"))
    members_subordinate_to_convener: bool | None = attrs.field(
        default=None, metadata=d("Were the members of the court (a court-martial, say) "
                                 "appointed by, and subordinate in rank or service to, an "
                                 "officer or official who also had a part in the prosecution "
                                 "(deciding the charges, appointing the prosecutor) or could "
                                 "confirm, change or quash the decision? false: the members "
                                 "were independent of any such authority."))
    appeal_available: bool | None = attrs.field(
        default=None, metadata=d("Did the law give the convicted person an ordinary appeal "
                                 "against this conviction to a higher court? false: none lay "
                                 "(a trial at first instance by the highest court, or only a "
                                 "supervisory or other extraordinary review)."))
    tried_by_highest_court: bool | None = attrs.field(
        default=None, metadata=d("Was the case tried at first instance by the highest court "
                                 "of the state?"))
    judges_identity_withheld: bool | None = attrs.field(
        default=None, metadata=d("Were the identities of the judges who decided the case "
                                 "withheld from the accused (a court of 'faceless' judges, "
                                 "behind a screen or known only by a code)?"))
    appointment_irregular: bool | None = attrs.field(
        default=None, metadata=d("Was a judge who decided the case appointed, or the bench "
                                 "composed, in breach of the domestic rules?"))
    irregularity_manifest: bool | None = attrs.field(
        default=None, metadata=d("If so: was the breach manifest, objectively and genuinely "
                                 "identifiable as such?"))
    irregularity_fundamental: bool | None = attrs.field(
        default=None, metadata=d("If so: did it concern a fundamental rule of the appointment "
                                 "(the body that selects judges, the executive's part in it), "
                                 "not a technical one?"))
    irregularity_reviewed: bool | None = attrs.field(
        default=None, metadata=d("If so: did the domestic courts effectively review the "
                                 "complaint and draw the consequences?"))
    presumption_against_accused: bool | None = attrs.field(
        default=None, metadata=d("Did the conviction rest on a presumption of fact or law "
                                 "against the accused: an element of the offence presumed from "
                                 "another fact (intent presumed from possession, say)?"))
    presumption_rebuttable: bool | None = attrs.field(
        default=None, metadata=d("For such a presumption: could the accused rebut it, and did "
                                 "the court consider the evidence offered to do so?"))
    presumption_basis_proved: bool | None = attrs.field(
        default=None, metadata=d("For such a presumption: did the prosecution still have to "
                                 "prove the facts it starts from?"))
    fresh_determination: FreshDetermination | None = attrs.field(
        default=None, metadata=d("For a verdict given in the defendant's absence: could they "
                                 "have the charge determined afresh, on the facts and the law, "
                                 "by a court that heard them?"))
    fresh_determination_for_excuse: bool | None = attrs.field(
        default=None, metadata=d("For a fresh determination 'refused': was it refused because "
                                 "the defendant did not show a valid excuse for the absence, the "
                                 "law giving it to one whose absence was not their fault "
                                 "(Medenica v Switzerland)? false: refused on another ground."))
    jury: bool | None = attrs.field(
        default=None, metadata=d("Was guilt decided by a jury (true) or professional judges?"))
    jury_directions: bool | None = attrs.field(
        default=None, metadata=d("For a jury: did the judge's directions or questions let the "
                                 "accused understand the verdict?"))
    directions_omitted_evidence: tuple[str, ...] = attrs.field(
        default=(), metadata=d("For a jury: ids of the evidence events (an expert report, a "
                               "statement, an item) that favoured the defence on a decisive "
                               "point, whose bearing the judge's directions to the jury left "
                               "out or misstated (a time of death at which the accused was "
                               "already in custody, say): what the sources say the summing-up "
                               "omitted, not every point it did not repeat.", ref="event"))
    pronounced_publicly: bool | None = attrs.field(
        default=None, metadata=d("Was it pronounced in public?"))
    made_available_to_public: bool | None = attrs.field(
        default=None, metadata=d("Where not pronounced in public: was the full judgment made "
                                 "available to anyone (deposited in the registry, "
                                 "published)?"))
    written_judgment_date: When | None = attrs.field(
        default=None, metadata=d("When the written judgment reached the defence."))
    appeal_deadline: When | None = attrs.field(
        default=None, metadata=d("The last day to appeal against it, as the law or the court "
                                 "set it."))
    charge_recharacterised: bool | None = attrs.field(
        default=None, metadata=d("Did the court convict under a legal classification of the "
                                 "facts other than the one charged (another offence, or aiding "
                                 "instead of committing)?"))
    recharacterisation_notice: RecharacterisationNotice | None = attrs.field(
        default=None, metadata=d("If so: when, if ever, the defence could answer the new "
                                 "classification."))


@attrs.frozen(kw_only=True)
class Appeal(Event):
    """An appeal against a verdict, sentence or detention order, and its result."""

    kind: ClassVar[str] = "appeal"
    against: AppealAgainst | None = attrs.field(default=None, metadata=d("What is appealed."))
    court: str | None = attrs.field(
        default=None, metadata=d("Id of the appeal court.", ref="organisation"))
    filed_by: Party | None = attrs.field(default=None, metadata=d("Who appealed."))
    outcome: AppealOutcome | None = attrs.field(default=None, metadata=d("Its result."))
    reviewed_facts_and_law: bool | None = attrs.field(
        default=None, metadata=d("Did the court review the facts and the law in substance? "
                                 "For an appeal against the sentence only: did it examine the "
                                 "sentence in substance?"))
    assessed_person: bool | None = attrs.field(
        default=None,
        metadata=d("For an appeal against the sentence: did the appeal court assess the accused "
                   "in person for it (character, state of mind, motive, dangerousness)? false: "
                   "the sentence turned on the written submissions and the law, with nothing "
                   "about the person to assess. For an appeal that convicted the accused for "
                   "the first time: did the court assess the accused in person (intent, "
                   "credibility, character, circumstances for the sentence)? false: it only "
                   "applied the law differently to the facts found at trial."))
    sentence_could_increase: bool | None = attrs.field(
        default=None,
        metadata=d("For an appeal against the sentence: could the appeal court make the "
                   "sentence harsher (the prosecution appealed too, or nothing barred a heavier "
                   "sentence or a harsher regime)?"))
    decided_date: When | None = attrs.field(
        default=None, metadata=d("When the court decided it, where the event's date is when it "
                                 "was lodged."))
    grounds_after_judgment: bool | None = attrs.field(
        default=None,
        metadata=d("Where the appeal was lodged before the written judgment reached the "
                   "defence: could the defence file or complete its grounds after receiving "
                   "it?"))
    written_judgment_date: When | None = attrs.field(
        default=None, metadata=d("When the appeal court's reasoned judgment reached the "
                                 "defence, where a further remedy against it was open."))
    appeal_deadline: When | None = attrs.field(
        default=None, metadata=d("The last day to lodge or complete a further remedy against "
                                 "the appeal court's judgment, as the law or the court set "
                                 "it."))
    # The review needs the trial court's reasoned judgment and, on a first appeal, the
    # transcripts: an appeal held up for years for want of them is no effective review
    # (Pinkney v Canada; GC32 para 49).
    awaited_trial_record: bool | None = attrs.field(
        default=None,
        metadata=d("Was the appeal held up waiting for the trial court's written judgment or the "
                   "trial transcripts (or other documents it needed)? false: they came in "
                   "reasonable time for it."))
    awaited_record_days: float | None = attrs.field(
        default=None, metadata=d("If so: how long, in days, the appeal waited for them.",
                                 minimum=0))
    awaited_record_cause: DelayCause | None = attrs.field(
        default=None, metadata=d("If so: whose failing the wait was: the authorities' (the "
                                 "court, its registry or reporters did not produce them), the "
                                 "defence's (it did not ask, or held them up), or neither."))
    awaited_record_explanation: DelayExplanation | None = attrs.field(
        default=None, metadata=d("If the authorities caused it: what they gave as the reason."))
    review_limited_to_law: bool | None = attrs.field(
        default=None,
        metadata=d("Where the facts and the law were not both reviewed: did the court review "
                   "the points of law raised, in substance, but not the facts and evidence (as a "
                   "court of cassation may)? false: it looked only at the appeal's form."))
    results: tuple[VerdictResult, ...] = attrs.field(
        default=(), metadata=d("The outcome for each defendant, if it changed."))
    further_review_available: bool | None = attrs.field(
        default=None, metadata=d("Where this appeal convicted the person for the first time "
                                 "(on an appeal against an acquittal): could a higher court "
                                 "review that conviction?"))
    review_kind: ReviewKind | None = attrs.field(
        default=None, metadata=d("What sort of remedy: an ordinary appeal, cassation, a "
                                 "constitutional complaint, supervisory review."))
    own_default: bool | None = attrs.field(
        default=None, metadata=d("If not admitted: was it for the appellant's own failure to "
                                 "meet a reasonable formal requirement (lodged late, unsigned, "
                                 "to the wrong court)?"))
    grounds_considered: bool | None = attrs.field(
        default=None, metadata=d("Did the court consider the grounds (even in refusing leave)?"))
    review_delay_cause: DelayCause | None = attrs.field(
        default=None,
        metadata=d("For a challenge to detention decided more than two weeks after it was "
                   "lodged: whose doing the time mostly was: the authorities' (the court's "
                   "scheduling or workload, a detainee not brought), the defence's (adjournments "
                   "or evidence it asked for, a lawyer who did not appear), or neither."))
    review_complex: bool | None = attrs.field(
        default=None,
        metadata=d("For such a challenge: did it raise complex issues that needed time, such as "
                   "an expert opinion or evidence from abroad (false: a simple question)?"))
    leave_on_written_grounds: bool | None = attrs.field(
        default=None,
        metadata=d("Was this an application for leave to appeal (a filter on whether the appeal "
                   "is arguable) decided on written grounds, without the parties heard in "
                   "person?"))
    counsel_advised_no_grounds: bool | None = attrs.field(
        default=None,
        metadata=d("For an application for leave to appeal: had the accused's own lawyer advised "
                   "that there were no arguable grounds of appeal? false: the lawyer saw arguable "
                   "grounds."))
    pronounced_publicly: bool | None = attrs.field(
        default=None, metadata=d("Was the appeal court's judgment pronounced in public?"))
    made_available_to_public: bool | None = attrs.field(
        default=None, metadata=d("Where not pronounced in public: was the appeal court's full "
                                 "judgment made available to anyone (deposited in the "
                                 "registry, published)?"))
    prosecution_submission_communicated: bool | None = attrs.field(
        default=None, metadata=d("Was every submission of the prosecutor to the court "
                                 "communicated to the defence, with a chance to answer?"))
    reasons: AppealReasons | None = attrs.field(
        default=None, metadata=d("How far the appeal court gave reasons of its own, or only "
                                 "endorsed the lower court's."))
    addressed_defence_arguments: bool | None = attrs.field(
        default=None, metadata=d("Did the appeal court answer the defence's decisive arguments "
                                 "(a claim of coercion or a retraction among them)?"))
    examined_withheld_material: AppealExamination | None = attrs.field(
        default=None, metadata=d("Where material was withheld from the defence at trial: did "
                                 "the appeal court examine it, with the defence able to argue on "
                                 "it or alone?"))
    # On the appeal, as on the verdict: an appeal court that convicts under a classification
    # never charged is where the breach lies (Varela Geis v Spain), not the trial court.
    charge_recharacterised: bool | None = attrs.field(
        default=None, metadata=d("Did the appeal court convict under a legal classification of "
                                 "the facts other than the one charged and tried (another "
                                 "offence, or aiding instead of committing)?"))
    recharacterisation_notice: RecharacterisationNotice | None = attrs.field(
        default=None, metadata=d("If so: when, if ever, the defence could answer the new "
                                 "classification: before the appeal court decided "
                                 "('before_verdict'), before a further court that reviewed the "
                                 "facts and the law ('on_appeal'), or never ('none')."))
    # On the appeal, not on a verdict of the appeal bench: a verdict reads as a conviction and
    # its sentence, and would count them a second time.
    decision_maker_link: DecisionMakerLink | None = attrs.field(
        default=None, metadata=d("Did a judge of the appeal court who decided the appeal have a "
                                 "personal or professional tie to a party, a witness or the "
                                 "subject matter, and to what?"))
    judge_prior_role: bool | None = attrs.field(
        default=None, metadata=d("Had a judge of the appeal court who decided the appeal acted "
                                 "in the case earlier in another role or taken decisions in it "
                                 "before the trial (say which in 'judge_prior_role_kind')?"))
    judge_prior_role_kind: JudgePriorRole | None = attrs.field(
        default=None, metadata=d("If so: what that judge had done in the case earlier."))
    related_case_assessed_accused: bool | None = attrs.field(
        default=None,
        metadata=d("For a judge of the appeal court who had decided a related case "
                   "('judge_prior_role_kind': 'related_case'): did that earlier decision assess "
                   "this accused's own guilt as such (treating them as guilty, ruling on their "
                   "own criminal liability)? false: it described their part only as far as "
                   "needed to decide another person's guilt (as in the separate trial of an "
                   "accomplice), decided the facts or the words without a view on their "
                   "liability, or named them only in passing."))
    link_remedied: bool | None = attrs.field(
        default=None, metadata=d("If so: was it remedied (the judge stood down before the "
                                 "decision)?"))
    link_substantiated: bool | None = attrs.field(
        default=None, metadata=d("For prejudice: did specific facts support it (words or "
                                 "conduct of an identified judge, admitted, confirmed by others "
                                 "or otherwise established)? false: a vague, unattributed "
                                 "indication."))
    link_close: bool | None = attrs.field(
        default=None, metadata=d("If so: was the tie close (family, friendship, personal "
                                 "acquaintance, working with the person or under them), not "
                                 "remote?"))
    witness_evidence_disputed: bool | None = attrs.field(
        default=None, metadata=d("For a tie to a witness: did the defence dispute that "
                                 "witness's evidence on a point that mattered to the decision?"))
    appointment_irregular: bool | None = attrs.field(
        default=None, metadata=d("Was a judge who decided this appeal appointed, or the bench "
                                 "composed, in breach of the domestic rules?"))
    irregularity_manifest: bool | None = attrs.field(
        default=None, metadata=d("If so: was the breach manifest, objectively and genuinely "
                                 "identifiable as such?"))
    irregularity_fundamental: bool | None = attrs.field(
        default=None, metadata=d("If so: did it concern a fundamental rule of the appointment "
                                 "(the body that selects judges, the executive's part in it), "
                                 "not a technical one?"))
    irregularity_reviewed: bool | None = attrs.field(
        default=None, metadata=d("If so: did the domestic courts effectively review the "
                                 "complaint and draw the consequences?"))


@attrs.frozen(kw_only=True)
class Pardon(Event):
    """A pardon, amnesty or early release by executive decision."""

    kind: ClassVar[str] = "pardon"


@attrs.frozen(kw_only=True)
class Publication(Event):
    """The speech, post, article, broadcast or slogan a charge is about. ``subjects`` are its
    authors; the details are what the necessity of punishing it turns on."""

    kind: ClassVar[str] = "publication"
    charges: tuple[str, ...] = attrs.field(
        default=(), metadata=d("Ids of the charges brought over it; a publication is weighed "
                               "only for the charges it names.", ref="charge"))
    content: str | None = attrs.field(
        default=None, metadata=d("What it said, briefly, or the passage charged."))
    calls_for_violence: bool | None = attrs.field(
        default=None, metadata=d("Did it call for violence, riots or disorder?"))
    intent_to_incite: bool | None = attrs.field(
        default=None, metadata=d("Was the author shown to intend to incite violence or "
                                 "hatred?"))
    imminent_risk: bool | None = attrs.field(
        default=None, metadata=d("Did it create a likely and imminent risk of violence or "
                                 "disorder?"))
    rights_of_others: tuple[OthersInterest, ...] = attrs.field(
        default=(), metadata=d("What the publication put at risk that a restriction may protect: "
                               "the confidentiality of an investigation, another person's fair "
                               "trial, another's private life, national security, the "
                               "confidentiality of official or diplomatic information."))
    already_public: bool | None = attrs.field(
        default=None, metadata=d("Was what it disclosed already widely known?"))
    bound_by_secrecy: bool | None = attrs.field(
        default=None, metadata=d("Where it disclosed information kept secret: was the author "
                                 "bound by a duty of secrecy or discretion over it (an official, "
                                 "an officer, a contractor), as a journalist ordinarily is not?"))
    misleading_presentation: bool | None = attrs.field(
        default=None, metadata=d("Was what it disclosed presented in a truncated, distorted or "
                                 "sensational way that misled readers (as a court or press "
                                 "council found), rather than accurately and in context?"))
    justifies_violence: bool | None = attrs.field(
        default=None, metadata=d("Did it praise or back the use of violence by an organisation "
                                 "or a person, without itself calling for more?"))
    targets_group: bool | None = attrs.field(
        default=None, metadata=d("Did it stir hostility, discrimination or violence against a "
                                 "group defined by ethnicity, religion, nationality or "
                                 "another protected ground?"))
    public_interest: bool | None = attrs.field(
        default=None, metadata=d("Did it concern a matter of public interest (politics, the "
                                 "conduct of officials, corruption, public affairs)?"))
    factual_basis: bool | None = attrs.field(
        default=None, metadata=d("For statements of fact: did they have a sufficient factual "
                                 "basis, or were they made in good faith with due care? For a "
                                 "value judgment: did it rest on a sufficient factual basis?"))


@attrs.frozen(kw_only=True)
class Suspected(Event):
    """The moment the authorities came to suspect a person: formally (named a suspect,
    charged) or in substance (evidence against them, their situation substantially affected)."""

    kind: ClassVar[str] = "suspected"
    formally: bool | None = attrs.field(
        default=None, metadata=d("Was the person formally named a suspect or charged then? "
                                 "false: suspected in substance only."))
    basis: str | None = attrs.field(
        default=None, metadata=d("What the suspicion rested on, in a sentence."))


@attrs.frozen(kw_only=True)
class Delay(Event):
    """A period in which the proceedings stood still or were drawn out, and who caused it: the
    date is the period ("2023-01-10/2023-09-01"), or give duration_days."""

    kind: ClassVar[str] = "delay"
    caused_by: DelayCause | None = attrs.field(
        default=None, metadata=d("Who caused it: the authorities, the defence, or neither."))
    duration_days: float | None = attrs.field(
        default=None, metadata=d("How long, in days, where the date does not give the period.",
                                 minimum=0))


@attrs.frozen(kw_only=True)
class OtherEvent(Event):
    """Any other fact worth keeping on the timeline (context; no criterion reads it)."""

    kind: ClassVar[str] = "other"


EVENT_KINDS: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (
        Arrest, Search, Seizure, Interrogation, OutsideContact, CounselAccess,
        CounselInterference, FirstAppearance, DetentionOrder, Release, FormalCharge,
        PublicStatement, BroadcastConfession, IllTreatment, Investigation, MedicalExamination,
        Hearing, PleaEntered, Confession, Retraction, EvidenceItem, ExpertReport,
        DefenceRequest, Verdict, Appeal, Pardon, OtherEvent, Statement, Surveillance,
        BodilyIntervention, BodyFinding, Suspected, Publication, Delay,
    )
}


@functools.cache
def _classes_of(kind: type[Event]) -> tuple[type[Event], ...]:
    """The event classes that are ``kind`` or derive from it."""
    return tuple(c for c in EVENT_KINDS.values() if issubclass(c, kind))


@attrs.frozen(kw_only=True)
class Case:
    """A criminal case as a monitor records it."""

    format_version: str = attrs.field(
        default=FORMAT_VERSION,
        metadata=d("Version of the case-file format: '2.0' ('1.0' files load unchanged)."))
    id: str = attrs.field(metadata=d("A stable id for the case, e.g. 'kg-2025-kloop'."))
    title: str = attrs.field(metadata=d("A short title."))
    jurisdiction: str = attrs.field(
        metadata=d("The state, as an ISO 3166-1 alpha-2 code (e.g. 'KG').",
                   pattern="^[A-Z]{2}$"))
    territory: str | None = attrs.field(
        default=None,
        metadata=d("Where the events took place, as an ISO 3166-1 alpha-2 code, when that is "
                   "not the state in 'jurisdiction' (occupied or controlled territory).",
                   pattern="^[A-Z]{2}$"))
    stage: Stage = attrs.field(metadata=d("How far the proceedings have gone."))
    summary: str | None = attrs.field(default=None, metadata=d("The case in a paragraph."))
    as_of: When | None = attrs.field(
        default=None, metadata=d("The date up to which the record is complete."))
    sources: tuple[Source, ...] = attrs.field(
        metadata=d("Every source the facts rest on.", min_items=1))
    people: tuple[Person, ...] = attrs.field(default=(), metadata=d("People in the case."))
    organisations: tuple[Organisation, ...] = attrs.field(
        default=(), metadata=d("Courts, agencies, outlets and other bodies."))
    charges: tuple[Charge, ...] = attrs.field(default=(), metadata=d("The charges."))
    events: tuple[Event, ...] = attrs.field(default=(), metadata=d("The timeline of facts."))
    context: tuple[ContextFact, ...] = attrs.field(
        default=(), metadata=d("Indicators of why the case was brought: retaliation, "
                               "targeting of a group, discriminatory words of officials."))
    notes: str | None = attrs.field(default=None, metadata=d("The monitor's notes."))

    @functools.cached_property
    def _by_id(self) -> dict[str, Any]:
        # Ids are unique across the whole record (validation checks it), so one index serves all.
        index: dict[str, Any] = {}
        for group in (self.sources, self.people, self.organisations, self.charges, self.events):
            for item in group:
                index[item.id] = item
        return index

    def get(self, item_id: str) -> Any:
        """The source, person, organisation, charge or event with this id."""
        return self._by_id[item_id]

    def defendants(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if Role.DEFENDANT in p.roles)

    @functools.cached_property
    def _memo(self) -> dict[tuple[Any, ...], Any]:
        # Lookups the checklist repeats for every criterion and person, computed once per case.
        return {}

    def events_of(self, kind: type[E], person: str | None = None) -> tuple[E, ...]:
        """Events of one kind, concerning ``person`` if given, in record order."""
        key = ("events_of", kind, person)
        found = self._memo.get(key)
        if found is None:
            matching = _classes_of(kind)  # type: ignore[arg-type]  # classes hash
            if len(matching) == 1:
                found = tuple(self._groups.get((matching[0], person), ()))
            else:  # a base class such as Event: rare, so a scan
                found = tuple(e for e in self.events if isinstance(e, kind)
                              and (person is None or person in e.subjects))
            self._memo[key] = found
        return found

    @functools.cached_property
    def _groups(self) -> dict[tuple[type[Event], str | None], list[Event]]:
        # One pass files every event under its class, for the whole case (None) and for each
        # person it concerns; the checklist asks for each kind once per person.
        groups: dict[tuple[type[Event], str | None], list[Event]] = {}
        for e in self.events:
            cls = type(e)
            groups.setdefault((cls, None), []).append(e)
            for person in dict.fromkeys(e.subjects):
                groups.setdefault((cls, person), []).append(e)
        return groups

    def derived_from(self, event_id: str) -> tuple[Event, ...]:
        """Events whose ``derived_from`` names ``event_id`` (evidence found through it)."""
        return tuple(self._derived.get(event_id, ()))

    @functools.cached_property
    def _derived(self) -> dict[str, list[Event]]:
        index: dict[str, list[Event]] = {}
        for e in self.events:
            for source in dict.fromkeys(getattr(e, "derived_from", ())):
                index.setdefault(source, []).append(e)
        return index

    def name_of(self, item_id: str) -> str:
        item = self._by_id.get(item_id)
        return getattr(item, "name", item_id)
