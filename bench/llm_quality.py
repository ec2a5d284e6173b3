"""How good is the LLM review with YOUR model? Precision, recall, tokens, cost and latency
on a labeled set of changes to real functions (requests 2.32.3 and flask 3.0.3).

The set (bench/llm_quality_set.json, made by ``--write-set``) holds changes to real
functions of those projects: ``bug`` changes inject one bug of a kind the review prompt
names (a flipped condition, an off-by-one bound, a swallowed error, a wrong return value,
a removed None check) and ``harmless`` ones keep the behaviour (a local renamed, a return
value named, a string's quotes changed). Each change is staged in a git copy of its
project and reviewed exactly as ``postil review --staged`` does it (rules, then the
configured provider with the repository's context).

A bug case counts as found when a model finding (any severity) lies within ``--slack``
lines of the injected bug; a harmless case counts as a false alarm when the model reports
anything at warning or error. Reported: precision, recall, false-alarm rate, tokens in and
out, cost (for priced models), latency per change (median, p90), provider calls.

The provider is whatever your config and environment say (``POSTIL_LLM_PROVIDER``,
``POSTIL_LLM_MODEL``, ``POSTIL_LLM_BASE_URL``, ``POSTIL_LLM_API_KEY``, or your user config).
Compare models by running it once per model; nothing is cached between runs.

Usage:
    python bench/llm_quality.py [--limit N] [--json] [--slack LINES]
    python bench/llm_quality.py --source DIR   # cases made from your own Python code
    python bench/llm_quality.py --write-set    # regenerate bench/llm_quality_set.json
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SET_FILE = HERE / "llm_quality_set.json"
PROJECTS = {"requests": ("requests", "2.32.3", "src/requests"), "flask": ("flask", "3.0.3", "src/flask")}
PER_LABEL = 45  # cases of each label in the committed set (at least 40 of each are asked for)
MIN_LINES, MAX_LINES = 6, 80  # functions worth a review and small enough to be one unit


@dataclass
class Case:
    project: str
    path: str  # relative to the project root
    function: str
    label: str  # bug | harmless
    kind: str  # what was changed
    start: int  # 1-based first line replaced
    before: str  # the original lines start.. (exact)
    after: str  # what replaces them
    line: int  # 1-based line of the change in the new file (the injected bug)

    def apply(self, text: str) -> str:
        lines = text.split("\n")
        count = self.before.count("\n") + 1
        if "\n".join(lines[self.start - 1 : self.start - 1 + count]) != self.before:
            raise SystemExit(f"{self.path}:{self.start}: the source does not match the labeled set")
        return "\n".join(lines[: self.start - 1] + self.after.split("\n") + lines[self.start - 1 + count :])


# --- making cases ---------------------------------------------------------------------

def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if MIN_LINES <= node.end_lineno - node.lineno + 1 <= MAX_LINES:
                yield node


def _own_nodes(fn):
    """Nodes of a function's body, not of functions nested in it."""
    stack = list(fn.body)
    while stack:
        node = stack.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _one_line(lines: list[str], node, old: str, new: str):
    """Replace the first ``old`` inside ``node``'s text (one line, no string quotes in it)."""
    if node.lineno != node.end_lineno:
        return None
    line = lines[node.lineno - 1]
    segment = line[node.col_offset : node.end_col_offset]
    if "'" in segment or '"' in segment or "#" in segment or old not in segment:
        return None
    changed = segment.replace(old, new, 1)
    return node.lineno, line[: node.col_offset] + changed + line[node.end_col_offset :]


_SWAPS = {ast.Eq: (" == ", " != "), ast.NotEq: (" != ", " == "), ast.IsNot: (" is not ", " is "),
          ast.Is: (" is ", " is not "), ast.NotIn: (" not in ", " in "), ast.In: (" in ", " not in ")}
_BOUNDS = {ast.Lt: (" < ", " <= "), ast.LtE: (" <= ", " < "), ast.Gt: (" > ", " >= "), ast.GtE: (" >= ", " > ")}


def _edits(kind: str, nodes: list, tests: list):
    """(node, old text, new text) candidates for a one-line bug of this kind."""
    if kind == "wrong return value":
        returns = [n for n in nodes if isinstance(n, ast.Return) and isinstance(n.value, ast.Constant)
                   and isinstance(n.value.value, bool)]
        if {r.value.value for r in returns} == {True, False}:
            yield returns[0], str(returns[0].value.value), str(not returns[0].value.value)
        return
    for node in tests if kind.startswith("condition") else nodes:
        if kind == "condition: and/or swapped" and isinstance(node, ast.BoolOp):
            yield node, *((" and ", " or ") if isinstance(node.op, ast.And) else (" or ", " and "))
        elif kind == "condition: comparison negated" and isinstance(node, ast.Compare) and len(node.ops) == 1 \
                and type(node.ops[0]) in _SWAPS:
            yield node, *_SWAPS[type(node.ops[0])]
        elif kind != "off-by-one bound":
            continue
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _BOUNDS:
            yield node, *_BOUNDS[type(node.ops[0])]
        elif (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
              and type(node.slice.value) is int and node.slice.value in (0, 1)):
            yield node.slice, str(node.slice.value), str(node.slice.value + 1)
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))
              and isinstance(node.right, ast.Constant) and node.right.value == 1):
            yield node, " + 1" if isinstance(node.op, ast.Add) else " - 1", ""


def _bug(fn, lines: list[str], kind: str):
    """(first line, last line, new lines) of one injected bug of ``kind``, or None."""
    nodes = list(_own_nodes(fn))
    tests = [n.test for n in nodes if isinstance(n, (ast.If, ast.While))]
    for node, old, new in _edits(kind, nodes, tests):
        done = _one_line(lines, node, old, new)
        if done:
            return done[0], done[0], [done[1]]
    if kind == "error swallowed":
        for node in nodes:
            if isinstance(node, ast.ExceptHandler) and len(node.body) == 1 and isinstance(node.body[0], ast.Raise):
                stmt = node.body[0]
                if stmt.lineno == stmt.end_lineno:
                    line = lines[stmt.lineno - 1]
                    return stmt.lineno, stmt.lineno, [line[: stmt.col_offset] + "pass"]
    if kind == "None check removed":
        for node in fn.body:
            if (isinstance(node, ast.If) and isinstance(node.test, ast.Compare) and not node.orelse
                    and isinstance(node.test.ops[0], ast.Is) and isinstance(node.test.comparators[0], ast.Constant)
                    and node.test.comparators[0].value is None and len(node.body) == 1
                    and isinstance(node.body[0], (ast.Return, ast.Raise)) and node.end_lineno - node.lineno == 1
                    and node is not fn.body[-1]):
                return node.lineno, node.end_lineno, []
    return None


def _harmless(fn, lines: list[str], kind: str, source: str):
    nodes = list(_own_nodes(fn))
    text = "\n".join(lines[fn.lineno - 1 : fn.end_lineno])
    if kind == "local renamed":
        params = {a.arg for a in ast.walk(fn.args) if isinstance(a, ast.arg)}
        in_fstrings = {n.id for j in ast.walk(fn) if isinstance(j, ast.JoinedStr) for n in ast.walk(j)
                       if isinstance(n, ast.Name)}
        stored = [n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
        for name in dict.fromkeys(stored):
            uses = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == name]
            new = f"{name}_value"
            if (len(name) < 3 or name in params or name in in_fstrings or len(uses) < 2 or new in text
                    or any(isinstance(n, (ast.Global, ast.Nonlocal)) for n in ast.walk(fn))):
                continue
            edited = list(lines)
            for use in sorted(uses, key=lambda n: (n.lineno, n.col_offset), reverse=True):
                row = edited[use.lineno - 1]
                edited[use.lineno - 1] = row[: use.col_offset] + new + row[use.col_offset + len(name):]
            first = min(u.lineno for u in uses)
            last = max(u.lineno for u in uses)
            return first, last, edited[first - 1 : last]
    if kind == "return value named":
        for node in nodes:
            if (isinstance(node, ast.Return) and isinstance(node.value, (ast.Call, ast.BinOp))
                    and node.lineno == node.end_lineno and "result" not in text):
                line = lines[node.lineno - 1]
                indent = line[: node.col_offset]
                value = line[node.value.col_offset : node.value.end_col_offset]
                return node.lineno, node.lineno, [f"{indent}result = {value}", f"{indent}return result"]
    if kind == "quotes changed":
        for node in nodes:
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and node.lineno == node.end_lineno
                    and node.value and not re.search(r"['\"\\\n]", node.value)):
                line = lines[node.lineno - 1]
                segment = line[node.col_offset : node.end_col_offset]
                quote = segment[:1]
                if quote in ("'", '"') and segment.endswith(quote) and len(segment) == len(node.value) + 2:
                    other = '"' if quote == "'" else "'"
                    return node.lineno, node.lineno, [line[: node.col_offset] + other + node.value + other
                                                      + line[node.end_col_offset :]]
    return None


BUG_KINDS = ("condition: and/or swapped", "condition: comparison negated", "off-by-one bound", "error swallowed",
             "wrong return value", "None check removed")
HARMLESS_KINDS = ("local renamed", "return value named", "quotes changed")


def make_cases(project: str, root: Path, under: str, per_label: int) -> list[Case]:
    """Deterministic cases from the functions under ``root/under``: one change per function,
    bug and harmless changes on alternate functions, kinds taken in turn."""
    bugs: list[Case] = []
    harmless: list[Case] = []
    files = sorted(p for p in (root / under).rglob("*.py") if "test" not in p.relative_to(root).as_posix())
    n = 0
    for path in files:
        source = path.read_text(encoding="utf-8")
        lines = source.split("\n")
        tree = ast.parse(source)
        for fn in sorted(_functions(tree), key=lambda f: f.lineno):
            want_bug = n % 2 == 0
            pool, kinds = (bugs, BUG_KINDS) if want_bug else (harmless, HARMLESS_KINDS)
            if len(pool) >= per_label:
                n += 1
                continue
            used = {kind: sum(c.kind == kind for c in pool) for kind in kinds}
            for kind in sorted(kinds, key=lambda kind: (used[kind], kinds.index(kind))):  # the rarest kind first
                made = _bug(fn, lines, kind) if want_bug else _harmless(fn, lines, kind, source)
                if made is None:
                    continue
                first, last, new = made
                before = "\n".join(lines[first - 1 : last])
                after = "\n".join(new)
                case = Case(project, path.relative_to(root).as_posix(), fn.name, "bug" if want_bug else "harmless",
                            kind, first, before, after, first)
                try:
                    ast.parse(case.apply(source))
                except SyntaxError:
                    continue
                pool.append(case)
                break
            n += 1
    return bugs + harmless


def load_set(limit: int | None) -> list[Case]:
    cases = [Case(**c) for c in json.loads(SET_FILE.read_text())["cases"]]
    if limit:  # an even share of both labels, kinds mixed
        bugs = [c for c in cases if c.label == "bug"][: (limit + 1) // 2]
        harmless = [c for c in cases if c.label == "harmless"][: limit // 2]
        cases = bugs + harmless
    return cases


# --- running ------------------------------------------------------------------------------

def _git(root: Path, *args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.com", GIT_COMMITTER_NAME="bench",
               GIT_COMMITTER_EMAIL="bench@example.com")
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, env=env)


def _repo(source: Path, into: Path) -> Path:
    shutil.copytree(source, into, ignore=shutil.ignore_patterns(".git", ".postil", "__pycache__"))
    _git(into, "init", "-q", "-b", "main")
    _git(into, "add", "-A")
    _git(into, "commit", "-qm", "import")
    _git(into, "checkout", "-qb", "change")
    return into


@dataclass
class Outcome:
    case: Case
    found: bool
    flagged: bool  # reported something at warning or above
    findings: int
    seconds: float
    calls: int
    input_tokens: int
    output_tokens: int
    cost: float
    note: str = ""
    unanswered: str | None = None  # why the model gave no answer for this change (then it is not scored)


def review_case(root: Path, case: Case, llm, cache, slack: int) -> Outcome:
    from postil import git
    from postil.analyzers.findings import Severity
    from postil.change_review import collect_units, review_units

    path = root / case.path
    original = path.read_text(encoding="utf-8")
    path.write_text(case.apply(original), encoding="utf-8")
    _git(root, "add", "--", case.path)
    stats = llm.reviewer.stats
    before = stats.summary()
    started = time.perf_counter()
    try:
        changes = git.staged_changes(root)
        llm.read_from(git.Snapshot(root), git.change_intent(changes))
        result = review_units(collect_units(changes, cache, cwd=root), cache, llm=llm, label=changes.label)
    finally:
        path.write_text(original, encoding="utf-8")
        _git(root, "add", "--", case.path)
    seconds = time.perf_counter() - started
    after = stats.summary()
    model = [f for f in result.findings if f.source == "llm"]
    found = any(f.span.start_line + 1 - slack <= case.line <= f.span.end_line + 1 + slack for f in model)
    flagged = any(f.severity >= Severity.WARNING for f in model)
    return Outcome(case, found, flagged, len(model), seconds, after["calls"] - before["calls"],
                   after["input_tokens"] - before["input_tokens"], after["output_tokens"] - before["output_tokens"],
                   after["cost_usd"] - before["cost_usd"], "; ".join(result.coverage.notes[-1:]),
                   _unanswered(result.coverage))


def _unanswered(coverage) -> str | None:
    """Why the model gave no answer for a change (its first unit's reason), None when it answered."""
    if coverage.llm_not_answered:
        return coverage.llm_not_answered[0][1]
    return coverage.incomplete


def run_cases(groups: dict[str, tuple[Path, list[Case]]], slack: int, progress) -> tuple[list[Outcome], str]:
    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.llm.changes import resolve_reviewer

    outcomes: list[Outcome] = []
    provider = ""
    with tempfile.TemporaryDirectory(prefix="postil-quality-") as tmp:
        for project, (source, cases) in groups.items():
            root = _repo(source, Path(tmp) / project)
            cache = CheckerCache()
            llm = resolve_reviewer(root, cache.for_path(root).loaded)
            if llm is None:
                raise SystemExit("llm_quality: no LLM provider configured (set POSTIL_LLM_PROVIDER, POSTIL_LLM_MODEL, "
                                 "POSTIL_LLM_BASE_URL and POSTIL_LLM_API_KEY, or [llm] in your user config)")
            provider = llm.name
            try:
                for case in cases:
                    outcome = review_case(root, case, llm, cache, slack)
                    outcomes.append(outcome)
                    progress(outcome)
            finally:
                llm.reviewer.close()
    return outcomes, provider


def report(outcomes: list[Outcome], provider: str) -> dict:
    """Precision and recall over the changes the model answered for; a run where any call
    failed is not scored (a dead provider must not read as a quiet model)."""
    unanswered = [o for o in outcomes if o.unanswered]
    if unanswered:
        return {"provider": provider, "cases": len(outcomes), "not_answered": len(unanswered),
                "first_reason": unanswered[0].unanswered, "precision": None, "recall": None,
                "provider_calls": sum(o.calls for o in outcomes)}
    bugs = [o for o in outcomes if o.case.label == "bug"]
    harmless = [o for o in outcomes if o.case.label == "harmless"]
    tp = sum(o.found for o in bugs)
    fp = sum(o.flagged for o in harmless)
    seconds = sorted(o.seconds for o in outcomes)
    by_kind: dict[str, dict] = {}
    for o in outcomes:
        entry = by_kind.setdefault(o.case.kind, {"label": o.case.label, "cases": 0, "hits": 0})
        entry["cases"] += 1
        entry["hits"] += o.found if o.case.label == "bug" else o.flagged
    return {
        "provider": provider,
        "cases": {"bug": len(bugs), "harmless": len(harmless)},
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / len(bugs), 3) if bugs else None,
        "false_alarm_rate": round(fp / len(harmless), 3) if harmless else None,
        "true_positives": tp, "false_positives": fp,
        "provider_calls": sum(o.calls for o in outcomes),
        "input_tokens": sum(o.input_tokens for o in outcomes),
        "output_tokens": sum(o.output_tokens for o in outcomes),
        "cost_usd": round(sum(o.cost for o in outcomes), 6),
        "latency_seconds": {"median": round(statistics.median(seconds), 3) if seconds else None,
                            "p90": round(seconds[int(0.9 * (len(seconds) - 1))], 3) if seconds else None},
        "by_kind": by_kind,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N cases (half bugs, half harmless)")
    parser.add_argument("--slack", type=int, default=2, help="lines a finding may be off the injected bug (default 2)")
    parser.add_argument("--source", type=Path, default=None, help="make cases from the Python files under DIR")
    parser.add_argument("--write-set", action="store_true", help=f"regenerate {SET_FILE.name} from the sdists")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    if args.write_set or args.source is None:
        from _common import sdist

        roots = {name: sdist(package, version) for name, (package, version, _under) in PROJECTS.items()}
    if args.write_set:
        cases = [c for name, (_p, _v, under) in PROJECTS.items()
                 for c in make_cases(name, roots[name], under, PER_LABEL // 2 + 1)]
        SET_FILE.write_text(json.dumps({"projects": {n: f"{p}-{v}" for n, (p, v, _u) in PROJECTS.items()},
                                        "cases": [asdict(c) for c in cases]}, indent=1) + "\n")
        print(f"wrote {len(cases)} cases to {SET_FILE}")
        return 0
    if args.source is not None:
        source = args.source.resolve()
        cases = make_cases(source.name, source, ".", (args.limit or 2 * PER_LABEL) // 2 + 1)
        if args.limit:
            cases = [c for c in cases if c.label == "bug"][: (args.limit + 1) // 2] + \
                    [c for c in cases if c.label == "harmless"][: args.limit // 2]
        groups = {source.name: (source, cases)}
    else:
        cases = load_set(args.limit)
        groups = {name: (roots[name], [c for c in cases if c.project == name]) for name in PROJECTS}
        groups = {k: v for k, v in groups.items() if v[1]}

    def progress(o: Outcome) -> None:
        if not args.json:
            mark = ("found" if o.found else "missed") if o.case.label == "bug" else \
                   ("FALSE ALARM" if o.flagged else "quiet")
            mark = f"NOT ANSWERED ({o.unanswered})" if o.unanswered else mark
            print(f"  {o.case.project}:{o.case.path}:{o.case.line} {o.case.function} [{o.case.kind}] {mark} "
                  f"({o.seconds:.2f}s, {o.calls} call(s))", file=sys.stderr)

    outcomes, provider = run_cases(groups, args.slack, progress)
    summary = report(outcomes, provider)
    if args.json:
        print(json.dumps(summary, indent=2))
    if summary.get("not_answered"):
        print(f"llm_quality: no score — the provider did not answer for {summary['not_answered']} of "
              f"{summary['cases']} changes ({summary['first_reason']}); fix the provider and run again",
              file=sys.stderr)
        return 1
    if not args.json:
        print(f"LLM review quality — {provider}")
        print(f"  cases: {summary['cases']['bug']} with a bug, {summary['cases']['harmless']} harmless")
        print(f"  precision {summary['precision']}, recall {summary['recall']}, "
              f"false alarms on harmless changes {summary['false_alarm_rate']}")
        print(f"  {summary['provider_calls']} provider calls, {summary['input_tokens']} tokens in, "
              f"{summary['output_tokens']} out, ${summary['cost_usd']}")
        print(f"  latency per change: median {summary['latency_seconds']['median']} s, "
              f"p90 {summary['latency_seconds']['p90']} s")
        for kind, entry in summary["by_kind"].items():
            what = "found" if entry["label"] == "bug" else "flagged"
            print(f"    {kind}: {entry['hits']}/{entry['cases']} {what}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
