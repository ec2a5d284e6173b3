# library: builtins (implicit string concatenation in list literals)
"""Column and command lists for the export job."""

EXPORT_COLUMNS = [
    "id",
    "email",
    # expect: missing-comma
    "first_name"
    "last_name",
    "created_at",
]

SAFE_COLUMNS = [
    "id",
    "email",
    "first_name",
    "last_name",
]

LONG_MESSAGE = (
    "This export contains personal data. "
    "Handle it according to the retention policy."
)

# expect: missing-comma
PSQL_FLAGS = ["--no-psqlrc", "--quiet" "--tuples-only", "--no-align"]

BANNER_LINES = ["Export started", "Rows: {rows} (approximate)"]
