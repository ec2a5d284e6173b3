SHIPPED = "shipped"
_MISSING = object()


def label(order):
    # expect: is-literal
    if order.status is "shipped":
        return "On its way"
    if order.status == SHIPPED:
        return "On its way"
    return "Processing"


def retry_allowed(attempt):
    # expect: is-literal
    return attempt is not 3


def lookup(cache, key):
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        return None
    return value


def is_enabled(flag):
    return flag is True or flag is None
