#!/usr/bin/env python3
"""Queue of captures waiting for the async capture worker (Redis-backed)."""

from __future__ import annotations

import json
import logging
from typing import Any
from uuid import uuid4

from redis import Redis

from .default import get_config, get_socket_path


class CaptureStore:

    def __init__(self) -> None:
        self.logger = logging.getLogger(self.__class__.__name__)
        self.redis = Redis(unix_socket_path=get_socket_path("cache"), decode_responses=True)
        self.max_per_source = get_config("generic", "max_captures_per_source")

    def enqueue(self, settings: dict[str, Any], source: str | None) -> str:
        uuid = str(uuid4())
        clean = {k: v for k, v in settings.items() if v is not None}
        p = self.redis.pipeline()
        p.hset(f"capture:{uuid}", mapping={"settings": json.dumps(clean), "source": source or ""})
        p.zadd("to_capture", {uuid: 1})
        if source:
            p.zincrby("captures_per_source", 1, source)
        p.execute()
        return uuid

    def pop(self) -> tuple[str, dict[str, Any]] | None:
        entries = self.redis.zpopmax("to_capture")
        if not entries:
            return None
        uuid = entries[0][0]
        raw = self.redis.hget(f"capture:{uuid}", "settings")
        return uuid, json.loads(raw or "{}")

    def mark_done(self, uuid: str) -> None:
        self.redis.delete(f"capture:{uuid}")
        self.redis.sadd("captures_done", uuid)

    def over_quota(self, source: str) -> bool:
        count = self.redis.zscore("captures_per_source", source) or 0
        return count > self.max_per_source
