"""Giving up on an answer stops the model generating it: requests are streamed, and when the
review is cancelled (the editor), or its per-call or overall time runs out, postil closes the
connection, which is how a model server (llama.cpp, vLLM, Ollama) learns to stop. The fake
provider generates one piece of the answer at a time and counts how many it generated after
the client gave up — with the real openai and anthropic SDKs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fake_provider import Reply, finding

from postil.analyzers.llm.cancel_token import CancelToken
from postil.analyzers.llm.providers import Provider
from postil.analyzers.llm.reviewer import Reviewer
from postil.analyzers.llm.units import unit_at
from postil.config import LLMConfig
from postil.config.environment import resolve

SOURCE = "def apply_discount(price, percent):\n    return price - price * percent / 10\n"
PIECES = 1024  # max_tokens: what a server generates for an answer nobody stops
GIVE_UP_AT = 5  # pieces generated when the client gives up
SLACK = 150  # pieces a server may still generate before it notices (a read, a 50 ms poll)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "pricing.py"
    path.write_text(SOURCE)
    return path


def reviewer(root: Path, fake, provider: str, **config) -> Reviewer:
    url = fake.anthropic_url if provider == "anthropic" else fake.openai_url
    settings = resolve(LLMConfig(provider=provider, model="m", base_url=url, retries=0, max_output_tokens=PIECES,
                                 **config), env={"POSTIL_LLM_API_KEY": "sk-test"})
    return Reviewer(root, settings, provider=Provider(settings), use_index=False)


def runaway(**kw) -> Reply:
    """A small model looping under a JSON grammar: '{"findings": [' then ' }' until max_tokens."""
    return Reply(text='{"findings": [', runaway=" }", trickle=0.01, **kw)


def generated_after_giving_up(fake, given_up_at: int) -> int:
    [log] = fake.streams
    assert log.ended.wait(30), "the fake is still generating"
    assert log.hung_up, f"the client never closed the connection ({log.pieces} of {log.planned} pieces generated)"
    return log.pieces - given_up_at


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_cancelling_a_review_stops_the_server_generating(source, fake, provider):
    fake.script.append(runaway(signal_after=GIVE_UP_AT))
    cancel = CancelToken()
    threading.Thread(target=lambda: fake.generating.wait(30) and cancel.cancel(), daemon=True).start()
    result = reviewer(source.parent, fake, provider).review([unit_at(source, SOURCE, 1)], cancel=cancel)
    assert [u.status for u in result.units] == ["cancelled"]
    assert generated_after_giving_up(fake, GIVE_UP_AT) < SLACK
    assert fake.received[0].body["stream"] is True


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_call_past_its_time_limit_stops_the_server_generating(source, fake, provider):
    fake.script.append(runaway())
    # 3 s, as the deadline's below: at 0.5 s a loaded machine (load ~19) spent the whole limit
    # before the request reached the fake (no stream at all); the runaway takes ~10 s
    result = reviewer(source.parent, fake, provider, timeout=3).review([unit_at(source, SOURCE, 1)])
    assert [u.status for u in result.units] == ["failed"]
    assert any("did not answer in time" in m for m in result.messages)
    [log] = fake.streams
    assert log.ended.wait(30) and log.hung_up and log.pieces < PIECES // 2, (log.pieces, log.hung_up)


def test_the_review_deadline_stops_the_server_generating(source, fake):
    warm = source.with_name("rates.py")
    warm.write_text("RATE = 0.2\n")
    fake.answer()
    fake.script.append(runaway(signal_after=GIVE_UP_AT))
    review = reviewer(source.parent, fake, "openai-compatible")
    # a first review does what a command has done by the time its deadline matters (the SDK
    # imported, the client made): at load ~50 that alone outlasted a 3 s deadline, and nothing was
    # ever sent; the runaway takes ~10 s
    assert [u.status for u in review.review([unit_at(warm, "RATE = 0.2\n", 1)]).units] == ["reviewed"]
    review.limit(seconds=3)
    result = review.review([unit_at(source, SOURCE, 1)])
    assert [u.status for u in result.units] == ["stopped"] and result.stop.reason == "deadline"
    log = fake.streams[-1]
    assert len(fake.streams) == 2
    assert log.ended.wait(30) and log.hung_up and log.pieces < PIECES // 2, (log.pieces, log.hung_up)


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_streamed_answer_is_read_as_a_whole_one_was(source, fake, provider):
    fake.answer(finding("    return price - price * percent / 10", "Divides by 10, not 100."), usage=(321, 45))
    review = reviewer(source.parent, fake, provider)
    result = review.review([unit_at(source, SOURCE, 1)])
    assert [(f.rule, f.message) for f in result.findings] == [("llm/bug", "Divides by 10, not 100.")]
    assert review.stats.summary()["input_tokens"] == 321 and review.stats.summary()["output_tokens"] == 45
    [log] = fake.streams
    assert log.pieces == log.planned and not log.hung_up
