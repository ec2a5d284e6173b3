"""Stand-in for plinth.actions: privileged functions run as root by the action runner."""
import functools


def privileged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.privileged = True
    return wrapper
