"""Filesystem helpers."""
import os


def resolve_under(root, name):
    """Return the real path of ``name`` inside ``root``, or None when it escapes."""
    base = os.path.realpath(root)
    target = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, target]) != base:
        return None
    if not os.path.isfile(target):
        return None
    return target


def cleanup_dir(path):
    for entry in os.scandir(path):
        if entry.is_file():
            os.unlink(entry.path)
    os.rmdir(path)
