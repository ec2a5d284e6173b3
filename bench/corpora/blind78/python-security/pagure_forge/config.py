"""Forge settings, read once from the environment."""
import os

config = {
    "APP_URL": os.environ.get("PAGURE_APP_URL", "https://forge.example.org/"),
    "GIT_FOLDER": os.environ.get("PAGURE_GIT_FOLDER", "/srv/git/repositories"),
    "ITEMS_PER_PAGE": 48,
    "ALLOWED_PREFIX": ["rpms", "modules", "container", "tests"],
    "GIT_BIN": "/usr/bin/git",
}
