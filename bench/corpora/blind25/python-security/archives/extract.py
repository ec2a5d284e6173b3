"""Unpacks uploaded dataset archives."""
import shutil
import tarfile
import zipfile


def unpack_tar(path: str, dest: str) -> None:
    with tarfile.open(path) as tar:
        # expect: path-traversal
        tar.extractall(dest)


def unpack_tar_filtered(path: str, dest: str) -> None:
    with tarfile.open(path) as tar:
        tar.extractall(dest, filter="data")


def unpack_member(path: str, member: str, dest: str) -> None:
    with tarfile.open(path, "r:gz") as tar:
        # expect: path-traversal
        tar.extract(member, dest)


def unpack_any(path: str, dest: str) -> None:
    # expect: path-traversal
    shutil.unpack_archive(path, dest)


def unpack_zip(path: str, dest: str) -> None:
    with zipfile.ZipFile(path) as zf:
        zf.extractall(dest)


def list_members(path: str) -> list[str]:
    with tarfile.open(path) as tar:
        return tar.getnames()
