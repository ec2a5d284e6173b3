"""bench/llm_quality.py runs end to end against the fake provider and scores what it says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from fake_provider import Reply, finding

ROOT = Path(__file__).resolve().parents[3]

SOURCE = '''def clamp(value, low, high):
    """Keep value within [low, high]."""
    if value < low:
        return low
    if value > high and high is not None:
        return high
    return value


def first_word(text):
    words = text.split()
    if words == []:
        return ""
    cleaned = words[0].strip(".,")
    return cleaned.lower()


def total(items, tax):
    subtotal = 0
    for item in items:
        subtotal += item.price
    if tax is None:
        return subtotal
    return subtotal * (1 + tax)


def pick(options, index):
    chosen = options[index]
    if chosen is None or index < 0:
        raise ValueError(index)
    label = str(chosen)
    return label.upper()
'''


def first_added_line(body: dict) -> Reply:
    """A model that blames the first added line of every change (bugs found, harmless flagged)."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    added = re.search(r"^\+ +\d+ \| (.*)$", user, re.MULTILINE)
    found = [finding(added.group(1).strip(), "suspicious", severity="warning", category="bug")] if added else []
    return Reply(payload={"findings": found})


def harness(tmp_path, fake) -> subprocess.CompletedProcess:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "logic.py").write_text(SOURCE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "GIT_"))}
    env.update(POSTIL_LLM_PROVIDER="openai-compatible", POSTIL_LLM_BASE_URL=fake.openai_url,
               POSTIL_LLM_MODEL="local-model", POSTIL_LLM_API_KEY="sk-test", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "bench" / "llm_quality.py"), "--source", str(tmp_path / "shop"),
                           "--limit", "4", "--json"], capture_output=True, text=True, env=env, timeout=300, check=False)


def test_the_harness_scores_a_provider(tmp_path, fake):
    fake.responder = first_added_line
    done = harness(tmp_path, fake)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["cases"] == {"bug": 2, "harmless": 2}
    assert report["recall"] == 1.0 and report["precision"] == 0.5 and report["false_alarm_rate"] == 1.0
    assert report["provider_calls"] == 4 and report["input_tokens"] == 4 * 120  # the fake's usage per answer
    assert report["latency_seconds"]["median"] > 0
    chats = [r for r in fake.received if r.path.endswith("/chat/completions")]
    assert len(chats) == 4 and all("CHANGE UNDER REVIEW" in r.user for r in chats)


def test_the_harness_refuses_to_score_a_provider_that_did_not_answer(tmp_path, fake):
    """A dead provider is not a quiet model: no precision or recall, exit 1, the reason named."""
    fake.responder = lambda body: Reply(status=500)
    done = harness(tmp_path, fake)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["not_answered"] == 4 and report["precision"] is None and report["recall"] is None
    assert "no score" in done.stderr and "HTTP 500" in done.stderr


def test_the_labeled_set_has_forty_changes_of_each_label_to_real_functions():
    data = json.loads((ROOT / "bench" / "llm_quality_set.json").read_text())
    cases = data["cases"]
    assert sum(c["label"] == "bug" for c in cases) >= 40 and sum(c["label"] == "harmless" for c in cases) >= 40
    assert {c["project"] for c in cases} == {"requests", "flask"}
    assert all(c["before"] != c["after"] and c["path"].startswith("src/") for c in cases)
    assert len({c["kind"] for c in cases if c["label"] == "bug"}) >= 5
