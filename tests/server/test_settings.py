"""The one typed model of the editor settings: flat keys, the nested llm and index objects,
each bad value named with what was expected while the rest still applies, frozen snapshots."""

from __future__ import annotations

import dataclasses

import pytest

from postil.config.editor import EditorIndexSettings, EditorLLMSettings, Settings


def test_camel_case_keys_wrappers_and_nested_objects():
    settings, problems = Settings.parse({"postil": {
        "run": "onSave", "logLevel": "warn", "select": "python/security, secrets", "maxDocumentLines": 10,
        "llm": {"provider": "ollama", "model": "qwen", "review": "onCommand"},
        "index": {"enable": False, "baseUrl": "", "exclude": ["vendor/**"], "maxFileSize": 1000,
                  "modelPath": "~/models/minilm"},
        "somethingNew": 1}})
    assert problems == []
    assert (settings.run, settings.log_level, settings.select, settings.max_document_lines) == \
        ("onSave", "warning", ("python/security", "secrets"), 10)
    assert settings.llm == EditorLLMSettings(provider="openai-compatible", ollama=True, model="qwen", review="onRequest")
    assert settings.index == EditorIndexSettings(enable=False, exclude=("vendor/**",), max_file_size=1000,
                                           model_path="~/models/minilm")
    assert settings.extra == {"somethingNew": 1}


def test_each_bad_value_is_named_and_keeps_its_default_while_the_rest_applies():
    settings, problems = Settings.parse({
        "run": "sometimes", "enable": "yes", "debounceMs": -5, "ignore": ["a/b"],
        "llm": {"provider": "gpt", "model": "m"}, "index": {"maxFileSize": 0, "enable": False}})
    assert settings.run == "onType" and settings.enable is True and settings.debounce_ms is None
    assert settings.ignore == ("a/b",)
    assert settings.llm.provider is None and settings.llm.model == "m"
    assert settings.index.max_file_size is None and settings.index.enable is False
    assert sorted(problems) == sorted([
        "setting postil.run: expected one of onType, onSave (got 'sometimes')",
        "setting postil.enable: expected true or false (got 'yes')",
        "setting postil.debounceMs: expected a non-negative integer (got -5)",
        "setting postil.llm.provider: expected one of off, none, openai, anthropic, openai-compatible, ollama (got 'gpt')",
        "setting postil.index.maxFileSize: expected a positive integer (got 0)",
    ])
    _, problems = Settings.parse({"llm": "openai"})
    assert problems == ["setting postil.llm: expected an object (got 'openai')"]


def test_a_later_source_layers_over_the_first_and_replaces_whole_objects():
    base, _ = Settings.parse({"run": "onSave", "llm": {"provider": "openai", "model": "a"}})
    settings, _ = Settings.parse({"llm": {"model": "b"}}, base)
    assert settings.run == "onSave" and settings.llm == EditorLLMSettings(model="b")


def test_settings_are_frozen_and_an_untrusted_window_has_no_index():
    settings, _ = Settings.parse({"trusted": False})
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.run = "onSave"
    assert settings.index.enable and not settings.index_in_effect.enable
