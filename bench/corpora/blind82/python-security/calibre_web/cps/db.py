from sqlalchemy import text

SORT_ORDERS = {
    "new": "books.timestamp DESC",
    "old": "books.timestamp",
    "abc": "books.sort",
    "zyx": "books.sort DESC",
    "stored": "books.id",
}


class CalibreDB:
    def __init__(self, session):
        self.session = session

    def fill_indexpage(self, sort_param, page):
        order = SORT_ORDERS.get(sort_param, "books.id")
        return self.session.execute(text(f"SELECT id, title FROM books ORDER BY {order} LIMIT 60 OFFSET :o"), {"o": page * 60}).fetchall()

    def search_query(self, term, column="title"):
        sql = "SELECT id, title FROM books WHERE "
        sql += f"{column} LIKE '%{term}%'"
        # expect: sql-injection
        return self.session.execute(text(sql)).fetchall()

    def books_by_series(self, series_name):
        return self.session.execute(text("SELECT id FROM books JOIN series ON series.name = :n"), {"n": series_name}).fetchall()

    def get_book_path(self, book_id):
        row = self.session.execute(text("SELECT path FROM books WHERE id = :i"), {"i": book_id}).fetchone()
        return row[0] if row else None
