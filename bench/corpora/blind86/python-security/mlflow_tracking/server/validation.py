import os
import posixpath
from urllib.parse import urlparse


def validate_path_is_safe(path):
    if urlparse(path).scheme or path.startswith("/") or ".." in path.split(posixpath.sep) or os.path.isabs(path):
        raise ValueError(f"Invalid path: {path}")
