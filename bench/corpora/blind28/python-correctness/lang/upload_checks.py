"""Validation of uploaded files before they reach storage."""
ALLOWED = ("jpg", "jpeg", "png")


def check_extension(filename):
    ext = filename.rsplit(".", 1)[-1].lower()
    # expect: string-as-bool
    if ext == "jpg" or "png":
        return True
    return False


def can_publish(user, status):
    # expect: string-as-bool
    if status == "draft" or "review" and user.is_editor:
        return True
    return False


def needs_scan(upload):
    # expect: string-as-bool
    if "pdf" and upload.size > 10_000_000:
        return True
    return False


def strict_mode():
    # expect: string-as-bool
    if "STRICT":
        return True


def check_extension_fixed(filename):
    ext = filename.rsplit(".", 1)[-1].lower()
    if ext in ALLOWED:
        return True
    return False


def is_vowel(ch):
    if ch in "aeiou":
        return True
    return False


def has_name(upload):
    if upload.name and upload.name.strip():
        return True
    return False
