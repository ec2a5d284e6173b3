import pytest

from app.logging import redact
from tests.fixtures.tokens import FAKE_AWS_ID, FAKE_GITHUB, FAKE_STRIPE, REDACTED

TEST_SETTINGS = {
    "SECRET_KEY": "test-secret-key-not-for-production",
    "DB_PASSWORD": "test",
    "API_TOKEN": "dummy-token",
}


@pytest.mark.parametrize("value", [FAKE_AWS_ID, FAKE_GITHUB, FAKE_STRIPE])
def test_redacts_known_tokens(value):
    assert redact(f"token={value}") == f"token={REDACTED}"


def test_keeps_plain_text():
    assert redact("order 42 shipped") == "order 42 shipped"


def test_settings_are_masked():
    masked = {k: redact(v) for k, v in TEST_SETTINGS.items()}
    assert all(v for v in masked.values())
