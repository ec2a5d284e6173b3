"""The VS Code extension's `postil.llm.*` and `postil.index.*` settings (editors/vscode/package.json)
agree with the settings model (postil.config): the same keys, and every choice the extension
offers is one the model takes and every choice the model takes is offered."""

from __future__ import annotations

import json
import typing
from pathlib import Path

from postil.config.editor import PROVIDERS as EDITOR_PROVIDERS
from postil.config.editor import EditorIndexSettings, EditorLLMSettings, Settings
from postil.config.model import PROVIDERS, EmbeddingsBackend, LLMReviewMode

MANIFEST = Path(__file__).resolve().parents[2] / "editors" / "vscode" / "package.json"
PROPERTIES = json.loads(MANIFEST.read_text())["contributes"]["configuration"]["properties"]


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def declared(table: str) -> dict[str, dict]:
    return {key.removeprefix(f"postil.{table}."): schema for key, schema in PROPERTIES.items()
            if key.startswith(f"postil.{table}.")}


def test_the_llm_and_index_settings_of_vscode_are_the_models_fields():
    # `ollama` is not a setting of its own: provider "ollama" sets it
    assert set(declared("llm")) == {camel(name) for name in EditorLLMSettings.model_fields if name != "ollama"}
    assert set(declared("index")) == {camel(name) for name in EditorIndexSettings.model_fields}


def test_every_provider_vscode_offers_is_taken_and_every_provider_postil_speaks_to_is_offered():
    offered = declared("llm")["provider"]["enum"]
    for value in offered:
        settings, problems = Settings.parse({"llm": {"provider": value}})
        assert problems == [], value
    assert {EDITOR_PROVIDERS[value] for value in offered} == set(PROVIDERS)


def test_review_modes_and_embeddings_backends_agree():
    offered = declared("llm")["review"]["enum"]
    taken = {Settings.parse({"llm": {"review": value}})[0].llm.review for value in offered}
    assert taken == set(typing.get_args(LLMReviewMode))
    assert declared("index")["embeddings"]["enum"] == list(typing.get_args(EmbeddingsBackend))


def test_vscode_bounds_are_the_models():
    for table, model in (("llm", EditorLLMSettings), ("index", EditorIndexSettings)):
        for key, schema in declared(table).items():
            if "minimum" not in schema:
                continue
            name = next(name for name in model.model_fields if camel(name) == key)
            below = schema["minimum"] - 1
            problems = Settings.parse({table: {key: below}})[1]
            assert problems and key in problems[0], f"postil.{table}.{key} = {below} is refused by package.json only"
            assert Settings.parse({table: {key: schema["minimum"]}})[1] == [], name
