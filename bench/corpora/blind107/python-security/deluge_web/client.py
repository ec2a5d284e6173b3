"""In-process stand-in for the daemon client (client.core / client.execute)."""
from .execute_plugin import ExecuteCore


class _Core:
    def add_torrent_file(self, path, options):
        return {"path": path, "options": dict(options)}


class _Client:
    def __init__(self):
        self.core = _Core()
        self.execute = ExecuteCore()


client = _Client()
