"""Authorisation checks for shared documents."""
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class ShareLink:
    token: str
    expires_at: datetime
    is_revoked: bool = False

    def is_expired(self):
        return datetime.now(timezone.utc) >= self.expires_at


class Member:
    def __init__(self, user, role, suspended_until=None):
        self.user = user
        self.role = role
        self.suspended_until = suspended_until

    def is_owner(self):
        return self.role == "owner"

    @property
    def is_suspended(self):
        return self.suspended_until is not None and self.suspended_until > datetime.now(timezone.utc)


def can_open(link: ShareLink) -> bool:
    if link.is_revoked:
        return False
    # expect: missing-call
    if link.is_expired:
        return False
    return True


def can_open_checked(link: ShareLink) -> bool:
    return not link.is_revoked and not link.is_expired()


def can_delete(member: Member) -> bool:
    if member.is_suspended:
        return False
    # expect: missing-call
    return member.is_owner


def can_transfer(member: Member, document) -> bool:
    return member.is_owner() and not member.is_suspended and document.owner_id == member.user.id


def visible_links(links):
    # expect: missing-call
    return [link for link in links if not link.is_revoked and not link.is_expired]
