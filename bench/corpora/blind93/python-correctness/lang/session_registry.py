"""In-memory registry of websocket sessions for the chat gateway."""
import time


class SessionRegistry:
    def __init__(self, ttl=300):
        self.ttl = ttl
        self.sessions = {}
        self.rooms = {}

    def touch(self, sid):
        self.sessions[sid] = time.monotonic()

    def expire(self):
        now = time.monotonic()
        for sid, seen in self.sessions.items():
            if now - seen > self.ttl:
                # expect: modify-while-iterating
                del self.sessions[sid]

    def drop_room(self, room):
        members = self.rooms.get(room, {})
        for sid in members.keys():
            if sid not in self.sessions:
                # expect: modify-while-iterating
                del members[sid]

    def prune_empty_rooms(self):
        for room in list(self.rooms.keys()):
            if not self.rooms[room]:
                del self.rooms[room]

    def kick(self, user_id):
        self.sessions = {sid: t for sid, t in self.sessions.items() if not sid.startswith(f"{user_id}:")}


def purge_flags(flags):
    for name, enabled in flags.items():
        if not enabled:
            # expect: modify-while-iterating
            del flags[name]
    return flags


def purge_flags_safe(flags):
    for name in [n for n, enabled in flags.items() if not enabled]:
        del flags[name]
    return flags
