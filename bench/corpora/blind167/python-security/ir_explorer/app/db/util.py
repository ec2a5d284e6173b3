"""Helpers shared by the DB controller and its queries."""
import re
from collections.abc import AsyncGenerator

from litestar.exceptions import ClientException
from litestar.status_codes import HTTP_409_CONFLICT
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

# characters with a meaning in tsquery syntax
_TSQUERY_SPECIAL = re.compile(r"[&|!():*<>'\\]")
_SPACES = re.compile(r"\s+")

MAX_QUERY_CHARS = 500


def escape_search_query(q: str) -> str:
    """Drop tsquery operators so that a typed query is read as plain words."""
    q = q[:MAX_QUERY_CHARS]
    q = _TSQUERY_SPECIAL.sub(" ", q)
    return _SPACES.sub(" ", q).strip()


def snippet(text: str, length: int = 300) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= length else text[: length - 1] + "…"


async def provide_transaction(db_session: AsyncSession) -> AsyncGenerator[AsyncSession, None]:
    """One transaction per request; integrity errors become 409s."""
    try:
        async with db_session.begin():
            yield db_session
    except IntegrityError as exc:
        raise ClientException(status_code=HTTP_409_CONFLICT, detail=str(exc.orig)) from exc
