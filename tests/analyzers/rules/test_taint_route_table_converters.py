"""URL parameters a route table of another module converts (issue 31): Django's `urls.py` declares
`path("orders/<int:order_id>/", views.order_file)` (black's layout: the view on the next line too), Sanic's
blueprint `add_route(views.download, "/exports/<export_id:uuid>")` (or `<chunk_no:number>`, Sanic's older name
of `float`): the view gets a number or a UUID, not the request's text. A parameter the table leaves a string
(`<str:name>`, `<name>`) stays request data. (Each view module calls a function of the project, as views do: a
module importing none of it is not linked to the files near it, see Workspace.link.) Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

DJANGO_URLS = '''from django.urls import path

from . import views

urlpatterns = [
    path("orders/<int:order_id>/", views.order_file),
    path(
        "invoices/<uuid:invoice_id>/",
        views.invoice_file,
        name="invoice",
    ),
    path("raw/<str:order_id>/", views.raw_file),
]
'''
DJANGO_VIEWS = '''from django.http import FileResponse

from .storage import root_for


def order_file(request, order_id):
    return FileResponse(open(f"{root_for('orders')}/{order_id}.pdf", "rb"))


def invoice_file(request, invoice_id):
    return FileResponse(open(f"/srv/invoices/{invoice_id}.pdf", "rb"))


def raw_file(request, order_id):
    return FileResponse(open(f"/srv/raw/{order_id}", "rb"))
'''
SANIC_ROUTES = '''from sanic import Blueprint

from . import handlers

exports = Blueprint("exports")
exports.add_route(handlers.download, "/exports/<export_id:uuid>", methods=["GET"])
exports.add_route(handlers.chunk, "/chunks/<chunk_no:number>", methods=["GET"])
exports.add_route(handlers.by_name, "/named/<label>", methods=["GET"])
'''
SANIC_HANDLERS = '''import os

from sanic import response

from .storage import root_for

ROOT = root_for("exports")


async def download(request, export_id):
    return await response.file(os.path.join(ROOT, f"{export_id}.jsonl"))


async def by_name(request, label):
    return await response.file(os.path.join(ROOT, label))


async def chunk(request, chunk_no):
    return await response.file(os.path.join(ROOT, f"chunk-{chunk_no}.bin"))
'''

STORAGE = '''def root_for(kind):
    return "/srv/" + kind
'''


def test_a_route_table_of_another_module_converts_the_views_parameters(tmp_path: Path):
    _write(tmp_path, {"shop/__init__.py": "", "shop/urls.py": DJANGO_URLS, "shop/views.py": DJANGO_VIEWS,
                      "shop/storage.py": STORAGE, "tracker/__init__.py": "", "tracker/routes.py": SANIC_ROUTES,
                      "tracker/handlers.py": SANIC_HANDLERS, "tracker/storage.py": STORAGE})
    found = sorted(_findings(tmp_path))
    assert len(found) == 2, found
    assert "shop/views.py:" in found[0] and "(`order_id`) reaches `open` at line 15" in found[0], found
    assert "tracker/handlers.py:" in found[1] and "(`label`) reaches `file` at line 15" in found[1], found


def test_a_line_holding_many_routes_is_read_once(monkeypatch):
    """A minified or generated file with thousands of routes on one line: each line's names are read once, not once
    per route on it (2,000 routes on a 60 KB line took 12 s before; the work grew with the square of the line)."""
    from postil.analyzers.rules import taint_route_converters as routes

    reads = []

    class Counting:
        def finditer(self, text):
            reads.append(len(text))
            return routes.re.compile(r"(?<![\w.])(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)").finditer(text)

    monkeypatch.setattr(routes, "_NAME", Counting())
    text = 'urlpatterns = [' + 'path("x/<int:pk>/", views.f), ' * 500 + ']\npath("y/<int:uid>/", views.g)\n'
    assert routes.route_converters(text) >= {("f", "pk"), ("g", "uid")}
    assert len(reads) == 2  # one read per line holding a route
