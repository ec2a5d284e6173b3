"""The files a review reads for its prompt beyond the reviewed one — the project's guidelines
(CONTRIBUTING.md and the like) and the modules whose constants a unit reads — are the checkout's.
A FIFO under such a name (an archive can hold one) hung `postil review` for ever: it was opened
and read like a file. Now only a regular file is read for the prompt (a module for its constants
within 1 MB), anything else is left out, and the review goes on. Real openai SDK, fake provider."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.analyzers.llm.fake_provider import Reply

pytestmark = pytest.mark.slow  # a CLI subprocess and a provider server

CODE = '''from limits import MOST


def total(items, factor):
    out = 0
    for item in items:
        if item > MOST:
            out += item * factor
        else:
            out -= item
    return out
'''


@pytest.mark.parametrize("planted", ["CONTRIBUTING.md", "limits.py"])
def test_a_fifo_among_the_prompts_files_is_left_out(tmp_path: Path, fake, planted):
    fake.responder = lambda body: Reply(payload={"findings": []})
    (tmp_path / ".postil.toml").write_text("[llm]\nretries = 0\n")
    (tmp_path / "app.py").write_text(CODE)
    if planted != "limits.py":
        (tmp_path / "limits.py").write_text("MOST = 10\n")
    os.mkfifo(tmp_path / planted)  # (no writer ever comes: opening it for reading waits for one)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env.update({"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
                "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-placeholder"})
    try:  # (the bound only keeps a hang from holding the suite: the review needs no writer)
        done = subprocess.run([sys.executable, "-m", "postil", "review", "app.py"], cwd=tmp_path,
                              capture_output=True, text=True, env=env, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"postil review waited on the FIFO {planted}")
    assert done.returncode == 0, done.stderr
    asked = [r for r in fake.received if r.path.endswith("/chat/completions")]
    assert len(asked) == 1, done.stderr  # the unit reviewed, without the FIFO's text
    assert "Project guidelines" not in asked[0].system
