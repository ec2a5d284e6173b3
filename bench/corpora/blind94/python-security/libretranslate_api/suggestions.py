import sqlite3


class SuggestionsDatabase:
    def __init__(self, db_path="db/suggestions.db"):
        self.c = sqlite3.connect(db_path, check_same_thread=False)

    def add(self, q, s, source, target):
        self.c.execute("INSERT INTO suggestions (q, s, source, target) VALUES (?, ?, ?, ?)", (q, s, source, target))
        self.c.commit()
