"""No regular expression from a repository takes more than linear time (issue 30, item 5).

A repository puts a catastrophic pattern (``(a+)+$`` and kin: exponential in Python's
backtracking ``re`` on forty ``a``s and a ``!``) in every key whose regex postil runs:
a rule's constraint, a taint parameter's ``name`` and ``unless``, ``[llm] redact-patterns``,
a secret rule, and a rule's own ``regex`` (ast-grep's). Every command that reads them
finishes with the file checked; a pattern RE2 cannot run (look-around, a back-reference)
is refused naming its file, rule and key, and the other rules still run. Before, ``check``
was still running after a minute on a 40-character identifier."""

from __future__ import annotations

import json
import subprocess

import pytest

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

CATASTROPHIC = (r"(a+)+$", r"(a|aa)*b", r"(\w+\s?)*$")
RUN = "a" * 40
# Every shape the patterns fail on slowly: a parameter name, a string and a comment ending
# in a character none of them takes, inside a function whose text `unless` reads.
SOURCE = f'''def handler({RUN}X):
    label = "{RUN}!"  # {RUN}!
    eval({RUN}X)
'''
BUILTIN_FINDING = "python/security/eval-exec-non-literal"  # the file is checked, not skipped


def _rule(rule_id: str, body: str) -> str:
    return f"id: {rule_id}\nlanguage: python\nmessage: {rule_id}\n{body}"


def _taint(key: str, pattern: str) -> str:
    return ("taint:\n  sources:\n    - parameter:\n        function: {kind: function_definition}\n"
            f"        {key}: '{pattern}'\n  sinks:\n    - {{pattern: 'eval($X)', focus: $X}}\n")


RULE_KEYS = {
    "constraint": lambda p: f"rule: {{pattern: 'label = $S'}}\nconstraints: {{S: {{regex: '{p}'}}}}\n",
    "taint-name": lambda p: _taint("name", p),
    "taint-unless": lambda p: _taint("unless", p),
    "rule-regex": lambda p: f"rule: {{kind: string, regex: '{p}'}}\n",
}
# What RE2 has no way to run, and what each key's refusal names.
REFUSED = {r"(?=a)a": "look-around", r"(a)\1": "back"}
REFUSAL_KEY = {"constraint": "`constraints`", "taint-name": "parameter.name`", "taint-unless": "parameter.unless`",
               "rule-regex": "`rule`"}


def repository(root, rules: str = "", config: str = ""):
    (root / "rules").mkdir()
    (root / "rules" / "hostile.yml").write_text(rules)
    (root / ".postil.toml").write_text('rule-dirs = ["rules"]\n' + config)
    (root / "app.py").write_text(SOURCE)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


@pytest.mark.parametrize("key", sorted(RULE_KEYS))
def test_check_finishes_and_refuses_what_re2_cannot_run_in_each_rule_key(tmp_path, postil, key):
    documents = [_rule(f"hostile/{key}-{n}", RULE_KEYS[key](p)) for n, p in enumerate(CATASTROPHIC)]
    documents += [_rule(f"hostile/{key}-refused-{n}", RULE_KEYS[key](p)) for n, p in enumerate(REFUSED)]
    repository(tmp_path, "---\n".join(documents))
    done = postil("check", "app.py", "--format", "json", cwd=tmp_path)  # 120 s timeout: a stall fails here
    report = done.json
    assert BUILTIN_FINDING in {f["rule"] for f in report["findings"]}, done.stderr
    assert report["summary"]["files_skipped"] == [] and report["summary"]["complete"] is True
    for n, why in enumerate(REFUSED.values()):
        [line] = [x for x in done.stderr.splitlines() if f"hostile/{key}-refused-{n}'" in x]
        assert str(tmp_path / "rules" / "hostile.yml") in line and REFUSAL_KEY[key] in line and why in line, line


def test_check_finishes_with_catastrophic_secret_rules_and_refuses_look_around(tmp_path, postil):
    rules = "".join(f'[[secret-rules]]\nid = "hostile-{n}"\nregex = \'{p}\'\nkeywords = ["aaaa"]\n\n'
                    for n, p in enumerate((*CATASTROPHIC, *REFUSED)))
    repository(tmp_path, config=rules)
    done = postil("check", "app.py", "--format", "json", cwd=tmp_path)
    assert BUILTIN_FINDING in {f["rule"] for f in done.json["findings"]}, done.stderr
    for n in (3, 4):
        [line] = [x for x in done.stderr.splitlines() if f"'hostile-{n}'" in x]
        assert "secret-rules" in line and "does not compile" in line, line


def test_staged_review_without_the_model_finishes_with_a_catastrophic_constraint(tmp_path, postil):
    """What the VS Code extension runs in a Restricted Mode window, and the pre-commit hook."""
    repository(tmp_path, _rule("hostile/constraint", RULE_KEYS["constraint"](CATASTROPHIC[0])))
    subprocess.run(["git", "-C", str(tmp_path), "add", "app.py"], check=True)
    done = postil("review", "--staged", "--no-llm", "--format", "json", cwd=tmp_path)
    assert BUILTIN_FINDING in {f["rule"] for f in done.json["findings"]}, done.stderr


def _provider_env(fake) -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test"}


def _run(cwd, *args, env: dict | None = None) -> subprocess.CompletedProcess:
    import os
    import sys

    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=120, check=False)


def _redact(patterns) -> str:
    return "[llm]\nredact-patterns = [" + ", ".join(f"'{p}'" for p in patterns) + "]\n"


def test_review_masks_with_catastrophic_redact_patterns_and_sends(tmp_path, fake):
    repository(tmp_path, config=_redact(CATASTROPHIC))
    done = _run(tmp_path, "review", "app.py", "--format", "json", env=_provider_env(fake))
    assert done.returncode in (0, 1), done.stderr
    sent = [r for r in fake.received if "/chat/completions" in r.path]
    assert sent and "def handler(" in sent[0].everything
    # `(a|aa)*b`, unanchored, matches the `ab` of `label`: masking really ran with the patterns
    assert "label =" not in sent[0].everything and "redacted:pattern" in sent[0].everything


@pytest.mark.parametrize("pattern", sorted(REFUSED))
def test_a_redact_pattern_re2_cannot_run_stops_the_review_naming_file_and_key(tmp_path, fake, pattern):
    repository(tmp_path, config=_redact([pattern]))
    done = _run(tmp_path, "review", "app.py", env=_provider_env(fake))
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert str(tmp_path / ".postil.toml") in line and "llm.redact-patterns" in line and REFUSED[pattern] in line
    assert fake.received == []


def test_index_masks_with_catastrophic_redact_patterns_and_finishes(tmp_path):
    repository(tmp_path, config=_redact(CATASTROPHIC))
    done = _run(tmp_path, "index", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["indexed"] >= 1  # app.py and .postil.toml


def test_a_redact_pattern_that_rescans_the_text_after_every_match_stays_bounded():
    """RE2 is linear per search; `(?s)a.*z|a` scans to the end of the text after each of its
    matches. Past a number of matches the rest of the text is masked whole (nothing of it
    leaves), which bounds the work (before: quadratic, many minutes on this text)."""
    import time

    from postil.gate.redact import mask

    text = "x = 1\n" + "a" * 300_000 + "\nnot masked? yes, masked too\n"
    started = time.monotonic()
    masked = mask(text, ["(?s)a.*z|a"])
    assert time.monotonic() - started < 60
    assert masked.text.startswith("x = 1\n") and "a" * 20 not in masked.text and "not masked" not in masked.text
    assert masked.text.count("\n") == text.count("\n")  # the line structure is kept
