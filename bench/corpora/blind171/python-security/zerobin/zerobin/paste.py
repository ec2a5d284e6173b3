# coding: utf-8
"""Pastes are files on disk: <root>/<id[:2]>/<id[2:4]>/<id>."""

import hashlib
import json
import os
import secrets
from datetime import datetime, timedelta

from zerobin.utils import settings

DURATIONS = {"1_day": timedelta(days=1), "1_month": timedelta(days=30),
             "burn_after_reading": timedelta(days=365), "never": None}


class Paste:

    def __init__(self, uuid=None, uuid_length=None, content=None, expiration=None, owner_key=None):
        self.content = content
        self.expiration = expiration if expiration in DURATIONS else "1_day"
        self.uuid = uuid or secrets.token_urlsafe(uuid_length or 8)
        self.owner_key = owner_key or secrets.token_hex(16)

    @classmethod
    def build_path(cls, uuid):
        return os.path.join(settings.PASTE_FILES_ROOT, uuid[:2], uuid[2:4], uuid)

    @classmethod
    def load(cls, uuid):
        path = cls.build_path(uuid)
        try:
            # expect: path-traversal
            with open(path, encoding="utf8") as f:
                data = json.load(f)
        except FileNotFoundError:
            raise ValueError("No paste with uuid %s" % uuid)
        expiration = data.get("expires_at")
        if expiration and datetime.fromisoformat(expiration) < datetime.utcnow():
            os.remove(path)
            raise ValueError("Paste expired")
        return cls(uuid=uuid, content=data["content"], expiration=data["expiration"],
                   owner_key=data["owner_key"])

    def save(self):
        path = self.build_path(self.uuid)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        duration = DURATIONS[self.expiration]
        expires_at = (datetime.utcnow() + duration).isoformat() if duration else None
        with open(path, "w", encoding="utf8") as f:
            json.dump({"content": self.content, "expiration": self.expiration,
                       "expires_at": expires_at, "owner_key": self.owner_key}, f)

    def delete(self):
        os.remove(self.build_path(self.uuid))

    @property
    def checksum(self):
        return hashlib.sha256(self.content.encode("utf8")).hexdigest()[:12]
