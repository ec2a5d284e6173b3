"""In-memory event bus used in tests and the CLI."""
from dataclasses import dataclass, field


class EventBus:
    def __init__(self, handlers={}):
        self.handlers = handlers

    def subscribe(self, topic, fn):
        # expect: mutable-default
        self.handlers.setdefault(topic, []).append(fn)

    def publish(self, topic, payload, history=[]):
        # expect: mutable-default
        history.append((topic, payload))
        for fn in self.handlers.get(topic, ()):
            fn(payload)
        return len(history)

    @classmethod
    def with_topics(cls, topics, registry=dict()):
        for t in topics:
            # expect: mutable-default
            registry[t] = []
        return cls(registry)

    @staticmethod
    def describe(topic, tags=frozenset()):
        # safe: frozenset default
        return f"{topic} [{', '.join(sorted(tags))}]"


@dataclass
class Subscription:
    topic: str
    # safe: default_factory
    filters: list = field(default_factory=list)

    def add_filter(self, f):
        self.filters.append(f)


class Recorder:
    def __init__(self, events=None):
        # safe: None default
        self.events = list(events or [])

    def record(self, event, meta={}):
        # safe: default only read
        self.events.append({**meta, "event": event})
        return self.events[-1]
