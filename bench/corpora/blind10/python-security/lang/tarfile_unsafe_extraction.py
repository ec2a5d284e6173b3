# library: tarfile / zipfile (archive extraction)
"""Import of uploaded theme bundles."""
import os
import tarfile
import zipfile


def install_theme(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        # expect: path-traversal
        tar.extractall(dest)


def install_theme_filtered(archive_path, dest):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")


def install_theme_checked(archive_path, dest):
    root = os.path.realpath(dest)
    with tarfile.open(archive_path) as tar:
        for member in tar.getmembers():
            target = os.path.realpath(os.path.join(dest, member.name))
            if os.path.commonpath([root, target]) != root:
                raise ValueError("unsafe path in archive: " + member.name)
        tar.extractall(dest, filter="data")


def unpack_fonts(archive_path, dest):
    tar = tarfile.open(archive_path, "r:gz")
    for member in tar.getmembers():
        if member.name.endswith(".woff2"):
            # expect: path-traversal
            tar.extract(member, dest)
    tar.close()


def unpack_zip(zip_path, dest):
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(dest)
