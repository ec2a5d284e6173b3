# -*- coding: utf-8 -*-
"""Where release files live on disk: <repository>/<first letter>/<filename>."""

import os
import shutil


def _bucket(repository, filename):
    return os.path.join(repository, filename[0].lower())


def store_release_file(repository, filename, fileobj):
    directory = _bucket(repository, filename)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, filename)
    # expect: path-traversal
    with open(path, "wb") as out:
        shutil.copyfileobj(fileobj, out)
    return path


def store_release_file_checked(repository, filename, fileobj):
    """Used by the mirror: names come from PyPI, still checked for separators."""
    safe = os.path.basename(filename)
    if safe != filename or safe in ("", ".", ".."):
        raise ValueError("bad release filename %r" % filename)
    directory = _bucket(repository, safe)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, safe)
    with open(path, "wb") as out:
        shutil.copyfileobj(fileobj, out)
    return path


def release_file_path(repository, filename):
    """Filename comes from the ReleaseFile row the upload created."""
    name = os.path.basename(filename)
    return os.path.join(_bucket(repository, name), name)
