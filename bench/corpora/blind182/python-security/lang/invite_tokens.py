"""Identifiers for invitations, uploads and log correlation."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from .storage import Invitation, save_invitation

INVITE_TTL = timedelta(days=7)


def new_invitation(team_id, email):
    # expect: insecure-random
    token = uuid.uuid1().hex
    invite = Invitation(team_id=team_id, email=email, token=token,
                        expires_at=datetime.now(timezone.utc) + INVITE_TTL)
    save_invitation(invite)
    return invite


def new_download_link(file_id):
    # the link is the only thing protecting the file
    # expect: insecure-random
    return f"https://files.example.com/d/{file_id}/{uuid.uuid1()}"


def new_api_key():
    return "sk_" + secrets.token_urlsafe(32)


def new_upload_id():
    return str(uuid.uuid4())


def new_reset_code():
    return f"{secrets.randbelow(10**6):06d}"


def request_id():
    # correlation id for log lines, never used for access
    return uuid.uuid4().hex[:16]


def namespace_id(name):
    return uuid.uuid5(uuid.NAMESPACE_DNS, name)
