"""Unpacks uploaded build artefacts and theme bundles (tarfile, zipfile)."""
import os
import shutil
import tarfile
import zipfile
from pathlib import Path

WORK = Path("/srv/builds/unpacked")


def unpack_build(archive: str, build_id: str) -> Path:
    dest = WORK / build_id
    with tarfile.open(archive, "r:gz") as tar:
        # expect: path-traversal
        tar.extractall(dest)
    return dest


def unpack_build_filtered(archive: str, build_id: str) -> Path:
    dest = WORK / build_id
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest


def unpack_checked(archive: str, build_id: str) -> Path:
    dest = (WORK / build_id).resolve()
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            target = (dest / member.name).resolve()
            if not target.is_relative_to(dest) or member.issym() or member.islnk():
                raise ValueError(f"unsafe member {member.name}")
        tar.extractall(dest, filter="data")
    return dest


def unpack_one(archive: str, member_name: str, dest: str) -> None:
    with tarfile.open(archive) as tar:
        # expect: path-traversal
        tar.extract(member_name, dest)


def unpack_theme(zip_path: str, theme: str) -> Path:
    dest = WORK / "themes" / theme
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(dest)
    return dest


def unpack_theme_manual(zip_path: str, theme: str) -> Path:
    dest = WORK / "themes" / theme
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            # expect: path-traversal
            out_path = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with zf.open(info) as src, open(out_path, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return dest


def unpack_theme_manual_checked(zip_path: str, theme: str) -> Path:
    dest = (WORK / "themes" / theme).resolve()
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            out_path = (dest / info.filename).resolve()
            if not out_path.is_relative_to(dest):
                raise ValueError(info.filename)
            if not info.is_dir():
                out_path.parent.mkdir(parents=True, exist_ok=True)
                out_path.write_bytes(zf.read(info))
    return dest


def unpack_vendor(archive: str) -> None:
    # expect: path-traversal
    shutil.unpack_archive(archive, WORK / "vendor")
