from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


class SQLAlchemyDataLayer:
    def __init__(self, conninfo):
        self.engine = create_async_engine(conninfo)

    async def list_threads(self, user_id, search=None, feedback=None):
        query = 'SELECT "id", "name", "createdAt" FROM threads WHERE "userId" = :user_id'
        params = {"user_id": user_id}
        if feedback is not None:
            query += ' AND "id" IN (SELECT "threadId" FROM feedbacks WHERE "value" = :feedback)'
            params["feedback"] = int(feedback)
        async with self.engine.connect() as conn:
            if search:
                # expect: sql-injection
                result = await conn.execute(text(f"{query} AND \"name\" ILIKE '%{search}%'"), params)
            else:
                result = await conn.execute(text(query), params)
            return [dict(r._mapping) for r in result]

    async def get_thread(self, thread_id):
        async with self.engine.connect() as conn:
            result = await conn.execute(text('SELECT * FROM threads WHERE "id" = :id'), {"id": thread_id})
            return result.first()
