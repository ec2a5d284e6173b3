"""Validators for the sign-up form and the import API."""
import re

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SKU_RE = re.compile(r"^[A-Z]{3}-\d{4,8}$")


def valid_email(value):
    # expect: redos
    email_re = re.compile(r"^([a-zA-Z0-9]+)*@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
    return email_re.match(value) is not None


def valid_tags(value):
    # expect: redos
    tags = re.compile(r"^(\w+\s?)*$")
    return bool(tags.fullmatch(value))


class CsvRowValidator:
    def __init__(self):
        # expect: redos
        self.number_list = re.compile("^(\\d+,?)+$")

    def check(self, cell):
        return self.number_list.search(cell) is not None


def strip_comment_runs(text):
    # expect: redos
    comments = re.compile(r"(/\*(.|\s)*\*/)+", re.MULTILINE)
    return comments.sub("", text)


def valid_date(value):
    return DATE_RE.match(value) is not None


def valid_sku(value):
    return SKU_RE.fullmatch(value) is not None


def find_literal(needle, haystack):
    pattern = re.compile(re.escape(needle))
    return pattern.findall(haystack)
