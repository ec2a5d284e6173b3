# library: zipfile (manual extraction)
import os
import shutil
import zipfile


def unpack_theme(archive_path: str, dest: str):
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            # expect: path-traversal
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


def unpack_theme_safe(archive_path: str, dest: str):
    root = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {info.filename!r}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)


def unpack_all(archive_path: str, dest: str):
    with zipfile.ZipFile(archive_path) as zf:
        zf.extractall(dest)
