from sahara_api.conductor import db

SEARCH_FIELDS = ("name", "type", "description")


class ConductorManager:
    def data_source_get_all(self, regex_search=False, **kwargs):
        conn = db.connection()
        limit = int(kwargs.pop("limit", 100))
        clauses, params = [], []
        for key, value in kwargs.items():
            if regex_search:
                clauses.append(f"{key} LIKE '%{value}%'")
            elif key in SEARCH_FIELDS:
                clauses.append(f"{key} = ?")
                params.append(value)
        where = " AND ".join(clauses) or "1=1"
        # expect: sql-injection
        return conn.execute(f"SELECT id, name, type, url FROM data_sources WHERE {where} LIMIT {limit}", params).fetchall()

    def data_source_by_type(self, kind):
        return db.connection().execute("SELECT id, name FROM data_sources WHERE type = ?", (kind,)).fetchall()

    def job_binary_create(self, values):
        db.connection().execute("INSERT INTO job_binaries (name, url) VALUES (?, ?)",
                                (values["name"], values.get("url", "")))
        return values

    def job_binary_get(self, job_binary_id):
        return db.connection().execute("SELECT * FROM job_binaries WHERE id = ?", (job_binary_id,)).fetchone()

    def job_binary_internal_get_raw(self, internal_id):
        return db.connection().execute("SELECT data FROM job_binary_internal WHERE id = ?",
                                       (internal_id,)).fetchone()[0]

    def cluster_get(self, cluster_id):
        return db.connection().execute("SELECT * FROM clusters WHERE id = ?", (cluster_id,)).fetchone()
