# library: attrs (attr.s / attr.ib)
"""Shipment value objects."""
import attr


@attr.s
class Parcel:
    tracking = attr.ib()
    weight_g = attr.ib(default=0)
    # expect: mutable-default
    labels = attr.ib(default=[])
    dimensions = attr.ib(default=(0, 0, 0))


@attr.s(auto_attribs=True)
class Shipment:
    reference: str
    # expect: mutable-default
    parcels: list = attr.ib(default=[])
    events: list = attr.ib(factory=list)
    # expect: mutable-default
    customs: dict = attr.ib(default={})
    carrier: str = "dhl"

    def add(self, parcel):
        self.parcels.append(parcel)


@attr.s(slots=True)
class Route:
    origin = attr.ib()
    stops = attr.ib(default=attr.Factory(list))
    # expect: mutable-default
    avoid = attr.ib(default=set())
    zones = attr.ib(default=frozenset())
