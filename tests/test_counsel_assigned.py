"""An assigned lawyer who failed to act, a refused request to replace one (Artico, Daud,
Kamasinski, Lagerblom), and counsel first met on the trial's day (Smith and Wright v Jamaica):
the findings ask what the law turns on, and nothing that would invite a guess or a custody
question the case never raised."""

from __future__ import annotations

import fairtrial
from fairtrial.checklist import Outcome

from .scenario_tools import event as _event
from .scenario_tools import finding as _finding
from .scenario_tools import scenario as _scenario


def test_a_lawyer_who_never_acted_opens_no_question_of_access_refused() -> None:
    case = _scenario("assigned-lawyer-idle-knowledge-unrecorded")
    questions = [q for f in fairtrial.assess(fairtrial.from_data(case)).findings
                 if f.subject == "p1" for q in f.questions]
    assert not [q for q in questions if "let in" in q], questions
    assert any("failure_known" in q for q in questions), questions


def test_a_failure_the_court_knew_of_turns_on_what_it_did() -> None:
    case = _scenario("assigned-lawyer-idle-response-unrecorded")
    assert _finding(case, "tribunal.counsel-at-trial").outcome is Outcome.INSUFFICIENT
    _event(case, "c1")["authorities_intervened"] = False
    assert _finding(case, "tribunal.counsel-at-trial").outcome is Outcome.VIOLATION
    _event(case, "c1")["authorities_intervened"] = True
    assert _finding(case, "tribunal.counsel-at-trial").outcome is Outcome.NO_VIOLATION


def test_a_failure_found_untrue_is_not_weighed() -> None:
    case = _scenario("assigned-lawyer-idle-court-told-stayed-passive")
    _event(case, "c1")["provenance"]["standing"] = "denied"
    assert _finding(case, "tribunal.counsel-at-trial").outcome is Outcome.NO_VIOLATION


def test_a_lawyer_chosen_privately_weighs_against_the_states_duty() -> None:
    case = _scenario("assigned-lawyer-idle-court-told-stayed-passive")
    assigned = _finding(case, "tribunal.counsel-at-trial")
    _event(case, "c1")["chosen_by"] = "defendant"
    chosen = _finding(case, "tribunal.counsel-at-trial")
    assert assigned.outcome is Outcome.VIOLATION
    assert any("matter between the accused and counsel" in r for r in chosen.reasoning)


def test_a_request_to_replace_counsel_asks_no_custody_question() -> None:
    case = _scenario("replace-counsel-refused-grounds-unrecorded")
    of_choice = _finding(case, "counsel.of-choice")
    assert of_choice.outcome is Outcome.NOT_APPLICABLE
    at_trial = _finding(case, "tribunal.counsel-at-trial")
    assert any("counsel_ineffective" in q for q in at_trial.questions), at_trial.questions


def test_counsel_first_met_on_the_trial_day_is_not_asked_for_hours() -> None:
    case = _scenario("trial-day-counsel-adjournment-unrecorded")
    found = _finding(case, "counsel.time-to-prepare")
    assert found.outcome is Outcome.INSUFFICIENT
    assert not [q for q in found.questions if "duration_hours" in q], found.questions
    assert any("adjournment" in q for q in found.questions), found.questions
    # A first meeting the day before the trial is an ordinary meeting: its length is asked.
    _event(case, "c1").update(date="2021-08-31", could_review_evidence=False)
    before = _finding(case, "counsel.time-to-prepare")
    assert any("duration_hours" in q for q in before.questions), before.questions
