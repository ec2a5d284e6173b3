"""Scratch space, exports and upload handling."""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("EXPORT_DIR", "/srv/app/exports"))


def scratch_file(suffix: str = ".csv") -> str:
    # expect: insecure-mktemp
    return tempfile.mktemp(suffix=suffix)


@contextmanager
def scratch_dir():
    path = tempfile.mkdtemp(prefix="export-")
    try:
        yield Path(path)
    finally:
        shutil.rmtree(path, ignore_errors=True)


def lock_path(name: str) -> Path:
    # expect: hardcoded-tmp-path
    return Path("/tmp/app-locks") / f"{name}.lock"


def write_export(name: str, data: bytes) -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    target = EXPORT_DIR / name
    fd, tmp = tempfile.mkstemp(dir=EXPORT_DIR)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, target)
    os.chmod(target, 0o640)
    return target


def share_with_web(path: Path) -> None:
    # expect: insecure-file-permissions
    os.chmod(path, 0o777)


def make_runnable(script: Path) -> None:
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def publish_dir(path: Path) -> None:
    # expect: insecure-file-permissions
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def unpack_upload(upload: Path, dest: Path) -> list[str]:
    with zipfile.ZipFile(upload) as zf:
        names = zf.namelist()
        zf.extractall(dest)
    return names


def unpack_upload_checked(upload: Path, dest: Path) -> list[str]:
    dest = dest.resolve()
    out = []
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise ValueError(f"unsafe member {info.filename!r}")
            zf.extract(info, dest)
            out.append(info.filename)
    return out


def debug_dump(blob: bytes) -> str:
    with tempfile.NamedTemporaryFile("wb", suffix=".bin", delete=False) as fh:
        fh.write(blob)
        return fh.name
