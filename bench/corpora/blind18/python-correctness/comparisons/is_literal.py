"""Order state machine."""
import logging

log = logging.getLogger(__name__)
_MISSING = object()
PAID = "paid"


class Order:
    def __init__(self, state, total, lines=None):
        self.state = state
        self.total = total
        self.lines = lines or []

    def can_ship(self):
        # expect: is-literal
        return self.state is "paid" and self.total > 0

    def is_empty(self):
        # expect: is-literal
        if self.total is 0:
            return True
        return not self.lines

    def not_cancelled(self):
        # expect: is-literal
        return self.state is not "cancelled"

    def has_no_lines(self):
        # expect: is-literal
        return self.lines is ()

    def is_paid(self):
        # safe: equality
        return self.state == PAID

    def lookup(self, mapping, key):
        value = mapping.get(key, _MISSING)
        # safe: identity against a sentinel
        if value is _MISSING:
            log.debug("missing %s", key)
            return None
        return value

    def flag(self, flagged):
        # safe: identity with True/False singletons
        return flagged is True
