"""In-process session cache with expiry sweeps."""
import time
from collections import OrderedDict


class SessionCache:
    def __init__(self, ttl=900):
        self.ttl = ttl
        self.sessions = {}
        self.tokens = OrderedDict()

    def put(self, sid, data):
        self.sessions[sid] = {"data": data, "seen": time.monotonic()}

    def sweep(self):
        now = time.monotonic()
        for sid, entry in self.sessions.items():
            if now - entry["seen"] > self.ttl:
                # expect: modify-while-iterating
                del self.sessions[sid]

    def drop_user(self, user_id):
        for sid in self.sessions.keys():
            if self.sessions[sid]["data"].get("user_id") == user_id:
                # expect: modify-while-iterating
                del self.sessions[sid]

    def revoke_tokens(self, revoked):
        tokens = self.tokens
        for token, owner in tokens.items():
            if owner in revoked:
                self.audit(token)
                # expect: modify-while-iterating
                del tokens[token]

    def sweep_safely(self):
        now = time.monotonic()
        for sid, entry in list(self.sessions.items()):
            if now - entry["seen"] > self.ttl:
                del self.sessions[sid]

    def drop_empty(self):
        stale = [sid for sid, entry in self.sessions.items() if not entry["data"]]
        for sid in stale:
            del self.sessions[sid]

    def rebuild(self):
        self.sessions = {sid: e for sid, e in self.sessions.items() if e["data"]}

    def audit(self, token):
        print("revoked", token[:6])


def prune(counters, floor):
    for key in counters.keys():
        if counters[key] < floor:
            # expect: modify-while-iterating
            del counters[key]
    return counters
