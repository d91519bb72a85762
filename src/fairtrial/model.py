"""The public model of a case record: import the classes you need from here."""

from fairtrial._model import (
    EVENT_KINDS, FORMAT_VERSION, Appeal, Arrest, BroadcastConfession, Case, Charge, Confession,
    CounselAccess, CounselInterference, DefenceRequest, DetentionOrder, Event, EvidenceItem,
    ExpertReport, FirstAppearance, FormalCharge, Hearing, IllTreatment, Interrogation,
    Investigation, MedicalExamination, Organisation, OtherEvent, OutsideContact, Pardon, Person, PleaEntered,
    Provenance, PublicStatement, Release, Retraction, Search, Seizure, Source, Verdict,
    VerdictResult,
)
from fairtrial._vocab import (
    AppealAgainst, AppealOutcome, Authority, ConductKind, ContactWith, EvidenceKind,
    ExpertConclusion, ExpertTreatment, HearingStage, InvestigationOutcome, Measure, OrgKind,
    Party, PlaceKind, Plea, Reasons, RequestKind, Role, Ruling, Setting, SourceKind, Stage,
    Standing, Treatment, VerdictOutcome,
)
from fairtrial._when import Span, Tri, When

__all__ = [
    "EVENT_KINDS", "FORMAT_VERSION", "Appeal", "AppealAgainst", "AppealOutcome", "Arrest",
    "Authority", "BroadcastConfession", "Case", "Charge", "ConductKind", "Confession",
    "ContactWith", "CounselAccess", "CounselInterference", "DefenceRequest", "DetentionOrder",
    "Event", "EvidenceItem", "EvidenceKind", "ExpertConclusion", "ExpertReport",
    "ExpertTreatment", "FirstAppearance", "FormalCharge", "Hearing", "HearingStage",
    "IllTreatment", "Interrogation", "Investigation", "InvestigationOutcome", "Measure",
    "MedicalExamination", "OrgKind", "Organisation", "OtherEvent", "OutsideContact", "Pardon", "Party",
    "Person", "PlaceKind", "Plea", "PleaEntered", "Provenance", "PublicStatement", "Reasons",
    "Release", "RequestKind", "Retraction", "Role", "Ruling", "Search", "Seizure", "Setting",
    "Source", "SourceKind", "Span", "Stage", "Standing", "Treatment", "Tri", "Verdict",
    "VerdictOutcome", "VerdictResult", "When",
]
