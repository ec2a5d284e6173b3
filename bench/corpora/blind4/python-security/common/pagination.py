"""Cursor pagination shared by the list endpoints."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any, Generic, Sequence, TypeVar

T = TypeVar("T")
MAX_PAGE = 200


class CursorError(ValueError):
    pass


def encode_cursor(position: dict[str, Any]) -> str:
    raw = json.dumps(position, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    padded = cursor + "=" * (-len(cursor) % 4)
    try:
        value = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, json.JSONDecodeError) as exc:
        raise CursorError("cursor is not valid; request the first page again") from exc
    if not isinstance(value, dict):
        raise CursorError("cursor is not valid; request the first page again")
    return value


@dataclass
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"items": list(self.items), "next": self.next_cursor}


def clamp_limit(value: str | int | None, default: int = 50) -> int:
    try:
        limit = int(value) if value is not None else default
    except (TypeError, ValueError):
        limit = default
    return max(1, min(MAX_PAGE, limit))


def paginate(rows: Sequence[T], limit: int, key) -> Page[T]:
    if len(rows) <= limit:
        return Page(rows, None)
    last = rows[limit - 1]
    return Page(rows[:limit], encode_cursor({"after": key(last)}))
