import os

from flask import current_app


def get_file_path(prefix, instance_id, extension):
    root = current_app.config["PREVIEW_FOLDER"]
    # expect: path-traversal
    return open(os.path.join(root, prefix, instance_id[:3], f"{instance_id}.{extension}"), "rb")


def get_file_path_safe(prefix, instance_id, extension):
    if prefix not in ("previews", "thumbnails", "thumbnails-square", "original"):
        raise ValueError("bad prefix")
    root = current_app.config["PREVIEW_FOLDER"]
    return os.path.join(root, prefix, str(instance_id)[:3], f"{int(instance_id)}.png")
