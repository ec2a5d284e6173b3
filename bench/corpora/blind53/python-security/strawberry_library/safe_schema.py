"""Reviewed counterpart of the library schema."""
import logging
import re
from typing import Optional

import strawberry
from strawberry.types import Info

from . import covers, db

log = logging.getLogger("library.graphql")
ISBN_RE = re.compile(r"^\d{9}[\dX]$|^\d{13}$")


@strawberry.type
class BookType:
    id: int
    title: str
    year: int


@strawberry.input
class CoverInput:
    file_name: str
    isbn: str


@strawberry.type
class Query:
    @strawberry.field
    def books(self, author: str, order: str = "title") -> list[BookType]:
        return [BookType(id=b.id, title=b.title, year=b.year) for b in db.books_by_author_bound(author, order)]

    @strawberry.field
    def book_count(self, where: Optional[str] = None) -> int:
        where = "year > 1900"
        return db.count_where(where)

    @strawberry.field
    def whoami(self, info: Info) -> str:
        agent = info.context["request"].headers.get("user-agent", "")
        log.info("whoami from %r", agent)
        return "library-api"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def import_cover(self, cover: CoverInput) -> str:
        if not ISBN_RE.match(cover.isbn):
            raise ValueError("bad isbn")
        data = covers.fetch_cover_by_isbn(cover.isbn)
        return covers.save_cover_checked(cover.file_name, data)


schema = strawberry.Schema(query=Query, mutation=Mutation)
