"""What each pattern rule costs on generated worst cases (issues 31/32: bad input never freezes
postil): a literal of many items, a function or module of many statements, a deep nesting, per
language. Each rule is searched alone, as postil searches it (its prefilter, and a joined rule's
hashing: see rules/joined_matches.py), at two sizes; a rule whose CPU per 1,000 elements grows
with the size is superlinear. Prints the most expensive rules of each shape and the worst rule's
cost per 1,000 elements at each size.

Usage: python bench/big_literals.py [--sizes 1000 4000] [--depths 500 2000] [--top 3] [--shape NAME]
"""

from __future__ import annotations

import argparse
import time

from ast_grep_py import SgRoot

from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met
from postil.analyzers.rules.loader import builtin_rules
from postil.analyzers.rules.joined_matches import rule_matches


def _lines(head: str, item, n: int, tail: str) -> str:
    return "\n".join([head, *(item(i) for i in range(n)), tail, ""])


_PY_STATEMENTS = ("x{i} = d['k{i}']", "d['k{i}'] = x{i}", "g(x{i}, 'v{i}')", "if x{i}:\n        y = {i}",
                  "f{i} = open(p{i})", "try:\n        h({i})\n    except ValueError:\n        pass")
_JS_STATEMENTS = ("const x{i} = d['k{i}'];", "d['k{i}'] = x{i};", "g(x{i}, 'v{i}');", "if (x{i}) {{ y = {i}; }}",
                  "let s{i} = `${{x{i}}}`;", "try {{ h({i}); }} catch (e) {{ }}")
_GO_STATEMENTS = ("x{i} := d[\"k{i}\"]", "d[\"k{i}\"] = x{i}", "g(x{i}, \"v{i}\")", "if x{i} > 0 {{ y = {i} }}")

# name -> (language, generator of a file with n elements (or n levels of nesting), deep?)
SHAPES = {
    "py-dict": ("python", lambda n: _lines("TABLE = {", lambda i: f"    'key{i}': {i},", n, "}"), False),
    "py-set": ("python", lambda n: _lines("CODES = {", lambda i: f"    {i},", n, "}"), False),
    "py-list": ("python", lambda n: _lines("NAMES = [", lambda i: f"    'name{i}',", n, "]"), False),
    "py-call": ("python", lambda n: _lines("setup(", lambda i: f"    k{i}='v{i}',", n, ")"), False),
    "py-function": ("python", lambda n: _lines("def handler(d, g, h, p):", lambda i: "    " + _PY_STATEMENTS[i % 6].format(i=i), n, "    return d"), False),
    "py-module": ("python", lambda n: _lines("import os", lambda i: f"@app.route('/r{i}')\ndef view{i}():\n    return os.getcwd()", n // 3, ""), False),
    "py-opens": ("python", lambda n: _lines("import os", lambda i: f"f{i} = open(p{i})" if i % 2 == 0 else f"f{i - 1}.close()", n, ""), False),
    "py-assigns": ("python", lambda n: _lines("import os", lambda i: f"x{i} = os.environ.get('K{i}', x{i - 1} if {i} else 0)", n, ""), False),
    "py-calls": ("python", lambda n: _lines("import logging", lambda i: f"logging.info('step %s', x{i})", n, ""), False),
    "py-imports": ("python", lambda n: _lines("import os", lambda i: f"from pkg.m{i} import name{i}" if i % 2 else f"import pkg.m{i}", n, ""), False),
    "py-withs": ("python", lambda n: _lines("def load(p):", lambda i: f"    with open(p{i}) as f{i}:\n        x{i} = f{i}.read()", n, "    return p"), False),
    "py-excepts": ("python", lambda n: _lines("try:\n    run()", lambda i: f"except E{i}:\n    pass", n, ""), False),
    "py-class": ("python", lambda n: _lines("class Table:", lambda i: f"    def m{i}(self):\n        return self.v{i}", n // 2, ""), False),
    "py-deep-list": ("python", lambda n: "X = " + "[" * n + "1" + "]" * n + "\n", True),
    "py-deep-call": ("python", lambda n: "X = " + "f(" * n + "1" + ")" * n + "\n", True),
    "py-deep-dict": ("python", lambda n: "X = " + "{'a': " * n + "1" + "}" * n + "\n", True),
    "py-deep-sum": ("python", lambda n: "X = " + "(1 + " * n + "1" + ")" * n + "\n", True),
    "js-object": ("javascript", lambda n: _lines("const table = {", lambda i: f"  key{i}: {i},", n, "};"), False),
    "js-array": ("javascript", lambda n: _lines("const names = [", lambda i: f"  'name{i}',", n, "];"), False),
    "js-function": ("javascript", lambda n: _lines("function handler(d, g, h) {", lambda i: "  " + _JS_STATEMENTS[i % 6].format(i=i), n, "}"), False),
    "js-module": ("javascript", lambda n: _lines("const app = require('express')();", lambda i: f"app.get('/r{i}', (req, res) => res.send('ok'));", n, ""), False),
    "js-imports": ("javascript", lambda n: _lines("'use strict';", lambda i: f"import {{ a{i} }} from './m{i}';", n, ""), False),
    "js-calls": ("javascript", lambda n: _lines("const log = console;", lambda i: f"log.info('step', x{i});", n, ""), False),
    "jsx-elements": ("javascript", lambda n: _lines("const page = (<ul>", lambda i: f"  <li key=\"k{i}\" onClick={{() => go({i})}}>{{items[{i}]}}</li>", n, "</ul>);"), False),
    "js-switch": ("javascript", lambda n: _lines("switch (x) {", lambda i: f"  case {i}: y = {i}; break;", n, "}"), False),
    "js-deep-array": ("javascript", lambda n: "const x = " + "[" * n + "1" + "]" * n + ";\n", True),
    "js-deep-call": ("javascript", lambda n: "const x = " + "f(" * n + "1" + ")" * n + ";\n", True),
    "js-deep-object": ("javascript", lambda n: "const x = " + "{a: " * n + "1" + "}" * n + ";\n", True),
    "js-deep-chain": ("javascript", lambda n: "const x = p" + ".then(f)" * n + ";\n", True),
    "js-deep-arrow": ("javascript", lambda n: "const x = " + "() => " * n + "1;\n", True),
    "ts-object": ("typescript", lambda n: _lines("const table: Record<string, number> = {", lambda i: f"  key{i}: {i},", n, "};"), False),
    "ts-function": ("typescript", lambda n: _lines("function handler(d: any, g: any, h: any) {", lambda i: "  " + _JS_STATEMENTS[i % 6].format(i=i), n, "}"), False),
    "go-map": ("go", lambda n: _lines("package m\nvar table = map[string]int{", lambda i: f"\t\"key{i}\": {i},", n, "}"), False),
    "go-function": ("go", lambda n: _lines("package m\nfunc handler(d map[string]int, g func(int, string)) {", lambda i: "\t" + _GO_STATEMENTS[i % 4].format(i=i), n, "}"), False),
    "go-deep-call": ("go", lambda n: "package m\nvar x = " + "f(" * n + "1" + ")" * n + "\n", True),
}


def rule_costs(language: str, text: str, rules, literals: LiteralIndex) -> dict[str, float]:
    """CPU seconds of each rule of ``language`` that the text's literals let run, searched alone."""
    root = SgRoot(text, language).root()
    present = literals.present(text)
    out = {}
    for rule in rules:
        if rule.taint is not None or language not in rule.targets or not requirement_met(rule.requirement, present):
            continue
        started = time.process_time()
        try:
            rule_matches(rule, root)
        except BaseException as exc:  # pyo3 panics are BaseException subclasses: a rule not for this grammar
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            continue
        out[rule.id] = time.process_time() - started
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs=2, default=(1000, 4000))
    parser.add_argument("--depths", type=int, nargs=2, default=(500, 2000))
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--shape", action="append", help="only these shapes (default: all)")
    args = parser.parse_args()
    rules = [r for r in builtin_rules()[0] if r.severity is not None]
    literals = LiteralIndex(rules)
    worst = (0.0, "", "", 0)
    print(f"{'shape':15} {'rule':55} {'ms/1k small':>11} {'ms/1k large':>11} {'growth':>6}")
    for name, (language, generate, deep) in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        small, large = args.depths if deep else args.sizes
        costs = [rule_costs(language, generate(n), rules, literals) for n in (small, large)]
        per_k = {rule_id: (costs[0].get(rule_id, 0.0) * 1e6 / small, seconds * 1e6 / large)
                 for rule_id, seconds in costs[1].items()}
        ranked = sorted(per_k.items(), key=lambda item: -item[1][1])
        for rule_id, (a, b) in ranked[:args.top]:
            print(f"{name:15} {rule_id:55} {a:11.3f} {b:11.3f} {b / a if a else float('inf'):6.1f}")
        if ranked and ranked[0][1][1] > worst[0]:
            worst = (ranked[0][1][1], name, ranked[0][0], large)
    print(f"worst: {worst[2]} on {worst[1]} ({worst[3]:,} elements): {worst[0]:.3f} ms of CPU per 1,000 elements")


if __name__ == "__main__":
    main()
