import os

THEME_ROOT = os.path.join(os.path.dirname(__file__), "themes")
KNOWN_THEMES = frozenset({"classic", "minimal", "magazine"})


def theme_asset_path(theme, asset):
    return os.path.join(THEME_ROOT, theme, asset)


def checked_asset_path(theme, asset):
    if theme not in KNOWN_THEMES:
        theme = "classic"
    base = os.path.realpath(os.path.join(THEME_ROOT, theme))
    path = os.path.realpath(os.path.join(base, asset))
    if not path.startswith(base + os.sep):
        return None
    return path


def layout_template(theme):
    name = theme if theme in KNOWN_THEMES else "classic"
    return f"cms:templates/{name}/post.jinja2"
