"""--public never leaks a confidential name: every declared form, in every script and spelling,
is hidden from every output, and text that names no one comes out as it went in."""

from __future__ import annotations

import copy
import html
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

import fairtrial
from fairtrial import Case
from fairtrial.record._public import check_public, unrecorded_names, vet_public

from .conftest import EXAMPLES, MINIMAL, prov

FORMATS = ("json", "md", "html")


def fold(text: str) -> str:
    """Compare as a reader would: without case or accents. Written apart from the code under
    test on purpose, so a mistake in one is not repeated in the other."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return unicodedata.normalize("NFKD", text.casefold())


def named(text: str, form: str) -> bool:
    """Whether ``form`` is a word (or words) of ``text``, ignoring case and accents."""
    words = fold(form).split()
    pattern = r"(?<![^\W_])" + r"\s+".join(map(re.escape, words)) + r"(?![^\W_])"
    return re.search(pattern, fold(text)) is not None


def outputs(case: Case) -> dict[str, str]:
    """Everything --public can produce: the public case file and the report in each format."""
    public = fairtrial.public_case(case)
    found = {"case": json.dumps(fairtrial.dump(public), ensure_ascii=False)}
    for fmt in FORMATS:
        text = fairtrial.render_report(case, fmt, public=True)
        found[fmt] = html.unescape(text) if fmt in ("html", "md") else text
    return found


def case_with(people: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    data["people"] = people
    data.update(extra)
    return data


def person(pid: str, name: str, *other: str, confidential: bool = True) -> dict[str, Any]:
    found: dict[str, Any] = {"id": pid, "name": name, "roles": ["defendant"],
                             "confidential": confidential}
    if other:
        found["other_names"] = list(other)
    return found


def public_summary(data: dict[str, Any]) -> str:
    summary: str = fairtrial.public_case(fairtrial.from_data(data)).summary or ""
    return summary


# --- the three failures of issue 15 ---------------------------------------------------------


def test_a_short_part_of_a_name_is_hidden() -> None:
    data = case_with([person("p1", "Ali Kim")], summary="Kim was arrested; KIM's lawyer too.")
    assert public_summary(data) == "Person A was arrested; Person A's lawyer too."


def test_other_scripts_are_hidden_when_declared_and_inflected_forms_with_them() -> None:
    data = case_with([person("p1", "Mark Ivanov", "Марк Иванов")],
                     summary="Иванов задержан. Суд отказал Иванову; жена Иванова и Марка "
                             "Иванова. Ivanovym, Ivanovu.")
    summary = public_summary(data)
    assert not re.search(r"Иванов|Марк|Ivanov", summary), summary
    assert summary.startswith("Person A задержан. Суд отказал Person A;")


def test_a_name_inside_another_word_is_left_alone() -> None:
    data = case_with([person("p1", "Mark Ivanov")],
                     summary="The market for Ivanova-style reporting, remarked Mark.")
    assert public_summary(data) == ("The market for Person A-style reporting, remarked "
                                    "Person A.")


# --- matching --------------------------------------------------------------------------------


def test_accents_case_and_decomposed_letters_do_not_matter() -> None:
    decomposed = unicodedata.normalize("NFD", "Dvořák")
    data = case_with([person("p1", "Antonín Dvořák")],
                     summary=f"Dvorak, DVOŘÁK, {decomposed} and antonin dvorak.")
    assert public_summary(data) == "Person A, Person A, Person A and Person A."


def test_kyrgyz_case_endings() -> None:
    data = case_with([person("p1", "Болот Темиров")],
                     summary="Темировдун иши, Темировго, Темировду, Темировдон; Болотко.")
    assert public_summary(data) == "Person A иши, Person A, Person A, Person A; Person A."


def test_an_ending_replaces_a_final_vowel() -> None:
    data = case_with([person("p1", "Ирина Толстая")], summary="Ирину и Толстую, Ириной.")
    assert public_summary(data) == "Person A и Person A, Person A."


def test_a_full_name_and_its_parts_become_one_pseudonym() -> None:
    data = case_with([person("p1", "Ali Kim")], summary="Ali Kim, Kim Ali, Ali-Kim.")
    assert public_summary(data) == "Person A, Person A, Person A."


def test_organisations_and_sources_hide_their_names_and_other_names_but_not_words() -> None:
    data = case_with([person("p1", "A. Defendant", confidential=False)],
                     organisations=[{"id": "o1", "name": "Human Rights Watch", "kind": "ngo",
                                     "confidential": True, "other_names": ["HRW"]}],
                     summary="Human Rights Watch (HRW) and other human rights groups.")
    data["sources"][0].update(confidential=True, other_names=["Radio Azattyk"])
    data["summary"] += " A newspaper quoted radio azattyk."
    summary = public_summary(data)
    assert summary == ("Organisation 1 (Organisation 1) and other human rights groups. "
                       "Confidential source 1 quoted Confidential source 1.")


def test_ids_that_contain_a_name_are_renamed_and_stay_distinct() -> None:
    charge = {"code": "CC", "description": "x", "provenance": prov()}
    data = case_with([person("p-kim", "Ali Kim"), person("person-1", "B", confidential=False)],
                     id="kg-2025-kim",
                     charges=[{"id": "charge-kim", "defendant": "p-kim", **charge},
                              {"id": "charge-ali", "defendant": "p-kim", **charge},
                              {"id": "charge-person-a", "defendant": "person-1", **charge}])
    public = fairtrial.public_case(fairtrial.from_data(data))
    ids = [public.id] + [p.id for p in public.people] + [c.id for c in public.charges]
    assert len(set(ids)) == len(ids)
    assert not any(re.search(r"kim|ali", i) for i in ids), ids
    assert [c.defendant for c in public.charges][:2] == [public.people[0].id] * 2


def test_codes_and_jurisdiction_survive_a_name_that_spells_them() -> None:
    data = case_with([person("p1", "Ana de Souza Judge")], jurisdiction="DE",
                     summary="Ms de Souza, a judge's daughter.")
    data["people"][0]["roles"] = ["judge"]
    public = fairtrial.public_case(fairtrial.from_data(data))
    assert public.jurisdiction == "DE" and public.people[0].roles[0].value == "judge"
    assert public.summary == "Ms Person A, a Person A's daughter."


def test_the_record_of_a_confidential_person_keeps_nothing_of_them() -> None:
    data = case_with([person("p1", "Ali Kim", "Али Ким")])
    data["people"][0].update(occupation="cameraman", notes="Ali's notes")
    record = fairtrial.dump(fairtrial.public_case(fairtrial.from_data(data)))["people"][0]
    assert record == {"id": "person-1", "name": "Person A", "roles": ["defendant"],
                      "confidential": True}


# --- failing closed --------------------------------------------------------------------------


def _ivanov() -> Case:
    data = case_with([person("p1", "Mark Ivanov", "Марк Иванов")],
                     summary="Mark Bekovich Ivanov was arrested.")
    data["events"] = [{"id": "a1", "kind": "arrest", "date": "2025-05-01", "subjects": ["p1"],
                       "summary": "Иванову arrested, Mark.", "provenance": prov()}]
    return fairtrial.from_data(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_finds_the_names_in_a_report_that_is_not_public(fmt: str) -> None:
    case = _ivanov()
    assert check_public({fmt: fairtrial.render_report(case, fmt, public=True)}, case) == []
    leaks = check_public({fmt: fairtrial.render_report(case, fmt)}, case)
    found = {leak.found for leak in leaks}
    assert "Mark Ivanov" in found
    if fmt == "json":  # the only format with the events' summaries
        assert {"Иванову", "Mark"} <= found
    assert all(leak.owner == "person p1" and leak.where.startswith(fmt) for leak in leaks)


def test_check_refuses_a_name_that_fairtrial_itself_writes() -> None:
    # The checklist cites Gäfgen v Germany: a report about a confidential Gäfgen would still
    # name him, so it must not be written.
    data = json.loads((EXAMPLES / "gafgen-2003.json").read_text(encoding="utf-8"))
    next(p for p in data["people"] if p["id"] == "gafgen")["confidential"] = True
    case = fairtrial.from_data(data)
    text = fairtrial.render_report(case, "json", public=True)
    assert any(leak.found == "Gäfgen" for leak in check_public({"json": text}, case))


def test_check_ignores_markup_and_pseudonyms() -> None:
    # "li" is an HTML tag and "Person" is in every pseudonym; neither is a leak.
    case = fairtrial.from_data(case_with([person("p1", "Li Person")], summary="Li Person."))
    text = fairtrial.render_report(case, "html", public=True)
    assert "<li" in text and "Person A" in text
    assert check_public({"html": text}, case) == []


def test_unrecorded_forms_next_to_a_name_are_reported() -> None:
    hints = unrecorded_names(_ivanov())
    assert [(h.word, h.where) for h in hints] == [("Bekovich", "/summary")]
    assert "other_names" in str(hints[0])


def test_vet_public_explains_what_it_refuses() -> None:
    case = _ivanov()
    err = io.StringIO()
    assert vet_public(fairtrial.render_report(case, "md", public=True), "md", case, err)
    assert "Bekovich" in err.getvalue() and "not written" not in err.getvalue()
    err = io.StringIO()
    assert not vet_public(fairtrial.render_report(case, "md"), "md", case, err)
    assert "public report not written" in err.getvalue() and "md line" in err.getvalue()


def test_a_case_without_confidential_records_is_returned_as_it_is() -> None:
    case = fairtrial.from_data(case_with([person("p1", "Ali Kim", confidential=False)]))
    assert fairtrial.public_case(case) is case
    assert check_public({"md": "Ali Kim"}, case) == [] and unrecorded_names(case) == []


# --- the property ----------------------------------------------------------------------------

LATIN = ("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ř", "š", "ç", "ñ")
LATIN_VOWELS = ("a", "e", "i", "o", "u", "á", "é", "ö", "ü", "ı")
CYRILLIC = ("б", "в", "г", "д", "з", "к", "л", "м", "н", "п", "р", "с", "т", "х", "ш", "ж")
CYRILLIC_VOWELS = ("а", "е", "и", "о", "у", "ы", "ё", "ү", "ө")
ENDINGS = {"latin": ("a", "u", "ym", "om"), "cyrillic": ("а", "у", "ым", "ой", "е", "га", "дын")}
# Words around the names; some contain a name's letters ("market", "remark") on purpose.
FILLER = ("the", "court", "heard", "market", "remark", "said", "that", "arrest", "суд",
          "сказал", "рынок", "и")


@st.composite
def parts(draw: st.DrawFn, script: str) -> str:
    consonants, vowels = (LATIN, LATIN_VOWELS) if script == "latin" else (CYRILLIC,
                                                                          CYRILLIC_VOWELS)
    syllables = draw(st.lists(st.tuples(st.sampled_from(consonants), st.sampled_from(vowels)),
                              min_size=1, max_size=4))
    word = "".join(c + v for c, v in syllables)
    if draw(st.booleans()):
        word += draw(st.sampled_from(consonants))
    return word[0].upper() + word[1:]


@st.composite
def names(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A name and its other forms: one to three parts each, Latin (accented or not) or
    Cyrillic."""
    forms = []
    for _ in range(draw(st.integers(1, 3))):
        script = draw(st.sampled_from(["latin", "cyrillic"]))
        forms.append(" ".join(draw(st.lists(parts(script), min_size=1, max_size=3))))
    return forms[0], forms[1:]


def _boilerplate() -> tuple[set[str], dict[str, str]]:
    """Every word a public report of the test's case holds whatever the names are, and the
    reports: a name that fairtrial writes itself cannot be kept out of the report, so the
    property does not draw it."""
    people = [person(f"p{i}", "Zzq") for i in range(1, 4)]
    case = fairtrial.from_data(_skeleton(people, ["x"] * 7))
    words: set[str] = set()
    for text in outputs(case).values():
        words |= set(re.findall(r"[^\W_]+", fold(text)))
    return words, {fmt: fairtrial.render_report(case, fmt, public=True) for fmt in FORMATS}


def _skeleton(people: list[dict[str, Any]], texts: list[str]) -> dict[str, Any]:
    ev = {"subjects": ["p1"], "provenance": {**prov(), "notes": texts[0]}}
    return case_with(
        [*people, {"id": "w1", "name": "Tess Bystander", "roles": ["witness"]}],
        title="A test case", summary=texts[1], notes=texts[2],
        events=[{"id": "a1", "kind": "arrest", "date": "2025-05-01", "summary": texts[3], **ev},
                {"id": "ps", "kind": "public_statement", "date": "2025-05-02",
                 "actors": ["w1"], "quote": texts[4], **ev},
                {"id": "h1", "kind": "hearing", "date": "2025-06", "notes": texts[5],
                 "summary": texts[6], **ev}])


BOILERPLATE, BOILERPLATE_REPORTS = _boilerplate()


def _variants(name: str, other: list[str], draw: st.DrawFn) -> list[str]:
    """Every form the case text may hold: the declared ones, each part, an inflected part,
    and the same in capitals and without accents."""
    forms = [name, *other]
    words = [w for f in forms for w in f.split()]
    forms += words
    for w in words:
        if len(w) >= 3:
            script = "cyrillic" if re.search("[а-яёүө]", w, re.I) else "latin"
            forms.append(w + draw(st.sampled_from(ENDINGS[script])))
    forms += [f.upper() for f in forms[:2]]
    forms += ["".join(c for c in unicodedata.normalize("NFKD", f)
                      if not unicodedata.combining(c)) for f in forms[:2]]
    return list(dict.fromkeys(forms))


@st.composite
def confidential_cases(draw: st.DrawFn) -> tuple[dict[str, Any], list[str], list[str]]:
    """A case whose free text holds every form of one to three confidential names, with one
    field that names no one; and the forms placed, and that field's text."""
    people, placed = [], []
    for i in range(1, draw(st.integers(1, 3)) + 1):
        name, other = draw(names())
        forms = _variants(name, other, draw)
        placed += forms
        people.append(person(f"p{i}", name, *other))
    words = {w for f in placed for w in re.findall(r"[^\W_]+", fold(f))}
    # A name fairtrial writes itself ("de", "art") cannot be kept out, and the filler must not
    # look like a name (with an ending), so that the text that names no one really does not.
    stems = {w for w in words if len(w) >= 3}
    if words & BOILERPLATE or any(fold(f).startswith(tuple(stems)) or fold(f) in words
                                  for f in FILLER):
        reject()
    # Nor one that, with an ending, is a word fairtrial writes ("Dat" and "data"): the check
    # would rightly refuse such a report.
    if check_public(BOILERPLATE_REPORTS, fairtrial.from_data(_skeleton(people, ["x"] * 7))):
        reject()
    texts = ["" for _ in range(7)]
    for form in placed:
        i = draw(st.integers(0, 6))
        before, after = draw(st.sampled_from(FILLER)), draw(st.sampled_from(FILLER))
        punct = draw(st.sampled_from([" ", ", ", "; ", "'s ", ". ", ") "]))
        texts[i] += f"{before} {form}{punct}{after} "
    clean = " ".join(draw(st.lists(st.sampled_from(FILLER), min_size=1, max_size=8)))
    texts = [t.strip() or clean for t in texts]
    data = _skeleton(people, texts)
    data["people"][-1]["notes"] = clean  # the bystander: nothing in it is a name
    return data, placed, [clean]


@given(confidential_cases())
def test_no_public_output_holds_any_form_of_a_confidential_name(
        drawn: tuple[dict[str, Any], list[str], list[str]]) -> None:
    data, placed, clean = drawn
    case = fairtrial.from_data(data)
    private = json.dumps(data, ensure_ascii=False)
    assert all(named(private, form) for form in placed)  # the test did place them
    found = outputs(case)
    for where, text in found.items():
        for form in placed:
            assert not named(text, form), (where, form)
    public = fairtrial.public_case(case)
    assert public.people[-1].notes == clean[0]  # text that names no one is unchanged
    assert public.title == "A test case"
    # and the check that guards the CLI agrees, so --public writes this report
    rendered = {fmt: fairtrial.render_report(case, fmt, public=True) for fmt in FORMATS}
    assert check_public(rendered, case) == []


def test_report_public_refuses_to_write_when_a_name_survives(tmp_path: Path) -> None:
    # "May" is part of the confidential name and also a word the report writes in dates: the
    # report is refused, nothing is written, and the exit status says so.
    from fairtrial.cli._cli import main

    data = json.loads((EXAMPLES / "kloop-2025.json").read_text("utf-8"))
    data["people"][0]["name"] = "May Ivanova"
    data["people"][0]["confidential"] = True
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "public.html"
    assert main(["report", str(case_file), "--public", "-o", str(out)]) == 1
    assert not out.exists()


def test_timeline_labels_are_cut_at_a_word_not_inside_one() -> None:
    # A label cut inside "remark" printed "re…", which is a form of a confidential name "Ře"
    # (found by the property above): cut at a word, no fragment can pose as a name.
    data = copy.deepcopy(MINIMAL)
    data["events"] = [{"id": "h1", "kind": "hearing", "date": "2025-06-01",
                       "subjects": [data["people"][0]["id"]],
                       "summary": "remark person a, said remark person a at length",
                       "provenance": prov()}]
    page = fairtrial.render_report(fairtrial.from_data(data), "html")
    labels = [html.unescape(t) for t in re.findall(r"<text x=\"4\"[^>]*>([^<]*)</text>", page)]
    cut = [t for t in labels if t.endswith("…")]
    assert cut, labels
    for t in cut:
        words = t[:-1].split()
        assert words[-1] in {"remark", "person", "a,", "said", "a", "at"}, t
