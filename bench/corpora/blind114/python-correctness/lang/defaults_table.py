"""Default request options and column maps for the export client."""
import platform

USER_AGENT = f"exporter/2.4 (+python {platform.python_version()})"

BASE_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}

# expect: duplicate-dict-key
CSV_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT, "Accept": "text/csv"}

# Intentional override of the base mapping.
ARCHIVE_HEADERS = {**BASE_HEADERS, "Accept": "application/zip"}

# expect: duplicate-dict-key
COLUMN_LABELS = {"id": "ID", "created": "Created at", "status": "Status", "created": "Created"}

CASE_SENSITIVE_KEYS = {"ETag": "etag", "etag": "etag_lower"}

RETRY_DEFAULTS = dict(BASE_HEADERS, timeout=10)


def status_colours():
    # expect: duplicate-dict-key
    return {"open": "green", "closed": "grey", "blocked": "red", "open": "blue"}


def export_options(fmt):
    options = {"format": fmt, "compress": False}
    if fmt == "csv":
        options["compress"] = True
    return options


def limits(tier):
    # expect: duplicate-dict-key
    table = {"free": 100, "team": 5_000, "business": 50_000, "free": 250}
    return table.get(tier, 0)
