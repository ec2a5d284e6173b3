# library: builtins (identity comparison with literals)
"""Status checks in the order pipeline."""

_MISSING = object()


def is_shipped(order):
    # expect: is-literal
    return order.status is "shipped"


def is_shipped_safe(order):
    return order.status == "shipped"


def is_empty_code(code):
    # expect: is-literal
    if code is not "":
        return False
    return True


def has_value(value=_MISSING):
    return value is not _MISSING


def retry_count_zero(order):
    # expect: is-literal
    return order.retries is 0


def is_unset(order):
    return order.cancelled_at is None
