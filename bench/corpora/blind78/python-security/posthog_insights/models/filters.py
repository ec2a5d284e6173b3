"""Filter: the insight parameters, parsed once from the request's query string."""
import json
from dataclasses import dataclass, field
from typing import Any

INTERVALS = ("hour", "day", "week", "month")


@dataclass
class Filter:
    events: list[dict] = field(default_factory=list)
    date_from: str = "-7d"
    date_to: str | None = None
    interval: str = "day"
    breakdown: str | None = None
    breakdown_type: str = "event"
    search: str = ""
    limit: int = 100

    @classmethod
    def from_request(cls, data: dict[str, Any]) -> "Filter":
        events = data.get("events") or "[]"
        if isinstance(events, str):
            events = json.loads(events)
        interval = data.get("interval", "day")
        if interval not in INTERVALS:
            interval = "day"
        try:
            limit = int(data.get("limit", 100))
        except ValueError:
            limit = 100
        return cls(
            events=events,
            date_from=data.get("date_from") or "-7d",
            date_to=data.get("date_to"),
            interval=interval,
            breakdown=data.get("breakdown"),
            breakdown_type=data.get("breakdown_type", "event"),
            search=data.get("search", ""),
            limit=min(limit, 10000),
        )

    def to_dict(self) -> dict:
        return {
            "events": self.events,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "interval": self.interval,
            "breakdown": self.breakdown,
            "breakdown_type": self.breakdown_type,
            "search": self.search,
            "limit": self.limit,
        }
