import pytest

TEST_PASSWORD = "test-password"
FAKE_TOKEN = "ghp_" + "a" * 36
FAKE_SLACK = "xoxb-000000000000-0000000000000-aaaaaaaaaaaaaaaaaaaaaaaa"
AWS_EXAMPLE = "AKIAIOSFODNN7EXAMPLE"


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(username="alice", password="secret")


def test_login(client, user):
    assert client.login(username="alice", password="secret")
    response = client.post("/login/", {"username": "alice", "password": TEST_PASSWORD})
    assert response.status_code == 200


def test_token_redacted(caplog):
    assert FAKE_TOKEN not in caplog.text
