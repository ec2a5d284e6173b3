"""Default settings and lookup tables for the billing worker."""
import logging

DEFAULTS = {
    "currency": "EUR",
    "retry_limit": 5,
    "timeout": 30,
    "invoice_prefix": "INV",
    # expect: duplicate-key
    "retry_limit": 3,
}

# expect: duplicate-key
STATUS_LABELS = {"draft": "Draft", "open": "Open", "paid": "Paid", "void": "Void", "open": "Outstanding"}

LOG_LEVELS = dict([
    ("worker", logging.INFO),
    ("http", logging.WARNING),
    # expect: duplicate-key
    ("worker", logging.DEBUG),
])

WEEKEND = set([("sat", 6), ("sun", 7), ("sat", 0)])

TAX_RATES = {"DE": 0.19, "FR": 0.20, "NL": 0.21, "AT": 0.20}


def gateway_options(api_key, sandbox=False):
    return {
        "api_key": api_key,
        "endpoint": "https://sandbox.pay.example" if sandbox else "https://pay.example",
        "timeout": DEFAULTS["timeout"],
        # expect: duplicate-key
        "api_key": api_key.strip(),
    }


def merged(overrides):
    return {**DEFAULTS, "timeout": 60, **overrides}


def headers(token):
    base = {"Accept": "application/json"}
    base["Authorization"] = "Bearer " + token
    return {"Accept": "application/json", "X-Client": "billing-worker", **base}
