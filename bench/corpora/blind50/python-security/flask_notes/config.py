"""Settings for the notes service."""
import os


class Settings:
    SECRET_KEY = os.environ.get("NOTES_SECRET_KEY", "")
    DATABASE = os.environ.get("NOTES_DB", "/var/lib/notes/notes.db")
    EXPORT_ROOT = os.environ.get("NOTES_EXPORT_ROOT", "/var/lib/notes/exports")
    BACKUP_BIN = "/usr/local/bin/notes-backup"
    NODE_NAME = os.environ.get("HOSTNAME", "notes-1")
    PREVIEW_SERVICE = "https://preview.internal.example.com"


SUPPORTED_LOCALES = ("en", "de", "fr", "es")

SORTABLE_COLUMNS = {
    "title": "title",
    "created": "created_at",
    "updated": "updated_at",
}

TENANT_SCHEMAS = {
    "public": "notes_public",
    "acme": "notes_acme",
    "globex": "notes_globex",
}
