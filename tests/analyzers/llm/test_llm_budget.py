"""Budgets and time that hold, and model findings controlled like rule findings: the CLI
and the reviewer with the real openai SDK against the fake provider on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_provider import Reply, finding
from test_llm_cli import SOURCE, provider_env, run

from postil.analyzers.llm.state import Budget, BudgetExhausted, State
from postil.analyzers.llm.units import units_for_file
from postil.config import LLMConfig
from postil.config.environment import resolve

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

FUNCTIONS = "".join(f"def step_{i}(value):\n    total = value * {i + 2}\n    return total - {i}\n\n\n" for i in range(6))


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    (tmp_path / "pricing.py").write_text(SOURCE)
    return tmp_path


def config(project: Path, text: str) -> None:
    (project / ".postil.toml").write_text(text)


def out_of(done: subprocess.CompletedProcess) -> dict:
    return json.loads(done.stdout)


# -- budget ------------------------------------------------------------------------------

def test_parallel_calls_never_overshoot_the_daily_token_budget(tmp_path, fake):
    """Six units at concurrency 4, each answer counting 3,000 tokens, 8,000 a day: the
    calls in flight hold their most before they are sent, so the day ends at or under 8,000."""
    from postil.analyzers.llm.reviewer import Reviewer

    path = tmp_path / "steps.py"
    path.write_text(FUNCTIONS)
    fake.responder = lambda body: Reply(payload={"findings": []}, usage=(2500, 500))
    settings = resolve(LLMConfig(provider="openai-compatible", model="local", base_url=fake.openai_url, retries=0,
                                 concurrency=4, daily_budget_tokens=8000, max_output_tokens=3000), env={})
    reviewer = Reviewer(tmp_path, settings, use_index=False)
    result = reviewer.review(units_for_file(path, FUNCTIONS))
    spent, _usd = reviewer.budget.spent()
    assert spent <= 8000
    assert spent == 3000 * len(fake.received) and len(fake.received) == 2
    assert result.stop is not None and result.stop.reason == "budget"
    assert result.count("stopped") == 4 and result.count("reviewed") == 2
    reviewer.close()


def test_a_call_that_does_not_fit_waits_for_those_in_flight_then_is_refused(tmp_path):
    budget = Budget(State(tmp_path), LLMConfig(daily_budget_tokens=8000))
    first = budget.reserve("local", 1000, 2000)
    second = budget.reserve("local", 1000, 2000)
    outcome = []
    third = threading.Thread(target=lambda: outcome.append(_try_reserve(budget, 1000, 2000)))
    third.start()
    third.join(0.3)
    assert third.is_alive() and outcome == []  # 6,000 held, 3,000 more does not fit: it waits
    budget.settle(first, "local", 900, 100)  # 1,000 spent + 3,000 held: now it fits
    third.join(30)
    assert outcome == ["held"]
    budget.settle(second, "local", 2500, 500)
    budget.settle(budget.reserve("local", 0, 0))  # a call that was never answered counts nothing
    assert budget.spent()[0] == 4000
    assert _try_reserve(budget, 1000, 4000) == "refused"  # 4,000 spent + 3,000 held + 5,000


def _try_reserve(budget: Budget, input_tokens: int, output_limit: int) -> str:
    try:
        budget.reserve("local", input_tokens, output_limit)
        return "held"
    except BudgetExhausted:
        return "refused"


def test_a_spent_budget_is_said_once_and_the_review_is_not_all_clear(project, fake):
    (project / "steps.py").write_text(FUNCTIONS)
    config(project, "[llm]\ndaily-budget-tokens = 100\n")
    done = run(project, "review", "steps.py", env=provider_env(fake))
    assert done.returncode == 0, done.stderr  # model findings (and so their absence) fail only with llm.fail-on
    assert fake.received == []
    assert done.stdout.count("daily LLM token budget spent") == 1
    assert "All clear" not in done.stdout
    assert "No findings in 1 file; but the LLM review stopped (budget): 6 units not reviewed" in done.stdout
    report = out_of(run(project, "review", "steps.py", "--format", "json", env=provider_env(fake)))
    assert report["summary"]["complete"] is False
    assert report["summary"]["coverage"]["llm"]["stopped"]["reason"] == "budget"
    assert len(report["summary"]["coverage"]["llm"]["stopped"]["not_reviewed"]) == 6
    sarif = json.loads(run(project, "review", "steps.py", "--format", "sarif", env=provider_env(fake)).stdout)
    [invocation] = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    config(project, '[llm]\ndaily-budget-tokens = 100\nfail-on = "error"\n')
    assert run(project, "review", "steps.py", env=provider_env(fake)).returncode == 1  # what was not reviewed cannot pass


def test_an_unpriced_model_under_a_usd_budget_is_warned_about_once(project, fake):
    (project / "steps.py").write_text(FUNCTIONS)
    config(project, "[llm]\ndaily-budget-usd = 1.0\n")
    done = run(project, "review", "steps.py", env=provider_env(fake))
    assert done.returncode == 0, done.stderr
    assert len(fake.received) == 6
    assert (done.stdout + done.stderr).count("no price known for model 'local-model'") == 1
    stats = out_of(run(project, "stats", "--json"))
    assert stats["input_tokens"] == 6 * 120 and stats["cost_usd"] == 0
    config(project, "[llm]\ndaily-budget-usd = 1.0\ndaily-budget-tokens = 100000\n")  # what the warning asks
    (project / "steps.py").write_text(FUNCTIONS + "\n\ndef later(x):\n    return x * 3 - 1\n")
    done = run(project, "review", "steps.py", env=provider_env(fake))
    assert done.returncode == 0 and len(fake.received) > 6, done.stderr
    assert "no price known" not in done.stdout + done.stderr  # done: it stops asking


# -- time, calls, breaker ------------------------------------------------------------------

def test_a_slow_provider_never_holds_a_staged_review_past_the_deadline(project, fake):
    git(project, "add", "-A")
    git(project, "commit", "-qm", "start")
    (project / "pricing.py").write_text(SOURCE.replace("/ 10", "/ 1000") + "\n\n" + FUNCTIONS)
    git(project, "add", "pricing.py")
    config(project, "[llm]\ndeadline-seconds = 6\ntimeout = 120\n")
    fake.responder = lambda body: Reply(hang=True)  # answers nothing, ever
    started = time.monotonic()
    done = run(project, "review", "--staged", env=provider_env(fake))
    elapsed = time.monotonic() - started
    # the deadline, not the 120 s timeout (nor the fake dropping a hung request after 30 s,
    # which would stop the review as "provider"); startup counts, on a loaded machine too
    assert elapsed < 28, done.stdout
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("the review's time limit passed (6 s") == 1
    assert "All clear" not in done.stdout and "LLM review stopped (deadline)" in done.stdout
    assert len(fake.received) <= 4  # those in flight when time ran out (concurrency 4); nothing after


def test_an_unreachable_provider_stops_the_review_at_once_with_one_line(project):
    (project / "steps.py").write_text(FUNCTIONS)
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": f"http://127.0.0.1:{port}/v1",
           "POSTIL_LLM_MODEL": "local-model"}
    config(project, "[llm]\nretries = 0\nconcurrency = 1\n")
    done = run(project, "review", "steps.py", "--format", "json", env=env)
    report = out_of(done)
    assert report["summary"]["coverage"]["llm"]["stopped"]["reason"] == "provider"
    assert len(report["summary"]["coverage"]["llm"]["stopped"]["not_reviewed"]) == 6
    assert sum("cannot be used" in note for note in report["summary"]["notes"]) == 0  # said in the coverage only
    assert out_of(run(project, "stats", "--json"))["calls"] == 1


def test_the_call_cap_is_honoured_with_a_note_of_what_was_not_reviewed(project, fake):
    (project / "steps.py").write_text(FUNCTIONS)
    config(project, "[llm]\nmax-calls = 2\n")
    done = run(project, "review", "steps.py", env=provider_env(fake))
    assert len(fake.received) == 2
    assert done.stdout.count("the call cap was reached (2 provider requests per command") == 1
    assert "not reviewed (4): steps.py:" in done.stdout and "All clear" not in done.stdout


def test_the_circuit_breaker_stays_open_across_runs(project, fake):
    (project / "steps.py").write_text(FUNCTIONS)
    config(project, "[llm]\nretries = 0\nbreaker-failures = 2\nbreaker-cooldown = 600\nconcurrency = 1\n")
    fake.error(503, times=2)
    first = run(project, "review", "steps.py", env=provider_env(fake))
    assert len(fake.received) == 2 and "LLM calls paused after repeated failures" in first.stdout
    second = run(project, "review", "steps.py", "--format", "json", env=provider_env(fake))
    assert len(fake.received) == 2  # a new process: the breaker is still open, nothing is sent
    assert out_of(second)["summary"]["coverage"]["llm"]["stopped"]["reason"] == "breaker"
    [state] = (project / ".postil" / "llm").glob("breaker-*.json")
    assert json.loads(state.read_text())["opened_at"] is not None


# -- model findings are findings ------------------------------------------------------------

def divide_by_ten(fake) -> None:
    fake.responder = lambda body: Reply(payload={"findings": [finding(
        "    return price - price * percent / 10", "Divides by 10, not 100.",
        improved="    return price - price * percent / 100", severity="error", category="bug")]})


def llm_findings(done: subprocess.CompletedProcess) -> list[dict]:
    assert done.returncode in (0, 1), done.stderr
    return [f for f in out_of(done)["findings"] if f["source"] == "llm"]


@pytest.mark.parametrize(("settings", "severities"), [
    ("", ["error"]),
    ('[severity]\n"llm" = "hint"\n', ["hint"]),
    ('[severity]\n"llm" = "hint"\n"llm/bug" = "info"\n', ["info"]),
    ('[severity]\n"llm/bug" = "off"\n', []),
    ('ignore = ["llm"]\n', []),
    ('ignore = ["llm/bug"]\n', []),
    ('ignore = ["llm/security"]\n', ["error"]),
    ('[per-file-ignores]\n"pricing.py" = ["llm/bug"]\n', []),
])
def test_config_selects_and_grades_model_findings_like_rule_findings(project, fake, settings, severities):
    divide_by_ten(fake)
    config(project, settings)
    done = run(project, "review", "pricing.py", "--format", "json", env=provider_env(fake))
    assert "matches no rule" not in done.stderr
    assert [f["severity"] for f in llm_findings(done)] == severities


def test_a_suppression_comment_and_the_command_line_apply_to_model_findings(project, fake):
    divide_by_ten(fake)
    assert len(llm_findings(run(project, "review", "pricing.py", "--format", "json", env=provider_env(fake)))) == 1
    assert llm_findings(run(project, "review", "pricing.py", "--ignore", "llm", "--format", "json",
                            env=provider_env(fake))) == []
    for rule, kept in (("llm/security", 1), ("llm/bug", 0), ("llm", 0)):
        line = f"    return price - price * percent / 10  # postil: ignore[{rule}]"
        (project / "pricing.py").write_text(SOURCE.replace("    return price - price * percent / 10", line))
        fake.responder = lambda body, line=line: Reply(payload={"findings": [finding(line, "Divides by 10.")]})
        done = run(project, "review", "pricing.py", "--format", "json", env=provider_env(fake))
        assert len(llm_findings(done)) == kept, rule
        assert "unknown rule" not in done.stdout


def test_a_model_fix_is_not_counted_as_fixable_with_fix(project, fake):
    divide_by_ten(fake)
    done = run(project, "review", "pricing.py", "--fix", env=provider_env(fake))
    assert "fixable with --fix" not in done.stdout
    assert "1 model fix offered (--fix-llm)" in done.stdout
    assert (project / "pricing.py").read_text() == SOURCE  # --fix never applies a model's fix
    report = out_of(run(project, "review", "pricing.py", "--format", "json", env=provider_env(fake)))
    assert (report["summary"]["fixable"], report["summary"]["model_fixes"]) == (0, 1)
    applied = run(project, "review", "pricing.py", "--fix-llm", env=provider_env(fake))
    assert applied.returncode in (0, 1), applied.stderr
    assert "percent / 100" in (project / "pricing.py").read_text()
    assert "wrote 1 model fix(es)" in applied.stdout and "model fix offered" not in applied.stdout


# -- config, .postil/, speed -------------------------------------------------------------------

def test_an_invalid_redact_pattern_is_one_line_naming_file_and_key(project, fake):
    config(project, '[llm]\nredact-patterns = ["token=(\\\\w+"]\n')
    done = run(project, "review", "pricing.py", env=provider_env(fake))
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert str(project / ".postil.toml") in line and "llm.redact-patterns" in line
    assert "'token=(\\\\w+' is not a valid regular expression" in line
    assert fake.received == []


def test_guidelines_md_can_be_committed_and_the_rest_of_postil_dir_stays_ignored(project, fake):
    run(project, "review", "pricing.py", env=provider_env(fake))  # makes .postil/ (cache, state, index)
    assert (project / ".postil" / "llm").is_dir()
    (project / ".postil" / "guidelines.md").write_text("# Review guidelines\nMoney is never a float.\n")
    git(project, "add", "-A")
    tracked = git(project, "ls-files").split()
    assert ".postil/guidelines.md" in tracked
    assert [p for p in tracked if p.startswith(".postil/")] == [".postil/guidelines.md"]
    git(project, "commit", "-qm", "guidelines")
    again = run(project, "review", "pricing.py", env=provider_env(fake))
    assert "moved it aside" not in again.stderr and (project / ".postil" / "guidelines.md").is_file()


def test_unchanged_code_is_not_sent_again_at_default_concurrency(project, fake):
    (project / "steps.py").write_text(FUNCTIONS)
    first = run(project, "review", "steps.py", env=provider_env(fake))
    assert first.returncode == 0, first.stderr
    assert len(fake.received) == 6
    again = run(project, "review", "steps.py", env=provider_env(fake))
    assert "6 cached (0 provider calls)" in again.stdout and len(fake.received) == 6


def imported_by_review(project: Path, fake, *modules: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``postil review pricing.py`` in a new interpreter: (the run, which of ``modules`` it imported)."""
    probe = ("import runpy, sys\nsys.argv = ['postil', 'review', 'pricing.py']\n"
             "try:\n    runpy.run_module('postil', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             f"print(sorted(m for m in {modules!r} if m in sys.modules), file=sys.stderr)\n")
    clean = {k: v for k, v in __import__("os").environ.items() if not k.startswith(("POSTIL_", "OPENAI_"))}
    done = subprocess.run([sys.executable, "-c", probe], cwd=project, capture_output=True, text=True, timeout=120,
                          env={**clean, **provider_env(fake)})
    return done, json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"'))


def test_a_cached_review_imports_neither_chromadb_nor_the_sdk(project, fake):
    divide_by_ten(fake)
    assert run(project, "review", "pricing.py", env=provider_env(fake)).returncode == 0
    done, imported = imported_by_review(project, fake, "chromadb", "openai", "anthropic")
    assert "1 cached (0 provider calls)" in done.stdout, done.stderr
    assert imported == []
    assert len(fake.received) == 1


def test_a_fresh_review_with_hash_embeddings_never_opens_the_vector_store(project, fake):
    """With the default ``hash`` embeddings the reviewer retrieves by symbols and keywords and
    the index update writes only the catalog (its vectors are owed); the SDK comes without
    its optional aiohttp transport. The change's caller still reaches the model."""
    (project / "checkout.py").write_text("from pricing import apply_discount\n\n\n"
                                         "def checkout(cart):\n    return apply_discount(cart.total, cart.percent)\n")
    divide_by_ten(fake)
    assert run(project, "review", "pricing.py", env=provider_env(fake)).returncode in (0, 1)
    (project / "pricing.py").write_text(SOURCE.replace("percent > 100", "percent >= 100"))
    done, imported = imported_by_review(project, fake, "chromadb", "openai", "aiohttp")
    assert "1 reviewed (1 provider call)" in done.stdout, done.stderr
    assert imported == ["openai"]
    assert "def checkout(cart)" in fake.received[-1].user  # the caller, found without vectors
