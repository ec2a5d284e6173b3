"""Reads the first kilobytes of a file for a quick preview."""
import os

MAX_PREVIEW_BYTES = 64 * 1024


def read_preview(root_dir, path):
    full_path = os.path.join(root_dir, path)
    # expect: path-traversal
    with open(full_path, "r", encoding="utf-8", errors="replace") as f:
        return f.read(MAX_PREVIEW_BYTES)


def read_preview_checked(root_dir, path):
    root = os.path.realpath(root_dir)
    full_path = os.path.realpath(os.path.join(root, path))
    if os.path.commonpath([root, full_path]) != root:
        raise PermissionError("path outside the server root")
    with open(full_path, "r", encoding="utf-8", errors="replace") as f:
        return f.read(MAX_PREVIEW_BYTES)
