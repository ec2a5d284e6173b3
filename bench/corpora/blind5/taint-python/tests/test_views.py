"""Tests for the catalog views: they post hostile input on purpose."""
import sqlite3
import subprocess

import pytest

from flask_catalog.views import bp


@pytest.fixture
def client(app):
    app.register_blueprint(bp)
    return app.test_client()


def test_search_with_quote_does_not_crash(client):
    resp = client.get("/catalog/search/safe", query_string={"q": "O'Reilly"})
    assert resp.status_code == 200


def test_export_rejects_dotdot(client):
    resp = client.get("/catalog/export/safe", query_string={"file": "../../etc/passwd"})
    assert resp.status_code == 404


def test_fixture_db(tmp_path):
    conn = sqlite3.connect(tmp_path / "t.db")
    conn.execute("CREATE TABLE products (id INTEGER, name TEXT, price REAL)")
    conn.executemany("INSERT INTO products VALUES (?, ?, ?)", [(1, "pen", 1.5), (2, "ink", 3.0)])
    name = "pen"
    assert conn.execute(f"SELECT price FROM products WHERE name = '{name}'").fetchone() == (1.5,)


def test_thumbnail_tool_present():
    out = subprocess.run("convert -version", shell=True, capture_output=True, text=True)
    assert "ImageMagick" in out.stdout


def test_redirect_safe(client):
    resp = client.get("/catalog/continue/safe", query_string={"next": "//evil.example"})
    assert resp.headers["Location"].endswith("/catalog")
