# library: attrs
"""Billing domain objects."""
import attr
import attrs


@attr.s
class LineItem:
    sku = attr.ib()
    qty = attr.ib(default=1)
    unit_price = attr.ib(default=0)


@attr.s
class Invoice:
    number = attr.ib()
    # expect: mutable-default
    items = attr.ib(default=[])
    # expect: mutable-default
    metadata = attr.ib(default={})
    notes = attr.ib(factory=list)
    tags = attr.ib(default=attr.Factory(set))
    currency = attr.ib(default="EUR")

    def add(self, item: LineItem) -> None:
        self.items.append(item)

    def total(self) -> int:
        return sum(i.qty * i.unit_price for i in self.items)


@attrs.define
class CreditNote:
    invoice_number: str
    # expect: mutable-default
    reasons: list = attrs.field(default=[])
    lines: list = attrs.field(factory=list)
    flags: tuple = ()


@attrs.frozen
class TaxRule:
    region: str
    rate: float = 0.0
    exemptions: frozenset = frozenset()
