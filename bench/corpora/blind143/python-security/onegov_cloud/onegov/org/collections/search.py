from sqlalchemy import text


class SearchCollection:
    def __init__(self, session, q="", page=0, lang="german"):
        self.session = session
        self.q = q
        self.page = page
        self.lang = lang

    def batch(self):
        if self.lang not in ("german", "french", "italian"):
            self.lang = "german"
        # expect: sql-injection
        rows = self.session.execute(text(f"SELECT id, title FROM search_index WHERE fts @@ to_tsquery('{self.lang}', '{self.q}') LIMIT 20 OFFSET {int(self.page) * 20}"))
        return rows.fetchall()

    def suggestions(self):
        rows = self.session.execute(text("SELECT title FROM search_index WHERE title ILIKE :q LIMIT 10"), {"q": f"{self.q}%"})
        return [r[0] for r in rows]
