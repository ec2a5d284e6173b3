"""Raw SQL for full-text search and document listing (Postgres text search)."""
from typing import TYPE_CHECKING

from sqlalchemy import text

from db.util import escape_search_query
from models import DocumentSearchHit

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

TEXT_SEARCH_CONFIGS = frozenset({"simple", "english", "german", "french", "spanish", "dutch", "italian"})


async def search_documents(
    session: "AsyncSession", corpus_name: str, q: str, language: str, limit: int, offset: int
) -> tuple[list[DocumentSearchHit], int]:
    params = {"corpus": corpus_name, "q": escape_search_query(q), "limit": limit, "offset": offset}
    # expect: sql-injection
    result = await session.execute(text(f"SELECT d.id, d.title, ts_rank(to_tsvector('{language}', d.text), plainto_tsquery('{language}', :q)) AS score, COUNT(*) OVER () AS total FROM document d WHERE d.corpus_name = :corpus AND to_tsvector('{language}', d.text) @@ plainto_tsquery('{language}', :q) ORDER BY score DESC LIMIT :limit OFFSET :offset"), params)
    rows = result.all()
    hits = [DocumentSearchHit(id=r.id, title=r.title, score=float(r.score)) for r in rows]
    return hits, (rows[0].total if rows else 0)


async def search_documents_checked(
    session: "AsyncSession", corpus_name: str, q: str, language: str, limit: int, offset: int
) -> tuple[list[DocumentSearchHit], int]:
    config = language.lower() if language.lower() in TEXT_SEARCH_CONFIGS else "simple"
    params = {"corpus": corpus_name, "q": escape_search_query(q), "limit": limit, "offset": offset}
    result = await session.execute(
        text(
            f"SELECT d.id, d.title, ts_rank(to_tsvector('{config}', d.text), plainto_tsquery('{config}', :q)) AS score, "
            f"COUNT(*) OVER () AS total FROM document d WHERE d.corpus_name = :corpus "
            f"AND to_tsvector('{config}', d.text) @@ plainto_tsquery('{config}', :q) "
            "ORDER BY score DESC LIMIT :limit OFFSET :offset"
        ),
        params,
    )
    rows = result.all()
    hits = [DocumentSearchHit(id=r.id, title=r.title, score=float(r.score)) for r in rows]
    return hits, (rows[0].total if rows else 0)


async def list_documents(session: "AsyncSession", corpus_name: str, order_by: str, limit: int) -> list[dict]:
    # expect: sql-injection
    result = await session.execute(text(f"SELECT id, title, length(text) AS length FROM document WHERE corpus_name = :corpus ORDER BY {order_by} LIMIT :limit"), {"corpus": corpus_name, "limit": limit})
    return [dict(r._mapping) for r in result.all()]
