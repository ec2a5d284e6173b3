"""Cursor pagination: a decorator reads the cursor for the view."""
import functools

from rest_framework.exceptions import ParseError


class Cursor:
    def __init__(self, value, offset=0, is_prev=False):
        self.value = value
        self.offset = int(offset)
        self.is_prev = bool(is_prev)

    @classmethod
    def from_string(cls, cursor_str):
        bits = cursor_str.split(":")
        if len(bits) != 3:
            raise ValueError
        try:
            return cls(int(bits[0]), int(bits[1]), int(bits[2]))
        except (TypeError, ValueError):
            raise ValueError


def with_raw_cursor(view_func):
    """Older endpoints: hand the cursor string to the view as-is."""

    @functools.wraps(view_func)
    def wrapper(self, request, *args, **kwargs):
        kwargs["cursor"] = request.GET.get("cursor", "")
        kwargs["per_page"] = request.GET.get("per_page", "100")
        return view_func(self, request, *args, **kwargs)

    return wrapper


def with_parsed_cursor(view_func):
    @functools.wraps(view_func)
    def wrapper(self, request, *args, **kwargs):
        try:
            kwargs["cursor"] = Cursor.from_string(request.GET.get("cursor", "100:0:0"))
            kwargs["per_page"] = min(int(request.GET.get("per_page", 100)), 1000)
        except ValueError:
            raise ParseError("Invalid cursor parameter.")
        return view_func(self, request, *args, **kwargs)

    return wrapper
