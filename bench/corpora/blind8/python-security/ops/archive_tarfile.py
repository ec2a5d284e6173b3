# library: tarfile / zipfile / shutil
"""Imports theme bundles uploaded by shop owners."""
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

THEMES = Path("/srv/shop/themes")


def install_tar(bundle: Path, name: str) -> Path:
    dest = THEMES / name
    with tarfile.open(bundle) as tar:
        tar.extractall(dest, filter="data")
    return dest


def install_tar_legacy(bundle: Path, name: str) -> Path:
    dest = THEMES / name
    with tarfile.open(bundle, "r:gz") as tar:
        # expect: path-traversal
        tar.extractall(dest)
    return dest


def install_zip(bundle: Path, name: str) -> Path:
    dest = (THEMES / name).resolve()
    with zipfile.ZipFile(bundle) as zf:
        for member in zf.namelist():
            target = (dest / member).resolve()
            if not target.is_relative_to(dest):
                raise ValueError(f"unsafe path in bundle: {member}")
        zf.extractall(dest)
    return dest


def install_zip_fast(bundle: Path, name: str) -> None:
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            # expect: path-traversal
            with zf.open(info) as src, open(os.path.join(THEMES, name, info.filename), "wb") as out:
                shutil.copyfileobj(src, out)
