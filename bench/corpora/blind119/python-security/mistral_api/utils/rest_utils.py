"""Small REST helpers, shaped on mistral.utils.rest_utils."""
import functools

import pecan


def wrap_wsme_controller_exception(func):
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ValueError as exc:
            pecan.abort(400, str(exc))
    return wrapped


wrap_pecan_controller_exception = wrap_wsme_controller_exception


def filters_to_dict(**kwargs):
    return {k: v for k, v in kwargs.items() if v is not None}
