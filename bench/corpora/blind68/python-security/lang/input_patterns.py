"""Validation patterns for the signup and import forms."""
import re
import re as regex

# expect: redos
EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$")
SKU_RE = re.compile(r"^[A-Z]{3}-\d{4,8}$")


def is_email(value):
    return EMAIL_RE.match(value) is not None


class CsvImportValidator:
    def __init__(self):
        # expect: redos
        self.tag_list = regex.compile(r"^(\w+\s?)*$")
        self.sku = SKU_RE

    def check_tags(self, text):
        return bool(self.tag_list.fullmatch(text))

    def check_sku(self, text):
        return bool(self.sku.match(text))


def find_a_runs(text):
    # expect: redos
    pattern = re.compile(r"(a|aa)+b")
    return pattern.findall(text)


def is_tenant_host(host):
    # expect: redos
    tenant_host = re.compile(r"^([a-z0-9]+-?)+\.shop\.example\.com$", re.IGNORECASE)
    return tenant_host.match(host) is not None


def normalise_spaces(text):
    spaces = re.compile(r"\s+")
    return spaces.sub(" ", text).strip()


def literal_search(needle, haystack):
    finder = re.compile(re.escape(needle), re.IGNORECASE)
    return finder.search(haystack) is not None
