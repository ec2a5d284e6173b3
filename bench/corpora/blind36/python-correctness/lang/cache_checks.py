"""Cache lookups for the pricing service."""
MISSING = object()


def cached_price(cache, sku):
    value = cache.get(sku)
    # expect: is-not-precedence
    if value is (not None):
        return value
    return None


class LinkedQueue:
    def __init__(self):
        self.head = None

    def __len__(self):
        n, node = 0, self.head
        # expect: is-not-precedence
        while node is (not None):
            n += 1
            node = node.next
        return n


def enabled(flags):
    # expect: is-not-precedence
    return [name for name, on in flags.items() if on is (not False)]


def present(mapping, key):
    # expect: is-not-precedence
    check = lambda v: v is (not MISSING)
    return check(mapping.get(key, MISSING))


def cached_price_fixed(cache, sku):
    value = cache.get(sku)
    if value is not None:
        return value
    return None


def is_empty(queue):
    return (not queue.head) is True
