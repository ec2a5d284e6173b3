"""Bottle routes of the package index: upload, remove, simple pages."""
import logging
import re

from pypiserver import core, hooks
from pypiserver.bottle import Bottle, HTTPError, redirect, request, response, static_file, template

log = logging.getLogger(__name__)

app = Bottle()
_upload_filename_re = re.compile(r"^[a-z0-9_.!+-]+$", re.I)


def _config():
    return app.config["pypiserver.config"]


@app.post("/")
def update():
    action = request.forms.get(":action")
    if action == "remove_pkg":
        name = request.forms.get("name")
        version = request.forms.get("version")
        core.remove_pkg(_config().roots[0], name, version)
        return ""
    if action != "file_upload":
        raise HTTPError(400, "Unsupported action %s" % action)
    content = request.files.get("content")
    if content is None:
        raise HTTPError(400, "Missing 'content' file-field!")
    if _config().strict_names and not _upload_filename_re.match(content.raw_filename):
        raise HTTPError(400, "Bad filename: %s" % content.raw_filename)
    path = core.store(_config().roots[0], content.raw_filename, content.file)
    hooks.run_upload_hook(_config(), path)
    hooks.run_upload_hook_argv(_config(), path)
    return ""


@app.route("/simple/<project>/")
def simple(project):
    files = core.find_project_files(_config().roots, project)
    if not files:
        if _config().redirect_to_fallback:
            return redirect("%s/%s/" % (_config().fallback_url.rstrip("/"), project))
        response.content_type = "text/html"
        # expect: xss
        return "<html><body><h1>No package named %s</h1></body></html>" % project
    return template("simple_project", project=project, files=files)


@app.route("/packages/<filename>")
def server_static(filename):
    root = core.find_root_for(_config().roots, filename)
    return static_file(filename, root=root, mimetype="application/octet-stream")


@app.route("/packages/")
def list_packages():
    files = core.list_all(_config().roots)
    return template("packages", files=files)
