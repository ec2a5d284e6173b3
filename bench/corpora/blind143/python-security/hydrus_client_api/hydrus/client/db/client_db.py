"""The client database thread: reads are dispatched by name."""
import sqlite3


class ClientDB:
    def __init__(self, path):
        self._c = sqlite3.connect(path, check_same_thread=False).cursor()
        self._read_commands = {"autocomplete_tags": self._autocomplete_tags, "tag_count": self._tag_count}

    def read(self, action, **kwargs):
        return self._read_commands[action](**kwargs)

    def _autocomplete_tags(self, search=""):
        # expect: sql-injection
        self._c.execute(f"SELECT tag FROM tags WHERE tag LIKE '{search}%' ORDER BY tag LIMIT 100")
        return [row[0] for row in self._c.fetchall()]

    def _tag_count(self, search=""):
        self._c.execute("SELECT COUNT(*) FROM tags WHERE tag LIKE ?", (search + "%",))
        return self._c.fetchone()[0]
