"""Filters applied to incoming sensor readings."""
import math
from dataclasses import dataclass


@dataclass
class Window:
    start: float
    end: float

    def overlaps(self, other):
        # expect: self-comparison
        if self.start == self.start and self.end >= other.start:
            return True
        return other.start <= self.end


def changed(previous, current):
    # expect: self-comparison
    return [key for key in current if current[key] != current[key]]


def dedupe(readings):
    seen = []
    for r in readings:
        # expect: self-comparison
        if not any(s.sensor_id == s.sensor_id and s.ts == r.ts for s in seen):
            seen.append(r)
    return seen


def same_unit(a, b):
    # expect: self-comparison
    return a.unit.lower() == a.unit.lower()


def drop_nan(values):
    return [v for v in values if not math.isnan(v)]


def unchanged(previous, current):
    return [key for key in current if previous.get(key) == current[key]]
