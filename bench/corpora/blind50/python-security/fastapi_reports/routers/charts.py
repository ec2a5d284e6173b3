"""Chart endpoints: computed series and SQL-backed summaries."""
import ast
import sqlite3

from fastapi import APIRouter, Depends, Query

from ..deps import Tenant, current_tenant, get_db, pagination
from ..schemas import ChartRequest
from ..services import ReportRepository

router = APIRouter()


@router.post("/compute")
async def compute(body: ChartRequest):
    values = []
    for x in body.series:
        # expect: code-injection
        values.append(eval(body.expression, {"__builtins__": {}}, {"x": x}))
    return {"title": body.title, "values": values}


@router.post("/compute-literal")
async def compute_literal(body: ChartRequest):
    constants = ast.literal_eval(body.expression)
    return {"title": body.title, "values": [constants for _ in body.series]}


@router.get("/summary")
def summary(metric: str = Query("revenue"), tenant: Tenant = Depends(current_tenant), db: sqlite3.Connection = Depends(get_db)):
    repo = ReportRepository(db, tenant)
    return {"rows": repo.summary(metric)}


@router.get("/summary-safe")
def summary_safe(metric: str = Query("revenue"), tenant: Tenant = Depends(current_tenant), db: sqlite3.Connection = Depends(get_db)):
    repo = ReportRepository(db, tenant)
    return {"rows": repo.summary_checked(metric)}


@router.get("/list/{region}")
def list_reports(region: str, page: dict = Depends(pagination), db: sqlite3.Connection = Depends(get_db)):
    sql = "SELECT id, name FROM reports WHERE region = '" + region + "'"
    sql += f" LIMIT {page['limit']} OFFSET {page['offset']}"
    # expect: sql-injection
    return {"rows": db.execute(sql).fetchall()}


@router.get("/list-safe/{region}")
def list_reports_safe(region: str, page: dict = Depends(pagination), db: sqlite3.Connection = Depends(get_db)):
    sql = "SELECT id, name FROM reports WHERE region = ?"
    sql += f" LIMIT {page['limit']} OFFSET {page['offset']}"
    return {"rows": db.execute(sql, (region,)).fetchall()}
