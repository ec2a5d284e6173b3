from typing import TYPE_CHECKING, Literal

from litestar import Controller, get
from litestar.di import Provide
from litestar.exceptions import HTTPException
from litestar.params import Parameter
from litestar.status_codes import HTTP_404_NOT_FOUND
from sqlalchemy import select
from sqlalchemy.exc import NoResultFound

from db.util import provide_transaction
from db import queries
from db.schema import ORMCorpus, ORMQuery
from models import Corpus, DocumentSearchHit, Paginated, Query

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


class DBController(Controller):
    """Controller that handles database related API endpoints."""

    dependencies = {"transaction": Provide(provide_transaction)}

    @get(path="/get_corpus")
    async def get_corpus(self, corpus_name: str, transaction: "AsyncSession") -> Corpus:
        try:
            row = (await transaction.execute(select(ORMCorpus).where(ORMCorpus.name == corpus_name))).scalar_one()
        except NoResultFound:
            raise HTTPException(status_code=HTTP_404_NOT_FOUND, detail=f"Corpus {corpus_name} not found.")
        return Corpus(name=row.name, language=row.language)

    @get(path="/get_query")
    async def get_query(self, dataset_name: str, query_id: str, transaction: "AsyncSession") -> Query:
        stmt = select(ORMQuery).where(ORMQuery.dataset_name == dataset_name, ORMQuery.id == query_id)
        row = (await transaction.execute(stmt)).scalar_one_or_none()
        if row is None:
            raise HTTPException(status_code=HTTP_404_NOT_FOUND, detail="Query not found.")
        return Query(id=row.id, text=row.text, description=row.description)

    @get(path="/search_documents")
    async def search_documents(
        self,
        q: str,
        corpus_name: str,
        transaction: "AsyncSession",
        language: str = "english",
        num_results: int = Parameter(default=10, ge=1, le=100),
        offset: int = Parameter(default=0, ge=0),
    ) -> Paginated[DocumentSearchHit]:
        hits, total = await queries.search_documents(transaction, corpus_name, q, language, num_results, offset)
        return Paginated(items=hits, total_num_items=total, offset=offset)

    @get(path="/v2/search_documents")
    async def search_documents_v2(
        self,
        q: str,
        corpus_name: str,
        transaction: "AsyncSession",
        language: str = "english",
        num_results: int = Parameter(default=10, ge=1, le=100),
        offset: int = Parameter(default=0, ge=0),
    ) -> Paginated[DocumentSearchHit]:
        hits, total = await queries.search_documents_checked(
            transaction, corpus_name, q, language, num_results, offset
        )
        return Paginated(items=hits, total_num_items=total, offset=offset)

    @get(path="/list_documents")
    async def list_documents(
        self,
        corpus_name: str,
        transaction: "AsyncSession",
        order_by: str = "id",
        num_results: int = Parameter(default=10, ge=1, le=100),
    ) -> list[dict]:
        return await queries.list_documents(transaction, corpus_name, order_by, num_results)

    @get(path="/v2/list_documents")
    async def list_documents_v2(
        self,
        corpus_name: str,
        transaction: "AsyncSession",
        order_by: Literal["id", "title", "length"] = "id",
        num_results: int = Parameter(default=10, ge=1, le=100),
    ) -> list[dict]:
        return await queries.list_documents(transaction, corpus_name, order_by, num_results)
