"""Event fan-out for the audit log."""
from __future__ import annotations

import logging
import time
from collections import OrderedDict
from functools import cache

log = logging.getLogger(__name__)

SEVERITY = {
    "low": 1,
    "medium": 2,
    "high": 3,
    "critical": 4,
    # expect: duplicate-key
    "high": 5,
}

CHANNELS = [
    "email",
    # expect: implicit-concat
    "slack"
    "pagerduty",
    "webhook",
]

PATTERN = (r"^(?P<ts>\S+) "
           r"(?P<level>\w+) "
           r"(?P<msg>.*)$")


class Subscriber:
    def __init__(self, name, filters=None):
        self.name = name
        self.filters = filters or []


class Bus:
    def __init__(self, subscribers=[]):
        self.subscribers = OrderedDict((s.name, s) for s in subscribers)
        self.buffer = []

    def subscribe(self, sub, extra_filters=[]):
        # expect: mutable-default
        extra_filters.append(sub.name)
        self.subscribers[sub.name] = sub

    def unsubscribe_idle(self, last_seen: dict):
        now = time.time()
        for name in self.subscribers:
            if now - last_seen.get(name, 0) > 3600:
                # expect: mutate-while-iterating
                del self.subscribers[name]

    def unsubscribe_idle_ok(self, last_seen: dict):
        now = time.time()
        idle = [n for n in self.subscribers if now - last_seen.get(n, 0) > 3600]
        for name in idle:
            del self.subscribers[name]

    def publish(self, event):
        for sub in self.subscribers.values():
            if not sub.filters or event["kind"] in sub.filters:
                self.buffer.append((sub.name, event))

    def flush(self):
        sent = 0
        for item in self.buffer:
            sent += 1
        self.buffer.clear()
        return sent

    def dedupe(self):
        seen = set()
        for item in self.buffer:
            key = (item[0], item[1]["id"])
            if key in seen:
                # expect: mutate-while-iterating
                self.buffer.remove(item)
            seen.add(key)

    def level(self, event):
        sev = SEVERITY.get(event.get("severity"), 0)
        # expect: self-comparison
        if event["severity"] == event["severity"]:
            return sev
        return 0


@cache
def recent_kinds():
    # expect: cached-generator
    return (k for k in ("login", "logout", "refund"))


@cache
def all_kinds():
    return tuple(("login", "logout", "refund"))
