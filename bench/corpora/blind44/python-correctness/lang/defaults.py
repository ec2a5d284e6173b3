"""Default settings and field maps for the importer."""

DEFAULT_OPTIONS = {
    "delimiter": ",",
    "encoding": "utf-8",
    "skip_header": True,
    # expect: duplicate-key
    "encoding": "latin-1",
}

# expect: duplicate-key
FIELD_MAP = {"first_name": "given", "last_name": "family", "first_name": "forename"}

# expect: duplicate-key
RETRY = dict([("attempts", 3), ("backoff", 1.5), ("attempts", 5)])


def request_headers(token):
    return {
        "Authorization": f"Bearer {token}",
        "Accept": "application/json",
        # expect: duplicate-key
        "Accept": "text/csv",
    }


# expect: duplicate-key
STATES = set([("new", 1), ("done", 2), ("new", 3)])

BASE = {"encoding": "utf-8", "delimiter": ","}
EXCEL = {**BASE, "delimiter": ";"}
COLUMNS = {"first_name": "given", "last_name": "family", "email": "mail"}
