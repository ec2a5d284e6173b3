"""Per-thread reader settings filled in by ReaderContextMiddleware."""
import threading

_state = threading.local()


def set_reader(locale, region):
    _state.locale = locale
    _state.region = region


def get_locale(default="en"):
    return getattr(_state, "locale", default)


def get_region(default="eu"):
    return getattr(_state, "region", default)


def clear():
    for attr in ("locale", "region"):
        if hasattr(_state, attr):
            delattr(_state, attr)
