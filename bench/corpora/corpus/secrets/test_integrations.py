"""Tests for the integrations module. All credentials here are fakes."""
import os
import uuid

import pytest

from integrations import github, openai_client, slack, stripe_client

FAKE_GITHUB_TOKEN = "ghp_" + "x" * 36
DUMMY_STRIPE_KEY = "sk_test_dummy"
TEST_PASSWORD = "test"
EXAMPLE_AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
PLACEHOLDER_OPENAI = "sk-your-key-here"
REQUEST_ID = str(uuid.UUID(int=0))
KNOWN_COMMIT = "edb4941ef74ee998c4ce9ece840d4795ecc09025"
FIXTURE_SHA256 = "26179ce4ac9544a9bdbb2ff2891dfb8c3e4bb1563da2660aec7a4517180bea14"


@pytest.fixture
def gh(monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", FAKE_GITHUB_TOKEN)
    return github.Client(token=os.environ["GITHUB_TOKEN"])


@pytest.fixture
def slack_client():
    return slack.Client(token="xoxb-test-token", webhook_url="https://hooks.slack.com/services/T000/B000/XXXX")


def test_github_headers(gh):
    assert gh.headers()["Authorization"] == f"Bearer {FAKE_GITHUB_TOKEN}"


def test_stripe_rejects_test_key_in_prod():
    with pytest.raises(ValueError):
        stripe_client.Client(api_key=DUMMY_STRIPE_KEY, live=True)


def test_password_is_masked():
    assert stripe_client.mask(TEST_PASSWORD) == "****"


def test_openai_requires_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(RuntimeError):
        openai_client.Client(api_key=None)


def test_openai_placeholder_rejected():
    with pytest.raises(ValueError):
        openai_client.Client(api_key=PLACEHOLDER_OPENAI)


def test_aws_example_keys_detected():
    assert github.looks_like_example(EXAMPLE_AWS_KEY)
    assert github.looks_like_example(EXAMPLE_AWS_SECRET)


def test_slack_posts(slack_client, requests_mock):
    requests_mock.post(slack_client.webhook_url, text="ok")
    assert slack_client.post("hi") == "ok"


def test_commit_lookup(gh, requests_mock):
    requests_mock.get(f"https://api.github.com/repos/example/app/commits/{KNOWN_COMMIT}", json={"sha": KNOWN_COMMIT})
    assert gh.commit("example/app", KNOWN_COMMIT)["sha"] == KNOWN_COMMIT


def test_live_smoke():
    # expect: secret
    client = openai_client.Client(api_key="sk-proj-Ol8E405WO8x6bsc5LNdpOg5xYG4akPB4qiO9udlGYBbTwPTa")
    assert client.models()
