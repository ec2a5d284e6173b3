"""Validators for the signup and import forms."""
import re

# expect: redos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@[a-zA-Z0-9-]+\.[a-zA-Z0-9-.]+$")


def is_email(value: str) -> bool:
    return EMAIL_RE.match(value) is not None


class SlugField:
    # expect: redos
    pattern = re.compile(r"^(\w+-?)*$")

    def clean(self, value):
        if not self.pattern.fullmatch(value):
            raise ValueError("invalid slug")
        return value


def is_version(text):
    # expect: redos
    return re.match(r"^(\d+|\d+\.)*$", text) is not None


def find_quoted(line):
    # expect: redos
    quoted = re.compile('"(.*\\s*)*"', re.DOTALL)
    return quoted.findall(line)


SAFE_EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
PHONE_RE = re.compile(r"^\+?\d{6,15}$")


def is_phone(value: str) -> bool:
    return PHONE_RE.match(value) is not None


def mentions(term, text):
    return re.search(re.escape(term), text, re.IGNORECASE) is not None
