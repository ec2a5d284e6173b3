import shlex
import subprocess

from fastapi import APIRouter, Depends, Request

from .deps import Filters, raw_query

router = APIRouter()


@router.get("/export")
def export(filters: Filters = Depends()):
    # expect: command-injection
    subprocess.run("dbexport --format %s --columns %s" % (filters.fmt, filters.columns), shell=True, check=True)
    return {"ok": True}


@router.get("/export-safe")
def export_safe(filters: Filters = Depends()):
    subprocess.run("dbexport --format %s --columns %s" % (filters.safe_format(), shlex.quote(filters.columns)), shell=True, check=True)
    return {"ok": True}


@router.get("/export/table")
def export_table(request: Request):
    table = raw_query(request, "table", "orders")
    # expect: command-injection
    subprocess.run("pg_dump -t {} shop > /tmp/export.sql".format(table), shell=True, check=True)
    return {"ok": True}


@router.get("/export/days")
def export_days(days: int = 7):
    subprocess.run(f"dbexport --since {days}d", shell=True, check=True)
    return {"ok": True}
