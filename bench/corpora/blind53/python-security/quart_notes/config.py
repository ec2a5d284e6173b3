"""Settings for the notes service (Quart)."""
import os
from pathlib import Path

DATABASE_PATH = os.environ.get("NOTES_DB", "/var/lib/notes/notes.sqlite3")
NOTES_ROOT = Path(os.environ.get("NOTES_ROOT", "/var/lib/notes/files")).resolve()
ARCHIVE_DIR = Path(os.environ.get("NOTES_ARCHIVE", "/var/lib/notes/archive"))

ALLOWED_SORT_COLUMNS = {
    "created": "created_at",
    "updated": "updated_at",
    "title": "title",
}

DEFAULT_TENANT = "public"
PAGE_SIZE = 25
SECRET_KEY = os.environ["NOTES_SECRET_KEY"]


class Features:
    """Feature switches read once at import time."""

    LEGACY_SHELL_EXPORT = False
    ENABLE_PREVIEW = True


def allowed_sort(key: str) -> str:
    """Map a user-facing sort key to a column; unknown keys sort by creation."""
    return ALLOWED_SORT_COLUMNS.get(key, "created_at")


LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("NOTES_LOG_LEVEL", "INFO")},
}
