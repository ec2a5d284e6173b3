"""Suppression comments in several languages, and unknown ids reported."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig


def check(name: str, text: str, tmp_path: Path):
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    return checker.check_text(tmp_path / name, text)


def rules(findings):
    return [f.rule for f in findings]


def test_same_line_and_line_above(tmp_path):
    text = (
        "def f(x):\n"
        "    a = x == None  # postil: ignore[python/correctness/none-equality-comparison]\n"
        "    # postil: ignore[python/correctness]\n"
        "    b = x == None\n"
        "    c = x == None\n"
    )
    findings = check("m.py", text, tmp_path)
    assert [f.span.start_line for f in findings if f.rule.endswith("none-equality-comparison")] == [4]


def test_file_wide_and_bare_ignore(tmp_path):
    text = "# postil: ignore-file[python/correctness/none-equality-comparison]\ndef f(x):\n    return x == None, eval(x)  # postil: ignore\n"
    assert rules(check("m.py", text, tmp_path)) == []


def test_javascript_and_go_comment_syntax(tmp_path):
    js = "function f(el, x) {\n  // postil: ignore[js/security/innerhtml-unsanitized]\n  el.innerHTML = x;\n}\n"
    assert "js/security/innerhtml-unsanitized" not in rules(check("a.js", js, tmp_path))
    js_unsuppressed = js.replace("  // postil: ignore[js/security/innerhtml-unsanitized]\n", "")
    assert "js/security/innerhtml-unsanitized" in rules(check("a.js", js_unsuppressed, tmp_path))
    go = ('package p\n\nimport "crypto/tls"\n\nfunc c() *tls.Config {\n'
          '\treturn &tls.Config{InsecureSkipVerify: true} // postil: ignore[go/security]\n}\n')
    assert not [r for r in rules(check("a.go", go, tmp_path)) if r.startswith("go/security")]


def test_secret_in_env_file_suppressed(tmp_path):
    text = "AWS_ACCESS_KEY_ID=AKIAQ3EGRJ7MZXK4TB2N  # postil: ignore[secrets]\n"
    assert check(".env", text, tmp_path) == []
    assert rules(check(".env", text.split("  #")[0] + "\n", tmp_path)) == ["secrets/aws-access-key-id"]


def test_unknown_rule_id_reported_as_hint(tmp_path):
    findings = check("m.py", "x = 1  # postil: ignore[python/security/no-such-rule]\n", tmp_path)
    [hint] = findings
    assert hint.rule == "postil/unknown-suppression" and hint.severity.label == "hint"
    assert "python/security/no-such-rule" in hint.message


def test_a_misspelt_suppression_says_which_rule_was_meant(tmp_path):
    [hint] = check("m.py", "x = 1  # postil: ignore[python/correctness/none-equality-comparisn]\n", tmp_path)
    assert hint.message.endswith("(did you mean 'python/correctness/none-equality-comparison'?)")


def test_markers_in_strings_suppress_nothing_and_no_foreign_comment_syntax(tmp_path):
    # a string holding a marker (after a `;`, a comment marker elsewhere) is code, not a comment
    text = ('import subprocess\n'
            'def run(cmd):\n'
            '    print("running; postil: ignore-file", cmd)\n'
            '    s = "# postil: ignore"; eval(cmd)\n'
            '    return subprocess.run(cmd, shell=True)\n')
    found = rules(check("m.py", text, tmp_path))
    assert any("eval" in r for r in found) and any("shell" in r for r in found)
    js = 'const note = "// postil: ignore-file";\nel.innerHTML = x;\n'
    assert "js/security/innerhtml-unsanitized" in rules(check("a.js", js, tmp_path))


def test_block_and_trailing_comments_still_count(tmp_path):
    js = "function f(el, x) {\n  /* postil: ignore[js/security/innerhtml-unsanitized] */\n  el.innerHTML = x;\n}\n"
    assert "js/security/innerhtml-unsanitized" not in rules(check("a.js", js, tmp_path))
    py = "def f(x):\n    return eval(x)  # postil: ignore\n"
    assert rules(check("m.py", py, tmp_path)) == []
    # a trailing comment does not reach the next line
    py2 = "def f(x):\n    y = 1  # postil: ignore\n    return eval(x)\n"
    assert rules(check("m.py", py2, tmp_path))


def test_other_tools_comments_for_the_same_check(tmp_path):
    """`# noqa: S602`, `# nosec B602`, `# nosemgrep`, `eslint-disable-line` suppress the postil
    rule mapped to that code; a code for another check suppresses nothing."""
    line = "subprocess.run(cmd, shell=True)"
    shell = "python/security/subprocess-shell-true"
    for comment in ("# noqa: S602", "# noqa", "# NOQA:S602,E501", "# nosec B602", "# nosec", "# nosemgrep"):
        assert shell not in rules(check("m.py", f"import subprocess\n{line}  {comment}\n", tmp_path)), comment
    for comment in ("# noqa: E501", "# nosec B101", "# nosemgrep: sql-injection", "# type: ignore"):
        assert shell in rules(check("m.py", f"import subprocess\n{line}  {comment}\n", tmp_path)), comment
    js = "function f(x) {\n  // eslint-disable-next-line no-eval\n  eval(x);\n  eval(x); // eslint-disable-line no-console\n}\n"
    assert [f.span.start_line for f in check("a.js", js, tmp_path) if f.rule == "js/security/eval-dynamic-code"] == [3]
    new_func = ("function wrap(args) {\n  // eslint-disable-next-line no-new-func\n"
                "  return new Function('fn', 'return function (' + args + ') {}');\n}\n")
    assert "js/security/eval-dynamic-code" not in rules(check("b.js", new_func, tmp_path))
    go = ('package p\n\nimport "crypto/tls"\n\nvar c = &tls.Config{InsecureSkipVerify: true} // #nosec G402\n')
    assert "go/security/tls-insecure-skip-verify" not in rules(check("a.go", go, tmp_path))
    in_string = f'import subprocess\n{line}; print("# nosec")\n'
    assert shell in rules(check("m.py", in_string, tmp_path)), "a marker in a string is not a comment"


def test_test_code_policy(tmp_path):
    """Security findings about production exposure are left out of tests by default (hints or
    kept as they are when configured); correctness stays."""
    text = "import requests, pickle\ndef test_x(d=[]):\n    requests.get(URL)\n    d.append(1)\n    return d == None\n"
    in_tests = {f.rule: f.severity.label for f in check("tests/test_api.py", text, tmp_path)}
    assert "python/security/request-without-timeout" not in in_tests
    assert in_tests["python/correctness/none-equality-comparison"] == "warning"
    in_app = {f.rule: f.severity.label for f in check("app/api.py", text, tmp_path)}
    assert in_app["python/security/request-without-timeout"] != "hint"
    for policy, expected in (("hint", "hint"), ("on", in_app["python/security/request-without-timeout"])):
        checker = Checker(LoadedConfig(PostilConfig(test_policy=policy), None, tmp_path))
        found = {f.rule: f.severity.label for f in checker.check_text(tmp_path / "conftest.py", text)}
        assert found.get("python/security/request-without-timeout") == expected
    custom = Checker(LoadedConfig(PostilConfig(test_paths=("qa/",), test_policy="hint"), None, tmp_path))
    assert {f.rule: f.severity.label for f in custom.check_text(tmp_path / "qa/x.py", text)}[
        "python/security/request-without-timeout"] == "hint"


def test_other_tools_comments_are_read_only_near_findings(tmp_path):
    """`# noqa` comments far from any finding are not looked up (no parse for them); the ones
    on a finding's line, or on the line above for next-line comments, still count."""
    from postil.analyzers.rules.suppressions import CommentMap, parse_suppressions

    text = "import os  # noqa: F401\n" * 50 + "def f(x):\n    return eval(x)  # nosec B307\n"
    comments = CommentMap(text, "m.py")
    far = parse_suppressions(text, path="m.py", comments=comments, lines={80})
    assert not far.foreign and not comments._parsed
    near = parse_suppressions(text, path="m.py", comments=comments, lines={51})
    assert list(near.foreign) == [51] and comments._parsed
    assert "python/security/eval-exec-non-literal" not in rules(check("m.py", text, tmp_path))
    assert "python/security/eval-exec-non-literal" in rules(check("m.py", text.replace("# nosec B307", ""), tmp_path))
