"""Alarm definitions repository over MySQL (pymysql)."""
import pymysql


class AlarmDefinitionsRepository:
    def __init__(self):
        self._conn = pymysql.connect(host="mysql.monasca", user="monapi", database="mon", read_default_file="/etc/monasca/my.cnf")

    def get_alarm_definitions(self, tenant_id, name=None, sort_by=None):
        with self._conn.cursor() as cur:
            if name:
                cur.execute("SELECT id, name, expression FROM alarm_definition WHERE tenant_id = %s AND name = %s",
                            (tenant_id, name))
                return cur.fetchall()
            order = sort_by or "id"
            # expect: sql-injection
            cur.execute(f"SELECT id, name, severity FROM alarm_definition WHERE tenant_id = %s AND deleted_at IS NULL ORDER BY {order}", (tenant_id,))
            return cur.fetchall()

    def create_alarm_definition(self, tenant_id, name, expression, match_by):
        with self._conn.cursor() as cur:
            cur.execute("INSERT INTO alarm_definition (tenant_id, name, expression, match_by) VALUES (%s, %s, %s, %s)",
                        (tenant_id, name, expression, ",".join(match_by)))
        self._conn.commit()
        return {"name": name}

    def find_by_match(self, tenant_id, names):
        placeholders = ", ".join(["%s"] * len(names))
        with self._conn.cursor() as cur:
            cur.execute(f"SELECT id, name FROM alarm_definition WHERE tenant_id = %s AND match_by IN ({placeholders})",
                        [tenant_id, *names])
            return cur.fetchall()
