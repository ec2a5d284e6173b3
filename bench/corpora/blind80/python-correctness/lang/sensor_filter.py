"""Clean raw sensor readings before they go into the time-series store."""
import math
from dataclasses import dataclass


@dataclass
class Reading:
    sensor_id: str
    value: float
    unit: str


def drop_nans(readings):
    kept = []
    for r in readings:
        # expect: useless-comparison
        if r.value != r.value:
            continue
        kept.append(r)
    return kept


def is_valid(reading, previous):
    # expect: useless-comparison
    if reading.unit == reading.unit and reading.value < 1e6:
        return True
    return previous is not None and reading.unit == previous.unit


def same_sensor(a, b):
    return a.sensor_id == b.sensor_id


def dedupe(readings):
    out = []
    for r in readings:
        if out and out[-1].sensor_id == r.sensor_id:
            # expect: useless-comparison
            if out[-1].value == out[-1].value:
                out[-1] = r
                continue
        out.append(r)
    return out


def missing(values):
    # expect: useless-comparison
    return [i for i, v in enumerate(values) if not v == v]


def finite_only(values):
    return [v for v in values if not math.isnan(v) and not math.isinf(v)]


class Calibration:
    def __init__(self, offset):
        self.offset = offset

    def __eq__(self, other):
        return isinstance(other, Calibration) and self.offset == other.offset


def test_calibration_reflexive():
    c = Calibration(0.5)
    assert c == c
