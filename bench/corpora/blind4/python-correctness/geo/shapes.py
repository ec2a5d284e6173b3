"""Delivery zones as polygons; point-in-zone checks for the dispatcher."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Sequence

Point = tuple[float, float]


@dataclass(frozen=True)
class Zone:
    name: str
    vertices: tuple[Point, ...]
    surcharge: float = 0.0

    def contains(self, p: Point) -> bool:
        x, y = p
        inside = False
        n = len(self.vertices)
        j = n - 1
        for i in range(n):
            xi, yi = self.vertices[i]
            xj, yj = self.vertices[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
        return inside

    def area(self) -> float:
        pts = self.vertices
        return abs(sum(pts[i][0] * pts[i - 1][1] - pts[i - 1][0] * pts[i][1] for i in range(len(pts)))) / 2


@dataclass
class ZoneIndex:
    zones: list[Zone] = field(default_factory=list)

    def add(self, zone: Zone) -> None:
        self.zones.append(zone)

    def find(self, p: Point) -> Zone | None:
        return next((z for z in self.zones if z.contains(p)), None)

    def remove_empty(self) -> None:
        for zone in self.zones:
            if zone.area() == 0:
                # expect: mutate-while-iterating
                self.zones.remove(zone)

    def merge_names(self, names: Iterable[str]) -> set[str]:
        wanted = set(names)
        for zone in self.zones:
            wanted.discard(zone.name)
        return wanted


def haversine(a: Point, b: Point) -> float:
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def nearest(origin: Point, candidates: Sequence[Point]) -> Point | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: haversine(origin, c))


def bounding_box(points: Sequence[Point]) -> tuple[Point, Point]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    # expect: self-comparison
    if min(xs) == min(xs) and max(ys) < min(ys):
        raise ValueError("empty box")
    return (min(xs), min(ys)), (max(xs), max(ys))


def dedupe_points(points: list[Point], seen: set[Point] = frozenset()) -> list[Point]:
    """``seen`` is only read (a frozenset default)."""
    return [p for p in points if p not in seen]


def visit(points: set[Point], start: Point) -> list[Point]:
    order = [start]
    points.discard(start)
    for p in points:
        if haversine(order[-1], p) < 0.05:
            # expect: mutate-while-iterating
            points.remove(p)
            order.append(p)
    return order
