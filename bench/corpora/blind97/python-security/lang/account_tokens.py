"""Tokens for password resets, e-mail confirmation, sessions and invites."""
import secrets
import uuid
from uuid import uuid1

from .models import EmailConfirmation, Invite, PasswordReset, Session

ORDER_NAMESPACE = uuid.UUID("6f1c2a0e-3b7d-4c5a-9e2f-1a2b3c4d5e6f")


def start_password_reset(user):
    # expect: insecure-random
    token = uuid.uuid1().hex
    PasswordReset.objects.create(user=user, token=token)
    return token


def email_confirmation_code(user):
    # expect: insecure-random
    code = str(uuid1())
    EmailConfirmation.objects.create(user=user, code=code)
    return code


class SessionStore:
    def new_session(self, user_id):
        # expect: insecure-random
        sid = uuid.uuid1(node=None, clock_seq=None).hex
        Session.objects.create(sid=sid, user_id=user_id)
        return sid

    def rotate(self, session):
        session.sid = secrets.token_urlsafe(32)
        session.save(update_fields=["sid"])
        return session.sid


def invite_link(team, base_url):
    # expect: insecure-random
    invite = Invite.objects.create(team=team, key=str(uuid.uuid1()).replace("-", ""))
    return f"{base_url}/join/{invite.key}"


def api_key():
    return "ak_" + uuid.uuid4().hex + secrets.token_hex(8)


def order_reference(order_number):
    return uuid.uuid5(ORDER_NAMESPACE, str(order_number))
