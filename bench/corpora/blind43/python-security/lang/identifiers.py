"""Identifier generation for sessions, uploads and events."""
import uuid
import uuid as uuidlib
from uuid import uuid1 as time_uuid
import secrets


def session_id() -> str:
    # expect: insecure-random
    return uuid.uuid1().hex


class Upload:
    def __init__(self, filename):
        self.filename = filename
        # expect: insecure-random
        self.key = str(uuidlib.uuid1())


def reset_token():
    # expect: insecure-random
    return time_uuid(node=None, clock_seq=None).urn


def batch_ids(n):
    # expect: insecure-random
    return [uuid.uuid1() for _ in range(n)]


def event_id() -> str:
    return str(uuid.uuid4())


def api_token() -> str:
    return secrets.token_urlsafe(32)
