"""postil doctor / stats / cache clear / review with an LLM provider, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import finding

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

SOURCE = '''def apply_discount(price, percent):
    if percent > 100:
        raise ValueError("percent")
    return price - price * percent / 10
'''


def run(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    return subprocess.run([sys.executable, "-m", "postil", *args], check=False, cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pricing.py").write_text(SOURCE)
    (tmp_path / ".postil.toml").write_text('[llm]\nmodel = "from-config"\ncontext-budget = 800\nexclude = ["private/**"]\n')
    return tmp_path


def provider_env(fake, key: str = "sk-local-secret-key") -> dict:
    return {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
            "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": key}


def test_doctor_reports_the_provider_answering_and_what_goes_where_without_showing_the_key(project, fake):
    fake.script.clear()
    from fake_provider import Reply

    fake.script.append(Reply(text='{"ok": true}'))
    done = run(project, "doctor", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "openai-compatible — model local-model at " + fake.openai_url in out
    assert "API key set (from POSTIL_LLM_API_KEY)" in out and "sk-local-secret-key" not in out
    assert "provider check: ok" in out
    assert "from your config: private/**" in out and "up to 800 tokens of repository context" in out
    assert "never sent or indexed: .env*" in out and "API key from POSTIL_LLM_API_KEY" in out
    assert "index: not built yet" in out
    assert len(fake.received) == 1 and fake.received[0].body["model"] == "local-model"


def test_doctor_fails_clearly_when_the_provider_is_down(project, fake):
    fake.error(503)
    done = run(project, "doctor", "--json", env=provider_env(fake))
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["provider"]["ok"] is False and report["provider"]["kind"] == "server"


def test_doctor_without_a_provider_says_rules_only_and_calls_nothing(project, fake):
    done = run(project, "doctor")
    assert done.returncode == 0
    assert "LLM provider: none" in done.stdout and "rules only" in done.stdout
    assert fake.received == []


def test_an_api_key_in_a_config_file_is_refused(project):
    (project / ".postil.toml").write_text('[llm]\nprovider = "openai"\napi-key = "sk-oops"\n')
    done = run(project, "doctor", "--no-call")
    assert done.returncode == 2
    assert "never read from config files" in done.stderr and ".postil.toml" in done.stderr


def test_review_sends_each_function_once_and_stats_and_cache_clear_follow(project, fake):
    fake.answer(finding("    return price - price * percent / 10", "Divides by 10, not 100: a 20% discount takes 200%.",
                        improved="    return price - price * percent / 100", severity="error", category="bug"))
    env = provider_env(fake)
    first = run(project, "review", "pricing.py", "--format", "json", env=env)
    assert first.returncode == 0, first.stderr  # model findings fail a run only with [llm] fail-on
    [f] = [f for f in json.loads(first.stdout)["findings"] if f["source"] == "llm"]
    assert (f["rule"], f["line"], f["severity"]) == ("llm/bug", 4, "error")
    assert f["fix"]["edits"][0]["text"] == "0"  # the minimal edit: "10" -> "100"
    again = run(project, "review", "pricing.py", "--format", "json", env=env)
    assert [x["rule"] for x in json.loads(again.stdout)["findings"] if x["source"] == "llm"] == ["llm/bug"]
    assert len(fake.received) == 1  # the second review came from the cache
    stats = json.loads(run(project, "stats", "--json").stdout)
    assert stats["calls"] == 1 and stats["cache_hits"] == 1 and stats["cache_misses"] == 1
    assert stats["input_tokens"] == 120 and stats["latency_p50"] is not None
    cleared = run(project, "cache", "clear")
    assert cleared.returncode == 0 and "removed 1 cached" in cleared.stderr
    fake.answer()
    run(project, "review", "pricing.py", env=env)
    assert len(fake.received) == 2


def test_review_no_llm_and_dry_run_send_nothing(project, fake):
    env = provider_env(fake)
    quiet = run(project, "review", "pricing.py", "--no-llm", env=env)
    assert quiet.returncode == 0 and "LLM" not in quiet.stdout
    dry = run(project, "review", "pricing.py", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert fake.received == []
    assert f"POST {fake.openai_url}/chat/completions" in dry.stdout
    assert "CODE UNDER REVIEW (lines 1-4)" in dry.stdout and "return price - price * percent / 10" in dry.stdout
    assert "1 request would be sent (0 answered from the cache); a review command sends at most 50" in dry.stdout
