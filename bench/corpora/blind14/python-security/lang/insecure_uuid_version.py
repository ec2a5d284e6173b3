# library: uuid
"""Token helpers for invitations and password resets."""
import secrets
import uuid


def new_invite_token():
    # expect: insecure-random
    return uuid.uuid1().hex


def new_reset_token():
    return secrets.token_urlsafe(32)


def new_session_id():
    # expect: insecure-random
    return str(uuid.uuid1())


def new_row_id():
    return uuid.uuid4()


def request_correlation_id():
    return uuid.uuid4().hex


def stable_id(namespace, name):
    return uuid.uuid5(namespace, name)
