"""Identifiers handed out by the accounts service: reset tokens, invites, sessions."""
import secrets
import uuid
from uuid import uuid1

INVITE_NAMESPACE = uuid.UUID("6f1c2b1e-5a0c-4f8e-9a44-2d1f0b6c7e21")


def password_reset_token():
    # expect: insecure-randomness
    return str(uuid.uuid1())


def invite_code(team_id):
    # expect: insecure-randomness
    code = uuid1().hex
    return f"{team_id}-{code}"


class SessionFactory:
    def new_session(self, user):
        # expect: insecure-randomness
        session_id = uuid.uuid1(clock_seq=user.id % 16384)
        return {"sid": session_id.hex, "user": user.id}


def api_key():
    # expect: insecure-randomness
    return "ak_" + uuid.uuid1().hex + uuid.uuid1().hex[:8]


def password_reset_token_v2():
    return secrets.token_urlsafe(32)


def request_id():
    return str(uuid.uuid4())


def invite_slug(email):
    return uuid.uuid5(INVITE_NAMESPACE, email.lower()).hex
