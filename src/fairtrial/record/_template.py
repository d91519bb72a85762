"""``fairtrial new``: a commented case-file template, and the placeholders it leaves.

Every value the recorder must supply is written ``TODO what belongs here``. Validation reports
each one still in a file as a problem of its own (code ``placeholder``), in place of whatever
else is wrong with that value, so an unfinished file never passes for a finished one, in YAML or
after conversion to JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from fairtrial import _files

if TYPE_CHECKING:  # 'fairtrial --help' reads KINDS and should not load the model's attrs
    from fairtrial.record._problems import Problem

__all__ = ["KINDS", "PLACEHOLDER", "placeholders", "template", "with_placeholders"]

PLACEHOLDER: Final = "TODO"
#: Template name -> what it covers, for --help.
KINDS: Final = {
    "trial": "a trial from arrest to verdict: arrest, interrogation, first appearance, "
             "detention order, hearing, verdict",
    "detention": "an arrest and detention before trial: arrest, search, interrogation, access "
                 "to a lawyer, contact with family, first appearance, detention order, "
                 "alleged ill-treatment",
}


def template(kind: str, schema: str | None) -> str:
    """The template text; with ``schema``, its first line names the schema for editors."""
    text = _files.read_text("templates", f"case-{kind}.yaml")
    if schema:
        from fairtrial.record._yaml import SCHEMA_COMMENT

        text = SCHEMA_COMMENT.format(schema=schema) + text
    return text


def _is_placeholder(value: str) -> bool:
    return value.startswith(PLACEHOLDER) and (len(value) == 4 or not value[4].isalnum())


def placeholders(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """(path, text) of every placeholder left in parsed case-file data, in document order."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if type(value) is str:
            if value.startswith(PLACEHOLDER) and _is_placeholder(value):
                found.append((path, value))
        elif type(value) is dict:
            stack.extend(((*path, k), v) for k, v in reversed(value.items()))
        elif type(value) is list:
            stack.extend(((*path, i), v) for i, v in reversed(list(enumerate(value))))
    return found


def with_placeholders(data: Any, problems: list[Problem]) -> list[Problem]:
    """``problems`` with each placeholder reported as such, replacing what else its value
    breaks (a placeholder is no date, no enum value); unchanged when there is none."""
    from fairtrial.record._problems import Problem, pointer

    found = placeholders(data)
    if not found:
        return problems
    where = {pointer(path) for path, _ in found}
    kept = [p for p in problems if p.path not in where]
    kept.extend(Problem(pointer(path), "placeholder",
                        f"still a placeholder ({text}): write what the sources say here, or "
                        "delete an optional field they do not mention", text)
                for path, text in found)
    return kept
