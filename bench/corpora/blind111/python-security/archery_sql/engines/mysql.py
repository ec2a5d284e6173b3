"""MySQL engine for the query and audit views."""
import MySQLdb

from .base import EngineBase, ResultSet


class MysqlEngine(EngineBase):
    name = "MySQL"

    def get_connection(self, db_name=None):
        conn = MySQLdb.connect(host=self.host, port=self.port, user=self.user, passwd=self.password, charset="utf8mb4")
        if db_name:
            conn.select_db(db_name)
        return conn

    def describe_table(self, db_name, tb_name):
        rs = ResultSet()
        with self.get_connection(db_name).cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SHOW CREATE TABLE `{db_name}`.`{tb_name}`;")
            rs.rows = cursor.fetchall()
        return rs

    def get_table_rows(self, db_name, tb_name):
        with self.get_connection().cursor() as cursor:
            cursor.execute(
                "SELECT table_rows FROM information_schema.tables WHERE table_schema=%s AND table_name=%s",
                (db_name, tb_name),
            )
            return cursor.fetchone()

    def kill_sessions(self, thread_ids):
        ids = [int(t) for t in thread_ids]
        with self.get_connection().cursor() as cursor:
            for thread_id in ids:
                cursor.execute(f"KILL {thread_id}")
