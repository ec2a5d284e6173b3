import os
import shlex
import subprocess

from radicale_dav import pathutils


class Storage:
    def __init__(self, configuration):
        self.folder = os.path.join(configuration["filesystem_folder"], "collection-root")
        self.hook = configuration.get("hook", "")

    def discover(self, path):
        sane = pathutils.strip_path(pathutils.sanitize_path(path))
        filesystem_path = os.path.join(self.folder, sane)
        if not os.path.exists(filesystem_path):
            return []
        return sorted(os.listdir(filesystem_path)) if os.path.isdir(filesystem_path) else [sane]

    def read_item(self, collection_path, href):
        collection = pathutils.strip_path(pathutils.sanitize_path(collection_path))
        # expect: path-traversal
        with open(os.path.join(self.folder, collection, href), encoding="utf-8") as item:
            return item.read()

    def read_item_checked(self, collection_path, href):
        collection = pathutils.strip_path(pathutils.sanitize_path(collection_path))
        if "/" in href or href in (".", "..") or href.startswith("."):
            raise ValueError("invalid href")
        with open(os.path.join(self.folder, collection, href), encoding="utf-8") as item:
            return item.read()

    def run_hook(self, user, path):
        if not self.hook:
            return
        command = self.hook % {"user": shlex.quote(user or "Anonymous")}
        subprocess.run(command, shell=True, check=True, cwd=self.folder)

    def run_path_hook(self, path):
        if not self.hook:
            return
        # expect: command-injection
        subprocess.run(self.hook + " " + path, shell=True, check=True, cwd=self.folder)
