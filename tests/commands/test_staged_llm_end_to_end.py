"""`postil review --staged` with a configured provider: the real openai SDK against our fake
provider; only the function the staged hunk touches is sent, with the staged text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))

from fake_provider import FakeProvider, finding  # noqa: E402

pytestmark = pytest.mark.slow  # real git repositories, and `postil review` in a subprocess

BEFORE = '''def untouched(items):
    return [i for i in items if i]


def apply_discount(price, percent):
    return price - price * percent / 100
'''

STAGED = BEFORE.replace("percent / 100", "percent / 10")
UNSTAGED = STAGED + "\n\ndef scratch():\n    return 'work in progress'\n"


def test_staged_hunk_reviewed_by_llm_with_only_its_function_sent(repo):
    fake = FakeProvider().start()
    try:
        repo.write("pricing.py", BEFORE)
        repo.commit_all()
        repo.write("pricing.py", STAGED)
        repo.git("add", "pricing.py")
        repo.write("pricing.py", UNSTAGED)  # not staged: must not be sent or reported
        fake.answer(finding("    return price - price * percent / 10", "Divides by 10, not 100.",
                            improved="    return price - price * percent / 100", severity="error", category="bug"))
        env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
               "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test-placeholder"}
        before = repo.state()
        result = repo.review("--staged", env=env)
        assert result.code == 0, result.stderr  # model findings fail a run only with [llm] fail-on
        llm = [f for f in result.json["findings"] if f["source"] == "llm"]
        assert [(f["rule"], f["line"]) for f in llm] == [("llm/bug", 6)]
        assert len(fake.received) == 1
        sent = fake.received[0].user
        under_review = sent.split("CHANGE UNDER REVIEW", 1)[1].split("```", 2)[1]
        assert "def apply_discount" in under_review and "percent / 10" in under_review
        assert "untouched" not in under_review
        assert "scratch" not in sent and "work in progress" not in sent
        assert repo.state() == before
    finally:
        fake.stop()
