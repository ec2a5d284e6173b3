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


class _CountedText(str):
    """A module's text that counts the characters read out of it by slicing."""
    read = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        _CountedText.read += len(piece)
        return piece


def test_a_long_chain_of_models_is_read_once_not_once_a_class():
    # (a checkout's module of 2,000 models, each based on the one before: each class body is read where it stands,
    # not the rest of the module once a class — that was quadratic, seconds a check at 8,000 classes)
    from postil.analyzers.rules.taint_model_fields import _CLASS, _scalar_fields

    body = ["from pydantic import BaseModel", "", "class M0(BaseModel):", "    f0: int", ""]
    for i in range(1, 2000):
        body += [f"class M{i}(BaseModel, M{i - 1}):", f"    f{i}: int", ""]
    text = _CountedText("\n".join(body) + "\n")
    classes = {m.group(1): m for m in _CLASS.finditer(text)}
    _CountedText.read = 0
    fields = _scalar_fields(text, classes, "M1999")
    assert fields == {f"f{i}" for i in range(2000)}
    assert _CountedText.read <= 4 * len(text), (_CountedText.read, len(text))
