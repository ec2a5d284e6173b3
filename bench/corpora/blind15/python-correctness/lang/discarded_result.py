# library: python str / datetime (methods that return a new value)
from datetime import datetime, timezone


def normalise_username(raw: str) -> str:
    name = raw
    # expect: discarded-result
    name.strip()
    return name.lower()


def clean_phone(phone: str) -> str:
    # expect: discarded-result
    phone.replace(" ", "")
    return phone


def stamp(dt: datetime) -> datetime:
    # expect: discarded-result
    dt.replace(tzinfo=timezone.utc)
    return dt


def normalise_ok(raw: str) -> str:
    name = raw.strip()
    return name.lower()


def tags(raw: str) -> list:
    items = [t.strip() for t in raw.split(",")]
    items.sort()
    return items
