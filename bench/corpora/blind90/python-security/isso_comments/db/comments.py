ORDER_COLUMNS = ("id", "created", "modified", "likes", "dislikes", "karma")


class Comments:
    fields = ["tid", "id", "parent", "created", "modified", "mode", "remote_addr", "text", "author", "email", "website", "likes", "dislikes"]

    def __init__(self, db):
        self.db = db

    def fetch(self, uri, mode=5, after=0, parent="any", order_by="id", asc=1, limit=None):
        if order_by not in ORDER_COLUMNS:
            order_by = "id"
        sql = ["SELECT comments.* FROM comments INNER JOIN threads ON threads.uri=? AND comments.tid=threads.id AND (? | comments.mode) = ? AND comments.created>?"]
        sql_args = [uri, mode, mode, after]
        sql.append("ORDER BY comments.%s %s" % (order_by, "ASC" if asc else "DESC"))
        if limit:
            sql.append("LIMIT ?")
            sql_args.append(int(limit))
        return self.db.execute(" ".join(sql), sql_args).fetchall()

    def fetch_legacy(self, uri, order_by):
        order_by = order_by or "id"
        # expect: sql-injection
        return self.db.execute("SELECT comments.* FROM comments INNER JOIN threads ON threads.uri=? AND comments.tid=threads.id ORDER BY " + order_by, [uri]).fetchall()
