"""Findings at `warning` or above on the test trees of mature projects, with default settings.

Test code is where a reviewer least wants noise: security rules about production exposure
are left out there (test-policy, default "off"), correctness rules and secrets stay. Target: at most 20 in
total over flask, requests and httpx (issue 14). The sdists (which ship tests/) are downloaded
once into bench/.work/.
Usage: python bench/quiet_tests.py [--show]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections import Counter

from _common import add_json_option, record, sdist, tool, write_json

PROJECTS = (("flask", "3.1.0"), ("requests", "2.32.3"), ("httpx", "0.28.1"))
LOUD = ("error", "warning")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="list each finding at warning or above")
    add_json_option(parser)
    args = parser.parse_args()
    total = 0
    print(f"{'project':18} {'files':>5} {'all':>5} {'>=warning':>9}  rules")
    for name, version in PROJECTS:
        tests = sdist(name, version) / "tests"
        out = subprocess.run([tool("postil"), "check", str(tests), "--format", "json", "--exit-zero"],
                             capture_output=True, text=True, check=False)
        report = json.loads(out.stdout)
        loud = [f for f in report["findings"] if f["severity"] in LOUD]
        total += len(loud)
        by_rule = Counter(f["rule"] for f in loud)
        files = sum(1 for p in tests.rglob("*") if p.is_file())
        print(f"{name + '-' + version:18} {files:5d} {len(report['findings']):5d} {len(loud):9d}  "
              + ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
        if args.show:
            for f in loud:
                print(f"    {f['rule']}  {f['path'].split('/tests/', 1)[-1]}:{f['line']}  {f['message'][:80]}")
        record(**{name: {"all": len(report["findings"]), "warning_or_above": len(loud), "by_rule": dict(by_rule)}})
    print(f"total at warning or above: {total} (target <= 20)")
    record(total_warning_or_above=total)
    write_json(args.json)


if __name__ == "__main__":
    main()
