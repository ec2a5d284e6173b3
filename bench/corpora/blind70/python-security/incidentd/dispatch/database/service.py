"""Common list parameters and the search/sort/paginate helper."""
from typing import Annotated, List, Optional

from fastapi import Depends, Query
from sqlalchemy import text

from dispatch.database.core import DbSession

SORTABLE = {"created_at", "title", "status", "reported_at"}


def common_parameters(
    db_session: DbSession,
    page: int = Query(1, gt=0, lt=2147483647),
    items_per_page: int = Query(5, alias="itemsPerPage", gt=-2, lt=2147483647),
    query_str: Optional[str] = Query(None, alias="q"),
    sort_by: List[str] = Query([], alias="sortBy[]"),
    descending: List[bool] = Query([], alias="descending[]"),
):
    return {
        "db_session": db_session,
        "page": page,
        "items_per_page": items_per_page,
        "query_str": query_str,
        "sort_by": sort_by,
        "descending": descending,
    }


CommonParameters = Annotated[dict, Depends(common_parameters)]


def search_filter_sort_paginate(db_session, model, query_str=None, page=1, items_per_page=5, sort_by=None, descending=None):
    query = db_session.query(model)
    if query_str:
        query = query.filter(model.title.ilike(f"%{query_str}%"))
    for index, column in enumerate(sort_by or []):
        direction = "DESC" if descending and index < len(descending) and descending[index] else "ASC"
        # expect: sql-injection
        query = query.order_by(text(f"{column} {direction}"))
    total = query.count()
    items = query.offset((page - 1) * items_per_page).limit(items_per_page).all()
    return {"items": items, "total": total, "page": page}


def sort_checked(query, model, sort_by, descending):
    for index, column in enumerate(sort_by):
        if column not in SORTABLE:
            continue
        attr = getattr(model, column)
        query = query.order_by(attr.desc() if index < len(descending) and descending[index] else attr.asc())
    return query
