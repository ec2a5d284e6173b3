"""Local filesystem storage of backup data."""
import os
import shutil

ROOT = "/var/lib/freezer/backups"


class LocalStorage(object):

    def __init__(self, root=ROOT):
        self.root = root

    def remove(self, container, backup_name):
        # expect: path-traversal
        shutil.rmtree(os.path.join(self.root, container, backup_name), ignore_errors=True)

    def remove_checked(self, container, backup_name):
        target = os.path.realpath(os.path.join(self.root, container, backup_name))
        if os.path.commonpath([target, self.root]) != self.root:
            raise ValueError("outside the backup root")
        shutil.rmtree(target, ignore_errors=True)
