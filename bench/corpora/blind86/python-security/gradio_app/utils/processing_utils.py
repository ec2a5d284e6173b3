import os
import secrets
from pathlib import Path

from werkzeug.utils import secure_filename


def abspath(path):
    return os.path.realpath(os.path.abspath(path))


def is_in_or_equal(path, directory):
    try:
        Path(path).relative_to(abspath(directory))
        return True
    except ValueError:
        return False


def is_allowed_file(path, allowed_paths, cache_dir):
    return any(is_in_or_equal(path, d) for d in [cache_dir, *allowed_paths])


async def save_upload(upload, cache_dir, upload_id):
    folder = os.path.join(cache_dir, secrets.token_hex(20))
    os.makedirs(folder, exist_ok=True)
    name = secure_filename(upload.filename or "file")
    dest = os.path.join(folder, name)
    with open(dest, "wb") as out:
        out.write(await upload.read())
    if upload_id:
        marker = os.path.join(cache_dir, "progress", upload_id)
        # expect: path-traversal
        with open(marker, "w") as fh:
            fh.write(dest)
    return dest
