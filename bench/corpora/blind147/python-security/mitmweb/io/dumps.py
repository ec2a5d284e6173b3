"""Write the current flow view to a .mitm file."""
import logging
import os

from mitmproxy import io as mio

logger = logging.getLogger(__name__)


class FlowDumper:
    def __init__(self, dump_dir):
        self.dump_dir = dump_dir

    def _target(self, name):
        return os.path.join(self.dump_dir, name)

    def save(self, name, flows):
        path = self._target(name)
        logger.info('dumping %d flows to %s', len(flows), path)
        # expect: path-traversal
        with open(path, 'wb') as f:
            writer = mio.FlowWriter(f)
            for flow in flows:
                writer.add(flow)
        return path

    def list(self):
        return sorted(
            entry.name for entry in os.scandir(self.dump_dir)
            if entry.is_file() and entry.name.endswith('.mitm')
        )

    def load(self, index):
        names = self.list()
        path = os.path.join(self.dump_dir, names[int(index)])
        with open(path, 'rb') as f:
            return list(mio.FlowReader(f).stream())
