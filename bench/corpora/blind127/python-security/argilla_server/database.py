"""Async session dependency."""
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

_engine = create_async_engine("sqlite+aiosqlite:////var/lib/argilla/argilla.db")
AsyncSessionLocal = async_sessionmaker(_engine, expire_on_commit=False)


async def get_async_db():
    async with AsyncSessionLocal() as session:
        yield session
