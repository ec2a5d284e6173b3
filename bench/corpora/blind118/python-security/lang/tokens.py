"""Token helpers: password reset, API keys, invitation codes, request ids."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone


def password_reset_token(user):
    # expect: insecure-random
    token = uuid.uuid1().hex
    user.reset_token = token
    user.reset_expires = datetime.now(timezone.utc) + timedelta(hours=1)
    return token


def new_api_key():
    # expect: insecure-random
    return "ak_" + str(uuid.uuid1()).replace("-", "")


def invitation_code():
    return secrets.token_urlsafe(24)


def request_id():
    return str(uuid.uuid4())


class SessionManager:
    def __init__(self, store):
        self.store = store

    def create(self, user_id):
        # expect: insecure-random
        sid = uuid.uuid1()
        self.store.set(str(sid), user_id, ttl=3600)
        return sid

    def create_secure(self, user_id):
        sid = secrets.token_hex(32)
        self.store.set(sid, user_id, ttl=3600)
        return sid
