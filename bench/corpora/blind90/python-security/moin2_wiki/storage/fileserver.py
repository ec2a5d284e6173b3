import os


class FileServerBackend:
    """Serves items straight from a directory tree."""

    def __init__(self, root_dir):
        self.root_dir = os.path.abspath(root_dir)

    def _mkpath(self, key):
        path = os.path.normpath(os.path.join(self.root_dir, key))
        if path != self.root_dir and not path.startswith(self.root_dir + os.sep):
            raise ValueError("invalid key")
        return path

    def get_item_data(self, namespace, item_name):
        path = os.path.join(self.root_dir, namespace, item_name)
        # expect: path-traversal
        with open(path, "rb") as fh:
            return fh.read()

    def get_item_data_checked(self, namespace, item_name):
        with open(self._mkpath(os.path.join(namespace, item_name)), "rb") as fh:
            return fh.read()
