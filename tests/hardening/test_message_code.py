"""A rule's message brings in matched code through ``$VAR``; a file that nests what a rule
matches made each finding's message hold every level inside it: a 200 KB file gave 21 MB of
messages (diagnostics sent to the editor, `--format json`), a 900 KB one 2.1 GB of memory.
Each piece of code is cut to a bound, the same in process and in a bulk scan (ast-grep's CLI
fills the message itself)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from postil.analyzers.rules.message_code import SHOWN_CHARS, shown_message

RULE = "js/security/parsed-json-assigned-to-object"
LEVELS = 60


def _nested(levels: int = LEVELS) -> str:
    """Object.assign(this, JSON.parse(...)) nested ``levels`` deep, each level padded."""
    code = "t"
    for _ in range(levels):
        code = f"Object.assign(this, JSON.parse({code} + '{'x' * 300}'))"
    return f"function f(t) {{\n  {code};\n}}\n"


def _messages(cwd: Path, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    proc = subprocess.run([sys.executable, "-P", "-m", "postil", "check", "--no-cache", "--format", "json", *args],
                          cwd=cwd, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 1, proc.stderr[-2000:]
    return sorted(f["message"] for f in json.loads(proc.stdout)["findings"]
                  if f["rule"] == RULE and f["path"].endswith("nested.js"))


def test_nested_matches_do_not_repeat_their_code_in_every_message(tmp_path):
    (tmp_path / "nested.js").write_text(_nested())
    for i in range(70):  # enough files for the bulk scan (ast-grep's CLI)
        (tmp_path / f"m{i}.js").write_text(f"function g{i}(a) {{ return a + {i}; }}\n")

    in_process = _messages(tmp_path, "--jobs", "1", "nested.js")
    bulk = _messages(tmp_path, ".")

    assert len(in_process) == LEVELS
    longest = max(map(len, in_process))
    assert longest < 400 + SHOWN_CHARS, longest  # (the outermost message held the whole 20 KB file)
    assert sum(map(len, in_process)) < LEVELS * (400 + SHOWN_CHARS)
    assert bulk == in_process


def test_a_message_keeps_its_words_and_short_code_whole():
    template = "`$X and $X == 0` is always false: when `$X` is 0 the first operand is already false"
    short = template.replace("$X", "count")
    assert shown_message(short, template) == short

    code = "values[" + "i + " * 500 + "0]"
    shown = shown_message(template.replace("$X", code), template)

    assert shown == template.replace("$X", code[: SHOWN_CHARS - 3] + "...")
