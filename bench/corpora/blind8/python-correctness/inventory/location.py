# library: standard library (dataclasses)
"""Warehouse location model and helpers."""
from dataclasses import dataclass, field


@dataclass
class Bin:
    code: str
    skus: list = field(default_factory=list)
    capacity: int = 100


class Location:
    def __init__(self, code, bins=None, labels=()):
        self.code = code
        self.bins = bins if bins is not None else []
        self.labels = tuple(labels)

    def add_bin(self, code, skus=[]):
        b = Bin(code, list(skus))
        self.bins.append(b)
        return b

    def tag(self, label, history=[]):
        # expect: mutable-default
        history.append(label)
        self.labels = tuple(history)


def find(locations, code):
    for loc in locations:
        if loc.code == code:
            return loc
    return None
    # expect: unreachable
    log_missing(code)


def log_missing(code):
    print("missing location", code)


def capacity_left(loc):
    # expect: shadowed-builtin
    sum = 0
    for b in loc.bins:
        sum += b.capacity - len(b.skus)
    return sum


def list_codes(locations, type=None):
    return [l.code for l in locations if type is None or l.kind == type]
