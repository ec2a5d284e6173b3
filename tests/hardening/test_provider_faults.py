"""Fault injection on the LLM provider: whatever the provider does, rule findings are
delivered, the review ends in bounded time with a clear message, the breaker opens and
closes, and no thread is left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faulty_provider import ENDLESS, FAULTS, FaultyProvider

from postil.analyzers.llm.circuit_breaker import CircuitBreaker
from postil.analyzers.llm.providers import Provider
from postil.analyzers.llm.reviewer import Reviewer
from postil.analyzers.llm.units import unit_at
from postil.config import LLMConfig
from postil.config.environment import resolve

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

SOURCE = '''def apply_discount(price, percent):
    if percent == None:
        return price
    return price - price * percent / 10


def total(items):
    return sum(i.price for i in items)


def tax(amount):
    return amount * 0.2
'''
QUOTE = "    return price - price * percent / 10"


@pytest.fixture
def faulty():
    server = FaultyProvider().start()
    yield server
    server.stop()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pricing.py").write_text(SOURCE)
    return tmp_path


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def reviewer(root: Path, faulty: FaultyProvider, clock=time.monotonic, **config) -> Reviewer:
    config.setdefault("retries", 0)
    config.setdefault("timeout", 2.0)
    settings = resolve(LLMConfig(provider="openai-compatible", model="m", base_url=faulty.openai_url, **config),
                       env={"POSTIL_LLM_API_KEY": "sk-test"})
    breaker = CircuitBreaker(settings.config.breaker_failures, settings.config.breaker_cooldown, clock)
    return Reviewer(root, settings, provider=Provider(settings, breaker=breaker, sleep=lambda s, c: False))


def units(root: Path):
    path = root / "pricing.py"
    return [unit_at(path, SOURCE, line) for line in (2, 8, 12)]


def our_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if "process_request" not in t.name and t.name != "faulty-provider"}


@pytest.mark.parametrize("fault", FAULTS)
def test_every_fault_fails_only_its_unit_in_bounded_time_and_leaves_no_thread(project, faulty, fault):
    faulty.answer = {"findings": [{"existing_code": QUOTE, "improved_code": "", "message": "divides by 10",
                                   "severity": "warning", "category": "bug", "confidence": 0.9}]}
    before = our_threads()
    r = reviewer(project, faulty, concurrency=2)
    faulty.faults = [fault]
    [first, *rest] = units(project)
    started = time.monotonic()
    result = r.review([first])
    elapsed = time.monotonic() - started
    first_status = result.units[0].status
    assert first_status in ("failed", "reviewed"), first_status
    if fault != "huge":
        assert result.units[0].status == "failed"
        assert result.messages, "a failed call must say why"
        assert not any("Traceback" in m for m in result.messages)
    else:  # 16 MB of quotes that are not in the file: all dropped, nothing shown
        assert result.findings == []
    assert elapsed < 15, f"{fault}: the review took {elapsed:.1f} s"
    # the provider recovers: the next units are reviewed (concurrently) and anchored
    result = r.review(rest + [first])
    # the huge answer, when read in time, was cached and nothing in it anchored (a loaded machine
    # may time out reading 40 MB: then the unit is asked again and answered as the others)
    cached = fault == "huge" and first_status == "reviewed"
    assert [u.status for u in result.units] == ["reviewed", "reviewed", "cached" if cached else "reviewed"]
    assert [f.rule for f in result.findings] == ([] if cached else ["llm/bug"])
    r.close()
    faulty.release.set()
    for thread in our_threads() - before:
        thread.join(10)
    leaked = [t.name for t in our_threads() - before if t.is_alive()]
    assert leaked == [], leaked


@pytest.mark.parametrize("provider,fault", [("openai-compatible", "endless-stream"), ("openai-compatible", "endless-body"),
                                            ("anthropic", "endless-stream")])
def test_an_answer_that_never_ends_is_refused_after_what_was_asked_for_and_not_asked_again(project, faulty, provider,
                                                                                           fault):
    """A provider streaming (or sending a body) without end, as fast as it is read, used to be read
    until the call's deadline into memory (1.2 GB in 20 s; a 200 MB body took 2.3 GB), then asked
    again on every retry; now reading stops past what ``max-output-tokens`` could produce."""
    assert fault in ENDLESS
    url = faulty.anthropic_url if provider == "anthropic" else faulty.openai_url
    settings = resolve(LLMConfig(provider=provider, model="m", base_url=url, retries=2, timeout=5.0,
                                 max_output_tokens=1024), env={"POSTIL_LLM_API_KEY": "sk-test"})
    r = Reviewer(project, settings, provider=Provider(settings, sleep=lambda s, c: False))
    faulty.default = fault
    result = r.review(units(project)[:1])
    r.close()
    assert [u.status for u in result.units] == ["failed"]
    assert any("ran past 131,072 characters for at most 1,024 output tokens" in m for m in result.messages), \
        result.messages
    assert len(faulty.received) == 1  # not a fault a retry mends
    faulty.release.set()
    assert faulty.sent < 16 << 20, f"{faulty.sent:,} bytes were sent before the client hung up"


def test_a_storm_of_429s_and_resets_opens_the_breaker_and_a_later_success_closes_it(project, faulty):
    clock = Clock()
    r = reviewer(project, faulty, clock=clock, retries=2, breaker_failures=2, breaker_cooldown=30, concurrency=1)
    faulty.faults = ["429", "429", "reset", "429", "truncated", "500"]  # two units' worth of failed attempts
    result = r.review(units(project))
    assert [u.status for u in result.units] == ["failed", "failed", "stopped"]
    assert len(faulty.received) == 6  # the third unit was not sent: the breaker is open
    assert r.provider.breaker.state == "open"
    assert any("circuit" in m.lower() or "paused" in m.lower() for m in result.messages), result.messages
    clock.now += 31  # cooldown over: one trial call, which succeeds
    result = r.review(units(project)[:1])
    assert result.units[0].status == "reviewed"
    assert r.provider.breaker.state == "closed"
    r.close()


def _run(cwd: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    return subprocess.run([sys.executable, "-m", "postil", *args], check=False, cwd=cwd, capture_output=True,
                          text=True, env={**clean, **env}, timeout=120)


@pytest.mark.parametrize("faults", [["reset"] * 9, ["429"] * 9, ["slow"] * 9, ["non-json", "truncated", "html-500"] * 3])
def test_postil_review_still_reports_rule_findings_when_the_provider_misbehaves(project, faulty, faults):
    faulty.faults = list(faults)
    (project / ".postil.toml").write_text("[llm]\nretries = 1\ntimeout = 2\n")
    env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": faulty.openai_url,
           "POSTIL_LLM_MODEL": "m", "POSTIL_LLM_API_KEY": "sk-test"}
    started = time.monotonic()
    done = _run(project, "review", "pricing.py", "--format", "json", env=env)
    assert time.monotonic() - started < 60
    assert done.returncode == 1, done.stderr  # the rule finding fails the run
    report = json.loads(done.stdout)
    rules = [(f["rule"], f["line"]) for f in report["findings"]]
    assert ("python/correctness/none-equality-comparison", 2) in rules
    assert not any(f["source"] == "llm" for f in report["findings"])
    assert "Traceback" not in done.stderr
    coverage = report["summary"]["coverage"]
    assert len(coverage["llm"]["not_answered"]) == 3 and coverage["llm"]["reviewed"] == []  # said, not silent
    assert coverage["llm"]["complete"] is False and report["summary"]["complete"] is False
    assert "LLM review: 3 failed" in " ".join(coverage["notes"]), coverage["notes"]
