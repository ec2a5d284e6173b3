"""Validators for the signup and import forms (strings come from users)."""
import re

# expect: redos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$")
# expect: redos
TAG_LIST_RE = re.compile(r"^(\w+\s?)*$")
# expect: redos
SKU_RE = re.compile(r"^([A-Z0-9]+-?)+$", re.IGNORECASE)
USERNAME_RE = re.compile(r"^[a-z0-9_-]{3,32}$")
POSTCODE_RE = re.compile(r"^\d{5}(-\d{4})?$")


def valid_email(value: str) -> bool:
    return EMAIL_RE.match(value) is not None


def parse_tags(value: str) -> list:
    if not TAG_LIST_RE.fullmatch(value):
        raise ValueError("tags must be words separated by spaces")
    return value.split()


def valid_sku(value: str) -> bool:
    return bool(SKU_RE.search(value))


def valid_username(value: str) -> bool:
    return bool(USERNAME_RE.match(value))


def valid_postcode(value: str) -> bool:
    return POSTCODE_RE.fullmatch(value) is not None
