"""``index.embeddings`` next to ``index.model-path`` (issue 34): with ``"onnx"`` the model is
the index's embeddings and doctor says so (it said "embedding model: none"); with a remote
backend the model is not used, and doctor and ``postil index`` say which setting wins."""

from __future__ import annotations


def user_index_config(user_config_home, text: str) -> None:
    (user_config_home / "postil").mkdir(exist_ok=True)
    (user_config_home / "postil" / "config.toml").write_text(text)


def test_doctor_names_the_model_that_onnx_embeddings_use(postil, tiny_model, workspace, user_config_home):
    user_index_config(user_config_home, f'[index]\nembeddings = "onnx"\nmodel-path = "{tiny_model}"\n')
    assert postil("index", cwd=workspace).code == 0
    doctor = postil("doctor", "--no-call", cwd=workspace)
    assert "embedding model: none" not in doctor.stdout
    assert f"embedding model: {tiny_model}" in doctor.stdout and 'index.embeddings = "onnx"' in doctor.stdout
    model = postil("doctor", "--no-call", "--json", cwd=workspace).json["model"]
    assert model["path"] == str(tiny_model) and model["in_use"] is True


def test_a_remote_backend_beside_model_path_is_reported_in_doctor_and_index(postil, tiny_model, workspace,
                                                                            user_config_home):
    user_index_config(user_config_home, f'[index]\nembeddings = "ollama"\nmodel-path = "{tiny_model}"\n')
    said = f'index.embeddings = "ollama" embeds every chunk, so index.model-path ({tiny_model}'
    doctor = postil("doctor", "--no-call", cwd=workspace)
    assert said in doctor.stdout and "remove one of the two settings" in doctor.stdout, doctor.stdout
    dry = postil("index", "--dry-run", cwd=workspace)  # prints the requests it would send, sends nothing
    assert dry.stderr.count(said) == 1, dry.stderr
