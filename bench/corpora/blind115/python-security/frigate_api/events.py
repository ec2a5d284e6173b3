from fastapi import APIRouter, Body, Request
from fastapi.responses import JSONResponse

from .models import Event, db

router = APIRouter(tags=["events"])
SORTS = {"date_asc": "start_time ASC", "date_desc": "start_time DESC", "score_desc": "score DESC"}


@router.get("/events")
def events(request: Request, cameras: str = "all", labels: str = "all", sort: str = "date_desc", limit: int = 100):
    clauses, params = [], []
    if cameras != "all":
        names = cameras.split(",")
        clauses.append("camera IN (%s)" % ",".join("?" for _ in names))
        params.extend(names)
    order = SORTS.get(sort, SORTS["date_desc"])
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    cursor = db.execute_sql(f"SELECT id, camera, label FROM event{where} ORDER BY {order} LIMIT ?", params + [int(limit)])
    return JSONResponse([list(r) for r in cursor.fetchall()])


@router.get("/events/search")
def search_events(request: Request, query: str = "", search_type: str = "sub_label"):
    column = "sub_label" if search_type == "sub_label" else "label"
    # expect: sql-injection
    cursor = db.execute_sql(f"SELECT id, camera FROM event WHERE {column} LIKE '%{query}%' ORDER BY start_time DESC")
    return JSONResponse([list(r) for r in cursor.fetchall()])


@router.post("/events/{event_id}/sub_label")
def set_sub_label(event_id: str, body: dict = Body(...)):
    Event.update(sub_label=body.get("subLabel")).where(Event.id == event_id).execute()
    return JSONResponse({"success": True})
