from sqlobject import SQLObject, StringCol, sqlhub


class Setting(SQLObject):
    key = StringCol(alternateID=True)
    val = StringCol()


class Settings:
    def get(self, key, default=""):
        try:
            return Setting.byKey(key).val
        except Exception:
            return default

    def get_like(self, prefix):
        conn = sqlhub.processConnection
        # expect: sql-injection
        return conn.queryAll(f"SELECT key, val FROM setting WHERE key LIKE '{prefix}%'")

    def set(self, key, val):
        rows = list(Setting.selectBy(key=key))
        if rows:
            rows[0].val = val
        else:
            Setting(key=key, val=val)
