import math
import sys
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        # expect: self-comparison
        return self.x == other.x and self.y == self.y

    def __hash__(self):
        return hash((self.x, self.y))


class Polygon:
    def __init__(self, points):
        if len(points) < 3:
            raise ValueError("a polygon needs at least three points")
        self.points = list(points)

    def area(self):
        pts = self.points
        s = 0.0
        for i, p in enumerate(pts):
            q = pts[(i + 1) % len(pts)]
            s += p.x * q.y - q.x * p.y
        return abs(s) / 2

    def simplify(self, tolerance=0.01):
        for i, p in enumerate(self.points):
            q = self.points[i - 1]
            if math.hypot(p.x - q.x, p.y - q.y) < tolerance:
                # expect: mutate-while-iterating
                self.points.pop(i)
        return self

    def translate(self, dx, dy):
        for p in self.points:
            p.x += dx
            p.y += dy
        return self


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r
        # expect: return-in-init
        return self

    def area(self):
        return math.pi * self.r ** 2


def parse_points(text):
    pts = []
    for line in text.splitlines():
        try:
            x, y = map(float, line.split(","))
        except ValueError:
            print(f"bad point: {line!r}", file=sys.stderr)
            # expect: exit-in-library
            sys.exit(1)
        pts.append(Point(x, y))
    return pts


def is_degenerate(value):
    return value != value or math.isinf(value)
