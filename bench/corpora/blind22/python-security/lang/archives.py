"""Unpacks uploaded plugin bundles for the CMS."""
import os
import shutil
import tarfile
import zipfile

PLUGIN_DIR = "/srv/cms/plugins"


def install_tar(upload_path):
    with tarfile.open(upload_path) as tar:
        # expect: path-traversal
        tar.extractall(PLUGIN_DIR)


def install_tar_filtered(upload_path):
    with tarfile.open(upload_path) as tar:
        tar.extractall(PLUGIN_DIR, filter="data")


def install_zip(upload_path):
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.namelist():
            target = os.path.join(PLUGIN_DIR, member)
            # expect: path-traversal
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)


def install_zip_checked(upload_path):
    root = os.path.realpath(PLUGIN_DIR)
    with zipfile.ZipFile(upload_path) as zf:
        for member in zf.namelist():
            target = os.path.realpath(os.path.join(root, member))
            if os.path.commonpath([root, target]) != root:
                raise ValueError(f"unsafe member {member}")
        zf.extractall(root)


def remove_plugin(name):
    shutil.rmtree(os.path.join(PLUGIN_DIR, os.path.basename(name)), ignore_errors=True)
