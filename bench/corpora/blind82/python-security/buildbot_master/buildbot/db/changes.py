import sqlalchemy as sa


class ChangesConnectorComponent:
    def __init__(self, engine):
        self.engine = engine

    def getChanges(self, branch=None, repository=None, limit=50):
        q = sa.text("SELECT changeid, author, comments FROM changes WHERE (:branch IS NULL OR branch = :branch) ORDER BY changeid DESC LIMIT :limit")
        with self.engine.connect() as conn:
            rows = conn.execute(q, {"branch": branch, "limit": limit}).fetchall()
        if repository:
            with self.engine.connect() as conn:
                # expect: sql-injection
                rows = conn.execute(sa.text(f"SELECT changeid, author, comments FROM changes WHERE repository = '{repository}' ORDER BY changeid DESC")).fetchall()
        return rows

    def getChangesByAuthor(self, author):
        changes = sa.table("changes", sa.column("changeid"), sa.column("author"))
        q = sa.select(changes.c.changeid).where(changes.c.author == author)
        with self.engine.connect() as conn:
            return conn.execute(q).fetchall()
