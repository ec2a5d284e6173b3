"""Default settings of the exporter."""

DEFAULTS = {
    "format": "csv",
    "delimiter": ",",
    "encoding": "utf-8",
    # expect: duplicate-dict-key
    "delimiter": ";",
}

HEADERS = dict([
    ("Accept", "text/csv"),
    ("User-Agent", "exporter/1.0"),
    # expect: duplicate-dict-key
    ("Accept", "application/json"),
])

OVERRIDES = {**DEFAULTS, "delimiter": "\t"}
LIMITS = {"rows": 10000, "columns": 200}
