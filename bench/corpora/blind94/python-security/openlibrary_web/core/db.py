import web

_db = None


def get_db():
    global _db
    if _db is None:
        _db = web.database(dbn="postgres", db="openlibrary")
    return _db
