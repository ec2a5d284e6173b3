"""A small event bus in the manner of couchpotato.core.event: addEvent/fireEvent."""
_handlers = {}


def addEvent(name, handler):
    _handlers.setdefault(name, []).append(handler)


def fireEvent(name, *args, **kwargs):
    single = kwargs.pop("single", False)
    results = [h(*args, **kwargs) for h in _handlers.get(name, [])]
    if single:
        return results[0] if results else None
    return results
