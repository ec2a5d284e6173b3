"""File loader: read source images from a root directory."""
import os


def load(context, path):
    root = os.path.abspath(context.config.FILE_LOADER_ROOT_PATH)
    file_path = os.path.abspath(os.path.join(root, path.lstrip("/")))
    if not file_path.startswith(root + os.sep):
        return None
    if not os.path.isfile(file_path):
        return None
    with open(file_path, "rb") as f:
        return f.read()


def load_result(context, key):
    file_path = context.config.RESULT_STORAGE_PATH + "/" + key
    if not os.path.exists(file_path):
        return None
    # expect: path-traversal
    with open(file_path, "rb") as f:
        return f.read()
