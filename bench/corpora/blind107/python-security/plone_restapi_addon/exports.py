import os

EXPORT_DIR = "/var/plone/exports"


def export_file_path(name):
    # expect: path-traversal
    return os.path.join(EXPORT_DIR, name + ".zip")


def export_file_path_checked(name):
    full = os.path.realpath(os.path.join(EXPORT_DIR, (name or "") + ".zip"))
    if os.path.dirname(full) != EXPORT_DIR:
        raise ValueError(name)
    return full
