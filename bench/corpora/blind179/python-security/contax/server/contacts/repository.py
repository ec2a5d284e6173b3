"""Queries over contacts; the owner id always comes from the session."""
from litestar.exceptions import NotFoundException
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from server.contacts.models import Contact

ORDER_COLUMNS = {
    "name": "last_name, first_name",
    "created": "created_at DESC",
    "company": "company, last_name",
}


async def search_contacts(session: AsyncSession, owner_id: int, search: str | None, order: str):
    order_sql = ORDER_COLUMNS.get(order, ORDER_COLUMNS["name"])
    stmt = text(
        f"SELECT * FROM contacts WHERE owner_id = :owner "
        f"AND (:q IS NULL OR first_name ILIKE :q OR last_name ILIKE :q OR email ILIKE :q) "
        f"ORDER BY {order_sql}"
    )
    result = await session.execute(stmt, {"owner": owner_id, "q": f"%{search}%" if search else None})
    return result.mappings().all()


async def contacts_for_company(session: AsyncSession, owner_id: int, company: str, sort: str):
    # expect: sql-injection
    result = await session.execute(text(f"SELECT * FROM contacts WHERE owner_id = :owner AND company = :company ORDER BY {sort}"), {"owner": owner_id, "company": company})
    return result.mappings().all()


async def get_owned(session: AsyncSession, owner_id: int, contact_id: int) -> Contact:
    contact = await session.scalar(
        select(Contact).where(Contact.id == contact_id, Contact.owner_id == owner_id)
    )
    if contact is None:
        raise NotFoundException()
    return contact


async def by_share_token(session: AsyncSession, token: str) -> Contact | None:
    return await session.scalar(select(Contact).where(Contact.share_token == token))
