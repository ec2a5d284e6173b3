"""Validation of sign-up form fields (runs on every public sign-up request)."""
import re
from dataclasses import dataclass

USERNAME_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")
POSTCODE_RE = re.compile(r"^\d{4,5}$")
# expect: redos
COMPANY_RE = re.compile(r"^([A-Za-z0-9]+\s?)+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
# expect: redos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass
class SignupForm:
    username: str
    email: str
    company: str
    phone: str
    postcode: str


def validate(form: SignupForm) -> dict:
    errors = {}
    if not USERNAME_RE.match(form.username):
        errors["username"] = "Use lower-case letters, digits and dashes."
    if len(form.email) > 254 or not EMAIL_RE.match(form.email):
        errors["email"] = "Enter a valid e-mail address."
    if form.company and not COMPANY_RE.fullmatch(form.company):
        errors["company"] = "Company names may only contain letters, digits and spaces."
    if form.phone and not PHONE_RE.match(form.phone):
        errors["phone"] = "Enter a phone number."
    if form.postcode and not POSTCODE_RE.match(form.postcode):
        errors["postcode"] = "Enter a postcode."
    return errors


def company_slug(company: str) -> str:
    return SLUG_RE.sub("-", company.lower()).strip("-")[:50]
