"""An answer that is not a whole review is never taken for one: a stream the server cuts
mid-answer, an answer the server ended at the output limit before its JSON closed, an answer
the provider's filter stopped or flagged (``finish_reason: "content_filter"``, ``stop_reason:
"refusal"``), and an answer that says it failed beside an empty findings list. Each must leave its unit failed
(never "reviewed" with the findings that happened to arrive, never "All clear"), and nothing
of it is cached — with the real openai and anthropic SDKs against the fake provider on
127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_provider import Reply, finding

from postil.analyzers.llm.providers import Provider
from postil.analyzers.llm.reviewer import Reviewer
from postil.analyzers.llm.units import unit_at
from postil.config import LLMConfig
from postil.config.environment import resolve

SOURCE = '''def apply_discount(price, percent):
    if percent > 100:
        raise ValueError("percent")
    return price - price * percent / 10
'''
FIRST = finding("if percent > 100:", "a negative percent raises the price", severity="warning")
SECOND = finding("return price - price * percent / 10", "divides by 10, not 100", severity="error")
BOTH = {"findings": [FIRST, SECOND]}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "pricing.py"
    path.write_text(SOURCE)
    return path


def reviewer(root: Path, fake, provider: str, retries: int = 0) -> Reviewer:
    url = fake.anthropic_url if provider == "anthropic" else fake.openai_url
    settings = resolve(LLMConfig(provider=provider, model="m", base_url=url, retries=retries),
                       env={"POSTIL_LLM_API_KEY": "sk-test"})
    return Reviewer(root, settings, provider=Provider(settings), use_index=False)


def cut_after_first_finding(provider: str) -> Reply:
    """BOTH streamed, the connection closed once FIRST is whole (4-character pieces)."""
    text = json.dumps(BOTH)  # the fake streams an Anthropic tool input as the same JSON text
    end_of_first = text.index("}, {") + 1
    return Reply(payload=BOTH, cut_after=-(-end_of_first // 4) + 1)


def review(source: Path, fake, provider: str, retries: int = 0):
    return reviewer(source.parent, fake, provider, retries).review([unit_at(source, SOURCE, 1)])


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_stream_cut_mid_answer_fails_the_unit_and_is_not_cached(source, fake, provider):
    fake.script.append(cut_after_first_finding(provider))
    result = review(source, fake, provider)
    assert [u.status for u in result.units] == ["failed"], [(u.status, u.reason) for u in result.units]
    assert result.findings == []  # not the first finding passed off as the whole review
    assert fake.streams[0].pieces < fake.streams[0].planned  # the fake did cut the answer
    fake.answer(FIRST, SECOND)
    again = review(source, fake, provider)
    assert [u.status for u in again.units] == ["reviewed"]  # asked again: the cut answer was not cached
    assert sorted(f.message for f in again.findings) == sorted([FIRST["message"], SECOND["message"]])


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_cut_stream_is_asked_again_and_the_whole_answer_kept(source, fake, provider):
    fake.script += [cut_after_first_finding(provider), Reply(payload=BOTH)]
    result = review(source, fake, provider, retries=1)
    assert [u.status for u in result.units] == ["reviewed"]
    assert len(result.findings) == 2 and len(fake.received) == 2


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_an_answer_reporting_an_error_beside_no_findings_is_not_a_clean_review(source, fake, provider):
    for _ in range(2):  # the answer and its one retry
        fake.script.append(Reply(payload={"findings": [], "error": "context window exceeded"}))
    result = review(source, fake, provider)
    assert [u.status for u in result.units] == ["failed"]
    fake.answer()
    again = review(source, fake, provider)
    assert [u.status for u in again.units] == ["reviewed"] and len(fake.received) == 3  # nothing was cached


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_an_answer_stopped_at_the_output_limit_fails_the_unit_and_is_not_cached(source, fake, provider):
    text = json.dumps(BOTH)
    fake.script.append(Reply(payload=BOTH, limit_after=-(-(text.index("}, {") + 1) // 4) + 1))
    result = review(source, fake, provider, retries=1)
    assert [u.status for u in result.units] == ["failed"], [(u.status, u.reason) for u in result.units]
    assert "output limit" in result.units[0].reason and "llm.max-output-tokens" in result.units[0].reason
    assert result.findings == []  # not the findings written before the limit passed off as the review
    assert len(fake.received) == 1  # asked again, the same limit cuts the same answer
    fake.answer(FIRST, SECOND)
    again = review(source, fake, provider)
    assert [u.status for u in again.units] == ["reviewed"] and len(again.findings) == 2  # nothing was cached


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_whole_answer_padded_to_the_output_limit_is_a_review(source, fake, provider):
    text = json.dumps(BOTH)  # a model that closed its JSON, then wrote spaces until the limit
    fake.script.append(Reply(text=text, runaway=" ", limit_after=-(-len(text) // 4) + 20))
    result = review(source, fake, provider)
    assert [u.status for u in result.units] == ["reviewed"], [(u.status, u.reason) for u in result.units]
    assert len(result.findings) == 2


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_an_answer_the_providers_filter_stopped_fails_the_unit_and_is_not_cached(source, fake, provider):
    text = json.dumps(BOTH)
    fake.script.append(Reply(payload=BOTH, filtered_after=-(-(text.index("}, {") + 1) // 4) + 1))
    result = review(source, fake, provider, retries=1)
    assert [u.status for u in result.units] == ["failed"], [(u.status, u.reason) for u in result.units]
    assert "filter" in result.units[0].reason and "not reviewed" in result.units[0].reason
    assert result.findings == []  # not the findings written before the filter passed off as the review
    assert len(fake.received) == 1  # asked again, the same filter stops the same answer
    fake.answer(FIRST, SECOND)
    again = review(source, fake, provider)
    assert [u.status for u in again.units] == ["reviewed"] and len(again.findings) == 2  # nothing was cached


@pytest.mark.parametrize("provider", ["openai-compatible", "anthropic"])
def test_a_whole_empty_answer_the_filter_flagged_is_not_all_clear(source, fake, provider):
    fake.script.append(Reply(payload={"findings": []}, filtered_after=10_000))  # the JSON closed, then the flag
    result = review(source, fake, provider)
    assert [u.status for u in result.units] == ["failed"], [(u.status, u.reason) for u in result.units]
    assert fake.streams[0].pieces == fake.streams[0].planned  # the whole answer arrived
    fake.answer()
    again = review(source, fake, provider)
    assert [u.status for u in again.units] == ["reviewed"] and len(fake.received) == 2  # nothing was cached
