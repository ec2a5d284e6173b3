"""The object of a method call the taint engine resolved (`self.media.path_for_checked(key)`: `self.media`, a
`LocalMediaStorage` its constructor made), for FileTaint: the method's summary says what the call gives back
(its source, the arguments it passes on); the instance itself, read as the method's object, is not handed
over. So where it is only the receiver the method was given (`self`, a helper's parameter), a handler of a
class whose methods the framework calls (Starlette's `Route(..., self.media_file)`) does not read what its
callers gave when it sends what such a method returned: a path it cleaned is judged clean."""

from __future__ import annotations


def held_object(g, text: str, start: int, end: int, helpers: list) -> bool:
    """Whether the read ``text`` at ``start``-``end`` is (a field of) the receiver read as the object of one of
    ``helpers`` (see TaintFlow._local_helpers: (call start, end, arguments, summary)), before its arguments."""
    if text.split(".", 1)[0] not in g.receivers:
        return False
    return any(arguments is not None and call_start <= start and end <= arguments.range().start.index
               for call_start, _, arguments, _ in helpers)
