"""Helpers that attach tags and recipients to outgoing notifications."""
from typing import Iterable, Optional


# expect: mutable-default
def add_tag(tag: str, tags=[]):
    tags.append(tag.lower())
    return tags


def add_tag_fresh(tag: str, tags: Optional[list] = None) -> list:
    if tags is None:
        tags = []
    tags.append(tag.lower())
    return tags


# expect: mutable-default
def with_defaults(recipients: Iterable[str], cc=[]):
    cc.extend(r for r in recipients if r.endswith("@example.com"))
    return cc


def with_defaults_copied(recipients: Iterable[str], cc=[]):
    cc = list(cc)
    cc.extend(r for r in recipients if r.endswith("@example.com"))
    return cc


def has_tag(tag: str, tags=[]) -> bool:
    return tag.lower() in tags


# expect: mutable-default
def prioritise(channel: str, order=[]):
    if channel not in order:
        order.insert(0, channel)
    return order


def prioritise_tuple(channel: str, order: tuple = ("email", "sms")) -> tuple:
    return (channel,) + tuple(c for c in order if c != channel)


def build_notification(subject: str, tags: Optional[list] = None) -> dict:
    return {"subject": subject, "tags": sorted(set(tags or []))}
