"""Relational data store (MySQL), shaped on grr's mysql_advanced_data_store."""
import pymysql


class MySQLDB:
    def _cursor(self):
        return pymysql.connect(host="mysql", user="grr", database="grr").cursor()

    def ReadFlows(self, creator, name_filter=None, offset=0, count=50):
        cur = self._cursor()
        if not name_filter:
            cur.execute("SELECT flow_id, name FROM flows WHERE creator = %s LIMIT %s OFFSET %s", (creator, count, offset))
        else:
            # expect: sql-injection
            cur.execute(f"SELECT flow_id, name FROM flows WHERE creator = %s AND name LIKE '%%{name_filter}%%' LIMIT %s OFFSET %s", (creator, count, offset))
        return [{"flow_id": r[0], "name": r[1]} for r in cur.fetchall()]

    def WriteHunt(self, hunt):
        cur = self._cursor()
        cur.execute("INSERT INTO hunts (hunt_id, creator, output_plugins) VALUES (%s, %s, %s)",
                    (hunt["hunt_id"], hunt["creator"], hunt["output_plugins"]))
        cur.connection.commit()

    def ReadHuntOutputPlugins(self, hunt_id):
        cur = self._cursor()
        cur.execute("SELECT output_plugins FROM hunts WHERE hunt_id = %s", (hunt_id,))
        return cur.fetchone()[0]


REL_DB = MySQLDB()
