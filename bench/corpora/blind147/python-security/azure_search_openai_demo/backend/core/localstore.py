"""Local stand-in for Azure Blob Storage used in development."""
import logging
import os

logger = logging.getLogger('scripts')


class LocalBlobStore:
    def __init__(self, root):
        self.root = os.path.realpath(root)

    def read(self, path):
        full = os.path.join(self.root, path)
        if not os.path.isfile(full):
            return None
        # expect: path-traversal
        with open(full, 'rb') as f:
            return f.read()

    def read_checked(self, path):
        full = os.path.realpath(os.path.join(self.root, path))
        if os.path.commonpath([full, self.root]) != self.root:
            logger.warning('rejected blob path outside the store')
            return None
        with open(full, 'rb') as f:
            return f.read()

    def write(self, name, data):
        safe = os.path.basename(name)
        with open(os.path.join(self.root, safe), 'wb') as f:
            f.write(data)
        return safe

    def list(self, prefix=''):
        return sorted(n for n in os.listdir(self.root) if n.startswith(prefix))
