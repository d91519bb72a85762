"""What audit 14a found in tribunal findings (ECtHR decisions replayed): a hearing on the
sentence is read as one (Kremzow v Austria), and a judge's earlier decision in a related case is
weighed on whether it prejudged this accused's guilt (Lindon [GC]; Ferrantelli)."""

from __future__ import annotations

import copy

from .scenario_tools import event as _event
from .scenario_tools import finding as _finding
from .scenario_tools import scenario as _scenario


def test_a_sentence_appeal_is_not_read_as_a_review_of_the_conviction() -> None:
    # The sentence appeal of the Kremzow pattern reviewed the sentence in substance; the
    # criteria on the review of the conviction must still see only the plea on the law.
    with_sentence = _scenario("presence-law-appeal-and-sentence-appeal-same-day")
    without = copy.deepcopy(with_sentence)
    without["events"] = [e for e in without["events"] if e["id"] not in ("ap2",)]
    for criterion in ("judgment.appeal-review", "tribunal.independent-impartial"):
        a, b = _finding(with_sentence, criterion), _finding(without, criterion)
        assert (a.outcome, a.confidence) == (b.outcome, b.confidence), criterion


def test_absence_from_a_sentence_hearing_names_each_point_weighed() -> None:
    finding = _finding(_scenario("presence-sentence-appeal-assessed-person"), "tribunal.presence")
    assert finding.outcome.value == "violation"
    text = " ".join(finding.reasoning)
    assert "Kremzow v Austria" in text and "could be made harsher" in text
    assert "points of law only" not in text


def test_a_sentence_hearing_turns_on_what_the_court_assessed() -> None:
    # The same hearing, the court having nothing about the person to assess and no harsher
    # sentence possible: the balance moves to no violation; silent, the question is asked.
    case = _scenario("presence-sentence-appeal-assessed-person")
    appeal = _event(case, "ap2")
    appeal.update(assessed_person=False, sentence_could_increase=False, filed_by="defence")
    _event(case, "h3")["prosecution_heard"] = False
    assert _finding(case, "tribunal.presence").outcome.value == "no_violation"
    del appeal["assessed_person"]
    finding = _finding(case, "tribunal.presence")
    assert finding.outcome.value == "insufficient_information"
    assert any("assessed_person" in q for q in finding.questions)


def test_a_law_hearing_on_another_day_is_not_read_with_the_sentence_appeal() -> None:
    # Absent from the hearing that decided the plea on the law, present at the sentence
    # hearing: the plea on the law, with counsel heard, needed no presence.
    case = _scenario("presence-law-appeal-hearing-before-sentence-hearing")
    finding = _finding(case, "tribunal.presence")
    assert finding.outcome.value == "no_violation"
    assert "points of law only" in " ".join(finding.reasoning)


def test_a_related_case_asks_whether_it_prejudged_this_accused() -> None:
    finding = _finding(_scenario("judge-related-case-silent"), "tribunal.independent-impartial")
    assert finding.outcome.value == "insufficient_information"
    assert [q for q in finding.questions if "related_case_assessed_accused" in q]
    assert all(q.endswith("?") for q in finding.questions)
    # The old text spoke of a decision before the trial in this case; a related case is not.
    assert "before the trial that required" not in " ".join(finding.reasoning)


def test_an_appeal_judge_who_prejudged_this_accused_cures_nothing() -> None:
    # A first-instance tie put right by a full re-hearing, unless the appeal judge had decided a
    # related case whose findings prejudged this accused's guilt.
    case = _scenario("appeal-judge-related-case-words-only")
    _event(case, "v1").update(decision_maker_link="party", link_remedied=False, link_close=True)
    appeal = _event(case, "ap1")
    appeal["reviewed_facts_and_law"] = True
    prov = appeal["provenance"]
    case["events"].append({"id": "h2", "kind": "hearing", "date": "2021-12-01",
                           "subjects": ["p1"], "stage": "appeal", "defendant_present": True,
                           "counsel_present": True, "evidence_or_argument_taken": True,
                           "provenance": prov})
    assert _finding(case, "tribunal.independent-impartial").outcome.value == "no_violation"
    appeal["related_case_assessed_accused"] = True
    assert _finding(case, "tribunal.independent-impartial").outcome.value == "violation"


def test_a_judge_in_their_own_cause_is_not_asked_how_close_the_tie_was() -> None:
    case = _scenario("judges-tried-contempt-aimed-at-themselves")
    finding = _finding(case, "tribunal.independent-impartial")
    assert finding.outcome.value == "violation"
    assert not [q for q in finding.questions if "link_close" in q]
    # A tie to the victim, by contrast, still turns on its closeness.
    _event(case, "v1")["decision_maker_link"] = "victim"
    finding = _finding(case, "tribunal.independent-impartial")
    assert [q for q in finding.questions if "link_close" in q]
