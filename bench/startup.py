"""CLI start-up: how much longer `fairtrial assess` on the bundled case takes than
`python -c pass`, and what `--help`, `schema`, `checklist` and `validate` cost.

    python bench/startup.py                       # 20 interleaved rounds
    python bench/startup.py --against /tmp/old/src   # the same commands with another source
                                                  # tree first on PYTHONPATH, paired per round

Each round runs every command once, in turn, after a warm-up round that is not counted;
figures are CPU times (user and system: on a shared machine the wall clock counts waiting for
a core), medians with their range. Commands run as an installed package does: with their
bytecode, which pip writes at install, and the compiled methods of the model
(src/fairtrial/record/_codecache.py), so PYTHONDONTWRITEBYTECODE is removed from their environment
(with it, every start compiles fairtrial's modules from source); --keep-env runs them in this
environment as it is.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import spread, wall

ROOT = Path(__file__).resolve().parent.parent
CASE = str(ROOT / "examples" / "kloop-2025.json")
COMMANDS = {
    "assess (text)": ["assess", CASE],
    "assess --format json": ["assess", "--format", "json", CASE],
    "--help": ["--help"],
    "schema": ["schema"],
    "checklist": ["checklist"],
    "validate": ["validate", CASE],
}

#: What `assess` imports that fairtrial does not write: the floor under any start-up of it.
_LIBRARIES = "import argparse, gettext, json, attrs, cattrs, jsonschema_rs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--against", metavar="SRC",
                        help="also run each command with SRC first on PYTHONPATH (paired)")
    parser.add_argument("--keep-env", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE if set (see above)")
    args = parser.parse_args()
    py = sys.executable
    runner = [py, "-c", "import sys; from fairtrial.cli._cli import main; sys.exit(main())"]
    installed = dict(os.environ)
    if not args.keep_env:
        installed.pop("PYTHONDONTWRITEBYTECODE", None)
    envs = {"this tree": installed}
    if args.against:
        envs["--against"] = {**installed, "PYTHONPATH": args.against}
    times: dict[tuple[str, str], list[float]] = {}
    base: list[float] = []
    floor: list[float] = []
    for n in range(args.rounds + 1):  # the first round warms up: bytecode, caches
        cpu = wall([py, "-c", "pass"], env=installed)
        libraries = wall([py, "-c", _LIBRARIES], env=installed)
        if n:
            base.append(cpu)
            floor.append(libraries)
        for label, env in envs.items():
            for name, argv in COMMANDS.items():
                cpu = wall([*runner, *argv], env=env)
                if n:
                    times.setdefault((label, name), []).append(cpu)
    print(f"python -c pass: {statistics.median(base) * 1e3:.1f} ms of CPU "
          f"(median of {args.rounds} rounds)")
    print(f"  {'the libraries alone':33} {statistics.median(floor) * 1e3:7.1f} ms  "
          f"{spread([f / b for f, b in zip(floor, base, strict=True)])}x python -c pass "
          f"(importing what assess cannot do without: {_LIBRARIES[7:]})")
    for (label, name), ts in times.items():
        ratio = [t / b for t, b in zip(ts, base, strict=True)]
        print(f"  {label:10} {name:22} {statistics.median(ts) * 1e3:7.1f} ms  "
              f"{spread(ratio)}x python -c pass")
    if args.against:
        for name in COMMANDS:
            paired = [o / n for o, n in zip(times["--against", name], times["this tree", name],
                                            strict=True)]
            print(f"  {name:22} this tree is {spread(paired, '{:.2f}')}x faster")
    print("target: assess (text) at most 10x python -c pass")


if __name__ == "__main__":
    main()
