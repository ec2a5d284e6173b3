"""Invite links, password-reset tokens and private upload names."""
import secrets
import uuid
import uuid as uuidlib
from datetime import datetime, timedelta
from uuid import uuid1

from django.db import models

RESET_TTL = timedelta(hours=2)
INVITE_NAMESPACE = uuid.UUID("6f1c7a2e-3b1d-4f7e-9a55-2d9b1a0c4e11")


class Invite(models.Model):
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    @classmethod
    def issue(cls, email):
        # expect: insecure-random
        return cls.objects.create(email=email, token=uuid.uuid1().hex)


def password_reset_token(user):
    # expect: insecure-random
    token = str(uuid1())
    user.reset_token = token
    user.reset_expires = datetime.utcnow() + RESET_TTL
    user.save(update_fields=["reset_token", "reset_expires"])
    return token


def private_upload_path(instance, filename):
    ext = filename.rsplit(".", 1)[-1].lower()
    # expect: insecure-random
    return "private/{}/{}.{}".format(instance.owner_id, uuidlib.uuid1(), ext)


class SessionStore:
    def __init__(self, backend):
        self.backend = backend

    def new_session(self, user_id):
        # expect: insecure-random
        sid = uuid.uuid1(node=None, clock_seq=None).hex
        self.backend.set(f"session:{sid}", user_id, ttl=3600)
        return sid


def api_key():
    return secrets.token_urlsafe(32)


def invite_id_for(email):
    return uuid.uuid5(INVITE_NAMESPACE, email.lower())


def request_id():
    return uuid.uuid4().hex
