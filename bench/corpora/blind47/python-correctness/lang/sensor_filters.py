"""Filters for the sensor readings pipeline."""
import math
from dataclasses import dataclass


@dataclass
class Window:
    start: float
    end: float


def drop_missing(readings):
    # expect: useless-comparison
    return [r for r in readings if r == r]


def is_missing(value):
    # expect: useless-comparison
    if value != value:
        return True
    return value is None


def overlaps(a, b):
    # expect: useless-comparison
    return a.start == a.start and a.end > b.start


class Calibrator:
    def __init__(self, offset, threshold):
        self.offset = offset
        self.threshold = threshold

    def changed(self, other):
        # expect: useless-comparison
        return self.threshold != self.threshold or self.offset != other.offset

    def apply(self, value):
        return value + self.offset


class Reading:
    def __init__(self, sensor_id, value):
        self.sensor_id = sensor_id
        self.value = value

    def __eq__(self, other):
        return self.sensor_id == other.sensor_id and self.value == other.value


def drop_nan(readings):
    return [r for r in readings if not math.isnan(r)]


def same_window(a, b):
    return a.start == b.start and a.end == b.end
