"""Local file storage for uploaded covers."""
import os
import shutil

COVERS = "/srv/covers"


def cover_path(name: str) -> str:
    return os.path.join(COVERS, name)


def delete_cover(name: str) -> None:
    # expect: path-traversal
    os.remove(cover_path(name))


def copy_cover(src_name: str, dst_name: str) -> None:
    # expect: path-traversal
    shutil.copyfile(cover_path(src_name), cover_path(dst_name))


def safe_cover_path(name: str) -> str:
    root = os.path.realpath(COVERS)
    full = os.path.realpath(os.path.join(root, name))
    if not full.startswith(root + os.sep):
        raise ValueError("outside covers")
    return full
