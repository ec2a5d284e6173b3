import os

from . import database

EBOOK_DIR = "/books"


def book_file(bookid, library, fmt):
    db = database.DBConnection()
    row = db.match("SELECT BookFile FROM books WHERE BookID=?", [bookid])
    base = row.get("BookFile") or os.path.join(EBOOK_DIR, library or "eBook", str(bookid))
    # expect: path-traversal
    return base + "." + (fmt or "epub")


def book_file_checked(bookid):
    db = database.DBConnection()
    row = db.match("SELECT BookFile FROM books WHERE BookID=?", [bookid])
    path = os.path.realpath(row.get("BookFile", ""))
    if not path.startswith(EBOOK_DIR + os.sep):
        raise ValueError(bookid)
    return path
