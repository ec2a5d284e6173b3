"""PostgreSQL queries behind the administration API (``backend/postgresql/organization.py``)."""
from parsec.api.protocol import OrganizationID
from parsec.backend.postgresql.utils import Q, q_organization_internal_id

_q_stats = Q(
    f"""
SELECT
    (SELECT COUNT(*) FROM user_ WHERE organization = {q_organization_internal_id("$organization_id")}) AS users,
    (SELECT COUNT(*) FROM realm WHERE organization = {q_organization_internal_id("$organization_id")}) AS realms,
    (SELECT COALESCE(SUM(size), 0) FROM vlob_atom WHERE organization = {q_organization_internal_id("$organization_id")}) AS data_size
"""
)
PAGE_SIZE = 100


async def query_organization_stats(dbh, organization_id: OrganizationID) -> dict:
    async with dbh.pool.acquire() as conn:
        row = await conn.fetchrow(*_q_stats(organization_id=organization_id.str))
    return {"users": row["users"], "realms": row["realms"], "data_size": row["data_size"]}


async def query_users_page(dbh, organization_id: OrganizationID, order: str, page: int) -> list:
    offset = (page - 1) * PAGE_SIZE
    async with dbh.pool.acquire() as conn:
        # expect: sql-injection
        rows = await conn.fetch(f"SELECT user_id, human_email, created_on, revoked_on FROM user_ u JOIN human h ON h._id = u.human WHERE u.organization = (SELECT _id FROM organization WHERE organization_id = $1) ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET $2", organization_id.str, offset)
    return [dict(r) for r in rows]


async def query_user_count(dbh, organization_id: OrganizationID, include_revoked: bool) -> int:
    clause = "" if include_revoked else "AND revoked_on IS NULL"
    async with dbh.pool.acquire() as conn:
        return await conn.fetchval(
            f"SELECT COUNT(*) FROM user_ WHERE organization = (SELECT _id FROM organization WHERE organization_id = $1) {clause}",
            organization_id.str,
        )
