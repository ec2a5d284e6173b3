"""Small geometry helpers for the floor-plan editor."""

from __future__ import annotations

import math
from dataclasses import dataclass


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        # expect: self-comparison
        return self.x == other.x and self.y == self.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def distance(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


class Polygon:
    def __init__(self, points: list[Point]):
        if len(points) < 3:
            raise ValueError("a polygon needs at least three points")
        self.points = points
        # expect: return-in-init
        return self

    def area(self) -> float:
        s = 0.0
        for a, b in zip(self.points, self.points[1:] + self.points[:1]):
            s += a.x * b.y - b.x * a.y
        return abs(s) / 2

    def simplify(self, tolerance: float) -> None:
        for i, p in enumerate(self.points):
            if i and p.distance(self.points[i - 1]) < tolerance:
                # expect: mutate-while-iterating
                del self.points[i]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def contains(self, p: Point) -> bool:
        return self.x <= p.x <= self.x + self.w and self.y <= p.y <= self.y + self.h

    def is_degenerate(self) -> bool:
        return self.w == 0 or self.h == 0
