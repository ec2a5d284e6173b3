"""Share links and one-time tokens for documents."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from .db import session
from .models import AuditEvent, PasswordReset, ShareLink

SHARE_TTL = timedelta(days=7)
RESET_TTL = timedelta(hours=1)


def create_share_link(document, created_by):
    # the slug is the only thing protecting the document: anyone holding the URL can read it
    # expect: insecure-random
    slug = uuid.uuid1().hex
    link = ShareLink(
        document_id=document.id,
        created_by=created_by.id,
        slug=slug,
        expires_at=datetime.now(timezone.utc) + SHARE_TTL,
    )
    session.add(link)
    session.commit()
    return f"https://docs.example.com/s/{link.slug}"


def start_password_reset(user):
    # expect: insecure-random
    token = str(uuid.uuid1())
    session.add(PasswordReset(user_id=user.id, token=token,
                              expires_at=datetime.now(timezone.utc) + RESET_TTL))
    session.commit()
    return token


def start_email_change(user, new_email):
    token = secrets.token_urlsafe(32)
    session.add(PasswordReset(user_id=user.id, token=token, purpose="email",
                              payload=new_email,
                              expires_at=datetime.now(timezone.utc) + RESET_TTL))
    session.commit()
    return token


def record_event(kind, actor, **details):
    # time-ordered id so audit rows sort by creation; not a secret
    event = AuditEvent(id=uuid.uuid1(), kind=kind, actor_id=actor.id, details=details)
    session.add(event)
    return event


def new_document_id():
    return uuid.uuid4()


def api_key_for(service_name):
    return f"{service_name}_{secrets.token_hex(24)}"
