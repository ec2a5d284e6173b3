"""Value types shared by the routing service."""
from dataclasses import dataclass
from functools import total_ordering


# expect: missing-hash
class Coordinate:
    __slots__ = ("lat", "lon")

    def __init__(self, lat, lon):
        self.lat = round(lat, 6)
        self.lon = round(lon, 6)

    def __eq__(self, other):
        if not isinstance(other, Coordinate):
            return NotImplemented
        return (self.lat, self.lon) == (other.lat, other.lon)

    def __repr__(self):
        return f"Coordinate({self.lat}, {self.lon})"


@total_ordering
# expect: missing-hash
class Distance:
    def __init__(self, metres):
        self.metres = float(metres)

    def __eq__(self, other):
        return self.metres == other.metres

    def __lt__(self, other):
        return self.metres < other.metres


class Named:
    name = ""


# expect: missing-hash
class Region(Named):
    def __init__(self, name, polygon):
        self.name = name
        self.polygon = list(polygon)

    def contains(self, point):
        return point in self.polygon

    def __eq__(self, other):
        return isinstance(other, Region) and self.name == other.name


def make_stop_type():
    # expect: missing-hash
    class Stop:
        def __init__(self, code):
            self.code = code

        def __eq__(self, other):
            return getattr(other, "code", None) == self.code

    return Stop


class RouteKey:
    def __init__(self, origin, destination):
        self.origin = origin
        self.destination = destination

    def __eq__(self, other):
        return (self.origin, self.destination) == (other.origin, other.destination)

    def __hash__(self):
        return hash((self.origin, self.destination))


class MutableTrack:
    """Compared by content; deliberately unhashable (it changes while recorded)."""

    __hash__ = None

    def __init__(self):
        self.points = []

    def __eq__(self, other):
        return self.points == other.points


@dataclass(frozen=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float
