"""A Python object's field made from a class of another project module in `__init__` (Tautulli's
`DataFactory` keeps `self.db = MonitorDatabase()`, whose `select(query, args)` runs the query): a
call of the field's method (`self.db.select(f"... ORDER BY {column}")`) is that class's method,
whose sink takes the text. The engine knew instances held by names (`db = MonitorDatabase()`),
not by `self.` fields, so the SQL built from the handler's `**kwargs` was missed. The query with
its value bound stays clean. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

DATABASE = '''import sqlite3


class MonitorDatabase:
    def __init__(self, filename="tautulli.db"):
        self.connection = sqlite3.connect(filename, check_same_thread=False)

    def select(self, query, args=None):
        return self.connection.execute(query, args or []).fetchall()
'''

DATAFACTORY = '''from .database import MonitorDatabase


class DataFactory:
    def __init__(self):
        self.db = MonitorDatabase()

    def get_history(self, kwargs=None):
        column = kwargs.get("order_column", "started")
        return self.db.select(f"SELECT id FROM session_history ORDER BY {column}")

    def get_user_names(self, kwargs=None):
        return self.db.select("SELECT user_id FROM users WHERE friendly_name LIKE ?", [f"%{kwargs.get('search', '')}%"])
'''

WEBSERVE = '''import cherrypy

from .datafactory import DataFactory


class WebInterface:
    @cherrypy.expose
    def get_history(self, **kwargs):
        return DataFactory().get_history(kwargs=kwargs)

    @cherrypy.expose
    def get_user_names(self, **kwargs):
        return DataFactory().get_user_names(kwargs=kwargs)
'''


def test_a_method_of_a_field_made_from_an_imported_class_is_that_classs(tmp_path: Path) -> None:
    found = taint_findings(tmp_path, {"plexpy/__init__.py": "", "plexpy/database.py": DATABASE,
                                      "plexpy/datafactory.py": DATAFACTORY, "plexpy/webserve.py": WEBSERVE})
    # (at the sink, once: the handler's `get_history(kwargs=kwargs)` feeds the parameter it names, as
    # `get_history(kwargs)` would, so the call is not reported again)
    assert found == ["plexpy/datafactory.py:10 tainted-sql"]
