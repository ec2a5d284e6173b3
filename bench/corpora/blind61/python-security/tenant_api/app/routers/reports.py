"""Usage reports per tenant: built in the background, written to the tenant's export folder."""
import csv
import logging
import subprocess
from datetime import date

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text

from ..context import TenantInfo
from ..deps import TenantDep, VerifiedTenantDep, get_session
from ..storage import STORAGE_ROOT

router = APIRouter()
log = logging.getLogger("saas.reports")

METRICS = {"seats": "COUNT(DISTINCT user_id)", "events": "COUNT(*)", "storage": "SUM(bytes)"}


class ReportRequest(BaseModel):
    metric: str = "events"
    start: date
    end: date
    label: str = "usage"


def _usage_rows(session, tenant: TenantInfo, **filters):
    metric_sql = METRICS.get(filters.pop("metric", "events"), "COUNT(*)")
    sql = f"SELECT day, {metric_sql} AS value FROM {tenant.schema}.usage WHERE day BETWEEN :start AND :end GROUP BY day"
    # expect: sql-injection
    return session.execute(text(sql), filters).all()


def _usage_rows_verified(session, tenant: TenantInfo, **filters):
    metric_sql = METRICS.get(filters.pop("metric", "events"), "COUNT(*)")
    sql = f"SELECT day, {metric_sql} AS value FROM {tenant.schema}.usage WHERE day BETWEEN :start AND :end GROUP BY day"
    return session.execute(text(sql), filters).all()


def _write_report(rows, tenant_slug, label):
    folder = STORAGE_ROOT / tenant_slug / "exports"
    path = folder / f"{label}-{date.today()}.csv"
    # expect: path-traversal
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["day", "value"])
        writer.writerows(rows)
    return path


def _compress(path):
    subprocess.run(["gzip", "-f", str(path)], check=False, timeout=120)


@router.post("/usage")
async def usage_report(body: ReportRequest, background: BackgroundTasks, tenant=TenantDep, session=Depends(get_session)):
    params = body.model_dump()
    label = params.pop("label")
    rows = _usage_rows(session, tenant, **params)
    background.add_task(_write_report, rows, tenant.slug, label)
    return {"rows": len(rows)}


@router.post("/usage/verified")
async def usage_report_verified(body: ReportRequest, background: BackgroundTasks, tenant=VerifiedTenantDep, session=Depends(get_session)):
    rows = _usage_rows_verified(session, tenant, metric=body.metric, start=body.start, end=body.end)
    safe_label = "".join(ch for ch in body.label if ch.isalnum() or ch in "-_")[:40] or "usage"
    path = _write_report_fixed(rows, tenant.slug, safe_label)
    background.add_task(_compress, path)
    return {"rows": len(rows)}


def _write_report_fixed(rows, tenant_slug, label):
    path = STORAGE_ROOT / tenant_slug / "exports" / f"{label}-{date.today()}.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@router.get("/usage/latest")
async def latest(request: Request, tenant=VerifiedTenantDep):
    folder = STORAGE_ROOT / tenant.slug / "exports"
    files = sorted(folder.glob("*.csv*"), key=lambda p: p.stat().st_mtime, reverse=True)
    if not files:
        raise HTTPException(status_code=404)
    return {"latest": files[0].name}
