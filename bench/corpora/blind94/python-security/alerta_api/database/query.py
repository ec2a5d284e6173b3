from alerta_api.database.base import get_connection

SORT_COLUMNS = {
    "createTime": "create_time",
    "lastReceiveTime": "last_receive_time",
    "severity": "severity",
    "resource": "resource",
}


class QueryBuilder:
    def __init__(self, params):
        self.params = params
        sort_by = params.get("sort-by") or "lastReceiveTime"
        self.sort = SORT_COLUMNS.get(sort_by, "last_receive_time")
        self.group = params.get("group-by", "environment")
        self.where = ["1=1"]
        self.vars = {}
        if params.get("environment"):
            self.where.append("environment = %(environment)s")
            self.vars["environment"] = params["environment"]

    def alerts(self):
        sql = f"SELECT * FROM alerts WHERE {' AND '.join(self.where)} ORDER BY {self.sort} DESC LIMIT 100"
        cursor = get_connection().cursor()
        cursor.execute(sql, self.vars)
        return cursor.fetchall()

    def counts(self):
        cursor = get_connection().cursor()
        # expect: sql-injection
        cursor.execute(f"SELECT {self.group}, count(1) FROM alerts WHERE {' AND '.join(self.where)} GROUP BY {self.group}", self.vars)
        return cursor.fetchall()
