"""Value objects shared by the scheduling service."""
from dataclasses import dataclass
from datetime import date, time


# expect: eq-without-hash
class Slot:
    def __init__(self, day: date, start: time, room: str):
        self.day = day
        self.start = start
        self.room = room

    def __eq__(self, other):
        if not isinstance(other, Slot):
            return NotImplemented
        return (self.day, self.start, self.room) == (other.day, other.start, other.room)

    def __repr__(self):
        return f"Slot({self.day}, {self.start}, {self.room!r})"


class Room:
    def __init__(self, code: str, seats: int):
        self.code = code
        self.seats = seats

    def __eq__(self, other):
        return isinstance(other, Room) and self.code == other.code

    def __hash__(self):
        return hash(self.code)


@dataclass(frozen=True)
class Teacher:
    staff_id: int
    name: str


# expect: eq-without-hash
class Course:
    def __init__(self, code: str, title: str):
        self.code = code
        self.title = title

    def __eq__(self, other):
        return isinstance(other, Course) and self.code == other.code


# expect: eq-without-hash
class Booking:
    def __init__(self, slot: Slot, course: Course):
        self.slot = slot
        self.course = course

    def __eq__(self, other):
        return self.slot == other.slot and self.course == other.course

    def __lt__(self, other):
        return (self.slot.day, self.slot.start) < (other.slot.day, other.slot.start)


def free_rooms(rooms, bookings):
    taken = {b.slot.room for b in bookings}
    return {r for r in rooms if r.code not in taken}
