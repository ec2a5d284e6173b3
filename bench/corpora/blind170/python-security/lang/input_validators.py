"""Validators for the sign-up and profile forms (values typed by visitors)."""
import re

USERNAME = re.compile(r"^[a-z0-9_]{3,30}$")
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
# nested quantifier: a long run of word characters followed by "!" backtracks exponentially
# expect: redos
EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
# expect: redos
DISPLAY_NAME = re.compile(r"^(\w+\s?)*$")
PHONE = re.compile(r"^\+?[0-9 ]{6,20}$")


def valid_username(value: str) -> bool:
    return bool(USERNAME.match(value))


def valid_email(value: str) -> bool:
    return len(value) <= 254 and bool(EMAIL.match(value))


def valid_display_name(value: str) -> bool:
    return bool(DISPLAY_NAME.match(value))


def valid_postcode(value: str) -> bool:
    return bool(POSTCODE.match(value.upper().strip()))


def valid_color(value: str) -> bool:
    return bool(HEX_COLOR.match(value))


def valid_phone(value: str) -> bool:
    return bool(PHONE.match(value))


def normalise_whitespace(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def validate_profile(form: dict) -> dict:
    errors = {}
    if not valid_display_name(form.get("display_name", "")):
        errors["display_name"] = "Use letters, digits and single spaces."
    if not valid_email(form.get("email", "")):
        errors["email"] = "Enter a valid e-mail address."
    if form.get("phone") and not valid_phone(form["phone"]):
        errors["phone"] = "Enter a valid phone number."
    return errors
