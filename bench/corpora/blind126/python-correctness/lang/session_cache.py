"""In-process cache of user sessions with expiry."""
import time


class SessionCache:
    def __init__(self):
        self._entries = {}
        self._tags = {}

    def put(self, key, value, ttl):
        self._entries[key] = (value, time.monotonic() + ttl)

    def expire(self):
        now = time.monotonic()
        # expect: dict-changed-during-iteration
        for key, (value, deadline) in self._entries.items():
            if deadline < now:
                del self._entries[key]

    def expire_safely(self):
        now = time.monotonic()
        for key, (value, deadline) in list(self._entries.items()):
            if deadline < now:
                del self._entries[key]

    def drop_tag(self, tag):
        # expect: dict-changed-during-iteration
        for key in self._tags.keys():
            if tag in self._tags[key]:
                del self._tags[key]

    def clear_user(self, user_id, index):
        # expect: dict-changed-during-iteration
        for session_id, owner in index.items():
            if owner == user_id:
                del index[session_id]

    def stale(self, now):
        return [k for k, (_, deadline) in self._entries.items() if deadline < now]

    def purge(self, now):
        for key in self.stale(now):
            del self._entries[key]
