# library: python (mutable class attributes shared by all instances)
from dataclasses import dataclass, field


class Cart:
    # expect: shared-class-attribute
    items = []
    currency = "EUR"

    def add(self, sku):
        self.items.append(sku)


class EventBus:
    # expect: shared-class-attribute
    listeners = {}
    MAX_LISTENERS = 50

    def on(self, name, fn):
        self.listeners.setdefault(name, []).append(fn)


class Basket:
    SUPPORTED = ("EUR", "USD")

    def __init__(self):
        self.items = []

    def add(self, sku):
        self.items.append(sku)


@dataclass
class Order:
    lines: list = field(default_factory=list)
