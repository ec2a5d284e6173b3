"""How long a review command may wait for the model: a project's config cannot make a staged
review (the pre-commit hook) wait longer than its user agreed to."""

from __future__ import annotations

import pytest

from postil.commands.review import STAGED_DEADLINE, review_deadline


@pytest.mark.parametrize("users, configured, staged, expected", [
    (None, None, True, STAGED_DEADLINE),      # nobody set one: the hook's 60 s
    (None, 3600.0, True, STAGED_DEADLINE),    # a project asks for an hour: the user never agreed
    (None, 10.0, True, 10.0),                 # a project may shorten it
    (300.0, 300.0, True, 300.0),              # the user's own longer wait holds
    (300.0, 90.0, True, 90.0),
    (None, 3600.0, False, 3600.0),            # outside the hook a review has no limit of its own
    (None, None, False, None),
])
def test_a_staged_review_waits_no_longer_than_the_user_allows(user_config_home, users, configured, staged, expected):
    if users is not None:
        (user_config_home / "postil").mkdir(parents=True, exist_ok=True)
        (user_config_home / "postil" / "config.toml").write_text(f"[llm]\ndeadline-seconds = {users}\n")
    assert review_deadline(configured, staged) == expected
