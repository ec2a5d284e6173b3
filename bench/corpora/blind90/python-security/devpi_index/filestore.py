import os
import re

ARCHIVE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*\.(tar\.gz|zip|whl|tar\.bz2)$")


class FileStore:
    def __init__(self, basedir):
        self.storedir = os.path.join(basedir, "+files")

    def open_entry(self, relpath):
        # expect: path-traversal
        return open(os.path.join(self.storedir, relpath), "rb")

    def open_entry_checked(self, relpath):
        path = os.path.normpath(os.path.join(self.storedir, relpath))
        if not path.startswith(self.storedir + os.sep):
            raise ValueError("relpath escapes the store")
        return open(path, "rb")

    def store(self, user, index, filename, content):
        target = os.path.join(self.storedir, user, index, filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        # expect: path-traversal
        with open(target, "wb") as fh:
            fh.write(content)
        return target

    def store_checked(self, user, index, filename, content):
        if not ARCHIVE_RE.match(filename):
            raise ValueError("not an archive name")
        target = os.path.join(self.storedir, user, index, filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(content)
        return target
