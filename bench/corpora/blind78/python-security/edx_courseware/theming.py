"""Comprehensive theming: pick the theme directory for the current request."""
import os

from django.conf import settings

from edx_courseware.middleware import get_current_request

THEME_ROOT = getattr(settings, "COMPREHENSIVE_THEME_DIR", "/edx/app/edxapp/themes")
AVAILABLE_THEMES = ("default", "red-theme", "stanford-style", "edx.org")


def current_theme_name() -> str:
    request = get_current_request()
    name = "default"
    if request is not None:
        name = request.GET.get("preview-theme") or request.session.get("preview-theme") or "default"
    return name


def theme_asset(relative_path: str) -> bytes:
    """Read an asset of the current theme."""
    path = os.path.join(THEME_ROOT, current_theme_name(), "static", relative_path)
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


def theme_template_dir() -> str:
    name = current_theme_name()
    if name not in AVAILABLE_THEMES:
        name = "default"
    return os.path.join(THEME_ROOT, name, "templates")
