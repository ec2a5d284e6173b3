"""LLM review overhead outside the provider call, on a real project (click 8.1.7).

Every function-sized unit of click's sources is reviewed through the real pipeline
(triage → retrieval from the workspace index → prompt → openai SDK → fake provider on
127.0.0.1 → parse → anchoring), with a provider that answers at once with one finding
quoting a line of the unit. Reported:

- overhead per unit outside the provider call (p50/p95; target p95 ≤ 100 ms);
- re-review of the same, unchanged code by a fresh reviewer: provider calls (target 0)
  and time per unit (target p95 ≤ 50 ms);
- prompt size per unit: median tokens, and the share spent on context.

Usage: python bench/llm_overhead.py [--units N] [--context-budget TOKENS]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "analyzers" / "llm"))

from _common import add_json_option, record, sdist, write_json
from fake_provider import FakeProvider, Reply

from postil.analyzers.llm.reviewer import Reviewer
from postil.config.environment import resolve
from postil.analyzers.llm.units import units_for_file
from postil.config import LLMConfig

_UNDER_REVIEW = re.compile(r"CODE UNDER REVIEW \(lines \d+-\d+\):\n```\w*\n(.*?)\n```", re.DOTALL)
_GUTTER = re.compile(r"^\s*\d+ \| ?")


def answer(body: dict) -> Reply:
    """One finding quoting the second non-blank line of the code under review."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    match = _UNDER_REVIEW.search(user)
    lines = [_GUTTER.sub("", line) for line in (match.group(1).split("\n") if match else [])]
    code = [line for line in lines if line.strip()]
    if len(code) < 2:
        return Reply(payload={"findings": []})
    return Reply(payload={"findings": [{"existing_code": code[1], "improved_code": "", "message": "bench finding",
                                        "severity": "info", "category": "other", "confidence": 0.9}]})


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=120)
    parser.add_argument("--context-budget", type=int, default=2000)
    add_json_option(parser)
    args = parser.parse_args()

    source = sdist("click", "8.1.7")
    work = Path(tempfile.mkdtemp(prefix="postil-llm-bench-"))
    shutil.copytree(source / "src", work / "src")
    fake = FakeProvider().start()
    fake.responder = answer
    try:
        settings = resolve(LLMConfig(provider="openai-compatible", model="bench", base_url=fake.openai_url,
                                     concurrency=1, context_budget=args.context_budget), env={})
        units = []
        for path in sorted((work / "src").rglob("*.py")):
            units.extend(units_for_file(path, path.read_text()))
        units = units[: args.units]

        reviewer = Reviewer(work, settings)
        started = time.perf_counter()
        reviewer.index()  # the one incremental update before the first retrieval
        index_seconds = time.perf_counter() - started
        first = reviewer.review(units)
        reviewer.close()
        reviewed = [u for u in first.units if u.status == "reviewed" and u.prompt is not None]  # batched trivial units share a prompt
        overhead = [u.seconds for u in reviewed]
        provider = [u.provider_seconds for u in reviewed]
        prompts = [u.prompt for u in reviewed]
        tokens = [p.tokens for p in prompts]
        context = [p.context_tokens for p in prompts]
        shares = [c / t for c, t in zip(context, tokens)]
        calls_before = len(fake.received)

        again = Reviewer(work, settings)
        again.index()
        second = again.review(units)
        again.close()
        rereview = [u.seconds for u in second.units if u.status == "cached"]
        new_calls = len(fake.received) - calls_before

        report = {
            "project": "click 8.1.7 (src/)", "units": len(units), "reviewed": len(reviewed),
            "skipped_by_triage": first.count("skipped"),
            "findings_anchored": len(first.findings),
            "index_update_seconds": round(index_seconds, 2),
            "overhead_ms_p50": round(pct(overhead, 50) * 1000, 1),
            "overhead_ms_p95": round(pct(overhead, 95) * 1000, 1),
            "overhead_ms_max": round(max(overhead) * 1000, 1),
            "provider_call_ms_p50 (fake, excluded)": round(pct(provider, 50) * 1000, 1),
            "rereview_provider_calls": new_calls,
            "rereview_cached_units": len(rereview),
            "rereview_ms_p50": round(pct(rereview, 50) * 1000, 1),
            "rereview_ms_p95": round(pct(rereview, 95) * 1000, 1),
            "prompt_tokens_median": statistics.median(tokens),
            "prompt_tokens_p95": pct(tokens, 95),
            "context_tokens_median": statistics.median(context),
            "context_share_of_prompt_median": round(statistics.median(shares), 3),
            "context_budget": args.context_budget,
            "context_budget_used_median": round(statistics.median(context) / args.context_budget, 3),
        }
        print(json.dumps(report, indent=2))
        record(**report, overhead_ms_runs=[s * 1000 for s in overhead],
               rereview_ms_runs=[s * 1000 for s in rereview])
        write_json(args.json)
    finally:
        fake.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
