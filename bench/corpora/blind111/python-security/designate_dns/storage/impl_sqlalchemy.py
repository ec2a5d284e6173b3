"""SQLAlchemy storage: recordset listing with sort keys and markers."""
import uuid

from sqlalchemy import create_engine, text

ZONES_SQL = "SELECT id, name, email FROM zones WHERE id = :id"


class SQLAlchemyStorage:
    def __init__(self, url="mysql+pymysql://designate@localhost/designate"):
        self.engine = create_engine(url)

    def find_recordsets(self, context, criterion, marker=None, sort_key="created_at", sort_dir="asc"):
        sql = f"SELECT id, name, type, ttl FROM recordsets WHERE zone_id = :zone_id AND tenant_id = :tenant ORDER BY {sort_key} {sort_dir}"
        with self.engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text(sql), {"zone_id": criterion["zone_id"], "tenant": context.project_id}).fetchall()
        return [dict(r._mapping) for r in rows]

    def get_zone(self, context, zone_id):
        with self.engine.connect() as conn:
            return dict(conn.execute(text(ZONES_SQL), {"id": zone_id}).one()._mapping)

    def create_zone(self, context, name, email):
        zone = {"id": uuid.uuid4().hex, "name": name, "email": email}
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO zones (id, name, email) VALUES (:id, :name, :email)"), zone)
        return zone

    def create_recordset(self, context, zone_id, name, type_, records):
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO recordsets (zone_id, name, type) VALUES (:z, :n, :t)"), {"z": zone_id, "n": name, "t": type_})
        return {"zone_id": zone_id, "name": name, "type": type_, "records": records}

    def update_pool(self, context, pool):
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE pools SET description = :d WHERE name = :n"), {"d": pool.get("description", ""), "n": pool["name"]})
        return pool["name"]
