"""Closed vocabularies of the case record. The string value of each member is its stable code."""

from __future__ import annotations

import enum

__all__ = [
    "AbsenceReason",
    "AppealAgainst",
    "AppealExamination",
    "AppealOutcome",
    "AppealReasons",
    "Authority",
    "ClosureGround",
    "CompulsionPenalty",
    "ConductKind",
    "ContactWith",
    "ContextKind",
    "CorroborationStrength",
    "Counterbalance",
    "DecisionMakerLink",
    "DelayCause",
    "DetentionGround",
    "Doc",
    "EvidenceKind",
    "Excluded",
    "ExpertConclusion",
    "ExpertTreatment",
    "FreshDetermination",
    "HearingStage",
    "IllTreatmentContext",
    "InvestigationOutcome",
    "JudgePriorRole",
    "LaterDisclosure",
    "LegalBasis",
    "LinkRemedy",
    "Measure",
    "NoticeCure",
    "OffenceEvidence",
    "OffenceKind",
    "OrgKind",
    "OthersInterest",
    "ParticipationImpairment",
    "Party",
    "PlaceKind",
    "Plea",
    "QuestionedAs",
    "Reasons",
    "RecharacterisationNotice",
    "RequestKind",
    "Restraint",
    "ReviewKind",
    "Role",
    "Ruling",
    "SecurityBasis",
    "Setting",
    "SourceKind",
    "Speaker",
    "Stage",
    "Standing",
    "StatementNature",
    "StatementRole",
    "StatementSetting",
    "SurveillanceMethod",
    "Transfer",
    "Treatment",
    "VerdictOutcome",
    "Weight",
]


class Doc(enum.Enum):
    """An Enum whose members carry a one-line definition for the docs and the schema."""

    def __new__(cls, value: str, doc: str = "") -> Doc:
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj

    doc: str
    # Members are singletons compared by identity, so identity hashing agrees with equality; it
    # is C code, where Enum's own __hash__ is Python, and the checklist hashes members often.
    __hash__ = object.__hash__


class Stage(Doc):
    INVESTIGATION = "investigation", "suspects questioned or detained; no indictment yet"
    PRE_TRIAL = "pre_trial", "indicted, awaiting trial"
    TRIAL = "trial", "first-instance trial under way"
    JUDGMENT = "judgment", "first-instance judgment given, no appeal decided"
    APPEAL = "appeal", "appeal pending or decided, further review possible"
    FINAL = "final", "no further ordinary remedy"
    CLOSED = "closed", "proceedings dropped or ended without judgment"


class Role(Doc):
    DEFENDANT = "defendant", "a person suspected, accused or convicted in the case"
    DEFENCE_COUNSEL = "defence_counsel", "a lawyer acting for a defendant"
    JUDGE = "judge", "a judge or investigating judge"
    PROSECUTOR = "prosecutor", "a prosecutor"
    INVESTIGATOR = "investigator", "an investigator or police officer"
    SECURITY_OFFICIAL = "security_official", "an officer of a security service"
    EXPERT = "expert", "an expert witness or author of an expert report"
    WITNESS = "witness", "a witness"
    OFFICIAL = "official", "a public official outside the justice system"
    JOURNALIST = "journalist", "a journalist or media worker"
    FAMILY_MEMBER = "family_member", "a relative of a defendant"
    MONITOR = "monitor", "a trial monitor or researcher"
    OTHER = "other", "any other role"


class OrgKind(Doc):
    COURT = "court", "a court"
    SECURITY_SERVICE = "security_service", "a security or intelligence service"
    POLICE = "police", "a police force"
    PROSECUTOR_OFFICE = "prosecutor_office", "a prosecutor's office"
    GOVERNMENT = "government", "a government office or official body"
    MEDIA_OUTLET = "media_outlet", "a newspaper, broadcaster or online outlet"
    NGO = "ngo", "a non-governmental organisation"
    BAR = "bar", "a bar association or law firm"
    INTERNATIONAL_BODY = "international_body", "a UN or regional body"
    OTHER = "other", "any other organisation"


class SourceKind(Doc):
    COURT_DOCUMENT = "court_document", "a judgment, order, indictment or record of a court"
    HEARING_OBSERVED = "hearing_observed", "a hearing attended by a monitor"
    NGO_STATEMENT = "ngo_statement", "a report or statement of an NGO"
    MEDIA_REPORT = "media_report", "a news report"
    OFFICIAL_STATEMENT = "official_statement", "a statement by a state body or official"
    TESTIMONY = "testimony", "an interview or testimony given to the monitor"
    SOCIAL_MEDIA = "social_media", "a post on a social network"
    OTHER = "other", "any other source"


class Party(Doc):
    COURT = "court", "a court found it"
    PROSECUTION = "prosecution", "the prosecution or investigators say so"
    DEFENCE = "defence", "defence counsel say so"
    DEFENDANT = "defendant", "the defendant says so"
    AUTHORITIES = "authorities", "other state officials say so"
    NGO = "ngo", "a non-governmental organisation says so"
    MEDIA = "media", "the media report it"
    MONITOR = "monitor", "the monitor observed it"
    EXPERT = "expert", "an expert says so"
    WITNESS = "witness", "a witness says so"
    FAMILY = "family", "the defendant's family say so"
    INTERNATIONAL_BODY = "international_body", "a UN or regional body found or says so"


class Standing(Doc):
    ESTABLISHED = "established", "found by a court, or not disputed by anyone on the record"
    ALLEGED = "alleged", "asserted by one side; no answer from the other on the record"
    DISPUTED = "disputed", "asserted by one side and contested by another (give counter_claim)"
    DENIED = "denied", "found untrue by a court or an independent investigation, or withdrawn"
    UNPROVEN = "unproven", (
        "examined by a court or an international body and not found proven, nor found untrue")


class OthersInterest(Doc):
    INVESTIGATION_SECRECY = ("investigation_secrecy",
                             "the confidentiality of a criminal investigation")
    PRESUMPTION_OF_INNOCENCE = ("presumption_of_innocence",
                                "another person's fair trial and presumption of innocence")
    PRIVACY = "privacy", "another person's private life"
    NATIONAL_SECURITY = ("national_security",
                         "national security or defence (military secrets, a weapon project)")
    OFFICIAL_CONFIDENTIALITY = ("official_confidentiality",
                                "the confidentiality of official or diplomatic information "
                                "(a government's or an embassy's confidential papers)")


class ConductKind(Doc):
    SPEECH = "speech", "speaking, writing or publishing opinions"
    JOURNALISM = "journalism", "gathering or publishing news or investigations"
    ASSEMBLY = "assembly", "taking part in a gathering or protest"
    ASSOCIATION = "association", "forming or belonging to an association, party or outlet"
    OTHER = "other", "conduct that is none of these"


class OffenceKind(Doc):
    INCITEMENT_VIOLENCE = "incitement_violence", "calls for violence, riots or disorder"
    INCITEMENT_HATRED = "incitement_hatred", "incitement to hatred, discrimination or hostility"
    EXTREMISM = "extremism", "extremism, terrorism, or its 'propaganda' or 'justification'"
    DEFAMATION = "defamation", "defamation or insult of a person"
    INSULT_OF_OFFICIALS = "insult_of_officials", (
        "insult of officials, the head of state, institutions or state symbols")
    FALSE_INFORMATION = "false_information", "spreading false or 'knowingly false' information"
    NATIONAL_SECURITY = "national_security", ("disclosing secrets, treason, espionage, or aiding "
                                              "or praising an organisation held hostile to the "
                                              "State")
    OTHER = "other", "another offence"


class DelayCause(Doc):
    AUTHORITIES = "authorities", (
        "the court, prosecution or investigators: inactivity, adjournments they caused, files "
        "sent back, a detainee not brought, a court's workload")
    DEFENCE = "defence", "the accused or the defence: adjournments they asked for, absconding"
    NEITHER = "neither", "neither side: the accused's illness, a disaster"


class DelayExplanation(Doc):
    NONE = "none", "the authorities gave no explanation or justification for the time taken"
    WORKLOAD = "workload", (
        "they cited only the courts' workload or backlog, or a lack of staff, money or other "
        "resources")
    CASE_SPECIFIC = "case_specific", (
        "they gave reasons specific to this case (evidence or witnesses abroad, expert "
        "examinations, the number of accused, the defence's own requests)")


class Restraint(Doc):
    METAL_CAGE = "metal_cage", "a metal cage in the courtroom"
    GLASS_CABIN = "glass_cabin", ("a closed glass or plastic cabin shutting the accused in (not "
                                  "an ordinary glass-fronted dock)")
    HANDCUFFS = "handcuffs", "handcuffs, shackles or other restraints on the body"


class ParticipationImpairment(Doc):
    AGE = "age", "the accused's young age and immaturity"
    INTELLECTUAL_CAPACITY = "intellectual_capacity", (
        "a low intellectual capacity or a learning disability")
    MENTAL_HEALTH = "mental_health", "a mental illness or disorder"
    HEARING = "hearing", "deafness or poor hearing"
    LANGUAGE = "language", ("not knowing the language of the court well enough (record the "
                            "interpreter too)")
    COURTROOM = "courtroom", ("the courtroom itself: the accused could not hear or see from the "
                              "dock, say")
    OTHER = "other", "something else"


class AbsenceReason(Doc):
    WAIVED = "waived", "the accused chose not to attend, knowing of the hearing"
    ABSCONDED = "absconded", "the accused fled or hid to escape the trial"
    BROUGHT_ABOUT = "brought_about", (
        "the accused knew of the hearing and brought about their own absence by their conduct, "
        "without fleeing (misled a foreign court into an order that kept them abroad, say)")
    REMOVED_FOR_CONDUCT = "removed_for_conduct", (
        "the accused was removed for disrupting the hearing (say with removal_warned whether "
        "the court had warned them)")
    NOT_NOTIFIED = "not_notified", "the accused was not told of the hearing in time"
    NOT_BROUGHT = "not_brought", (
        "the detained accused was not brought (say with attendance_requested whether they asked)")
    ILL = "ill", "the accused was ill"
    NO_RIGHT_TO_ATTEND = "no_right_to_attend", (
        "the law gave the accused no right to attend this stage (an application for leave to "
        "appeal decided on written grounds)")
    UNEXPLAINED = "unexplained", (
        "the authorities gave no reason for the accused's absence, and nothing shows the accused "
        "chose it or was duly summoned")
    OTHER = "other", "another reason"


class PlaceKind(Doc):
    HOME = "home", "a dwelling"
    OFFICE = "office", "an office or workplace"
    NEWSROOM = "newsroom", "premises of a media outlet"
    LAW_OFFICE = "law_office", "premises of a lawyer"
    VEHICLE = "vehicle", "a car or other vehicle"
    PERSON = "person", "a body search"
    OTHER = "other", "any other place"


class Authority(Doc):
    JUDGE = "judge", "a judge or investigating judge"
    PROSECUTOR = "prosecutor", "a prosecutor"
    INVESTIGATOR = "investigator", "an investigator, police or security officer"
    NONE = "none", "nobody authorised it"
    OTHER = "other", "some other authority"


class ContactWith(Doc):
    FAMILY = "family", "relatives"
    LAWYER = "lawyer", "a lawyer"
    COLLEAGUES = "colleagues", "colleagues or employer"
    CONSUL = "consul", "a consular officer"
    DOCTOR = "doctor", "an independent doctor"


class Transfer(Doc):
    EXTRADITION = "extradition", "extradited under a court procedure"
    DEPORTATION = "deportation", "deported or expelled by the state where they were"
    INFORMAL_HANDOVER = "informal_handover", "handed over by officials outside any procedure"
    ABDUCTION = "abduction", "seized and taken away by agents of the prosecuting state"


class DomesticDefect(Doc):
    NO_LEGAL_BASIS = "no_legal_basis", (
        "the arrest or detention itself had no basis in domestic law: an arrest the law did not "
        "allow, no warrant or order where one was required, detention beyond the legal time limit "
        "or after the order expired")
    ORDERED_WITHOUT_POWER = "ordered_without_power", (
        "the order was made by an authority or court without the power to make it")
    ORDERED_UNHEARD = "ordered_unheard", (
        "the order was made without the person being heard, or given notice of the hearing, as "
        "domestic law requires")
    ORDER_ERROR = "order_error", (
        "an error in an order made within the court's power, which domestic law treats as valid "
        "until set aside: its reasons, the facts or evidence it failed to set out, a wrong "
        "provision cited, a misapplication of the law that a higher court corrected")


class Measure(Doc):
    CUSTODY = "custody", "pre-trial detention"
    HOUSE_ARREST = "house_arrest", "house arrest"
    BAIL = "bail", "release on bail or guarantee"
    TRAVEL_BAN = "travel_ban", "undertaking not to leave"
    OTHER = "other", "any other measure"


class HearingStage(Doc):
    REMAND = "remand", "a hearing on detention"
    PRELIMINARY = "preliminary", "a preliminary or pre-trial hearing"
    TRIAL = "trial", "a first-instance trial hearing"
    APPEAL = "appeal", "an appeal hearing"
    OTHER = "other", "any other hearing"


class Plea(Doc):
    GUILTY = "guilty", "pleaded guilty"
    NOT_GUILTY = "not_guilty", "pleaded not guilty"
    PARTIAL = "partial", "admitted part of the charges"
    NONE = "none", "entered no plea"


class Setting(Doc):
    INTERROGATION = "interrogation", "during questioning by investigators"
    COURT = "court", "before a court"
    MEDIA = "media", "in a broadcast, video or publication"
    WRITTEN = "written", "in a written statement"
    OTHER = "other", "elsewhere"


class StatementSetting(Doc):
    """Where an official's words about guilt were spoken: the presumption binds both, but words
    in a procedural decision are read in the context of what the decision had to decide
    (Daktaras v Lithuania)."""

    PUBLIC = "public", ("in public: to the press, on television, in a speech, a press release "
                        "or a public report")
    PROCEDURAL_DECISION = "procedural_decision", (
        "in a decision or submission within the proceedings, addressed to the parties: a "
        "detention order, a decision on a request of the defence, a committal for trial")


class Treatment(Doc):
    TORTURE = "torture", "severe pain or suffering inflicted on purpose (CAT art 1)"
    BEATING = "beating", "physical violence"
    THREATS = "threats", "threats of violence or of harm to the person or relatives"
    PROMISES = "promises", "promises of leniency or release in exchange for a statement"
    PSYCHOLOGICAL_PRESSURE = "psychological_pressure", "intimidation, humiliation, deception"
    PROLONGED_QUESTIONING = "prolonged_questioning", "questioning for excessive hours"
    SLEEP_DEPRIVATION = "sleep_deprivation", "deprivation of sleep, food or water"
    INHUMAN_CONDITIONS = (
        "inhuman_conditions", "poor conditions of detention (weighed for their severity: give "
        "personal_space, duration_days, free_movement, other_conditions_poor)")
    OTHER = "other", "any other ill-treatment or pressure"


class InvestigationOutcome(Doc):
    NOT_OPENED = "not_opened", "no investigation was opened"
    PENDING = "pending", "under investigation"
    CLOSED_NO_CASE = "closed_no_case", "closed without finding ill-treatment"
    CONFIRMED = "confirmed", "ill-treatment found; officials charged or sanctioned"


class EvidenceKind(Doc):
    CONFESSION = "confession", "a confession or admission of the defendant"
    DEFENDANT_STATEMENT = "defendant_statement", "another statement of the defendant"
    WITNESS_STATEMENT = "witness_statement", "a witness statement or testimony"
    DOCUMENTARY = "documentary", "documents"
    TECHNICAL = "technical", "analysis of devices, data or communications"
    FINANCIAL = "financial", "financial records"
    FORENSIC = "forensic", "forensic or medical evidence"
    EXPERT = "expert", "an expert report"
    PHYSICAL = "physical", "physical objects"
    AUDIOVISUAL = "audiovisual", "video, audio or images"
    OTHER = "other", "any other evidence"


class CompulsionPenalty(Doc):
    FINE = "fine", "a fine"
    IMPRISONMENT = "imprisonment", (
        "imprisonment (contempt of court, or an offence punishable by prison)")
    OTHER = "other", "another penalty (loss of a licence, disqualification)"


class LaterChange(Doc):
    OFFENCE = "offence", "the definition of the offence: what conduct is punishable"
    PENALTY = "penalty", (
        "the penalty, or its scope (a change to early release that redefines the penalty "
        "imposed counts here)")
    PROCEDURE_OR_EVIDENCE = "procedure_or_evidence", (
        "a rule of procedure or evidence: how the case is tried, what evidence may be admitted")
    ENFORCEMENT = "enforcement", (
        "the way the sentence is executed (remission, early release), not the penalty itself")


class Ruling(Doc):
    ADMITTED = "admitted", "admitted and used"
    EXCLUDED = "excluded", "excluded as inadmissible"
    DISREGARDED = "disregarded", "admitted but not relied on, or ignored"
    NOT_RULED = "not_ruled", "no ruling on it"


class ExpertConclusion(Doc):
    SUPPORTS_CHARGE = "supports_charge", "supports the prosecution's case"
    DOES_NOT_SUPPORT = "does_not_support", "does not support the prosecution's case"
    MIXED = "mixed", "supports parts of it"
    INCONCLUSIVE = "inconclusive", "reaches no conclusion"


class ExpertTreatment(Doc):
    RELIED_ON = "relied_on", "the court relied on it"
    DISMISSED_WITH_REASONS = "dismissed_with_reasons", "the court set it aside and said why"
    DISMISSED_WITHOUT_REASONS = "dismissed_without_reasons", "the court set it aside unexplained"
    NOT_ADDRESSED = "not_addressed", "the court did not mention it"


class RequestKind(Doc):
    CALL_WITNESS = "call_witness", "to call a defence witness"
    EXAMINE_WITNESS = "examine_witness", "to examine a prosecution witness"
    ADJOURNMENT = "adjournment", "for more time to prepare"
    CASE_FILE = "case_file", "for access to the case file or evidence"
    EXPERT = "expert", "for a defence or independent expert"
    EXCLUDE_EVIDENCE = "exclude_evidence", "to exclude evidence"
    RECUSAL = "recusal", "to remove a judge"
    RELEASE = "release", "for release from custody"
    INTERPRETER = "interpreter", "for an interpreter or translation"
    TRANSLATION = "translation", (
        "for a written translation of documents in the case file or of evidence")
    LEGAL_AID = "legal_aid", "for a lawyer paid by the state (legal aid)"
    REPLACE_COUNSEL = "replace_counsel", "to replace the lawyer the authorities assigned"
    OTHER = "other", "any other request"


class Reasons(Doc):
    NONE = "none", "no reasons given"
    CONCLUSORY = "conclusory", "a bare conclusion or a mere list of evidence"
    REASONED = "reasoned", "reasons that engage with the evidence and the defence's arguments"


class AppealReasons(Doc):
    """How far an appeal court gave reasons: the verdict's three degrees, and the endorsement
    of the lower court's reasons (García Ruiz v Spain [GC]), which says no more than they did."""

    NONE = "none", "no reasons given"
    CONCLUSORY = "conclusory", "a bare conclusion or a mere list of evidence"
    ADOPTED_LOWER = "adopted_lower", (
        "it endorsed the lower court's reasons, adding none of its own")
    REASONED = "reasoned", (
        "reasons of its own that engage with the evidence and the defence's arguments")


class LaterDisclosure(Doc):
    """When material first withheld from the defence reached it, if ever."""

    AT_TRIAL = "at_trial", "later at the trial, in time for the defence to use it"
    TOO_LATE = "too_late", "at the trial, but too late for the defence to use it"
    ON_APPEAL = "on_appeal", "only on appeal"
    AFTER_PROCEEDINGS = "after_proceedings", (
        "only after the domestic proceedings had ended (it surfaced before an international "
        "body, say)")
    NEVER = "never", "never"


class AppealExamination(Doc):
    """How an appeal court dealt with material withheld from the defence at trial."""

    INTER_PARTES = "inter_partes", "it examined the material with the defence able to argue on it"
    EX_PARTE = "ex_parte", "it examined the material alone, without the defence"
    NO = "no", "it did not examine the material"


class NoticeCure(Doc):
    """What made up, before the trial and in time to prepare the defence, for charges notified
    without detail or in a language the person did not understand."""

    TRANSLATION = "translation", (
        "a translation of the charges into a language the person understands")
    EXPLAINED = "explained", (
        "the charges explained to the person in detail, in a language they understand (by "
        "counsel, or by the court through an interpreter)")
    PARTICULARS = "particulars", (
        "the details of the charges, given later by the prosecution or the court")
    NONE = "none", "nothing made up for it before the trial"


class FreshDetermination(Doc):
    """Whether an accused convicted in their absence could have the charge determined afresh,
    on the facts and the law, by a court that hears them (Sejdovic v Italy [GC])."""

    AVAILABLE = "available", (
        "the law gave the accused, once they learned of the conviction, an effective right to a "
        "fresh determination, which they did not use")
    OBTAINED = "obtained", "the charge was determined afresh in the accused's presence"
    REFUSED = "refused", "the accused asked for a fresh determination and was refused it"
    NONE = "none", "the law gave the accused no way to obtain a fresh determination"


class DecisionMakerLink(Doc):
    """A personal or professional tie of a judge or juror who decided the case."""

    PARTY = "party", "to a party (the prosecution, the complainant, the accused)"
    WITNESS = "witness", "to a witness, or the witness's service or profession"
    VICTIM = "victim", "to the victim of the offence or its target"
    OWN_CAUSE = "own_cause", (
        "the judge was themselves a party, or the victim or target of the offence (a contempt or "
        "breach of privilege aimed at the judges themselves): a judge in their own cause")
    EARLIER_PUBLIC_VIEW = "earlier_public_view", (
        "a view the judge had taken in public on the matter or on someone involved in it")
    PREJUDICE = "prejudice", (
        "prejudice a judge or juror showed, or was said to have shown, against the accused or a "
        "group they belong to (racist remarks or jokes, hostility)")
    OTHER = "other", "another tie to the parties, the witnesses or the subject matter"


class LinkRemedy(Doc):
    """What the court did about a judge's or juror's tie or prejudice: what it had to dispel
    decides whether that was enough (Gregory v UK; Sander v UK)."""

    STOOD_DOWN = "stood_down", (
        "the judge stood down, or the juror was replaced, before the decision")
    DISCHARGED = "discharged", "the juror concerned, or the whole jury, was discharged"
    DIRECTION = "direction", (
        "the judge only directed or redirected the jury, firmly, to try the case on the evidence, "
        "and discharged no one")


class JudgePriorRole(Doc):
    """What a judge who decided the case had done in it before the trial: its scope and
    nature, not the mere fact of an earlier decision, is what can justify a fear of bias."""

    PROSECUTOR = "prosecutor", (
        "acted in the case for the prosecution, or headed the prosecutors' section that dealt "
        "with it")
    INVESTIGATING_JUDGE = "investigating_judge", (
        "was the investigating judge who conducted the investigation of the case")
    PRE_TRIAL_GUILT_RULING = "pre_trial_guilt_ruling", (
        "took a decision before the trial that required being satisfied of guilt, or of a "
        "particularly confirmed suspicion close to it")
    PRELIMINARY_DECISIONS = "preliminary_decisions", (
        "took only preliminary or procedural decisions: questioning the accused at the outset, "
        "a warrant, detention or committal for trial on a suspicion")
    RELATED_CASE = "related_case", (
        "had decided another case on related facts: the separate trial of a co-accused, or an "
        "earlier civil or criminal case on the same facts or words (say in "
        "'related_case_assessed_accused' whether that decision assessed this accused's guilt "
        "or role)")
    RETRIAL = "retrial", (
        "had decided the same case before, in a judgment set aside so that it could be decided "
        "afresh: a conviction in the accused's absence reopened at their request, or a case sent "
        "back by a higher court")


class RecharacterisationNotice(Doc):
    """How the defence could answer a legal classification of the facts other than the one
    charged, on which the court convicted."""

    BEFORE_VERDICT = "before_verdict", (
        "the defence was told before the verdict and could argue on the new classification")
    ON_APPEAL = "on_appeal", (
        "the defence could argue on the new classification before an appeal court that reviewed "
        "it in full")
    INHERENT = "inherent", (
        "the new classification rested on an element intrinsic to the original charge, known to "
        "the defence from the start")
    NONE = "none", "the defence had no notice of it and no chance to argue on it"


class VerdictOutcome(Doc):
    CONVICTED = "convicted", "convicted"
    ACQUITTED = "acquitted", "acquitted"
    PARTLY_CONVICTED = "partly_convicted", "convicted on some charges, acquitted on others"
    DISCONTINUED = "discontinued", "proceedings ended without a decision on guilt"
    DISCHARGED = "discharged", "discharged before trial: no case to answer, or charges dismissed"


class AppealAgainst(Doc):
    DETENTION = "detention", "a detention order"
    VERDICT = "verdict", "a conviction or acquittal"
    SENTENCE = "sentence", "the sentence only"
    OTHER = "other", "another decision"


class AppealOutcome(Doc):
    PENDING = "pending", "not yet decided"
    DISMISSED = "dismissed", "dismissed; decision upheld"
    PARTLY_ALLOWED = "partly_allowed", "partly allowed (e.g. sentence reduced)"
    ALLOWED = "allowed", "allowed; decision quashed or reversed"
    QUASHED_RETRIAL = "quashed_retrial", "decision quashed and a retrial ordered"
    LEAVE_REFUSED = "leave_refused", (
        "leave to appeal refused after the court considered the grounds")
    NOT_ADMITTED = "not_admitted", "refused without examination"


class ReviewKind(Doc):
    APPEAL = "appeal", "an ordinary appeal on facts and law"
    CASSATION = "cassation", "a cassation or appeal on points of law"
    CONSTITUTIONAL = "constitutional_complaint", "a complaint to a constitutional court"
    SUPERVISORY = "supervisory_review", "a supervisory or other extraordinary review"
    OTHER = "other", "any other remedy"


class StatementRole(Doc):
    DEFENDANT = "defendant", "the accused person in these proceedings"
    CO_ACCUSED = "co_accused", "a co-accused, or a person accused in related proceedings"
    WITNESS = "witness", "a witness"
    VICTIM = "victim", "a victim or complainant"
    OTHER = "other", "anyone else"


class QuestionedAs(Doc):
    WITNESS = "witness", "as a witness"
    SUSPECT = "suspect", "as a suspect"
    ACCUSED = "accused", "as an accused person"


class StatementNature(Doc):
    ADMISSION = "admission", "admits guilt or incriminating facts"
    DENIAL = "denial", "denies the accusation"
    EXCULPATORY = "exculpatory", "gives an account that, if true, clears the maker"
    INCRIMINATES_OTHERS = "incriminates_others", "implicates someone else"
    OTHER = "other", "anything else"


class Counterbalance(Doc):
    PRETRIAL_QUESTIONING = "pretrial_questioning", (
        "the defence questioned the witness before trial")
    PRETRIAL_OPPORTUNITY_UNUSED = "pretrial_opportunity_unused", (
        "the defence, duly told of it, was offered a chance to question the witness before "
        "trial and did not use it, giving no good reason")
    RECORDING = "recording", "a recording of the witness's own questioning was shown"
    CORROBORATION = "corroboration", "strong evidence corroborated the statement"
    CAUTION = "caution", (
        "the court treated the statement with caution, or warned the jury")
    OWN_ACCOUNT = "own_account", (
        "the accused could give their own account and challenge the witness's credibility")
    WRITTEN_QUESTIONS = "written_questions", "the defence could put questions in writing"
    OTHER = "other", "another safeguard, described in notes"
    NONE = "none", "the sources say there was no safeguard at all"


class CorroborationStrength(Doc):
    """How strongly independent evidence bore out an untested statement itself, which decides
    how far it lets the statement's reliability be assessed (Al-Khawaja and Tahery [GC];
    Schatschaschwili [GC])."""

    STRONG = "strong", (
        "independent evidence bore out the account itself: a closely similar account by "
        "another witness with no sign of collusion, complaints the witness made promptly to "
        "others who testified, forensic or other physical evidence of what it describes")
    PARTIAL = "partial", (
        "other evidence bore out only parts of the account, or only pointed to the accused's "
        "guilt in general")
    NONE = "none", "nothing independent of the statement bore it out"


class Weight(Doc):
    SOLE = "sole", "the only evidence against the accused"
    DECISIVE = "decisive", "so important that it likely determined the outcome"
    MAIN = "main", "significant, but with other evidence of weight"
    CORROBORATIVE = "corroborative", "corroborative of other evidence that suffices on its own"
    NOT_RELIED_ON = "not_relied_on", "not relied on by the court"


class SurveillanceMethod(Doc):
    COVERT_RECORDING = "covert_recording", "a covert audio or video recording"
    INTERCEPTION = "interception", "interception of calls, messages or mail"
    LISTENING_DEVICE = ("listening_device",
                        "a listening device, placed in premises or worn by someone")
    DEVICE_DATA = "device_data", "extraction of data from a phone or computer"
    TRACKING = "tracking", "location tracking"
    UNDERCOVER = "undercover", "an undercover agent or informant, a test purchase"
    OTHER = "other", "any other covert measure"


class IncitementFinding(Doc):
    REJECTED = "rejected", "the court examined the plea and found no incitement"
    EVIDENCE_EXCLUDED = "evidence_excluded", (
        "the court found incitement and excluded all the evidence it produced, or stayed or "
        "discontinued the proceedings, or acquitted")
    SENTENCE_REDUCED = "sentence_reduced", (
        "the court found incitement but used the evidence it produced and only reduced the "
        "sentence")
    NO_CONSEQUENCE = "no_consequence", (
        "the court found incitement but drew no consequence from it")


class LegalBasis(Doc):
    STATUTE = "statute", "a statute that says when and how it may be used"
    PUBLISHED_RULES = "published_rules", "published regulations under a statute"
    INTERNAL_GUIDELINES = "internal_guidelines", "unpublished internal guidelines only"
    NONE = "none", "no legal basis"


class IllTreatmentContext(Doc):
    ARREST = "arrest", "during the arrest"
    INTERROGATION = "interrogation", "during or around questioning"
    DETENTION_CONDITIONS = "detention_conditions", "the conditions of detention"
    MEDICAL_CARE = "medical_care", "denial or lack of medical care in detention"
    TRANSPORT = "transport", "during transfer"
    EVIDENCE_GATHERING = "evidence_gathering", "to obtain real evidence (a body search, a seizure)"
    OTHER = "other", "anything else"


class Excluded(Doc):
    PUBLIC = "public", "the general public"
    PRESS = "press", "journalists"
    RELATIVES = "relatives", "the defendants' relatives"
    MONITORS = "monitors", "trial monitors or diplomats"


class ClosureGround(Doc):
    """The grounds on which ICCPR art 14(1) and ECHR art 6(1) allow the press and public to be
    excluded from a hearing, and ``other`` for any reason outside them."""

    MORALS = "morals", "morals"
    PUBLIC_ORDER = "public_order", "public order (ordre public)"
    NATIONAL_SECURITY = "national_security", "national security in a democratic society"
    PRIVATE_LIFE = "private_life", (
        "the private lives of the parties (a victim's intimate testimony, say)")
    MINOR = "minor", "the interests of a minor (a juvenile accused, a child witness or victim)"
    INTERESTS_OF_JUSTICE = "interests_of_justice", (
        "publicity would prejudice the interests of justice (a witness kept from intimidation)")
    OTHER = "other", (
        "a reason outside these grounds (sparing officials embarrassment, the case's political "
        "sensitivity, convenience)")


class DetentionGround(Doc):
    FLIGHT = "flight", "a risk that the person would abscond"
    INTERFERENCE = "interference", "a risk of interfering with evidence or witnesses"
    REOFFENDING = "reoffending", "a risk of further offences"
    PUBLIC_ORDER = "public_order", "a threat to public order"
    GRAVITY = "gravity", "the gravity of the charge or of the likely sentence"


class SecurityBasis(Doc):
    MEANS = "means", (
        "the person's means and situation: what the person, and those standing surety, stood to "
        "lose, enough to deter absconding")
    MEANS_AND_LOSS = "means_and_loss", (
        "the person's means and situation, with regard also to the scale of the loss or harm "
        "alleged")
    LOSS = "loss", "the loss or damage alleged, not the person's means"
    NOT_STATED = "not_stated", "the decision does not say how the amount was fixed"


class OffenceEvidence(Doc):
    INDEPENDENT = "independent", "evidence of the offence apart from the protected activity"
    ONLY_PROTECTED_ACTIVITY = "only_protected_activity", (
        "nothing but the protected activity itself (the articles, the speeches, the meetings)")
    WEAK = "weak", "little or doubtful evidence"


class Speaker(Doc):
    COURT = "court", "the judge or the court"
    PROSECUTION = "prosecution", "the prosecutor"
    OTHER_OFFICIAL = "other_official", "another official (a minister, the police, a spokesperson)"
    OTHER = "other", "someone else (the media, a private person)"


class ContextKind(Doc):
    RETALIATION_JOURNALISM = "retaliation_journalism", "it follows journalism"
    POLITICAL_ACTIVITY = "political_activity", "it follows political activity or opposition"
    GROUP_MEMBERSHIP = "group_membership", "it targets a religious, ethnic or other group"
    HUMAN_RIGHTS_WORK = "human_rights_work", "it follows human-rights or legal work"
    DISCRIMINATORY_STATEMENT = "discriminatory_statement", (
        "officials or the court used stereotypes or discriminatory words")
    OTHER = "other", "another indicator that the charge is a pretext"
