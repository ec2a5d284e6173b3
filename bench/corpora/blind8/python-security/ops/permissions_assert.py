# library: builtins assert
"""Authorization checks for the document service."""
from dataclasses import dataclass


class Forbidden(Exception):
    pass


@dataclass
class User:
    id: int
    roles: frozenset
    org_id: int


def require_admin(user: User) -> None:
    # expect: assert-security
    assert "admin" in user.roles, "admin only"


def require_same_org(user: User, doc) -> None:
    if doc.org_id != user.org_id:
        raise Forbidden("document belongs to another organisation")


def delete_document(user: User, doc, store) -> None:
    # expect: assert-security
    assert user.id == doc.owner_id or "admin" in user.roles
    store.delete(doc.id)


def merge_pages(pages: list) -> bytes:
    assert pages, "caller must pass at least one page"
    out = bytearray()
    for p in pages:
        out += p.render()
    return bytes(out)


def share(user: User, doc, target_user_id: int, store) -> None:
    require_same_org(user, doc)
    if doc.owner_id != user.id:
        raise Forbidden("only the owner can share")
    store.add_share(doc.id, target_user_id)
