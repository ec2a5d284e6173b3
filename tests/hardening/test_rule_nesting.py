"""No rule costs more than the square of a file's nesting: each built-in rule, run alone through
postil's engine on its own test case repeated at every level of a nesting shape (callbacks,
arrows, object methods, promise chains, blocks, classes; nested defs, with/for/if blocks), takes
at most about 16x the CPU at 4x the depth. A rule asking every enclosing function of every match
about its whole body (`inside: {stopBy: end}` over `has: {stopBy: end}`) is cubic: 64x. A rule runs
inside ast-grep, where the per-file time limit cannot stop it: 200 nested callbacks held one file
for 34 s (session 45).

Times are CPU seconds of the checking thread, compared between depths of the same rule and shape,
runs alternated: never with a figure in seconds, which a busy machine moves."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.languages import LANGUAGE_ALIASES
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.literal_prefilter import is_word
from postil.analyzers.rules.loader import BUILTIN_PACKS
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.testing import load_tests
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # the hardening suite: every rule, each shape, two depths

RULE_TESTS = BUILTIN_PACKS.parent / "rule-tests"
# (opening, closing) of one level; the rule's own test case sits inside each level, before the next
BLOCKS = {
    "javascript": {
        "callbacks": ("a(function () {\n", "});\n"),
        "arrows": ('app.get("/", (req, res) => {\n', "});\n"),
        "object-methods": ("foo({a: function () {\n", "}});\n"),
        "shorthand-methods": ("x = {a(req, res) {\n", "}};\n"),
        "promise-chain": ("x.then(async function (req, res) {\n", "});\n"),
        "blocks": ("if (a) { try {\n", "} catch (e) { next(e); } }\n"),
        "loops": ("for (const k of req.body) {\n", "}\n"),
        "classes": ("class A extends B { m(req, res) {\n", "} }\n"),
    },
    "html": {"elements": ('<div class="a">\n', "</div>\n"), "forms": ('<form method="post"><div>\n', "</div></form>\n")},
}
BLOCKS["typescript"] = BLOCKS["javascript"]
# the opening line of one level; the level's body is indented one space more
INDENTED = {
    "python": {"defs": "def f(request, x):", "async-defs": "async def f(request, x):", "if": "if x:",
               "with": "with open(x) as f:", "for": "for y in x:", "classes": "class A(B):",
               "decorated": "@app.route('/')\ndef f(request, x):"},
}
# Go's test cases are whole files (package, imports, declared functions): each level of nested
# closures and blocks holds statements of a handler, the case itself once at the top.
GO_LEVELS = {
    "closures": ("func() {\n", "}()\n"), "blocks": ("if x {\n", "}\n"), "loops": ("for _, y := range x {\n", "}\n"),
}
GO_STATEMENTS = 'q := r.URL.Query().Get("q")\nexec.Command("sh", "-c", q)\ndb.Query("SELECT " + q)\nw.Write([]byte(q))\n'
# a taint rule's tests are pytests: its case is a handler's flows to the usual sinks
FLOWS = {
    "javascript": ("const q = req.query.q;\nres.send(q);\ndb.query('SELECT ' + q);\neval(q);\nexec(q);\n"
                   "res.redirect(q);\nfs.readFile(q);\naxios.get(q);\nObject.assign(target, req.body);\n"),
    "python": ("q = request.args.get('q')\ncursor.execute('SELECT ' + q)\nos.system(q)\neval(q)\nopen(q)\n"
               "requests.get(q)\nredirect(q)\npickle.loads(q)\nlogger.info(q)\n"),
}
COMMENT = {"javascript": "//", "typescript": "//", "python": "#", "go": "//", "html": "<!--"}
EXTENSION = {"javascript": "js", "typescript": "ts", "python": "py", "go": "go", "html": "html"}


def shapes(language: str) -> list[str]:
    return list(BLOCKS.get(language) or INDENTED.get(language) or GO_LEVELS)


def _hoisted(case: str, language: str) -> tuple[str, str]:
    """(lines that only the top of a file may hold, the rest) of a test case."""
    top, rest = [], []
    for line in case.splitlines(keepends=True):
        first = line.lstrip()
        if language in ("javascript", "typescript") and first.startswith(("import ", "export ")) and line == first:
            (top if first.startswith("import ") else rest).append(
                line if first.startswith("import ") else line.removeprefix("export default ").removeprefix("export "))
        elif language == "go" and line.startswith(("package ", "import ")):
            top.append(line)
        else:
            rest.append(line)
    return "".join(top), "".join(rest)


def nested(language: str, shape: str, case: str, depth: int) -> str:
    """``case`` at every one of ``depth`` nested levels of ``shape``."""
    top, body = _hoisted(case if case.endswith("\n") else case + "\n", language)
    if language in INDENTED:
        opening, out = INDENTED[language][shape], [top]
        for level in range(depth):
            out.extend(" " * level + line + "\n" for line in opening.split("\n"))
            out.extend(" " * (level + 1) + line if line.strip() else line for line in body.splitlines(keepends=True))
        return "".join(out)
    if language == "go":
        opening, closing = GO_LEVELS[shape]
        return (top + body + "func handler(w http.ResponseWriter, r *http.Request) {\n"
                + (opening + GO_STATEMENTS) * depth + closing * depth + "}\n")
    opening, closing = BLOCKS[language][shape]
    return top + (opening + body) * depth + closing * depth


def _satisfying(requirement: object, out: list[str]) -> None:
    """Literals that meet a prefilter requirement (the first option of each ``any``)."""
    if requirement is None:
        return
    if isinstance(requirement, str):
        out.append(requirement)
    elif is_word(requirement):
        out.append(requirement[1])
    elif requirement[0] == "all":
        for part in requirement[1]:
            _satisfying(part, out)
    elif requirement[1]:
        _satisfying(requirement[1][0], out)


def first_cases() -> dict[str, str]:
    """Each rule's first invalid test case (one it matches), as `postil rules test` reads them."""
    return {rule_id: str(case["invalid"][0]) for rule_id, case in load_tests([RULE_TESTS]).cases.items()
            if case.get("invalid")}


class NestedRuns:
    """CPU seconds of one rule alone through run_rules on nested copies of its test case, the
    prefilter met by a leading comment of its literals."""

    def __init__(self, workspace: Path) -> None:
        self.checker = Checker(LoadedConfig(PostilConfig(), None, workspace))
        self.workspace = workspace
        self.cases = first_cases()

    def rules(self, language: str) -> list[Rule]:
        for rule in self.checker.ruleset.for_language(language):
            if rule.taint is not None and rule.id not in self.cases and language in FLOWS:
                self.cases[rule.id] = FLOWS[language]
        return [r for r in self.checker.ruleset.for_language(language)
                if LANGUAGE_ALIASES.get(r.language, r.language) == language and r.id in self.cases]

    def cpu(self, rule: Rule, shape: str, depth: int) -> float:
        literals: list[str] = []
        _satisfying(rule.requirement, literals)
        language = LANGUAGE_ALIASES.get(rule.language, rule.language)
        comment = COMMENT[language]
        text = "".join(f"{comment} {literal}\n" for literal in sorted(set(literals))) + \
            nested(language, shape, self.cases[rule.id], depth)
        name = f"handlers.{EXTENSION[language]}"
        started = time.thread_time()
        run_rules(RuleSet.of([rule]), text, language, str(self.workspace / name), name, deadline=Deadline(900))
        return time.thread_time() - started


# Depths of the screen and of the second measure: 4x the depth is 16x the work when quadratic, 64x when cubic
SCREEN = (8, 32)
AGAIN = (16, 64)


@pytest.mark.parametrize("language", ["javascript", "typescript", "python", "go", "html"])
def test_no_rule_costs_more_than_the_square_of_the_nesting(tmp_path, language):
    runs = NestedRuns(tmp_path)
    rules = runs.rules(language)
    assert rules, f"no {language} rules with test cases"
    ratios = {}
    for rule in rules:
        for shape in shapes(language):
            small, large = runs.cpu(rule, shape, SCREEN[0]), runs.cpu(rule, shape, SCREEN[1])
            # below ~20 ms a screen's figures are the engine's fixed costs, not the rule's
            if large > 0.02 and large / max(small, 1e-3) > 16:
                small, large = least_of_alternate_runs(lambda d, rule=rule, shape=shape: runs.cpu(rule, shape, d), *AGAIN, rounds=2)
                ratios[(rule.id, shape)] = (round(large / max(small, 1e-3), 1), round(small, 3), round(large, 3))
    cubic = {k: v for k, v in ratios.items() if v[0] > 32}
    assert not cubic, f"rules superquadratic in the nesting ((rule, shape): (ratio, s at {AGAIN[0]}, s at {AGAIN[1]})): {cubic}"
