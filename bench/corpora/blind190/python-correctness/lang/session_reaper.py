"""Drop expired sessions and stale upload slots from the in-process caches."""
import logging
import time

log = logging.getLogger(__name__)

SESSION_TTL = 30 * 60
UPLOAD_TTL = 10 * 60


class SessionCache:
    def __init__(self):
        self.sessions = {}   # token -> (user_id, last_seen)
        self.uploads = {}    # slot id -> started_at
        self.locks = {}      # user_id -> token

    def touch(self, token, user_id):
        self.sessions[token] = (user_id, time.monotonic())
        self.locks[user_id] = token

    def reap_sessions(self, now=None):
        now = now or time.monotonic()
        removed = 0
        # expect: dict-modified-while-iterating
        for token, (user_id, last_seen) in self.sessions.items():
            if now - last_seen > SESSION_TTL:
                del self.sessions[token]
                removed += 1
        return removed

    def reap_uploads(self, now=None):
        now = now or time.monotonic()
        # expect: dict-modified-while-iterating
        for slot in self.uploads.keys():
            if now - self.uploads[slot] > UPLOAD_TTL:
                log.info("upload slot %s timed out", slot)
                del self.uploads[slot]

    def release_locks(self, user_ids):
        for user_id in list(self.locks.keys()):
            if user_id in user_ids:
                del self.locks[user_id]

    def drop_orphans(self):
        live = {uid for uid, _ in self.sessions.values()}
        self.locks = {uid: tok for uid, tok in self.locks.items() if uid in live}

    def stats(self):
        counts = {}
        for token, (user_id, _) in self.sessions.items():
            counts[user_id] = counts.get(user_id, 0) + 1
        return counts
