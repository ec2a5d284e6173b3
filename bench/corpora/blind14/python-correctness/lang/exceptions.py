# library: Python language (exception handling mistakes)
"""Parsing of sensor payloads."""
import json
import logging

log = logging.getLogger(__name__)


def parse_reading(raw):
    try:
        data = json.loads(raw)
        return float(data["value"])
    # expect: except-or
    except ValueError or KeyError:
        log.warning("bad reading: %r", raw)
        return None


def parse_reading_fixed(raw):
    try:
        data = json.loads(raw)
        return float(data["value"])
    except (ValueError, KeyError):
        log.warning("bad reading: %r", raw)
        return None


class Sensor:
    def calibrate(self):
        # expect: raise-not-implemented
        raise NotImplemented

    def reset(self):
        raise NotImplementedError("subclasses must implement reset()")

    def __eq__(self, other):
        if not isinstance(other, Sensor):
            return NotImplemented
        return id(self) == id(other)
