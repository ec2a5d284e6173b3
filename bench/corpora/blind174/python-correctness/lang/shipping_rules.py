"""Chooses carrier and service level for outgoing parcels."""
from dataclasses import dataclass

HEAVY_KG = 20
EU = {"AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE"}


@dataclass
class Parcel:
    country: str
    weight_kg: float
    express: bool
    fragile: bool = False


def carrier_for(parcel: Parcel) -> str:
    if parcel.weight_kg > HEAVY_KG:
        return "freight"
    # expect: duplicate-branch
    if parcel.country in EU:
        return "dhl"
    elif parcel.country in EU:
        return "ups"
    return "fedex"


def service_level(parcel: Parcel) -> str:
    if parcel.express:
        level = "next-day"
    elif parcel.weight_kg > HEAVY_KG:
        level = "economy"
    else:
        level = "standard"
    return level


def packaging(parcel: Parcel) -> str:
    # expect: duplicate-branch
    if parcel.fragile:
        box = "double-wall"
    else:
        box = "double-wall"
    return box


def insurance(parcel: Parcel, value: float) -> float:
    if parcel.fragile:
        rate = 0.02
    else:
        rate = 0.01
    return round(value * rate, 2)


def label_country(parcel: Parcel) -> str:
    if parcel.country == "GB":
        return "UK"
    elif parcel.country == "GR":
        return "EL"
    return parcel.country
