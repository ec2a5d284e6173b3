"""A rule file with a key written twice in one mapping is refused, as the ast-grep CLI refuses
it (users copy postil's packs and their own rules into ast-grep): PyYAML would silently keep the
last value. The message names the file, the line and the key; the file's other rules still load."""

from __future__ import annotations

import subprocess

from postil.analyzers.rules.bulk import ast_grep_binary
from postil.analyzers.rules.loader import load_rule_dirs

GOOD = """id: local/no-eval
language: python
message: no eval
rule:
  pattern: eval($X)
"""
# a second `message:` at the top (line 6) and, in the next document, `pattern:` twice inside `rule`
TWICE_AT_TOP = GOOD + "message: second message\n"
TWICE_INSIDE = """id: local/no-exec
language: python
message: no exec
rule:
  pattern: exec($X)
  pattern: exec($X, $Y)
"""


def test_a_duplicate_key_is_refused_with_file_line_and_key(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    path = rules / "twice.yml"
    path.write_text(TWICE_AT_TOP + "---\n" + GOOD.replace("no-eval", "fine") + "---\n" + TWICE_INSIDE)
    loaded, errors = load_rule_dirs([rules])
    assert [r.id for r in loaded] == ["local/fine"]
    assert [str(e) for e in errors] == [
        f"{path}: rule 'local/no-eval': line 6: key `message` is written twice in one mapping "
        "(ast-grep refuses the file; keep one)",
        f"{path}: rule 'local/no-exec': line 19: key `pattern` is written twice in one mapping "
        "(ast-grep refuses the file; keep one)",
    ]


def test_the_same_key_in_different_mappings_is_fine(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "ok.yml").write_text(GOOD + "constraints:\n  X: {regex: '^a'}\nutils:\n  x: {pattern: eval($X), regex: a}\n"
                                  "  y: {pattern: exec($X), regex: b}\n")
    loaded, errors = load_rule_dirs([rules])
    assert errors == [] and [r.id for r in loaded] == ["local/no-eval"]


def test_ast_grep_refuses_the_file_postil_refuses(tmp_path):
    (tmp_path / "rule.yml").write_text(TWICE_AT_TOP)
    (tmp_path / "a.py").write_text("eval(x)\n")
    done = subprocess.run([ast_grep_binary(), "scan", "--rule", "rule.yml", "a.py"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "duplicate" in done.stderr + done.stdout
