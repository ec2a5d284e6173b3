"""Async repository (SQLAlchemy 2.0 asyncio) for the ticketing service."""
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("postgresql+asyncpg://tickets@db/tickets")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class TicketRepo:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def by_title(self, title):
        # expect: sql-injection
        result = await self.session.execute(text("SELECT * FROM tickets WHERE title = '" + title + "'"))
        return result.mappings().all()

    async def by_title_safe(self, title):
        # safe: bound parameter
        result = await self.session.execute(text("SELECT * FROM tickets WHERE title = :t"), {"t": title})
        return result.mappings().all()

    async def assign(self, ticket_id, assignee):
        query = text(
            f"UPDATE tickets SET assignee = '{assignee}' WHERE id = {ticket_id}"
        )
        # expect: sql-injection
        await self.session.execute(query)
        await self.session.commit()


async def count_open(project):
    async with engine.connect() as conn:
        # expect: sql-injection
        result = await conn.execute(text("SELECT count(*) FROM tickets WHERE project = '%s' AND state = 'open'" % project))
        return result.scalar_one()


async def count_closed(project):
    async with engine.connect() as conn:
        # safe: bindparams
        stmt = text("SELECT count(*) FROM tickets WHERE project = :p AND state = 'closed'").bindparams(p=project)
        result = await conn.execute(stmt)
        return result.scalar_one()
