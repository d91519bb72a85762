"""Where the start-up of `fairtrial assess` on the bundled case goes, phase by phase.

    python bench/startup_phases.py            # 10 fresh processes, medians
    python bench/startup_phases.py --runs 20

Each run is a new interpreter that does what `fairtrial assess examples/kloop-2025.json`
does, in order, timing each import and each first use with time.process_time (CPU time);
the interpreter's own start (`python -c pass`) is measured apart. As bench/startup.py, runs
are made as an installed package runs: PYTHONDONTWRITEBYTECODE is removed from their
environment, and one run that is not counted writes the bytecode and the compiled methods.
The last lines time a second load and assessment of the same case in the same process: what
remains once everything is built.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import wall

CASE = str(Path(__file__).resolve().parent.parent / "examples" / "kloop-2025.json")

_PHASES = r"""
import json, sys, time
T = time.process_time
marks = []
t = T()
def mark(name):
    global t
    n = T()
    marks.append((name, n - t))
    t = n
import argparse
mark("import argparse (the command line)")
import attrs
mark("import attrs")
import cattrs
mark("import cattrs")
from fairtrial.record import _vocab
mark("import fairtrial.record._vocab (enumerations)")
from fairtrial.record import _model
mark("import fairtrial.record._model (77 attrs classes)")
from fairtrial.record import _convert, _load
mark("import the loader (fairtrial.record._load, _convert)")
import jsonschema_rs
mark("import jsonschema_rs")
from fairtrial import checklist
mark("import the checklist")
from fairtrial.assessment import _assess
from fairtrial.reports import _export, _textout
from fairtrial._i18n import lang
mark("import assessing and the text report")
data = open(sys.argv[1], "rb").read()
raw = _load.parse(data)
mark("parse the case")
_load.validate(raw)
mark("first validation (builds the validator)")
case = _convert.converter().structure(raw, _model.Case)
mark("first structuring (generates the classes' hooks)")
cl = checklist.default_checklist("full")
a = _assess.assess(case, cl)
mark("first assessment (treaty tables)")
_textout.render(case, a, lang("en"), show_all=False, color=False)
mark("first text report")
again = _load.loads(data)
mark("again: load the case")
_textout.render(again, _assess.assess(again, cl), lang("en"), show_all=False, color=False)
mark("again: assess and report")
print(json.dumps(marks))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", _PHASES, CASE]
    subprocess.run(command, env=env, check=True, capture_output=True)  # writes bytecode
    runs: list[list[tuple[str, float]]] = []
    base: list[float] = []
    for _ in range(args.runs):
        base.append(wall([sys.executable, "-c", "pass"], env=env))
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout))
    pass_ms = statistics.median(base) * 1e3
    print(f"python -c pass: {pass_ms:.1f} ms of CPU (median of {args.runs})")
    total = 0.0
    for n, (name, _) in enumerate(runs[0]):
        ms = statistics.median(r[n][1] for r in runs) * 1e3
        if not name.startswith("again"):
            total += ms
        print(f"  {ms:6.1f} ms  {name}")
    print(f"  {total:6.1f} ms  in all, before the second load; with the interpreter's start, "
          f"{(total + pass_ms) / pass_ms:.1f}x python -c pass")


if __name__ == "__main__":
    main()
