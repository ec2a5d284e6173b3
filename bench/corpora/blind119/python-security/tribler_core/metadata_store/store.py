"""Metadata store over sqlite (pony stand-in) and the log reader."""
import os
import sqlite3

DB = os.path.expanduser("~/.Tribler/sqlite/metadata.db")
LOG_DIR = os.path.expanduser("~/.Tribler/logs")
SORT_COLUMNS = {"title": "title", "size": "size", "updated": "torrent_date", None: "rowid"}


class MetadataStore:
    def __init__(self):
        self.conn = sqlite3.connect(DB)

    def get_entries(self, txt_filter, first=1, last=50, sort_by=None):
        column = SORT_COLUMNS.get(sort_by, "rowid")
        cur = self.conn.cursor()
        if txt_filter.isalnum():
            cur.execute(f"SELECT rowid, title FROM FtsIndex WHERE FtsIndex MATCH ? ORDER BY {column} LIMIT ? OFFSET ?", (txt_filter, last - first + 1, first - 1))
        else:
            # expect: sql-injection
            cur.execute(f"SELECT rowid, title FROM ChannelNode WHERE title LIKE '%{txt_filter}%' ORDER BY {column} LIMIT ? OFFSET ?", (last - first + 1, first - 1))
        return cur.fetchall()

    def read_log(self, log_file, max_lines):
        # expect: path-traversal
        with open(os.path.join(LOG_DIR, log_file)) as fh:
            return fh.readlines()[-max_lines:]
