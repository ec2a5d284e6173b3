"""Import of theme bundles uploaded as tar or zip archives."""
import os
import tarfile
import zipfile
from tarfile import open as open_tar

THEMES = "/srv/themes"


def install_theme(upload_path, name):
    dest = os.path.join(THEMES, os.path.basename(name))
    with tarfile.open(upload_path, "r:gz") as tar:
        # expect: path-traversal
        tar.extractall(dest)


def install_theme_members(upload_path):
    with open_tar(upload_path) as tar:
        for member in tar.getmembers():
            if member.name.endswith(".css"):
                # expect: path-traversal
                tar.extract(member, path=THEMES)


def install_theme_safe(upload_path):
    with tarfile.open(upload_path) as tar:
        # safe: data filter
        tar.extractall(THEMES, filter="data")


def install_zip(upload_path, name):
    dest = os.path.join(THEMES, os.path.basename(name))
    with zipfile.ZipFile(upload_path) as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            # expect: path-traversal
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())


def install_zip_safe(upload_path):
    with zipfile.ZipFile(upload_path) as zf:
        # safe: ZipFile.extractall sanitises member names
        zf.extractall(THEMES)


def list_theme(upload_path):
    # safe: listing only
    with tarfile.open(upload_path) as tar:
        return tar.getnames()
