# library: re (catastrophic backtracking on request data)
import re

# expect: redos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
# expect: redos
TAG_LIST_RE = re.compile(r"^(\w+\s?)*$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")


def valid_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value))


def valid_tags(value: str) -> bool:
    return bool(TAG_LIST_RE.match(value))


def valid_slug(value: str) -> bool:
    return len(value) <= 80 and bool(SLUG_RE.match(value))


def valid_zip(value: str) -> bool:
    return bool(ZIP_RE.fullmatch(value))
