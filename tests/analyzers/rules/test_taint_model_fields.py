"""A request model's fields that validation leaves no text in are clean where a handler reads them: FastAPI
answers 422 unless `report_id: int` is a number and `fmt: Literal["csv", "json"]` one of its words, so a file
name built from them names no other directory; a `str` field, and a field of a class that is no model
(nothing validates it), keep the request's data. The model lives in another module, as FastAPI projects
keep their schemas (found through the imports of a handler's file that calls the workspace's functions, as
routers call their services), or in the handler's file. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCHEMAS = '''from typing import Literal, Optional

from pydantic import BaseModel


class ExportBase(BaseModel):
    report_id: int
    fmt: Literal["csv", "json"] = "csv"


class ExportIn(ExportBase):
    label: str
    page: Optional[int] = None

    def describe(self):
        label: int = 0
        return label


class Plain:
    report_id: int
'''

ROUTES = '''import os

from fastapi import FastAPI
from fastapi.responses import FileResponse
from pydantic import BaseModel

from schemas import ExportIn, Plain
from storage import exports_dir

app = FastAPI()
EXPORTS = exports_dir()


class Archive(BaseModel):
    year: int
    name: str


@app.post("/export")
async def export(body: ExportIn):
    return FileResponse(os.path.join(EXPORTS, f"{body.report_id}-{body.page}.{body.fmt}"))


@app.post("/export/labelled")
async def export_labelled(body: ExportIn):
    return FileResponse(os.path.join(EXPORTS, body.label))


@app.post("/archive")
async def archive(item: Archive):
    return FileResponse(os.path.join(EXPORTS, str(item.year), item.name))


@app.post("/archive/year")
async def archive_year(item: Archive):
    return FileResponse(os.path.join(EXPORTS, f"{item.year}.zip"))


@app.post("/plain")
async def plain(body: Plain):
    return FileResponse(os.path.join(EXPORTS, f"{body.report_id}.csv"))
'''


def test_scalar_fields_of_a_request_model_are_clean(tmp_path: Path):
    (tmp_path / "storage.py").write_text('def exports_dir():\n    return "/srv/exports"\n')
    (tmp_path / "schemas.py").write_text(SCHEMAS)
    (tmp_path / "routes.py").write_text(ROUTES)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text",
                          "--select", "python/security/tainted-path", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    lines = sorted(int(line.split(":")[1]) for line in run.stdout.splitlines() if "tainted-path" in line)
    assert lines == [26, 31, 41], run.stdout  # the `str` fields, and the class nothing validates
