"""Feature-flag and option parsing for the report generator."""
import os

IMAGE_EXTS = (".jpg", ".jpeg", ".png")


def wants_color(opts):
    # expect: string-as-boolean
    if opts.get("color") == "always" or "auto":
        return True
    return False


def is_image(filename):
    ext = os.path.splitext(filename)[1].lower()
    # expect: string-as-boolean
    if ext == ".jpg" or ".png":
        return True
    return ext in IMAGE_EXTS


def debug_enabled(env, verbose):
    # expect: string-as-boolean
    if "DEBUG" and verbose:
        return env.get("DEBUG") == "1"
    return False


def export_format(fmt):
    if fmt == "csv":
        return "text/csv"
    # expect: string-as-boolean
    elif "xlsx":
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return "application/octet-stream"


def wants_color_ok(opts):
    if opts.get("color") in ("always", "auto"):
        return True
    return False


def is_vowel(ch):
    if ch in "aeiou":
        return True
    return False


def has_name(name):
    if name and name.strip():
        return True
    return False
