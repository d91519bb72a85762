"""The checklist's linear-time paths decide exactly what the rules they replaced decided.

Each rule below is the code as first written (a scan of every allegation, contact, verdict or
plea for every statement, refusal or event), kept here as the reference. Over varied cases
(dates of every precision, undated and out-of-order events, allegations of every kind and
aim, statements by several makers, disputed facts), assessing with the reference rules and
with the library's gives the same assessment, byte for byte; and the work of assessing grows
with the case, not with its square.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import random
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import fairtrial
from fairtrial.checklist import _core, _links, _once, custody, evidence, presumption
from fairtrial.checklist._core import (
    Citation,
    Context,
    Decision,
    Fact,
    breach,
    compliant,
    unknown,
)
from fairtrial.record._model import Event, IllTreatment, OutsideContact, PleaEntered, Verdict
from fairtrial.record._vocab import AppealAgainst, AppealOutcome
from fairtrial.record._when import Span, Tri
from fairtrial.reports._export import assessment_data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import make_case

# --- the rules as first written ----------------------------------------------------------------


def _coercion_of(ctx: Context, statement: Event, *, sure: bool) -> tuple[Fact, ...]:
    found: list[Fact] = []
    for maker in _links.makers(ctx, statement):
        for t in ctx.case.events_of(IllTreatment, maker):
            if t.to_obtain_statement is False:
                continue
            if statement.date and t.date and statement.date.before(t.date) is Tri.YES:
                continue
            aimed = t.to_obtain_statement is True or t.context in _links._QUESTIONING
            unclear = t.to_obtain_statement is None and t.context is None
            if (aimed if sure else unclear):
                found.append(ctx.fact(t))
    if sure:
        found.extend(ctx.fact(r, "alleges_coercion")
                     for r in _links._retractions_of(ctx, statement))
    return tuple(dict.fromkeys(found))


def _contact_within_days(ctx: Context, refused: OutsideContact,
                         contacts: list[OutsideContact]) -> Decision | None:
    if refused.date is None:
        return None
    later = [c for c in contacts if c is not refused and c.date is not None
             and refused.date.before(c.date) is Tri.YES]
    soon = [c for c in later if c.granted is True
            and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.NO]
    if soon:
        return compliant(f"{ctx.name} was refused contact {ctx.when(refused)}, but had contact "
                         f"with the outside world {ctx.when(soon[0])}, within two days.",
                         ctx.fact(refused, "granted"), ctx.fact(soon[0], "granted"))
    if any(c.granted is None or (
            c.granted is True and Span.between(refused.date, c.date)  # type: ignore[arg-type]
            .exceeds(timedelta(hours=48)) is Tri.UNKNOWN) for c in later):
        return unknown(f"How long was {ctx.name} without contact with the outside world after "
                       f"the refusal {ctx.when(refused)}?",
                       reason=f"{ctx.name} was refused contact {ctx.when(refused)}.",
                       facts=(ctx.fact(refused, "granted"),))
    return None


def _before_verdict(ctx: Context, event: Event) -> bool:
    from fairtrial.record._model import Appeal
    verdicts = [v for v in ctx.events(Verdict) if v.date is not None]
    if event.date is None or not any(
            v.date.before(event.date) is Tri.YES for v in verdicts):  # type: ignore[union-attr]
        return True
    appeals = [a for a in ctx.events(Appeal) if a.against is AppealAgainst.VERDICT]
    return any(a.outcome is AppealOutcome.PENDING
               or (a.date is not None and event.date.before(a.date) is Tri.YES)
               for a in appeals)


def _deciding_plea(ctx: Context, pleas: list[PleaEntered],
                   ) -> tuple[tuple[PleaEntered, Fact, Fact], ...]:
    # The loop of _sole_basis as first written: every plea, for every verdict.
    return tuple((p, ctx.fact(p, "voluntary_and_informed"), ctx.fact(p, "after_adverse_ruling"))
                 for p in pleas)


def _breach(self: _once.Allegations, text: str, facts: Sequence[Fact],
            cites: Any = None) -> Decision:
    decision = self.refer(breach(text, *facts), text, facts)
    return attrs.evolve(decision, cites=cites(facts)) if cites else decision


def _unique_facts(groups: Any) -> tuple[Fact, ...]:
    return tuple(dict.fromkeys(f for g in groups for f in g))


def _as_first_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_links, "_coercion_of", _coercion_of)
    monkeypatch.setattr(custody, "_contact_within_days", _contact_within_days)
    monkeypatch.setattr(presumption, "_before_verdict", _before_verdict)
    monkeypatch.setattr(evidence, "_deciding_plea", _deciding_plea)
    monkeypatch.setattr(_once.Allegations, "breach", _breach)
    monkeypatch.setattr(_core, "_unique_facts", _unique_facts)


# --- varied cases ------------------------------------------------------------------------------

_TREATMENTS = ["torture", "beating", "threats", "promises", "psychological_pressure",
               "prolonged_questioning", "sleep_deprivation", "other"]


def _varied(n: int, seed: int) -> dict[str, Any]:
    """The benchmark corpus's case, varied: every kind of allegation and aim, statements by
    one or two makers and used against others, contacts, pleas and appeals of every outcome,
    dates of every precision or none, events out of order."""
    rng = random.Random(seed)
    data = make_case(n, seed=seed)
    people = [p["id"] for p in data["people"] if "defendant" in p["roles"]]
    extra = []
    for e in data["events"]:
        kind, added = e["kind"], len(extra)
        if kind == "ill_treatment":
            e["treatment"] = rng.sample(_TREATMENTS, rng.randint(1, 2))
            e["to_obtain_statement"] = rng.choice([True, False, None])
            e["context"] = rng.choice([None, "interrogation", "arrest"])
            e["characterised_as"] = rng.choice([None, None, "torture", "beating"])
            if rng.random() < 0.2:
                e["subjects"] = rng.sample(people, 2)
        elif kind == "outside_contact":
            e["granted"] = rng.choice([True, False, None])
            e["contact_with"] = rng.choice(["family", "lawyer", "colleagues", "consul"])
            start = datetime.fromisoformat(e["date"])
            for k in range(rng.randint(0, 3)):  # more contacts, hours to days later
                extra.append({**e, "id": f"oc{k}{e['id']}", "granted": rng.choice([True, False]),
                              "date": (start + timedelta(hours=rng.randint(1, 80)))
                              .strftime("%Y-%m-%dT%H:00")})
        elif kind == "plea":
            e["voluntary_and_informed"] = rng.choice([True, False, None])
            e["after_adverse_ruling"] = rng.choice([True, False, None])
        elif kind == "appeal":
            e["against"] = rng.choice(["verdict", "detention"])
            e["outcome"] = rng.choice(["pending", *["dismissed"] * 9])
            # A statement the day before: it ends as the appeal's day begins.
            extra.append({"id": f"ps{e['id']}", "kind": "public_statement",
                          "subjects": e["subjects"], "actors": ["official"],
                          "presents_as_guilty": True, "provenance": e["provenance"],
                          "date": (datetime.fromisoformat(e["date"]) - timedelta(days=1))
                          .strftime("%Y-%m-%d")})
        elif kind == "confession" and rng.random() < 0.5:
            extra.append({"id": f"st{e['id']}", "kind": "statement", "date": e["date"],
                          "subjects": rng.sample(people, rng.randint(1, 2)),
                          "used_against": rng.sample(people, 1), "setting": "interrogation",
                          "provenance": e["provenance"]})
        for v in [e, *extra[added:]]:
            r = rng.random()
            if len(v.get("date", "")) != 10:
                continue
            if r < 0.1:
                v["date"] = v["date"][:7]
            elif r < 0.15:
                del v["date"]
            elif r < 0.2:
                v["date"] = f"{v['date'][:10]}/{v['date'][:4]}-12-31"
            elif r < 0.3:
                v["date"] = f"{v['date'][:10]}T{rng.randint(0, 23):02}:00"
    data["events"] += extra
    for e in data["events"]:  # unrecorded is absent, not null
        for key in [k for k, v in e.items() if v is None]:
            del e[key]
    if rng.random() < 0.3:
        rng.shuffle(data["events"])
    for _ in range(3):  # events the new dates put before those they follow
        for p in fairtrial.validate(data):
            if p.code == "chronology":
                e = data["events"][int(p.path.split("/")[2])]
                if "appeal" in p.message:
                    e["against"] = "detention"
                else:
                    e.pop("date", None)
    return data


def _assessed(data: dict[str, Any]) -> str:
    a = fairtrial.assess(fairtrial.from_data(data))
    return json.dumps(assessment_data(a), sort_keys=True, ensure_ascii=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.integers(20, 160), st.integers(0, 10**6))
def test_the_linear_paths_decide_as_the_scans_did(monkeypatch: pytest.MonkeyPatch, n: int,
                                                  seed: int) -> None:
    data = _varied(n, seed)
    assume(not fairtrial.validate(data))
    ours = _assessed(data)
    with monkeypatch.context() as m:
        _as_first_written(m)
        theirs = _assessed(data)
    assert ours == theirs


def test_the_reference_rules_are_the_ones_that_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison above means something only if the patched rules are the ones used."""
    calls: list[str] = []
    _as_first_written(monkeypatch)
    for module, name in ((_links, "_coercion_of"), (custody, "_contact_within_days"),
                         (presumption, "_before_verdict"), (evidence, "_deciding_plea"),
                         (_core, "_unique_facts")):
        original = getattr(module, name)

        def spy(*args: Any, _f: Any = original, _n: str = name, **kw: Any) -> Any:
            calls.append(_n)
            return _f(*args, **kw)

        monkeypatch.setattr(module, name, spy)
    for seed in range(4):
        _assessed(_varied(400, seed))
    assert set(calls) == {"_coercion_of", "_contact_within_days", "_before_verdict",
                          "_deciding_plea", "_unique_facts"}


# --- the work grows with the case --------------------------------------------------------------


def _calls(n: int) -> int:
    case = fairtrial.from_data(make_case(n))
    profile = cProfile.Profile()
    profile.enable()
    fairtrial.assess(case)
    profile.disable()
    return sum(s[0] for s in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def test_function_calls_per_event_do_not_grow_with_the_case() -> None:
    """Function calls, not time, so the test is deterministic. Calls per added event, from 250
    to 500 events and from 1,000 to 2,000 (so that what an assessment does once does not
    count): with the scans of every earlier allegation for each statement, the second was
    1.19 times the first."""
    _calls(50)  # what the first assessment of a process builds
    calls = {n: _calls(n) for n in (250, 500, 1000, 2000)}
    small = (calls[500] - calls[250]) / 250
    large = (calls[2000] - calls[1000]) / 1000
    assert large / small < 1.08, (small, large)


def test_citations_of_a_run_come_from_one_allegation_of_each_kind() -> None:
    """``Allegations.breach`` finds a finding's CAT citations from the kinds of allegations
    its statement rests on; the result is that of the criterion's own rule over them all."""
    from fairtrial.checklist.confessions import _cat
    data = _varied(300, 3)
    data["events"].sort(key=lambda e: e.get("date", ""))
    case = fairtrial.from_data(data)
    ctx = Context(case, case.defendants()[0], {})
    allegations = [ctx.fact(t) for t in ctx.events(IllTreatment)]
    cite = _once.Allegations(shared=True)
    for k in range(1, len(allegations) + 1):
        got = cite.breach("Text.", allegations[:k], cites=_cat)
        expected: tuple[Citation, ...] = _cat(allegations[:k])
        assert got.cites == expected


# --- names in the open questions --------------------------------------------------------------

_WORDS = st.text(alphabet="ab c", min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=100, unique=True),
       st.lists(st.text(alphabet="ab cd", max_size=40), max_size=5))
def test_names_are_found_as_the_longest_first_alternation_finds_them(
        keys: list[str], texts: list[str]) -> None:
    import re

    from fairtrial.reports._names import Names

    ordered = sorted(keys, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(k) for k in ordered))
    names = Names(ordered)
    for text in [*texts, "".join(keys), " ".join(reversed(keys))]:
        assert names.found(text) == [m.group(0) for m in pattern.finditer(text)]
        assert names.sub("\x00", text) == pattern.sub("\x00", text)


def test_the_open_questions_of_a_large_case_name_their_events_as_before(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Above 64 names the lookups are used: the questions and the events they name are those
    the regular expression gave."""
    from fairtrial.reports import _names, _questions

    case = fairtrial.from_data(make_case(400))
    a = fairtrial.assess(case)
    ours = _questions.gather(case, a)
    _, what = _questions._skeleton(case, a)
    assert len(what) > _names._FEW
    monkeypatch.setattr(_questions, "finder",
                        lambda keys: _names._Regex(sorted(keys, key=len, reverse=True)))
    assert _questions.gather(case, a) == ours
    assert any(q.events for q in ours)
