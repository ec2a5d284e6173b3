"""How long a review command may wait for the model: every review has an overall deadline, and a
project's config cannot make a review (the pre-commit hook above all) wait longer than its user
agreed to."""

from __future__ import annotations

import pytest

from postil.commands.review_command import REVIEW_DEADLINE, STAGED_DEADLINE, review_deadline


@pytest.mark.parametrize("users, configured, staged, expected", [
    (None, None, True, STAGED_DEADLINE),      # nobody set one: the hook's 60 s
    (None, 3600.0, True, STAGED_DEADLINE),    # a project asks for an hour: the user never agreed
    (None, 10.0, True, 10.0),                 # a project may shorten it
    (300.0, 300.0, True, 300.0),              # the user's own longer wait holds
    (300.0, 90.0, True, 90.0),
    (None, 3600.0, False, REVIEW_DEADLINE),   # any other review: ten minutes unless the user says more
    (None, None, False, REVIEW_DEADLINE),
    (3600.0, 3600.0, False, 3600.0),
])
def test_a_staged_review_waits_no_longer_than_the_user_allows(user_config_home, users, configured, staged, expected):
    if users is not None:
        (user_config_home / "postil").mkdir(parents=True, exist_ok=True)
        (user_config_home / "postil" / "config.toml").write_text(f"[llm]\ndeadline-seconds = {users}\n")
    assert review_deadline(configured, staged) == expected


def test_a_model_server_on_this_machine_gets_defaults_that_fit_one_cpu():
    from postil.config import LLMConfig
    from postil.config.environment import LOCAL_DEFAULTS, resolve

    def config_for(url: str, **set_by_user):
        return resolve(LLMConfig(provider="openai-compatible", base_url=url, model="m", **set_by_user), env={}).config

    local = config_for("http://127.0.0.1:8080/v1")
    assert (local.concurrency, local.max_output_tokens, local.timeout) == (1, 1024, 300.0) == tuple(
        LOCAL_DEFAULTS[k] for k in ("concurrency", "max_output_tokens", "timeout"))
    assert config_for("http://localhost:11434/v1", concurrency=3).concurrency == 3  # what the user set holds
    remote = config_for("https://models.example.com/v1")
    assert (remote.concurrency, remote.max_output_tokens, remote.timeout) == (4, 2048, 60.0)
