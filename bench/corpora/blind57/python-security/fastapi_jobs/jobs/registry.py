"""A name -> callable registry; actions register themselves at import time."""
from typing import Callable, Dict

_ACTIONS: Dict[str, Callable[[str], object]] = {}


def action(name: str):
    def decorator(func):
        _ACTIONS[name] = func
        return func

    return decorator


def dispatch(name: str, argument: str):
    handler = _ACTIONS.get(name)
    if handler is None:
        raise KeyError(name)
    return handler(argument)


def known_actions():
    return sorted(_ACTIONS)
