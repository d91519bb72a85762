"""Rewrite the generated parts of docs/ from the code. tests/test_docs.py checks they match."""

from pathlib import Path

from fairtrial.record import _docs

ROOT = Path(__file__).resolve().parent.parent


def targets() -> dict[Path, dict[str, str]]:
    return {
        ROOT / "docs/case-format.md": {"fields": _docs.case_format_reference()},
        ROOT / "docs/checklist.md": {"criteria": _docs.checklist_reference()},
    }


def main() -> None:
    for path, blocks in targets().items():
        text = path.read_text(encoding="utf-8")
        for name, generated in blocks.items():
            text = _docs.splice(text, name, generated)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
