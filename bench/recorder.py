"""What the recorder's additions cost, as ratios in one run.

    python bench/recorder.py [--events 500]

- the placeholder scan that ``validate`` now runs, against the whole of ``validate``;
- loading the same case from YAML (pure-Python ruamel.yaml) against loading it from JSON.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import best_of
from corpus import make_bytes

from fairtrial.record import _load, _template, _yaml


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    args = parser.parse_args()
    raw = make_bytes(args.events)
    data = _load.parse(raw)
    text = _yaml.dumps(data)
    scan = best_of(lambda _: _template.placeholders(data), 7)
    validate = best_of(lambda _: _load.validate(data), 7)
    from_json = best_of(lambda _: _load.loads(raw), 5)
    from_yaml = best_of(lambda _: _yaml.loads(text), 3)
    print(f"case of {args.events} events: {len(raw):,} bytes of JSON, {len(text):,} of YAML")
    print(f"placeholder scan / validate:   {scan / validate:6.3f}")
    print(f"load from YAML / load from JSON: {from_yaml / from_json:6.1f} "
          f"({from_yaml * 1000:.0f} ms against {from_json * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
