"""Form validation for the dashboard's settings page."""

from __future__ import annotations

import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
FIELDS = ["email", "display_name", "timezone", "digest"]
DIGESTS = ("daily", "weekly", "never")


class ValidationError(Exception):
    pass


def clean(form: dict) -> dict:
    errors = {}
    data = {}
    for name in FIELDS:
        value = (form.get(name) or "").strip()
        if name == "email" and not EMAIL.match(value):
            errors[name] = "invalid e-mail"
        elif name == "digest" and value not in DIGESTS:
            errors[name] = "choose daily, weekly or never"
        else:
            data[name] = value
    if errors:
        raise ValidationError(errors)
    return data


def changed_fields(old: dict, new: dict) -> list[str]:
    out = []
    for name in FIELDS:
        # expect: self-comparison
        if old.get(name) != old.get(name):
            out.append(name)
    return out


def strip_all(form: dict) -> dict:
    for key, value in form.items():
        if isinstance(value, str):
            form[key] = value.strip()
    return form


def empty_keys(form: dict) -> list[str]:
    for key in form:
        if not form[key]:
            # expect: mutate-while-iterating
            del form[key]
    return list(form)
