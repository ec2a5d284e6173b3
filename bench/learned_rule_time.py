"""A learned rule's time per file beside the model call it replaces (issue 36).

The rule is the one `postil rules learn` saves from the fake provider's answer in the
tests (tests/analyzers/llm/learned_rule.py) (vetted by postil.analyzers.llm.learned_rule_vetting,
as saved). Reported on flask 3.1.0 (every .py file of the sdist):

- the rule's time per file in process as the engine runs it (a file without the rule's
  literals is not even parsed), its CPU time, and parse + match forced on every file (the
  cost where the literals are present): median and p95 over the files;
- the model call it replaces: one review request per function-sized unit through postil's
  pipeline to an OpenAI-compatible endpoint. By default that is the fake provider on
  127.0.0.1 answering at once, so the figure is a floor (no model time at all); point
  --base-url/--model at a real server for the real figure. --stats-from DIR adds the p50
  latency of the real calls recorded in DIR/.postil (`postil stats`).

Usage: python bench/learned_rule_time.py [--units 40] [--base-url URL --model NAME] [--stats-from DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "analyzers" / "llm"))

from _common import add_json_option, machine, percentile, record, sdist, write_json
from ast_grep_py import SgRoot
from fake_provider import FakeProvider, Reply
from learned_rule import RULE

from postil.analyzers.llm.reviewer import Reviewer
from postil.config.environment import resolve
from postil.analyzers.llm.state import State, Stats
from postil.analyzers.llm.units import units_for_file
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.llm.learned_rule_vetting import vet
from postil.analyzers.rules.loader import build_rule
from postil.config import LLMConfig



def learned_rule():
    verdict = vet(RULE, prefix="bench", language="python", original="total += item.price\n",
                  fixed="total += item.price or 0\n", message="price may be None", files=[])
    assert verdict.refused is None, verdict.refused
    return build_rule(verdict.document, "bench")


def rule_times(files: list[Path]) -> dict[str, list[float]]:
    """Per-file milliseconds of the learned rule alone, median of 5 runs per file: as the engine
    runs it (files without the rule's literals are not parsed), its CPU time, and parse + match
    forced on every file (the cost where the literals are present)."""
    rule = learned_rule()
    ruleset = RuleSet.of([rule])
    out: dict[str, list[float]] = {"engine": [], "cpu": [], "parse_and_match": []}
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        run_rules(ruleset, text, "python", str(path), path.name)  # warm
        runs: dict[str, list[float]] = {key: [] for key in out}
        for _ in range(5):
            started, cpu_started = time.perf_counter(), time.process_time()
            run_rules(ruleset, text, "python", str(path), path.name)
            runs["engine"].append((time.perf_counter() - started) * 1000)
            runs["cpu"].append((time.process_time() - cpu_started) * 1000)
            started = time.perf_counter()
            SgRoot(text, "python").root().find_all(rule.config)
            runs["parse_and_match"].append((time.perf_counter() - started) * 1000)
        for key, values in runs.items():
            out[key].append(statistics.median(values))
    return out


def model_call_times(work: Path, units_wanted: int, base_url: str | None, model: str) -> list[float]:
    """Milliseconds per reviewed unit (postil's pipeline plus the provider call), fresh cache."""
    fake = None
    if base_url is None:
        fake = FakeProvider().start()
        fake.responder = lambda body: Reply(payload={"findings": []})
        base_url = fake.openai_url
    try:
        settings = resolve(LLMConfig(provider="openai-compatible", model=model, base_url=base_url, concurrency=1),
                           env={"POSTIL_LLM_API_KEY": "sk-bench"})
        units = []
        for path in sorted((work / "src").rglob("*.py")):
            units.extend(units_for_file(path, path.read_text()))
        reviewer = Reviewer(work, settings, use_index=False, update_index=False)
        result = reviewer.review(units[:units_wanted], rule_findings={})
        reviewer.close()
        return [(u.seconds + u.provider_seconds) * 1000 for u in result.units if u.status == "reviewed"]
    finally:
        if fake is not None:
            fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=40, help="units sent to the model (default 40)")
    parser.add_argument("--base-url", help="a real OpenAI-compatible endpoint (default: the instant fake provider)")
    parser.add_argument("--model", default="bench")
    parser.add_argument("--stats-from", type=Path, help="a workspace whose recorded model latencies to show")
    add_json_option(parser)
    args = parser.parse_args()

    source = sdist("flask", "3.1.0")
    files = sorted(source.rglob("*.py"))
    times = rule_times(files)
    work = Path(tempfile.mkdtemp(prefix="postil-learned-bench-"))
    try:
        shutil.copytree(source / "src", work / "src")
        calls = model_call_times(work, args.units, args.base_url, args.model)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {
        "machine": machine(), "project": "flask 3.1.0", "files": len(files),
        "rule_ms_per_file_median": round(statistics.median(times["engine"]), 3),
        "rule_ms_per_file_p95": round(percentile(times["engine"], 95), 3),
        "rule_cpu_ms_per_file_median": round(statistics.median(times["cpu"]), 3),
        "rule_parse_and_match_ms_per_file_median": round(statistics.median(times["parse_and_match"]), 3),
        "rule_parse_and_match_ms_per_file_p95": round(percentile(times["parse_and_match"], 95), 3),
        "model_call": "fake provider answering at once (a floor: no model time)" if args.base_url is None
        else f"{args.model} at {args.base_url}",
        "model_calls": len(calls),
        "model_call_ms_median": round(statistics.median(calls), 1) if calls else None,
        "model_call_ms_p95": round(percentile(calls, 95), 1) if calls else None,
    }
    if args.stats_from is not None:
        state = State(args.stats_from)
        summary = Stats(state).summary() if state.exists() else Stats.empty()
        state.close()
        report["recorded_model_latency_ms_p50"] = None if summary["latency_p50"] is None \
            else round(summary["latency_p50"] * 1000, 1)
    if calls:
        report["model_call_over_parse_and_match_median"] = round(
            statistics.median(calls) / statistics.median(times["parse_and_match"]), 1)
    print(json.dumps(report, indent=2))
    record(**report, rule_ms_runs=times["engine"], parse_and_match_ms_runs=times["parse_and_match"],
           model_call_ms_runs=calls)
    write_json(args.json)


if __name__ == "__main__":
    main()
