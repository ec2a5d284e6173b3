"""Shapes and overlap checks for the floor planner."""
import math
from dataclasses import dataclass


@dataclass
class Span:
    start: float
    end: float


class Room:
    def __init__(self, width, depth, name):
        self.width = width
        self.depth = depth
        self.name = name

    def is_square(self):
        # expect: self-comparison
        return self.width == self.width

    def __eq__(self, other):
        return isinstance(other, Room) and self.name == other.name

    __hash__ = None


def is_empty(span):
    # expect: self-comparison
    return span.start == span.start


def changed_rooms(before, after):
    # expect: self-comparison
    return [r for r, s in zip(before, after) if r.name != r.name]


def same_floor(a, b):
    level_a = a.level
    level_b = b.level
    # expect: self-comparison
    if level_a == level_a:
        return True
    return level_a == level_b


def overlaps(a, b):
    return a.start < b.end and b.start < a.end


def area_is_valid(room):
    return not math.isnan(room.width * room.depth)


def test_room_identity():
    room = Room(3, 4, "hall")
    assert room == room
