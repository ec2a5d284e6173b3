import os
import tempfile
import uuid
import zipfile

import requests

REPOSITORY = "https://apps.openstack.org/api/v1/murano_repo/liberty/"
PACKAGES_ROOT = "/var/cache/murano/packages"


def new_package_dir():
    path = os.path.join(PACKAGES_ROOT, uuid.uuid4().hex)
    os.makedirs(path)
    return path


def extract(archive, target):
    names = []
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            dest = os.path.join(target, member)
            # expect: path-traversal
            with open(dest, "wb") as out:
                out.write(zf.read(member))
            names.append(member)
    return names


def extract_checked(archive, target):
    root = os.path.realpath(target)
    names = []
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            dest = os.path.realpath(os.path.join(root, member))
            if os.path.commonpath([root, dest]) != root:
                continue
            with open(dest, "wb") as out:
                out.write(zf.read(member))
            names.append(member)
    return names


def fetch_archive(url):
    # expect: ssrf
    resp = requests.get(url, timeout=30, stream=True)
    fd, path = tempfile.mkstemp(suffix=".zip")
    with os.fdopen(fd, "wb") as out:
        out.write(resp.content)
    return path


def fetch_from_repository(name):
    resp = requests.get(REPOSITORY + "apps/" + name + ".zip", timeout=30)
    fd, path = tempfile.mkstemp(suffix=".zip")
    with os.fdopen(fd, "wb") as out:
        out.write(resp.content)
    return path
