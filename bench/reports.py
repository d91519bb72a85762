"""What the human formats cost on top of the assessment they present.

    python bench/reports.py              # the bundled case and a 50-event generated case
    python bench/reports.py --events 500

Each line is the best of N runs, as a ratio to loading and assessing the same case: the
questions (merged and ranked by recomputing grades), the terminal view (default and --all),
and the Markdown and HTML reports in English and Russian.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import best_of
from corpus import make_bytes

import fairtrial
from fairtrial._i18n import lang
from fairtrial.reports._questions import gather
from fairtrial.reports._report import render
from fairtrial.reports._textout import render as text

ROOT = Path(__file__).resolve().parent.parent


def measure(label: str, data: bytes, repeat: int) -> None:
    base = best_of(lambda _: fairtrial.assess(fairtrial.loads(data)), repeat)
    case = fairtrial.loads(data)

    def with_assessment(fn: Any) -> float:
        return best_of(lambda a: fn(a), repeat, lambda: fairtrial.assess(case))

    steps = {
        "questions (gather)": with_assessment(lambda a: gather(case, a)),
        "text, default": with_assessment(lambda a: text(case, a, lang("en"))),
        "text, --all": with_assessment(lambda a: text(case, a, lang("en"), show_all=True)),
        "text, --all --lang ru": with_assessment(
            lambda a: text(case, a, lang("ru"), show_all=True)),
        # render() assesses again: its ratio includes one assessment
        "report md": best_of(lambda _: render(case, "md"), repeat),
        "report html": best_of(lambda _: render(case, "html"), repeat),
        "report html --lang ru": best_of(lambda _: render(case, "html", lang="ru"), repeat),
    }
    print(f"{label}: load + assess {base * 1e3:.2f} ms = 1.00")
    for name, seconds in steps.items():
        print(f"  {name:<24} {seconds / base:6.2f}  ({seconds * 1e3:.2f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    render(fairtrial.load(ROOT / "examples/kloop-2025.json"), "html")  # import and warm Jinja2
    measure("examples/kloop-2025.json", (ROOT / "examples/kloop-2025.json").read_bytes(),
            args.repeat)
    measure(f"generated, {args.events} events", make_bytes(args.events), args.repeat)


if __name__ == "__main__":
    main()
