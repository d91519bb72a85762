"""Rewrite the committed schemas from the model: the package copy and the top-level mirror.

Run after changing the model: ``python tools/regen_schemas.py``. tests/test_schema.py fails
until the committed files match what the model generates.
"""

from pathlib import Path

from fairtrial.record._schema import build_assessment_schema, build_case_schema, schema_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    files = {"case.schema.json": schema_text(build_case_schema()),
             "assessment.schema.json": schema_text(build_assessment_schema())}
    for target in (ROOT / "src/fairtrial/schemas", ROOT / "schemas"):
        for name, text in files.items():
            (target / name).write_text(text, encoding="utf-8")
            print(f"wrote {target / name}")


if __name__ == "__main__":
    main()
