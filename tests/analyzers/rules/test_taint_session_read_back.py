"""A session key one view fills from the request, read back by another view of the same file.

The session travels in the client's cookie (or is keyed by it) to the requests after: Tahrir's login
view keeps `request.session["came_from"] = request.params.get("came_from")` and its OpenID callback
redirects to `request.session.pop("came_from", None)`. The write is in the same file as the read, which
the request-state sources left to the file's own shared state (direct reads of `g.x` only), so the
redirect was never reported. A key the file fills with a constant stays clean. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PYRAMID_VIEWS = '''from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


@view_config(route_name="login_complete")
def login_complete(request):
    came_from = request.session.pop("came_from", None) or request.route_url("home")
    return HTTPFound(location=came_from)


@view_config(route_name="dashboard")
def dashboard(request):
    return HTTPFound(location=request.session.get("landing") or "/")


@view_config(route_name="login")
def login(request):
    request.session["came_from"] = request.params.get("came_from")
    request.session["landing"] = "/dashboard"
    return HTTPFound(location=request.route_url("openid_login"))
'''

FLASK_VIEWS = '''from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login")
def login():
    session["next"] = request.args.get("next")
    return redirect("/sso")


@app.route("/sso/done")
def sso_done():
    return redirect(session.get("next") or "/")
'''


def _findings(root: Path) -> list[str]:
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security/tainted-redirect", str(root)], check=False, capture_output=True, text=True,
                         timeout=300)
    return [line for line in run.stdout.splitlines() if "tainted-" in line]


def test_a_pyramid_session_key_filled_from_the_request_is_request_data_where_read_back(tmp_path: Path):
    (tmp_path / "views.py").write_text(PYRAMID_VIEWS)
    found = _findings(tmp_path)
    # `landing` is a constant: clean
    assert len(found) == 1 and "views.py:8" in found[0] and "stored by views.py, read from line 7" in found[0], found


def test_a_flask_session_key_read_back_by_get_in_the_same_file(tmp_path: Path):
    (tmp_path / "app.py").write_text(FLASK_VIEWS)
    found = _findings(tmp_path)
    assert len(found) == 1 and "app.py:14" in found[0], found
