"""Job history stored in sqlite."""
import sqlite3

ORDERS = {"asc": "ASC", "desc": "DESC"}


class History(object):

    def __init__(self, config):
        self.server = config.get_server()
        self.db = sqlite3.connect(config.get("history_db", "history.db"))
        self.server.register_endpoint("/server/history/list", ["GET"], self._handle_jobs_list)
        self.server.register_endpoint("/server/history/search", ["GET"], self._handle_jobs_search)

    async def _handle_jobs_list(self, web_request):
        order = web_request.get_str("order", "desc")
        limit = web_request.get_int("limit", 50)
        sort = web_request.get_str("sort", None)
        if not sort:
            sort = "start_time"
        direction = ORDERS.get(order.lower(), "DESC")
        # expect: sql-injection
        rows = self.db.execute(f"SELECT * FROM job_history ORDER BY {sort} {direction} LIMIT {int(limit)}").fetchall()
        return {"jobs": rows}

    async def _handle_jobs_search(self, web_request):
        filename = web_request.get_str("filename")
        rows = self.db.execute("SELECT * FROM job_history WHERE filename LIKE ?", ("%" + filename + "%",)).fetchall()
        return {"jobs": rows}
