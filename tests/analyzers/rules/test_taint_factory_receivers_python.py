"""A receiver a factory function of the project gives (taint_factories): Watcher's controllers keep
`self.dbapi = db_api.get_instance()`, a module function that makes one `Connection` and returns it,
and Designate's call `CentralAPI.get_instance().create_zone(...)`, a class method returning `cls()`.
The method called is the class's, whose sink takes the handler's data: the engine knew instances
made from a class (`Connection(path)`), not those a factory returns, so the ORDER BY built from the
query string was missed. The query with its value bound stays clean. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

DB_API = '''import sqlite3

_connection = None


def get_instance():
    """The process's one connection, opened at the first call."""
    global _connection
    if not _connection:
        _connection = Connection("audits.sqlite")
    return _connection


class Connection:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def get_audit_template_list(self, sort_key="created_at"):
        return self.conn.execute(f"SELECT uuid FROM audit_templates ORDER BY {sort_key}").fetchall()

    def get_audit_template(self, name):
        return self.conn.execute("SELECT uuid FROM audit_templates WHERE name = ?", (name,)).fetchone()
'''

CENTRAL = '''import subprocess


class CentralAPI:
    shared = None

    def reload_zone(self, zone_name):
        return subprocess.run(f"rndc reload {zone_name}", shell=True, check=False).returncode

    @classmethod
    def get_instance(cls):
        """The API every controller shares."""
        if cls.shared is None:
            cls.shared = cls()
        return cls.shared
'''

CONTROLLERS = '''from flask import Flask, request

from watcher.central import CentralAPI
from watcher.db import api as db_api

app = Flask(__name__)


class AuditTemplates:
    def __init__(self):
        self.dbapi = db_api.get_instance()

    def get_all(self):
        return self.dbapi.get_audit_template_list(sort_key=request.args.get("sort_key", "created_at"))

    def get_one(self):
        return self.dbapi.get_audit_template(request.args.get("name", ""))


@app.post("/zones/reload")
def reload_zone():
    return {"code": CentralAPI.get_instance().reload_zone(request.form["zone"])}
'''


def test_a_method_of_what_a_factory_returns_is_that_classs(tmp_path: Path) -> None:
    found = taint_findings(tmp_path, {"watcher/__init__.py": "", "watcher/db/__init__.py": "", "watcher/db/api.py": DB_API,
                                      "watcher/central.py": CENTRAL, "watcher/api/__init__.py": "",
                                      "watcher/api/controllers.py": CONTROLLERS})
    assert sorted(found) == ["watcher/central.py:8 tainted-command", "watcher/db/api.py:19 tainted-sql"]


REPOSITORY = '''from sqlalchemy import text


class ProductRepository:
    """The product table's queries, on one session."""

    def __init__(self, db):
        self.db = db

    @classmethod
    def from_session(cls, db):
        return cls(db)

    async def list_sorted(self, sorting):
        order = ", ".join(sorting) or "created_at DESC"
        return await self.db.execute(text(f"SELECT id FROM products ORDER BY {order}"))
'''

PRODUCTS = '''from fastapi import APIRouter, Depends, Query

from shop.db import get_db_session
from shop.repository import ProductRepository

router = APIRouter()


@router.get("/products")
async def list_products(sorting: list[str] = Query(default=["-created_at"]), session=Depends(get_db_session)):
    repository = ProductRepository.from_session(session)
    return await repository.list_sorted(sorting)
'''


def test_a_class_method_factory_given_arguments_gives_its_class(tmp_path: Path) -> None:
    # Polar's repositories: `repository = ProductRepository.from_session(session)`, a class method returning `cls(session)`
    found = taint_findings(tmp_path, {"shop/__init__.py": "", "shop/db.py": "def get_db_session():\n    return None\n",
                                      "shop/repository.py": REPOSITORY, "shop/products.py": PRODUCTS})
    assert sorted(found) == ["shop/repository.py:16 tainted-sql"]
