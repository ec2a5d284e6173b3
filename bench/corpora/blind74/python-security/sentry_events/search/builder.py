"""Builds the ClickHouse query behind the events endpoints."""
import re

from clickhouse_driver import Client

ORDERABLE = {"timestamp", "-timestamp", "count", "-count", "title", "-title"}
TAG_RE = re.compile(r"^(?P<key>[\w.:-]+):(?P<value>\S+)$")

client = Client(host="clickhouse", database="default")


class QueryBuilder:
    def __init__(self, params, query="", selected_columns=None, orderby=None):
        self.params = params
        self.query = query
        self.columns = [c for c in (selected_columns or ["id", "title", "timestamp"]) if re.fullmatch(r"[a-z_]+", c)]
        self.orderby = orderby if orderby in ORDERABLE else "-timestamp"

    def _conditions(self):
        conds = ["organization_id = %d" % int(self.params["organization_id"])]
        if self.params.get("project_id"):
            conds.append("project_id IN (%s)" % ", ".join(str(int(p)) for p in self.params["project_id"]))
        for env in self.params.get("environment", []):
            conds.append("environment = '%s'" % env)
        for token in self.query.split():
            m = TAG_RE.match(token)
            if m:
                conds.append("tags['%s'] = '%s'" % (m.group("key"), m.group("value")))
            else:
                conds.append("positionCaseInsensitive(message, '%s') > 0" % token)
        return conds

    def run_query(self, limit=100):
        order = self.orderby.lstrip("-") + (" DESC" if self.orderby.startswith("-") else " ASC")
        sql = "SELECT %s FROM events WHERE %s ORDER BY %s LIMIT %d" % (
            ", ".join(self.columns), " AND ".join(self._conditions()), order, int(limit))
        # expect: sql-injection
        return client.execute(sql)

    def run_query_bound(self, limit=100):
        order = self.orderby.lstrip("-") + (" DESC" if self.orderby.startswith("-") else " ASC")
        sql = (
            "SELECT " + ", ".join(self.columns) + " FROM events "
            "WHERE organization_id = %(org)s AND positionCaseInsensitive(message, %(q)s) > 0 "
            "ORDER BY " + order + " LIMIT %(limit)s"
        )
        return client.execute(sql, {"org": int(self.params["organization_id"]), "q": self.query, "limit": int(limit)})
