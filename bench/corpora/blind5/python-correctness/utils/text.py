import re
from decimal import ROUND_HALF_UP, Decimal

ALLOWED_SCHEMES = [
    "http",
    "https",
    # expect: implicit-string-concat
    "ftp"
    "sftp",
]

HEADERS = ("id", "name", "email")


def normalize(s: str) -> str:
    s = s.strip()
    # expect: result-discarded
    s.replace("\u00a0", " ")
    return s.lower()


def normalize_ok(s: str) -> str:
    return s.strip().replace("\u00a0", " ").lower()


def host_of(url: str) -> str:
    # expect: strip-with-multichar
    return url.lstrip("https://").split("/")[0]


def host_of_ok(url: str) -> str:
    return url.removeprefix("https://").split("/")[0]


def collapse(text: str) -> str:
    # expect: regex-flag-as-count
    return re.sub(r"\s+", " ", text, re.IGNORECASE)


def collapse_ok(text: str) -> str:
    return re.sub(r"\s+", " ", text, flags=re.IGNORECASE)


def money(value: str) -> Decimal:
    d = Decimal(value)
    # expect: result-discarded
    d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return d


def is_empty(value):
    # expect: is-literal-comparison
    return value is ""


def is_missing(value):
    return value is None


def greeting(name: str) -> str:
    # expect: missing-fstring-prefix
    return "Hello {name}, welcome back"


def template(name: str) -> str:
    return "Hello {name}".format(name=name)


def sort_names(names):
    # expect: sort-returns-none
    names = names.sort()
    return names


def has_items(xs):
    # expect: useless-comparison
    return len(xs) >= 0


def describe(count, unit):
    # expect: format-arg-mismatch
    return "%d %s of %s" % (count, unit)
