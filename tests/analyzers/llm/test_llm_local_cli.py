"""A local model server as `postil review` and `postil doctor` show it: a unit too long for the
model's context window makes the review incomplete (and fails it with fail-on set), and doctor
tells the window, where it came from, and an open circuit breaker — CLI subprocesses against
the fake provider."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import Reply

pytestmark = pytest.mark.slow  # CLI subprocesses

SOURCE = "def apply_discount(price, percent):\n    return price - price * percent / 10\n"
LONG = "def tally(rows):\n" + "".join(f"    total_{i} = rows[{i}] * {i} + len(rows)\n" for i in range(150)) \
    + "    return total_0\n"


def run(cwd: Path, *args: str, fake) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env = {**clean, "POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
           "POSTIL_LLM_MODEL": "small"}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], check=False, cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pricing.py").write_text(SOURCE)
    (tmp_path / "tally.py").write_text(LONG)
    return tmp_path


def test_a_unit_too_long_for_the_servers_window_makes_the_review_incomplete(project, fake):
    (project / ".postil.toml").write_text('[llm]\nfail-on = "warning"\n')
    fake.about["/props"] = {"default_generation_settings": {"n_ctx": 1400}}
    done = run(project, "review", "tally.py", "pricing.py", "--format", "json", fake=fake)
    report = json.loads(done.stdout)
    llm = report["summary"]["coverage"]["llm"]
    assert llm["complete"] is False and done.returncode == 1, done.stdout + done.stderr
    assert llm["not_answered"] and all(u["unit"].startswith("tally.py:") and "context window (1400 tokens, reported "
                                       "by the server)" in u["reason"] for u in llm["not_answered"])
    [sent] = [r for r in fake.received if r.path.endswith("/chat/completions")]  # pricing.py only
    assert "apply_discount" in sent.user
    text = run(project, "review", "tally.py", fake=fake)
    assert "not answered tally.py" in text.stdout and "context window" in text.stdout


def test_doctor_tells_the_context_window_the_server_refused_with(project, fake):
    fake.script.append(Reply(status=400, error="This model's maximum context length is 900 tokens. However, you "
                                               "requested 2000 tokens. Please reduce the length of the messages."))
    run(project, "review", "pricing.py", fake=fake)
    fake.script.append(Reply(text='{"ok": true}'))
    doctor = run(project, "doctor", fake=fake)
    assert "provider check: ok" in doctor.stdout
    assert "context window: 900 tokens (learned from the server's refusal of a longer request)" in doctor.stdout
    assert "too small for a review" in doctor.stdout


def test_doctor_tells_an_open_circuit_breaker(project, fake):
    (project / ".postil.toml").write_text("[llm]\nretries = 0\nbreaker-failures = 1\n")
    fake.error(500)
    run(project, "review", "pricing.py", fake=fake)
    fake.script.append(Reply(text='{"ok": true}'))
    doctor = run(project, "doctor", "--json", fake=fake)
    breaker = json.loads(doctor.stdout)["provider"]["breaker"]
    assert breaker["state"] == "open" and breaker["failures"] == 1 and 0 < breaker["paused_for"] <= 60
    assert "circuit breaker: open after 1 failed call(s)" in run(project, "doctor", fake=fake).stdout
