"""In-process cache of websocket sessions for the presence service."""
import time
from collections import OrderedDict

IDLE_SECONDS = 300


class SessionCache:
    def __init__(self, max_size=10_000):
        self.sessions = {}
        self.recent = OrderedDict()
        self.max_size = max_size

    def touch(self, session_id, user_id):
        self.sessions[session_id] = {"user": user_id, "seen": time.time()}
        self.recent[session_id] = True
        self.recent.move_to_end(session_id)
        while len(self.recent) > self.max_size:
            old, _ = self.recent.popitem(last=False)
            self.sessions.pop(old, None)

    def expire_idle(self, now=None):
        now = now or time.time()
        for sid, info in self.sessions.items():
            if now - info["seen"] > IDLE_SECONDS:
                # expect: modify-while-iterating
                del self.sessions[sid]

    def expire_idle_safely(self, now=None):
        now = now or time.time()
        for sid in list(self.sessions.keys()):
            if now - self.sessions[sid]["seen"] > IDLE_SECONDS:
                del self.sessions[sid]
                self.recent.pop(sid, None)

    def drop_user(self, user_id):
        for sid in self.recent.keys():
            if self.sessions.get(sid, {}).get("user") == user_id:
                # expect: modify-while-iterating
                del self.recent[sid]

    def drop_user_safely(self, user_id):
        self.sessions = {sid: info for sid, info in self.sessions.items() if info["user"] != user_id}

    def online_users(self):
        return {info["user"] for info in self.sessions.values()}

    def reset_counters(self):
        for sid, info in self.sessions.items():
            self.sessions[sid] = {**info, "messages": 0}
