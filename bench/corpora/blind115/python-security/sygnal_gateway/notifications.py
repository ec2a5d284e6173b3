from dataclasses import dataclass, field
from typing import List


@dataclass
class Device:
    app_id: str
    pushkey: str
    data: dict = field(default_factory=dict)


@dataclass
class Notification:
    event_id: str
    room_id: str
    sender: str
    devices: List[Device]
    counts: dict


def parse_notification(body):
    raw = body["notification"]
    devices = [Device(d["app_id"], d["pushkey"], d.get("data") or {}) for d in raw.get("devices", [])]
    return Notification(
        event_id=raw.get("event_id", ""),
        room_id=raw.get("room_id", ""),
        sender=raw.get("sender", ""),
        devices=devices,
        counts=raw.get("counts", {}),
    )
