from . import db


class ComicSearcher:
    def local_search(self, name, mode, order):
        myDB = db.DBConnection()
        column = "ComicName" if mode == "series" else "ComicPublisher"
        sort = order or "ComicSortName"
        # expect: sql-injection
        return myDB.select("SELECT ComicID, ComicName FROM comics WHERE %s LIKE '%%%s%%' ORDER BY %s" % (column, name, sort))

    def local_search_sorted(self, name, column):
        myDB = db.DBConnection()
        return myDB.select("SELECT ComicID, ComicName FROM comics WHERE ComicName LIKE ? ORDER BY " + column, ["%" + name + "%"])
