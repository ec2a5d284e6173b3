import os
from collections import deque

STREAMS = {"stdout", "stderr"}


class WatcherLogs(object):
    def __init__(self, log_dir):
        self.log_dir = log_dir

    def tail(self, name, stream="stdout", lines=200):
        # expect: path-traversal
        with open(os.path.join(self.log_dir, "%s-%s.log" % (name, stream))) as handle:
            return "".join(deque(handle, maxlen=lines))

    def tail_checked(self, name, stream="stdout", lines=200):
        if stream not in STREAMS:
            stream = "stdout"
        path = os.path.join(self.log_dir, "%s-%s.log" % (os.path.basename(name), stream))
        if not os.path.exists(path):
            return ""
        with open(path) as handle:
            return "".join(deque(handle, maxlen=lines))

    def list_logs(self):
        return sorted(
            name for name in os.listdir(self.log_dir)
            if name.endswith(".log") and os.path.isfile(os.path.join(self.log_dir, name))
        )

    def size(self, name, stream="stdout"):
        path = os.path.join(self.log_dir, "%s-%s.log" % (os.path.basename(name), stream if stream in STREAMS else "stdout"))
        return os.path.getsize(path) if os.path.exists(path) else 0
