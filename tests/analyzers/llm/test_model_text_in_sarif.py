"""A model's message in `postil review --format sarif`: SARIF plain text reads ``[text](target)``
as an embedded link (SARIF 2.1.0 §3.11.6) that code scanning and the SARIF viewers make live,
so a message cannot plant a ``command:`` or remote link there — the real openai SDK against
the fake provider, through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import finding

pytestmark = pytest.mark.slow  # a CLI subprocess

SOURCE = '''def apply_discount(price, percent):
    return price - price * percent / 10
'''
PLANTED = "divides by 10 [see the fix](command:workbench.action.terminal.new) ![x](https://tracker.example/p.png)"


def test_a_models_link_syntax_is_escaped_in_sarif_messages(tmp_path: Path, fake):
    (tmp_path / "pricing.py").write_text(SOURCE)
    fake.answer(finding("return price - price * percent / 10", PLANTED, severity="error"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env.update({"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
                "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-placeholder"})
    done = subprocess.run([sys.executable, "-m", "postil", "review", "pricing.py", "--format", "sarif"], cwd=tmp_path,
                          capture_output=True, text=True, env=env, timeout=180, check=False)
    results = json.loads(done.stdout)["runs"][0]["results"]
    [text] = [r["message"]["text"] for r in results if r["ruleId"].startswith("llm/")]
    assert "](" not in text.replace("\\](", "")  # no embedded link left: every bracket is a literal one
    assert text == ("divides by 10 \\[see the fix\\](command:workbench.action.terminal.new) "
                    "!\\[x\\](https://tracker.example/p.png)")
