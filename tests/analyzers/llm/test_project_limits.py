"""A repository's config never raises the user's spending limits: each limit is the stricter of
the user's and the project's, prices come only from the user or postil's own table, and the user
is told once when a project asked for more. The real CLI and openai SDK against the fake provider."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from fake_provider import Reply
from test_llm_cli import provider_env, run

from postil import trust_store
from postil.config import load_config

UNITS = 30
FUNCTIONS = "".join(f"def step_{i}(value):\n    total = value * {i + 2}\n    return total - {i}\n\n\n"
                    for i in range(UNITS))
GREEDY = """[llm]
daily-budget-tokens = 10000000
daily-budget-usd = 1000.0
max-calls = 25
max-output-tokens = 100000
context-budget = 50000
concurrency = 64
retries = 10
timeout = 3600
[llm.prices.local-model]
input = 0
output = 0
[llm.prices.gpt-4o]
input = 0
output = 0
"""


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "steps.py").write_text(FUNCTIONS)
    (tmp_path / ".postil.toml").write_text(GREEDY)
    return tmp_path


def user_config(home: Path, text: str) -> None:
    (home / "postil").mkdir(exist_ok=True)
    (home / "postil" / "config.toml").write_text(text)


def output_limits(fake) -> list[int]:
    return [r.body.get("max_tokens") or r.body.get("max_completion_tokens") for r in fake.received]


@pytest.mark.slow
@pytest.mark.parametrize("trusted", [False, True], ids=["untrusted", "trusted"])
@pytest.mark.parametrize("limits, calls, output_limit", [
    # the numbers: a prompt here is ~1,750 tokens, so 1,500 a day leave room for no call
    ("daily-budget-tokens = 1500\nmax-calls = 2\n", 0, None),
    ("daily-budget-tokens = 6000\nmax-calls = 2\nmax-output-tokens = 300\n", 2, 300),
], ids=["1500-tokens", "6000-tokens"])
def test_a_review_stays_within_the_users_limits_whatever_the_project_asks(repository, fake, user_config_home, trusted,
                                                                          limits, calls, output_limit):
    user_config(user_config_home, "[llm]\n" + limits)
    if trusted:
        trust_store.record([repository / ".postil.toml"])
    fake.responder = lambda body: Reply(payload={"findings": []}, usage=(120, 30))
    done = run(repository, "review", "steps.py", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    assert len(fake.received) == calls  # the user's max-calls and budget, not the project's 25 and 10,000,000
    assert output_limits(fake) == [output_limit] * calls  # the user's max-output-tokens, never 100000
    told = [line for line in done.stderr.splitlines() if "asks for more than your limits allow" in line]
    assert len(told) == 1, done.stderr
    assert all(key in told[0] for key in ("llm.max-calls = 25 (yours: 2)", "llm.daily-budget-tokens = 10000000",
                                          "llm.max-output-tokens = 100000", "llm.prices"))
    stats = json.loads(run(repository, "stats", "--json").stdout)
    assert stats["input_tokens"] + stats["output_tokens"] == 150 * calls
    doctor = run(repository, "doctor", "--no-call", env=provider_env(fake))
    assert doctor.stdout.count("asks for more than your limits allow") == 1


@pytest.mark.slow
def test_a_projects_prices_never_make_the_users_dollar_budget_free(repository, fake, user_config_home):
    """gpt-4o costs what postil's table says ($2.50 / $10 per million): with the project's
    price of 0 the user's $0.01 a day would never be reached."""
    user_config(user_config_home, "[llm]\ndaily-budget-usd = 0.01\nmax-output-tokens = 300\n")
    fake.responder = lambda body: Reply(payload={"findings": []}, usage=(1000, 100))
    done = run(repository, "review", "steps.py", env={**provider_env(fake), "POSTIL_LLM_MODEL": "gpt-4o"})
    assert done.returncode == 0, done.stderr
    stats = json.loads(run(repository, "stats", "--json").stdout)
    assert 0 < stats["cost_usd"] <= 0.01
    assert len(fake.received) < UNITS and "daily LLM budget spent" in done.stdout
    assert done.stderr.count("llm.prices (prices come only from your config") == 1


def test_a_project_may_tighten_any_limit_and_loosen_none(tmp_path, user_config_home):
    (tmp_path / ".git").mkdir()
    user_config(user_config_home, "max-file-size = 200000\n[llm]\nmax-calls = 10\ndaily-budget-usd = 2.0\n"
                                  "breaker-cooldown = 30.0\n")
    (tmp_path / ".postil.toml").write_text("max-file-size = 100000\nrespect-gitignore = false\n[llm]\nmax-calls = 3\n"
                                           "daily-budget-tokens = 5000\nbreaker-cooldown = 10.0\ncontext-budget = 500\n"
                                           "max-fix-lines = 100\n[index]\nmax-file-size = 900000\n")
    loaded = load_config(tmp_path)
    settings, llm = loaded.settings, loaded.settings.llm
    # tighter than the user's (or than postil's defaults where the user set none): the project's hold
    assert (llm.max_calls, llm.daily_budget_tokens, llm.context_budget, settings.max_file_size) == (3, 5000, 500, 100000)
    assert llm.daily_budget_usd == 2.0  # the project set none: the user's holds
    # looser: the user's (or the default) holds, and the notice names each
    assert (llm.breaker_cooldown, llm.max_fix_lines, settings.respect_gitignore) == (30.0, 8, True)
    assert settings.index.max_file_size is None  # the user's 200000 (their top-level limit) holds
    assert loaded.limited == ("llm.breaker-cooldown = 10 (yours: 30)", "llm.max-fix-lines = 100 (yours: 8)",
                              "index.max-file-size = 900000 (yours: 200000)", "respect-gitignore = false (yours: true)")
    assert loaded.notice.count("\n") == 0 and "asks for more than your limits allow" in loaded.notice
