"""``postil stats``: LLM calls, tokens, cost, cache hits, latency, and per category the model findings
accepted, dismissed and turned into rules, and those learned rules found instead of the model."""

from __future__ import annotations

import argparse
import json

from postil.commands.workspace_arg import add_workspace_argument, workspace_of


def register(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="LLM review statistics for this workspace")
    add_workspace_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from postil.analyzers.llm.state import State, Stats
    from postil.core.terminal import say

    root = workspace_of(args.path, "stats")
    if root is None:
        return 2
    state = State(root)
    data = Stats(state).summary() if state.exists() else Stats.empty()
    state.close()
    if args.json:
        print(json.dumps(data, indent=2))
        return 0

    def ms(value):
        return "-" if value is None else f"{value * 1000:.0f} ms"

    print(f"LLM calls: {data['calls']} ({data['failures']} failed)")
    print(f"tokens: {data['input_tokens']:,} in, {data['output_tokens']:,} out; cost ${data['cost_usd']:.4f}")
    rate = data["cache_hit_rate"]
    print(f"cache: {data['cache_hits']} hits, {data['cache_misses']} misses"
          + (f" ({rate:.0%} hit rate)" if rate is not None else ""))
    print(f"latency: p50 {ms(data['latency_p50'])}, p95 {ms(data['latency_p95'])} ({data['latency_samples']} calls)")
    print(f"findings: {data['findings_shown']} shown, {data['findings_dropped']} dropped "
          f"(not in the file, low confidence, repeats, dismissed); {data['dismissed_fingerprints']} dismissed for good")
    for category, c in sorted(data["categories"].items()):
        rate = "-" if c["accept_rate"] is None else f"{c['accept_rate']:.0%}"
        say(f"  {category}: {c['accepted']} applied, {c['dismissed']} dismissed (accept rate {rate}), "
            f"{c['learned']} turned into rules; {c['saved']} found by learned rules instead of the model")
    return 0
