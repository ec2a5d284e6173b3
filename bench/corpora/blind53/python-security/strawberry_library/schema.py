"""Strawberry schema: resolver arguments come straight from the GraphQL query."""
import logging
from typing import Optional

import strawberry
from strawberry.types import Info

from . import covers, db

log = logging.getLogger("library.graphql")


@strawberry.type
class BookType:
    id: int
    title: str
    year: int


@strawberry.input
class CoverInput:
    source_url: str
    file_name: str
    isbn: Optional[str] = None


@strawberry.type
class Query:
    @strawberry.field
    def books(self, author: str, order: str = "title") -> list[BookType]:
        return [BookType(**row) for row in db.books_by_author(author, order)]

    @strawberry.field
    def book_count(self, where: Optional[str] = None) -> int:
        where = where or "TRUE"
        return db.count_where(where)

    @strawberry.field
    def tagged(self, tag: str) -> list[BookType]:
        return [BookType(**row) for row in db.books_by_tag(tag)]

    @strawberry.field
    def whoami(self, info: Info) -> str:
        request = info.context["request"]
        agent = request.headers.get("user-agent", "")
        # expect: log-injection
        log.info("whoami from %s" % agent)
        return "library-api"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def import_cover(self, cover: CoverInput) -> str:
        data = covers.fetch_cover(cover.source_url)
        return covers.save_cover(cover.file_name, data)


schema = strawberry.Schema(query=Query, mutation=Mutation)
