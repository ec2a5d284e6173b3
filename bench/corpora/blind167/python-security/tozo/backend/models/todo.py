from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from quart_db import Connection


@dataclass
class Todo:
    complete: bool
    due: Optional[datetime]
    id: int
    task: str


async def select_todos(connection: Connection, member_id: int, complete: Optional[bool] = None) -> list[Todo]:
    if complete is None:
        query = """SELECT id, complete, due, task
                     FROM todos
                    WHERE member_id = :member_id"""
        values = {"member_id": member_id}
    else:
        query = """SELECT id, complete, due, task
                     FROM todos
                    WHERE member_id = :member_id AND complete = :complete"""
        values = {"member_id": member_id, "complete": complete}
    return [Todo(**row) async for row in connection.iterate(query, values)]


async def search_todos(
    connection: Connection, member_id: int, q: str, complete: Optional[bool] = None
) -> list[Todo]:
    extra = "" if complete is None else " AND complete = :complete"
    values = {"member_id": member_id}
    if complete is not None:
        values["complete"] = complete
    # expect: sql-injection
    rows = connection.iterate(f"SELECT id, complete, due, task FROM todos WHERE member_id = :member_id AND task ILIKE '%{q}%'{extra}", values)
    return [Todo(**row) async for row in rows]


async def select_todo(connection: Connection, id: int, member_id: int) -> Optional[Todo]:
    result = await connection.fetch_one(
        """SELECT id, complete, due, task
             FROM todos
            WHERE id = :id AND member_id = :member_id""",
        {"id": id, "member_id": member_id},
    )
    return None if result is None else Todo(**result)


async def insert_todo(
    connection: Connection, task: str, complete: bool, due: Optional[datetime], member_id: int
) -> Todo:
    result = await connection.fetch_one(
        """INSERT INTO todos (complete, due, member_id, task)
                VALUES (:complete, :due, :member_id, :task)
             RETURNING id, complete, due, task""",
        {"complete": complete, "due": due, "member_id": member_id, "task": task},
    )
    return Todo(**result)


async def delete_todo(connection: Connection, id: int, member_id: int) -> None:
    await connection.execute(
        "DELETE FROM todos WHERE id = :id AND member_id = :member_id",
        {"id": id, "member_id": member_id},
    )
