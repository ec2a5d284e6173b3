"""Parsing, settings and triage pieces of the LLM reviewer."""

from __future__ import annotations

import json

import pytest

from postil.analyzers.llm.anchor import clean_snippet, locate
from postil.analyzers.llm.parse import parse_answer
from postil.analyzers.llm.triage import generated_or_vendored, trivial_change
from postil.config import ConfigError, LLMConfig, PostilConfig, parse_config
from postil.config.environment import SettingsError, resolve

ITEM = '{"existing_code": "x = 1", "improved_code": "", "message": "m", "severity": "warning", "category": "bug", "confidence": 0.9}'


@pytest.mark.parametrize("answer", [
    ITEM.join(['{"findings": [', "]}"]),
    "```json\n" + ITEM.join(['{"findings": [', "]}"]) + "\n```",
    "Sure! Here is my review:\n" + ITEM.join(['{"findings": [', ",]}"]) + "\nHope this helps.",
    "[" + ITEM + "]",
    ITEM.join(['{"findings": [', ', {"existing_code": "y = [1, 2']),  # cut off mid-item
])
def test_answers_local_models_break_are_repaired(answer):
    result = parse_answer(answer)
    assert result.ok
    assert [(f.existing_code, f.category, f.confidence) for f in result.findings] == [("x = 1", "bug", 0.9)]


@pytest.mark.parametrize("answer", ["", "The code looks fine to me.", '{"findings": "none"}', "{{{"])
def test_unreadable_answers_are_reported_not_raised(answer):
    assert parse_answer(answer).ok is False


def test_loose_field_values_are_normalised_and_unusable_items_dropped():
    result = parse_answer('{"findings": [{"existing_code": "a()", "message": "m", "severity": "Critical", '
                          '"category": "Error Handling", "confidence": "85%"}, {"message": "no quote"}, 7]}')
    [f] = result.findings
    assert (f.severity, f.category, f.confidence) == ("error", "error-handling", 0.85)
    assert result.dropped == 2


@pytest.mark.parametrize("confidence", [1e15, 85, 7, -0.1, float("nan"), "1.5", "-3"])
def test_a_confidence_outside_zero_to_one_makes_the_finding_unusable(confidence):
    item = {"existing_code": "a()", "message": "m", "severity": "warning", "category": "bug", "confidence": confidence}
    assert parse_answer(json.dumps({"findings": [item]})).findings == []
    assert parse_answer(json.dumps({"findings": [{**item, "confidence": 1}]})).findings  # the bounds are fine


@pytest.mark.parametrize("quote", ["1", "  )  ", "x", "10", "\n\n"])
def test_a_quote_too_short_to_be_code_makes_the_finding_unusable(quote):
    item = {"existing_code": quote, "message": "m", "severity": "warning", "category": "bug", "confidence": 0.9}
    result = parse_answer(json.dumps({"findings": [item, {**item, "existing_code": "x = 1"}]}))
    assert [f.existing_code for f in result.findings] == ["x = 1"] and result.dropped == 1


def test_quotes_are_found_whitespace_normalised_nearest_the_reviewed_code():
    text = "def a():\n    x  =  compute( 1 )\n\ndef b():\n    x = compute(1)\n"
    start, end, occurrence = locate(text, "x = compute(1)", (text.index("def b"), len(text)))
    assert locate("return x\n", "returnx", (0, 9)) is None and locate("return x\n", "return  x", (0, 9))
    assert text[start:end] == "x = compute(1)" and occurrence == 1
    start, _end, occurrence = locate(text, "x = compute(1)", (0, text.index("def b")))
    assert occurrence == 0 and start == text.index("x  =")
    assert clean_snippet("```python\n12 |     x = 1\n13 |     y = 2\n```") == "    x = 1\n    y = 2"


def test_environment_overrides_the_file_and_keys_come_only_from_the_environment():
    config = LLMConfig(provider="openai", model="gpt-file", base_url="http://file")
    s = resolve(config, env={"POSTIL_LLM_MODEL": "gpt-env", "OPENAI_API_KEY": "sk-o", "ANTHROPIC_API_KEY": "sk-a"})
    assert (s.provider, s.model, s.base_url, s.api_key, s.key_source) == ("openai", "gpt-env", "http://file", "sk-o",
                                                                          "OPENAI_API_KEY")
    s = resolve(config, env={"POSTIL_LLM_PROVIDER": "anthropic", "POSTIL_LLM_API_KEY": "sk-p", "ANTHROPIC_API_KEY": "a"})
    assert (s.provider, s.api_key, s.key_source) == ("anthropic", "sk-p", "POSTIL_LLM_API_KEY")
    assert "sk-p" not in repr(s) and "sk-p" not in str(s.describe())
    assert resolve(LLMConfig(), env={}).review_mode == "off"
    assert s.review_mode == "onSave"
    with pytest.raises(SettingsError, match="expected one of"):
        resolve(config, env={"POSTIL_LLM_PROVIDER": "gemini"})


def test_llm_table_in_pyproject_is_validated_with_file_and_key(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.postil.llm]\nprovider = "openai"\nreview = "always"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.postil\] llm.review: expected"):
        parse_config(tmp_path / "pyproject.toml")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postil.llm]\nprovider = "openai-compatible"\nbase-url = "http://localhost:11434/v1"\n'
        'daily-budget-usd = 1.5\nprices = { "llama3" = { input = 0, output = 0 } }\nexclude = "secrets/**"\n')
    llm = parse_config(tmp_path / "pyproject.toml").settings.llm
    assert (llm.base_url, llm.daily_budget_usd, llm.exclude, llm.prices["llama3"].output) == (
        "http://localhost:11434/v1", 1.5, ("secrets/**",), 0)
    assert PostilConfig().llm.provider == "none"


def test_triage():
    assert generated_or_vendored("vendor/lib/x.py", "") == "vendored file"
    assert generated_or_vendored("api/service_pb2.py", "") == "generated file"
    assert generated_or_vendored("src/app.py", "def f():\n    pass\n") is None
    code = "def f(x):\n    return x + 1\n"
    assert trivial_change("def f(x):\n    # add one\n    return x  +  1\n", code, "python") == \
        "only whitespace or comments changed"
    assert trivial_change("def f(x):\n    return x + 2\n", code, "python") is None
    assert trivial_change('def f(x):\n    """Add one."""\n    return x + 1\n', code, "python") is not None
    assert trivial_change("# just a comment\n", None, "python") == "only comments or blank lines"


def test_constants_read_by_javascript_code_are_found_in_its_file_and_the_file_it_imports():
    from postil.analyzers.llm.constants_used import constants_used

    code = ('import { LIMIT } from "./config";\nconst BASE = "https://x";\nconst UNUSED = 1;\n'
            'class Cart {\n  static MAX = 10;\n'
            '  add(item) { if (this.n > Cart.MAX || this.n > LIMIT) throw new Error(BASE); }\n}\n')
    files = {"web/config.js": "export const LIMIT = 5;\n"}
    found = constants_used("web/cart.js", code, 6, 6, "javascript", files.get)
    assert [(c.name, c.path, c.start, c.text) for c in found] == [
        ("BASE", "web/cart.js", 2, 'const BASE = "https://x";'), ("Cart.MAX", "web/cart.js", 5, "  static MAX = 10;"),
        ("LIMIT", "web/config.js", 1, "export const LIMIT = 5;")]
