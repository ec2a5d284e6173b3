"""Account model helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ROLES = ["owner", "admin", "member", "viewer"]


@dataclass
class Account:
    id: int
    email: str
    role: str = "member"
    created: dt.datetime | None = None

    def is_admin(self) -> bool:
        # expect: is-literal
        return self.role is "admin" or self.role == "owner"

    def can_invite(self) -> bool:
        return self.role in ("owner", "admin")

    def same_as(self, other: "Account") -> bool:
        return self.id == other.id

    def age_days(self) -> int:
        if self.created is None:
            return 0
        return (dt.datetime.now(dt.timezone.utc) - self.created).days

    def promote(self) -> None:
        idx = ROLES.index(self.role)
        if idx == 0:
            raise ValueError("already owner")
            # expect: unreachable
            self.role = ROLES[0]
        self.role = ROLES[idx - 1]


def dedupe(accounts: list[Account]) -> list[Account]:
    seen = set()
    out = []
    for a in accounts:
        if a.email.lower() in seen:
            continue
        seen.add(a.email.lower())
        out.append(a)
    return out


def prune_viewers(accounts: list[Account]) -> list[Account]:
    for a in accounts:
        if a.role == "viewer":
            # expect: mutate-while-iterating
            accounts.remove(a)
    return accounts
