"""What a small model on a local server does, and what postil makes of it — against the fake
provider with the real openai SDK: a context window that the prompt and max_tokens are fitted
to (set, reported by the server, or learned from its refusal), refusals that never open the
circuit breaker, runaway and echoing answers, and the constants a function reads through a
parenthesised import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_provider import Reply, finding

from postil.analyzers.llm.reviewer import Reviewer
from postil.analyzers.llm.units import unit_at
from postil.config import LLMConfig
from postil.config.environment import resolve

SOURCE = "def apply_discount(price, percent):\n    return price - price * percent / 10\n"
BUG = finding("    return price - price * percent / 10", "Divides by 10, not 100.")
# llama.cpp's answer to a request longer than its n_ctx (it names no number in the message)
LLAMA_CPP_REFUSAL = "the request exceeds the available context size, try increasing it"
VLLM_REFUSAL = ("This model's maximum context length is 1800 tokens. However, you requested 3100 tokens "
                "(2076 in the messages, 1024 in the completion). Please reduce the length of the messages or completion.")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "pricing.py"
    path.write_text(SOURCE)
    return path


def reviewer(root: Path, fake, use_index: bool = False, **config) -> Reviewer:
    settings = resolve(LLMConfig(provider="openai-compatible", model="small", base_url=fake.openai_url, retries=0,
                                 **config), env={})
    return Reviewer(root, settings, use_index=use_index)  # its breaker kept in .postil/llm/, as a command's is


def chats(fake) -> list:
    return [r for r in fake.received if r.path.endswith("/chat/completions")]


def fits(request, window: int) -> bool:
    """Whether the request's messages (at 3 characters a token, code's worst case) and its
    max_tokens fit in ``window``, with room for the chat template."""
    messages = "".join(m["content"] for m in request.body["messages"])
    return len(messages) / 3 + 64 + request.body["max_tokens"] <= window


@pytest.mark.parametrize("path, about", [
    ("/props", {"default_generation_settings": {"n_ctx": 1600}}),  # llama.cpp's server
    ("/v1/models", {"object": "list", "data": [{"id": "small", "object": "model", "max_model_len": 1600}]}),  # vLLM
])
def test_the_request_fits_the_context_window_the_server_reports(source, fake, path, about):
    fake.about[path] = about
    fake.answer(BUG)
    result = reviewer(source.parent, fake).review([unit_at(source, SOURCE, 1)])
    assert [f.message for f in result.findings] == ["Divides by 10, not 100."]
    [request] = chats(fake)
    assert fits(request, 1600) and request.body["max_tokens"] < 1024  # the local default, shrunk to fit


def test_a_unit_too_long_for_the_window_is_not_sent_and_the_review_says_why(source, fake):
    long_source = "def tally(rows):\n" + "".join(f"    total_{i} = rows[{i}] * {i} + len(rows)\n" for i in range(150)) \
        + "    return total_0\n"
    source.write_text(long_source)
    result = reviewer(source.parent, fake, context_window=1024).review([unit_at(source, long_source, 1)])
    assert chats(fake) == []
    [unit] = result.units
    assert unit.status == "failed" and "context window (1024 tokens, llm.context-window)" in unit.reason
    assert sum("context window" in m for m in result.messages) == 1


def test_a_context_length_refusal_is_learned_and_the_unit_sent_again_fitted(source, fake):
    fake.script.append(Reply(status=400, error=VLLM_REFUSAL))
    fake.answer(BUG)
    result = reviewer(source.parent, fake).review([unit_at(source, SOURCE, 1)])
    assert [f.message for f in result.findings] == ["Divides by 10, not 100."]
    first, second = chats(fake)
    assert first.body["max_tokens"] == 1024 and fits(second, 1800)
    # the next run (the next commit's hook) sends a fitted request at once
    fake.received.clear()
    fake.answer(BUG)
    source.write_text(SOURCE.replace("10", "1000"))
    reviewer(source.parent, fake).review([unit_at(source, source.read_text(), 1)])
    [again] = chats(fake)
    assert fits(again, 1800)


def test_a_server_restarted_with_a_larger_window_is_believed_over_an_old_refusal(source, fake):
    fake.script.append(Reply(status=400, error=VLLM_REFUSAL))  # 1800 tokens, remembered in .postil/llm/
    fake.answer(BUG)
    reviewer(source.parent, fake).review([unit_at(source, SOURCE, 1)])
    # restarted with 8192 tokens, and it says so: the next run sends the whole output allowance
    fake.received.clear()
    fake.about["/props"] = {"default_generation_settings": {"n_ctx": 8192}}
    fake.answer(BUG)
    source.write_text(SOURCE.replace("10", "1000"))  # another change: not answered from the cache
    reviewer(source.parent, fake).review([unit_at(source, source.read_text(), 1)])
    [request] = chats(fake)
    assert request.body["max_tokens"] == 1024


def test_context_length_refusals_never_open_the_circuit_breaker(source, fake):
    for _ in range(4):
        fake.script.append(Reply(status=400, error=LLAMA_CPP_REFUSAL))
    review = reviewer(source.parent, fake, breaker_failures=2)
    for n in range(4):
        source.write_text(SOURCE.replace("10", str(10 + n)))
        [unit] = review.review([unit_at(source, source.read_text(), 1)]).units
        assert unit.status == "failed" and "longer than the model's context window" in unit.reason
    fake.answer(BUG)
    after = review.review([unit_at(source, SOURCE, 1)])
    assert [u.status for u in after.units] == ["reviewed"] and len(chats(fake)) == 5
    assert review.provider.breaker.state == "closed"
    assert not any("paused" in m for m in after.messages)


RUNAWAY_AFTER_A_FINDING = json.dumps({"findings": [BUG]})[:-2] + "}" + " }" * 40  # {"findings": [{...} } } } …


def test_an_answer_looping_closing_brackets_after_a_finding_keeps_the_finding(source, fake):
    fake.answer_text(RUNAWAY_AFTER_A_FINDING)
    result = reviewer(source.parent, fake).review([unit_at(source, SOURCE, 1)])
    assert [f.message for f in result.findings] == ["Divides by 10, not 100."] and len(chats(fake)) == 1


@pytest.mark.parametrize("answer", [
    lambda body: '{"findings": [' + " }" * 60,  # looped to its token limit with nothing in it
    # repeated the prompt back, then some JSON (a small model without JSON mode)
    lambda body: body["messages"][1]["content"] + '\n{"findings": []}',
    lambda body: body["messages"][0]["content"][:400] + '\n\n{"findings": []}',
])
def test_runaway_and_echoing_answers_are_not_answers(source, fake, answer):
    fake.responder = lambda body: Reply(text=answer(body))
    result = reviewer(source.parent, fake).review([unit_at(source, SOURCE, 1)])
    [unit] = result.units
    assert unit.status == "failed" and len(chats(fake)) == 2  # asked again once, then not answered
    assert any("was not valid JSON" in m for m in result.messages)


def test_a_constant_imported_in_parentheses_over_several_lines_is_in_the_context(tmp_path, fake):
    package = tmp_path / "src" / "requests"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "utils.py").write_text('import os\n\nDEFAULT_PORTS = {"http": 80, "https": 443}\n\n\n'
                                      "def get_auth_from_url(url):\n    return url\n")
    adapters = ("from .utils import (\n    DEFAULT_PORTS,  # by scheme\n    get_auth_from_url,\n)\n\n\n"
                "def port_of(scheme, port=None):\n    if port is None:\n        port = DEFAULT_PORTS[scheme]\n"
                "    return port\n")
    (package / "adapters.py").write_text(adapters)
    fake.answer()
    reviewer(tmp_path, fake, use_index=True).review([unit_at(package / "adapters.py", adapters, 8)])
    [request] = chats(fake)
    # shown as the constant the function reads (not only as a neighbour the index happened to rank)
    assert "`DEFAULT_PORTS` read at line 9" in request.user
    assert 'DEFAULT_PORTS = {"http": 80, "https": 443}' in request.user


def test_names_imported_in_parentheses_comments_and_continued_lines_are_found():
    from postil.analyzers.llm.constants_used import constants_used

    utils = 'DEFAULT_PORTS = {"http": 80, "https": 443}\nRETRIES = 3\nTIMEOUT = 30\n'
    code = ("from .utils import (\n    DEFAULT_PORTS,  # by scheme, for urls without one\n    RETRIES,\n)\n"
            "from .utils import TIMEOUT, \\\n    get_auth\n\n"
            "def connect(scheme):\n    return DEFAULT_PORTS[scheme], RETRIES, TIMEOUT\n")
    found = constants_used("src/requests/adapters.py", code, 8, 9, "python", {"src/requests/utils.py": utils}.get)
    assert [(c.name, c.start) for c in found] == [("DEFAULT_PORTS", 1), ("RETRIES", 2), ("TIMEOUT", 3)]


def test_a_server_back_after_being_down_is_asked_at_once_not_after_the_pause(source, fake):
    from fake_provider import FakeProvider

    port = fake.port
    fake.stop()  # the server is down: connections refused
    down = reviewer(source.parent, fake, breaker_failures=1, breaker_cooldown=600).review([unit_at(source, SOURCE, 1)])
    assert down.stop is not None and down.stop.reason == "provider"
    back = FakeProvider(port).start()  # restarted on its port
    try:
        back.answer(BUG)
        review = reviewer(source.parent, fake, breaker_failures=1, breaker_cooldown=600)  # the next run (hook)
        result = review.review([unit_at(source, SOURCE, 1)])
        assert [f.message for f in result.findings] == ["Divides by 10, not 100."]
        assert review.provider.breaker.state == "closed"
    finally:
        back.stop()


def test_a_server_answering_errors_stays_paused(source, fake):
    fake.error(500)
    reviewer(source.parent, fake, breaker_failures=1, breaker_cooldown=600).review([unit_at(source, SOURCE, 1)])
    fake.answer(BUG)
    result = reviewer(source.parent, fake, breaker_failures=1, breaker_cooldown=600).review([unit_at(source, SOURCE, 1)])
    assert result.stop is not None and result.stop.reason == "breaker" and len(chats(fake)) == 1
