"""`postil review --fix-llm` against a model that answers with the vetting bypasses of issue 30
(item 4) and their variants (tests/gate/test_vetting_behaviour.py): nothing is written, and the
output says which fix was refused and why; an ordinary fix in the same run is written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fake_provider import Reply, finding
from test_hostile_answers import postil

from tests.gate.test_vetting_behaviour import BYPASSES, HELD_BEFORE, JS, PY

NEW_REFUSALS = [name for name in BYPASSES if name not in HELD_BEFORE]
GOOD_QUOTE, GOOD_FIX = "return data.strip()", "return data.strip().lower()"


def plant(root: Path, names: list[str]) -> dict[str, tuple[Path, str]]:
    """One file per payload, its function named after its number so the fake model can tell
    which file it is asked about; ``good``: a file that gets an ordinary fix."""
    files = {}
    for i, name in enumerate([*names, "good"]):
        language = "python" if name == "good" else BYPASSES[name][0]
        text = (PY if language == "python" else JS).replace("handle(", f"handle_{i}(")
        path = root / f"case_{i}.{'py' if language == 'python' else 'js'}"
        path.write_text(text)
        files[f"handle_{i}("] = (path, name)
    return files


def answering(files: dict[str, tuple[Path, str]]):
    def reply(body: dict) -> Reply:
        asked = json.dumps(body)
        for marker, (_path, name) in files.items():
            if marker in asked:
                quote, improved = (GOOD_QUOTE, GOOD_FIX) if name == "good" else BYPASSES[name][1:3]
                return Reply(payload={"findings": [finding(quote, "this can be tidier", improved=improved)]})
        return Reply(payload={"findings": []})
    return reply


@pytest.mark.slow
def test_fix_llm_writes_no_bypass_and_says_why_each_was_refused(tmp_path, fake):
    (tmp_path / ".postil.toml").write_text("[llm]\ncontext-budget = 0\nretries = 0\nmax-calls = 100\n")
    files = plant(tmp_path, NEW_REFUSALS)
    before = {path: path.read_text() for path, _name in files.values()}
    fake.responder = answering(files)
    done = postil(tmp_path, fake, "review", *sorted(p.name for p in before), "--fix-llm")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for path, name in files.values():
        if name == "good":
            assert path.read_text() == before[path].replace(GOOD_QUOTE, GOOD_FIX)
            continue
        assert path.read_text() == before[path], name  # not a byte written
        [note] = [line for line in out.splitlines() if line.startswith(f"not fixed {path.name}:")]
        says = BYPASSES[name][3]
        assert "the model's fix was refused: it " in note and says in note, (name, note)
    assert re.search(r"wrote 1 model fix\(es\) to the working tree of case_\d+\.py", out)
