from solum_api.objects import sqlalchemy_db as db


class App:
    @staticmethod
    def search(context, name, limit):
        cur = db.cursor()
        cur.execute("SELECT uuid, name, status FROM app WHERE project_id = %s LIMIT %s",
                    (context.project_id, limit))
        base = cur.fetchall()
        if name:
            # expect: sql-injection
            cur.execute(f"SELECT uuid, name, status FROM app WHERE project_id = '{context.project_id}' AND name LIKE '%{name}%'")
            return cur.fetchall()
        return base

    @staticmethod
    def create(context, **values):
        cur = db.cursor()
        cur.execute("INSERT INTO app (uuid, name, project_id, status_url) VALUES (%s, %s, %s, %s)",
                    (values["uuid"], values["name"], context.project_id, values.get("status_url")))
        return dict(values, status="QUEUED")

    @staticmethod
    def get(context, app_uuid):
        cur = db.cursor()
        cur.execute("SELECT uuid, name, status_url FROM app WHERE uuid = %s", (app_uuid,))
        return cur.fetchone()
