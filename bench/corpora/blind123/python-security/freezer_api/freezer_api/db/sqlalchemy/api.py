"""SQLAlchemy driver of the freezer API."""
import json
import uuid

import sqlalchemy as sa
from sqlalchemy import text

ENGINE = sa.create_engine("mysql+pymysql://freezer@localhost/freezer")
JOB_FIELDS = {"job_id", "description", "client_id", "session_id"}


class SqlDriver(object):

    def add_job(self, user_id, doc):
        job_id = uuid.uuid4().hex
        with ENGINE.begin() as conn:
            conn.execute(text("INSERT INTO jobs (id, user_id, doc) VALUES (:i, :u, :d)"), {"i": job_id, "u": user_id, "d": json.dumps(doc)})
        return job_id

    def search_job(self, user_id, search, offset=0, limit=10):
        clauses = []
        for match in search.get("match", []):
            for key, value in match.items():
                clauses.append(f"{key} = '{value}'")
        where = " AND ".join(clauses) or "1=1"
        with ENGINE.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(f"SELECT doc FROM jobs WHERE user_id = :u AND {where} LIMIT :l OFFSET :o"), {"u": user_id, "l": limit, "o": offset})
            return [json.loads(r[0]) for r in rows]

    def search_job_checked(self, user_id, search):
        params = {"u": user_id}
        clauses = []
        for n, match in enumerate(search.get("match", [])):
            for key, value in match.items():
                if key in JOB_FIELDS:
                    clauses.append(f"{key} = :v{n}")
                    params[f"v{n}"] = value
        where = " AND ".join(clauses) or "1=1"
        with ENGINE.connect() as conn:
            return [json.loads(r[0]) for r in conn.execute(text(f"SELECT doc FROM jobs WHERE user_id = :u AND {where}"), params)]

    def get_backup(self, user_id, backup_id):
        with ENGINE.connect() as conn:
            row = conn.execute(text("SELECT doc FROM backups WHERE user_id = :u AND id = :b"), {"u": user_id, "b": backup_id}).fetchone()
            return json.loads(row[0])

    def add_backup(self, user_id, doc):
        backup_id = uuid.uuid4().hex
        with ENGINE.begin() as conn:
            conn.execute(text("INSERT INTO backups (id, user_id, doc) VALUES (:i, :u, :d)"), {"i": backup_id, "u": user_id, "d": json.dumps(doc)})
        return backup_id

    def delete_backup(self, user_id, backup_id):
        with ENGINE.begin() as conn:
            conn.execute(text("DELETE FROM backups WHERE user_id = :u AND id = :b"), {"u": user_id, "b": backup_id})

    def add_client(self, user_id, client_info):
        with ENGINE.begin() as conn:
            conn.execute(text("INSERT INTO clients (user_id, client_id, doc) VALUES (:u, :c, :d)"), {"u": user_id, "c": client_info["client_id"], "d": json.dumps(client_info)})
        return client_info["client_id"]
