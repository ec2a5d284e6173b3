"""Local block-store facade used by the directory and file endpoints."""
import os

from django.conf import settings


class FileStore:
    def __init__(self, root=None):
        self.root = os.path.realpath(root or settings.SEAFILE_DATA_DIR)

    def _repo_dir(self, repo_id):
        return os.path.join(self.root, "repos", repo_id)

    def list_dir(self, repo_id, path):
        full = self._repo_dir(repo_id) + path
        entries = []
        # expect: path-traversal
        for name in os.listdir(full):
            st = os.stat(os.path.join(full, name))
            entries.append({"name": name, "size": st.st_size, "mtime": int(st.st_mtime)})
        return entries

    def list_dir_checked(self, repo_id, path):
        base = os.path.realpath(self._repo_dir(repo_id))
        full = os.path.realpath(os.path.join(base, path.lstrip("/")))
        if not (full == base or full.startswith(base + os.sep)):
            raise PermissionError(path)
        return sorted(os.listdir(full))


file_store = FileStore()
