"""Domain objects of the order service."""
import attr
import attrs


@attr.s(auto_attribs=True)
class Cart:
    owner: str
    # expect: mutable-default
    items: list = []


@attr.s(auto_attribs=True, slots=True, frozen=False)
class Customer:
    name: str
    # expect: mutable-default
    tags: set = set()
    # expect: mutable-default
    meta: dict = dict()


@attr.define
class Shipment:
    order_id: str
    # expect: mutable-default
    parcels: list = []


@attr.s(auto_attribs=True)
class Invoice:
    number: str
    lines: list = attr.ib(factory=list)
    extra: dict = attr.Factory(dict)


@attrs.define
class Refund:
    order_id: str
    reasons: tuple = ()
    notes: list = attrs.field(factory=list)

    def add_note(self, text):
        notes = []
        notes.append(text)
        self.notes.extend(notes)
