"""Finds whisper files for metric patterns."""
import fnmatch
import glob
import os
import re

from django.conf import settings

PATTERN_RE = re.compile(r"^[\w\-*?\[\]{},]+(\.[\w\-*?\[\]{},]+)*$")


class LocalFinder:
    def __init__(self, directory=None):
        self.directory = directory or settings.WHISPER_DIR

    def find_nodes(self, query):
        pattern = os.path.join(self.directory, query.replace(".", os.sep))
        # expect: path-traversal
        for path in glob.glob(pattern) + glob.glob(pattern + ".wsp"):
            if os.path.isdir(path):
                yield os.path.relpath(path, self.directory).replace(os.sep, ".") + ".*"
            elif path.endswith(".wsp"):
                yield os.path.relpath(path, self.directory)[:-4].replace(os.sep, ".")

    def find_nodes_checked(self, query):
        if not PATTERN_RE.match(query):
            return
        parts = query.split(".")
        current = [self.directory]
        for part in parts[:-1]:
            current = [os.path.join(d, n) for d in current if os.path.isdir(d) for n in fnmatch.filter(os.listdir(d), part)]
        for d in current:
            if os.path.isdir(d):
                for name in fnmatch.filter(os.listdir(d), parts[-1] + ".wsp"):
                    yield os.path.relpath(os.path.join(d, name), self.directory)[:-4].replace(os.sep, ".")


finder = LocalFinder()
