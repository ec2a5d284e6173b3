"""A repository's ``index.model-path`` chooses the embedding model postil loads: it counts only
once the user trusted the repository's config, like the other egress keys."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postil import trust_store
from postil.config import load_config
from postil.rag.embeddings import LocalModel
from postil.rag.indexer import WorkspaceIndex


def loaded_model(index: WorkspaceIndex) -> Path | None:
    """The directory of the local model the index loaded (as its backend or beside ``hash``)."""
    model = index.backend if isinstance(index.backend, LocalModel) else index.model_backend
    return model.directory.resolve() if model is not None else None


@pytest.mark.parametrize("embeddings", ["onnx", "hash"])
def test_a_repository_model_path_is_loaded_only_once_trusted(workspace, tiny_model, user_config_home, embeddings):
    (workspace / ".git").mkdir()
    planted = workspace / "models" / "m"
    shutil.copytree(tiny_model, planted)
    (user_config_home / "postil").mkdir()
    (user_config_home / "postil" / "config.toml").write_text(f'[index]\nembeddings = "{embeddings}"\n')
    (workspace / ".postil.toml").write_text('[index]\nmodel-path = "models/m"\n')
    messages: list[str] = []
    index = WorkspaceIndex.from_config(workspace, on_message=messages.append)
    try:
        assert loaded_model(index) is None
    finally:
        index.close()
    notice = load_config(workspace).notice
    assert "sets index.model-path but is not trusted: ignored; run `postil trust` to allow" in notice
    trust_store.record([workspace / ".postil.toml"])
    index = WorkspaceIndex.from_config(workspace)
    try:
        assert loaded_model(index) == planted.resolve()
        assert index.model_source == str(workspace / ".postil.toml")
    finally:
        index.close()


def test_doctor_lists_model_path_with_the_other_trust_gated_settings(postil, workspace, tiny_model):
    (workspace / ".git").mkdir()
    shutil.copytree(tiny_model, workspace / "models" / "m")
    (workspace / ".postil.toml").write_text('[index]\nmodel-path = "models/m"\n')
    untrusted = postil("doctor", "--no-call", "--json", cwd=workspace).json
    assert untrusted["egress_settings"]["index.model-path"] == {"value": None, "source": "default"}
    assert "index.model-path" in untrusted["ignored"]["keys"] and untrusted["model"] is None
    trust_store.record([workspace / ".postil.toml"])
    trusted = postil("doctor", "--no-call", "--json", cwd=workspace).json
    assert trusted["egress_settings"]["index.model-path"]["source"] == str(workspace / ".postil.toml")
    assert trusted["model"]["path"] == str((workspace / "models" / "m").resolve())
