"""Input validators shared by the signup and import endpoints."""
import re

USERNAME_RE = re.compile(r"^[a-z0-9_]{3,32}$")
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+)*@example\.com$")
PATH_RE = re.compile(r"^(/[a-z]+)+/?$")
TAG_RE = re.compile(r"^(\w+\s?)+$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def valid_username(value):
    return bool(USERNAME_RE.match(value))


def valid_company_email(value):
    # expect: redos
    return EMAIL_RE.match(value) is not None


def valid_path(value):
    # expect: redos
    return bool(PATH_RE.fullmatch(value))


def split_tags(raw):
    # expect: redos
    if not TAG_RE.match(raw):
        raise ValueError("bad tag list")
    return raw.split()


def valid_slug(value):
    return SLUG_RE.match(value) is not None


def strip_markup(value):
    return re.sub(r"<[^>]*>", "", value)
