"""Small utilities for hooks and templates."""

DEVICES = {"desktop": "desktop", "tablet": "tablet", "mobile": "mobile"}


def device_or_default(value, default="desktop"):
    return DEVICES.get((value or "").lower(), default)


def clamp(value, low, high):
    return max(low, min(high, value))
