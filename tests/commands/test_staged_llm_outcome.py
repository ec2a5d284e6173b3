"""A review the model did not answer is never reported as clean: a provider failing with HTTP
500 (after the SDK's retries) or answering garbage leaves the run incomplete in text, JSON and
SARIF, exits 1 when `[llm] fail-on` is set, blocks the pre-commit hook, and says why once."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))

from fake_provider import Reply  # noqa: E402

pytestmark = pytest.mark.slow  # real git repositories, and `postil review` in a subprocess

BEFORE = "def apply_discount(price, percent):\n    return price - price * percent / 100\n"
STAGED = BEFORE.replace("/ 100", "/ 10")


def env_for(fake) -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-test-placeholder"}


def stage_change(repo, config: str = "") -> None:
    repo.write("pricing.py", BEFORE)
    if config:
        repo.write(".postil.toml", config)
    repo.commit_all()
    repo.write("pricing.py", STAGED)
    repo.git("add", "pricing.py")


# a vLLM-style refusal naming a window the prompt can never fit
TOO_LONG = ("This model's maximum context length is 300 tokens. However, you requested 3100 tokens "
            "(2076 in the messages, 1024 in the completion). Please reduce the length of the messages or completion.")
FAULTS = {
    "http-500": lambda body: Reply(status=500),
    "garbage": lambda body: Reply(text="I think this code is fine, mostly. }}}"),
    "truncated-json": lambda body: Reply(text='{"findings": [{"line": 1, "message": "Divides by'),
    "context-length": lambda body: Reply(status=400, error=TOO_LONG),
}
REASONS = {"http-500": "HTTP 500", "garbage": "could not be read", "truncated-json": "could not be read",
           "context-length": "too long for the model's context window"}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failing_provider_is_not_a_clean_review(repo, fake, fault):
    stage_change(repo)
    fake.responder = FAULTS[fault]
    text = repo.postil("review", "--staged", env=env_for(fake))
    assert fake.received, "the provider was asked"
    assert "All clear" not in text.stdout, text.stdout
    assert "not answered" in text.stdout and "pricing.py:1-2" in text.stdout, text.stdout
    reason = REASONS[fault]
    everything = text.stdout + text.stderr
    assert everything.count(reason) == 1, everything  # each failure said once
    as_json = repo.review("--staged", env=env_for(fake)).json
    assert as_json["summary"]["complete"] is False
    assert as_json["summary"]["coverage"]["llm"]["complete"] is False
    [failed] = as_json["summary"]["coverage"]["llm"]["not_answered"]
    assert failed["unit"] == "pricing.py:1-2" and reason in failed["reason"]
    sarif = json.loads(repo.postil("review", "--staged", "--format", "sarif", env=env_for(fake)).stdout)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_fail_on_and_the_hook_stop_a_commit_the_model_did_not_review(repo, fake):
    stage_change(repo, '[llm]\nfail-on = "error"\n')
    fake.responder = FAULTS["http-500"]
    done = repo.postil("review", "--staged", env=env_for(fake))
    assert done.code == 1, done.stdout + done.stderr
    assert repo.postil("install-hook").code == 0
    commit = repo.git_proc("commit", "-q", "-m", "unreviewed", env=env_for(fake))
    assert commit.returncode != 0, commit.stdout + commit.stderr
    assert repo.git("diff", "--cached", "--name-only").strip() == "pricing.py"  # still staged, not committed


@pytest.mark.parametrize("answer", [
    Reply(payload={"findings": []}),
    Reply(text='Here is my review:\n```json\n{"findings": []}\n```\nI hope it helps.'),  # prose around JSON
], ids=["json", "prose-wrapped-json"])
def test_a_provider_that_answers_is_a_complete_review(repo, fake, answer):
    stage_change(repo, '[llm]\nfail-on = "error"\n')
    fake.responder = lambda body: answer
    done = repo.review("--staged", env=env_for(fake))
    assert done.code == 0, done.stderr
    assert done.json["summary"]["complete"] is True
    assert done.json["summary"]["coverage"]["llm"]["not_answered"] == []


@pytest.mark.parametrize("select, asked", [('["python", "secrets"]', False), ('["python", "llm"]', True),
                                           ('["python", "llm/bug"]', True)])
def test_a_config_that_keeps_no_model_finding_does_not_pay_for_any(repo, fake, select, asked):
    stage_change(repo, f"select = {select}\n")
    fake.responder = lambda body: Reply(payload={"findings": []})
    done = repo.postil("review", "--staged", env=env_for(fake))
    assert done.code == 0, done.stderr
    assert bool(fake.received) is asked
    assert done.stderr.count("keep no model finding (llm/*)") == (0 if asked else 1), done.stderr
