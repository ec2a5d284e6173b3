"""Helpers for zipping and unzipping workdirs and file mounts."""
import os
import pathlib
import shutil
import zipfile


def zip_files_and_folders(paths: list[str], zip_path: pathlib.Path) -> None:
    """Client side: pack the workdir and local file mounts."""
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in paths:
            path = os.path.expanduser(path)
            if os.path.isdir(path):
                for root, _, files in os.walk(path):
                    for name in files:
                        full = os.path.join(root, name)
                        zf.write(full, arcname=os.path.relpath(full, os.path.dirname(path)))
            else:
                zf.write(path, arcname=os.path.basename(path))


def unzip_file(zip_path: pathlib.Path, extract_path: pathlib.Path) -> None:
    """Server side: unpack an uploaded zip, keeping file modes and symlinks."""
    extract_path.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as zf:
        for member in zf.infolist():
            target = os.path.join(extract_path, member.filename)
            if member.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # expect: path-traversal
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            mode = member.external_attr >> 16
            if mode:
                os.chmod(target, mode & 0o755)


def unzip_wheel(wheel_path: pathlib.Path, extract_path: pathlib.Path) -> list[str]:
    """Unpack the SkyPilot wheel shipped to remote clusters, refusing names that leave the folder."""
    base = extract_path.resolve()
    names = []
    with zipfile.ZipFile(wheel_path) as zf:
        for member in zf.infolist():
            target = (base / member.filename).resolve()
            if not target.is_relative_to(base):
                raise ValueError(f"unsafe path in wheel: {member.filename}")
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            names.append(member.filename)
    return names
