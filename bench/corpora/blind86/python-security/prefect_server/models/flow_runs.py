"""Functions for interacting with flow run ORM objects."""
import sqlalchemy as sa

SORTS = {"ID_DESC": "id DESC", "NAME_ASC": "name ASC", "START_TIME_DESC": "start_time DESC NULLS LAST"}


async def read_flow_runs(session, flow_run_filter=None, sort="ID_DESC", limit=200, offset=0):
    clauses, params = [], {"limit": limit, "offset": offset}
    if flow_run_filter and flow_run_filter.name and flow_run_filter.name.like_:
        clauses.append("name ILIKE :name_like")
        params["name_like"] = f"%{flow_run_filter.name.like_}%"
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    if flow_run_filter and flow_run_filter.work_queue_name:
        # expect: sql-injection
        result = await session.execute(sa.text(f"SELECT * FROM flow_run WHERE work_queue_name = '{flow_run_filter.work_queue_name}' LIMIT :limit OFFSET :offset"), params)
        return result.all()
    order = SORTS.get(sort, "id DESC")
    result = await session.execute(sa.text(f"SELECT * FROM flow_run{where} ORDER BY {order} LIMIT :limit OFFSET :offset"), params)
    return result.all()


async def search_by_name(session, name_like, tag=None):
    query = "SELECT id, name FROM flow_run WHERE name LIKE '%" + name_like + "%'"
    if tag:
        query += " AND :tag = ANY(tags)"
    # expect: sql-injection
    result = await session.execute(sa.text(query), {"tag": tag})
    return result.all()


async def read_flow_run(session, flow_run_id):
    result = await session.execute(sa.text("SELECT * FROM flow_run WHERE id = :id"), {"id": flow_run_id})
    return result.first()
