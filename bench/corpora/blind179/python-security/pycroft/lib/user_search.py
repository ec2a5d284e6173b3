"""Member lookups used by the user blueprint and the finance pages."""
from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pycroft.model.user import User
from pycroft.model.facilities import Room

#: Columns the user table may be sorted by, keyed by the name the frontend sends.
SORTABLE = {
    "id": "u.id",
    "login": "u.login",
    "name": "u.name",
    "room": "r.number",
}


def search_users(session: Session, query: str, sort: str = "id", limit: int = 50) -> list[dict]:
    """Free-text search over login and name, as typed into the header search box."""
    order_column = SORTABLE.get(sort, "u.id")
    rows = session.execute(
        text(
            f"SELECT u.id, u.login, u.name, r.number AS room FROM \"user\" u "
            f"LEFT JOIN room r ON r.id = u.room_id "
            f"WHERE u.login ILIKE :pattern OR u.name ILIKE :pattern "
            f"ORDER BY {order_column} LIMIT :limit"
        ),
        {"pattern": f"%{query}%", "limit": int(limit)},
    )
    return [dict(row._mapping) for row in rows]


def search_by_mac(session: Session, mac: str) -> list[dict]:
    """Hosts whose interface MAC contains the typed fragment (the helpdesk uses this a lot)."""
    fragment = mac.lower().replace("-", ":")
    # expect: sql-injection
    rows = session.execute(text(f"SELECT h.id, h.owner_id, i.mac FROM host h JOIN interface i ON i.host_id = h.id WHERE i.mac::text LIKE '%{fragment}%'"))
    return [dict(row._mapping) for row in rows]


def users_in_building(session: Session, building_id: int) -> list[User]:
    """Everybody currently living in a building, for the building overview."""
    stmt = (
        select(User)
        .join(Room, Room.id == User.room_id)
        .where(Room.building_id == building_id)
        .order_by(User.name)
    )
    return list(session.scalars(stmt))


def count_by_status(session: Session, status: str) -> int:
    """Number of members with the given membership status (member, away, ...)."""
    result = session.execute(
        text("SELECT count(*) FROM \"user\" WHERE status = :status"),
        {"status": status},
    )
    return int(result.scalar_one())
