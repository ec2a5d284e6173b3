from __future__ import annotations

from typing import Optional

import attr
import attrs


@attr.s(auto_attribs=False)
class Shipment:
    id = attr.ib()
    carrier = attr.ib(default="ups")
    # expect: mutable-default
    parcels = attr.ib(default=[])
    # expect: mutable-default
    metadata = attr.ib(default={})
    tracking = attr.ib(factory=list)
    notes = attr.ib(default=attr.Factory(dict))
    dims = attr.ib(default=(0, 0, 0))


@attrs.define
class Route:
    origin: str
    destination: str
    # expect: mutable-default
    stops: list[str] = attrs.field(default=[])
    tags: set[str] = attrs.field(factory=set)
    via: Optional[str] = None


@attrs.frozen
class Carrier:
    code: str
    name: str
    services: tuple[str, ...] = ()


# expect: mutable-default
def add_parcel(shipment: Shipment, weight: float, extra_labels: list = []) -> Shipment:
    extra_labels.append(f"{weight}kg")
    shipment.parcels.append({"weight": weight, "labels": extra_labels})
    return shipment


def add_stop(route: Route, stop: str, seen: Optional[set] = None) -> Route:
    seen = seen if seen is not None else set()
    if stop not in seen:
        route.stops.append(stop)
        seen.add(stop)
    return route


class Manifest:
    # expect: mutable-default
    def __init__(self, shipments=[], header=None):
        self.shipments = shipments
        self.header = header or {}

    # expect: mutable-default
    def summarize(self, totals={}):
        for s in self.shipments:
            totals[s.carrier] = totals.get(s.carrier, 0) + len(s.parcels)
        return totals

    def carriers(self, default=("ups", "dhl")):
        return sorted({s.carrier for s in self.shipments} or default)
