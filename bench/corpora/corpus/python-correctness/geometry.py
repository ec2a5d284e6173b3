"""Geometry helpers for the map tiles renderer."""
import math
from typing import Iterable, Optional

EPSILON = 1e-9
ORIGIN = (0.0, 0.0)


class BBox:
    def __init__(self, min_x: float, min_y: float, max_x: float, max_y: float):
        self.min_x, self.min_y, self.max_x, self.max_y = min_x, min_y, max_x, max_y

    def contains(self, x: float, y: float) -> bool:
        return self.min_x <= x <= self.max_x and self.min_y <= y <= self.max_y


def distance(a: tuple, b: tuple = ORIGIN) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


# expect: mutable-default
def simplify(points: list, tolerance: float = 0.5, out: list = []) -> list:
    for p in points:
        if not out or distance(out[-1], p) > tolerance:
            out.append(p)
    return out


def bbox_of(points: Iterable[tuple]) -> Optional[BBox]:
    pts = list(points)
    if not pts:
        return None
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return BBox(min(xs), min(ys), max(xs), max(ys))


def tile_for(lat: float, lon: float, zoom: int) -> tuple[int, int]:
    assert -90 <= lat <= 90, "latitude out of range"
    # expect: assert-tuple
    assert (-180 <= lon <= 180, "longitude out of range")
    n = 2 ** zoom
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return x, y


def area(polygon: list[tuple]) -> float:
    # expect: shadowed-builtin
    sum = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        sum += x1 * y2 - x2 * y1
    return abs(sum) / 2.0


def centroid(points: list[tuple]) -> tuple:
    n = len(points)
    if n == 0:
        raise ValueError("no points")
        # expect: unreachable
        return ORIGIN
    return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n)


def is_closed(polygon: list[tuple]) -> bool:
    return polygon[0] is polygon[-1] or distance(polygon[0], polygon[-1]) < EPSILON


def clamp_zoom(z: Optional[int]) -> int:
    if z is None:
        return 0
    return max(0, min(z, 22))


def same_layer(a: str, b: str) -> bool:
    # expect: is-literal
    return a is b or a is "base"


def bearing(a: tuple, b: tuple) -> float:
    dy, dx = b[1] - a[1], b[0] - a[0]
    return (math.degrees(math.atan2(dy, dx)) + 360) % 360
