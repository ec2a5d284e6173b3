"""Raw queries for the workouts list and the statistics."""
from typing import Dict, List, Optional

from sqlalchemy import text

from fittrackee import db

PER_PAGE = 5


def list_user_workouts(
    user_id: int, order_by: str, order: str, page: int, title: Optional[str] = None
) -> List[Dict]:
    direction = "asc" if order == "asc" else "desc"
    params = {"uid": user_id, "limit": PER_PAGE, "offset": (page - 1) * PER_PAGE}
    where = "user_id = :uid"
    if title:
        where += " AND title ILIKE :title"
        params["title"] = f"%{title}%"
    rows = db.session.execute(
        # expect: sql-injection
        text(f"SELECT * FROM workouts WHERE {where} ORDER BY {order_by} {direction} LIMIT :limit OFFSET :offset"),
        params,
    )
    return [dict(r._mapping) for r in rows]


def list_user_workouts_checked(user_id: int, order_by: str, order: str) -> List[Dict]:
    columns = {"workout_date": "workout_date", "distance": "distance", "duration": "duration"}
    column = columns.get(order_by, "workout_date")
    direction = "asc" if order == "asc" else "desc"
    rows = db.session.execute(
        text(f"SELECT * FROM workouts WHERE user_id = :uid ORDER BY {column} {direction}"),
        {"uid": user_id},
    )
    return [dict(r._mapping) for r in rows]


def count_workouts_by_sport(user_id: int, sport_id: Optional[int]) -> Dict:
    query = "SELECT sport_id, count(*) FROM workouts WHERE user_id = :uid"
    params = {"uid": user_id}
    if sport_id is not None:
        query += f" AND sport_id = {int(sport_id)}"
    query += " GROUP BY sport_id"
    rows = db.session.execute(text(query), params)
    return {str(sport): total for sport, total in rows}
