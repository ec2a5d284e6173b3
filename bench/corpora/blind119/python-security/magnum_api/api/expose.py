"""Wrapper around pecan.expose kept in magnum.api.expose."""
import pecan


def expose(template="json", status_code=None, **kwargs):
    def decorate(func):
        exposed = pecan.expose(template, **kwargs)(func)
        exposed.status_code = status_code
        return exposed
    return decorate
