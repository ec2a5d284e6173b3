# library: Python language (self-comparison)
"""Model equality helpers for the sync job."""
import math


class Record:
    def __init__(self, key, version, payload):
        self.key = key
        self.version = version
        self.payload = payload

    def __eq__(self, other):
        if not isinstance(other, Record):
            return NotImplemented
        # expect: self-comparison
        return self.key == self.key and self.version == other.version


def changed(old, new):
    # expect: self-comparison
    return old.payload != old.payload


def same_version(a, b):
    return a.version == b.version


def is_nan(value):
    return value != value


def is_missing(value):
    return isinstance(value, float) and math.isnan(value)
