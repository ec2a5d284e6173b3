"""Repository pages: raw files, markdown preview and the login redirect."""
import logging
import mimetypes

import flask
from markupsafe import Markup, escape

from pagure_forge import utils
from pagure_forge.lib import git as pagure_git
from pagure_forge.lib import query

_log = logging.getLogger(__name__)

UI_NS = flask.Blueprint("ui_ns", __name__)


def _project_or_404(repo, namespace=None):
    project = query.get_authorized_project(flask.g.session, repo, namespace=namespace)
    if project is None:
        flask.abort(404, description="Project not found")
    return project


@UI_NS.route("/<repo>/raw/<path:filename>")
def view_raw_file(repo, filename):
    project = _project_or_404(repo)
    data = pagure_git.read_blob(project.path, flask.g.branch, filename)
    mimetype, _ = mimetypes.guess_type(filename)
    response = flask.make_response(data)
    response.headers["Content-Type"] = "text/plain" if not mimetype or mimetype.startswith("text/") else mimetype
    download_name = flask.request.args.get("download_as")
    if download_name:
        # expect: header-injection
        response.headers["Content-Disposition"] = 'attachment; filename="%s"' % download_name
    return response


@UI_NS.route("/<repo>/blob/<path:filename>/download")
def download_file(repo, filename):
    project = _project_or_404(repo)
    data = pagure_git.read_blob(project.path, "HEAD", filename)
    response = flask.make_response(data)
    safe_name = filename.rsplit("/", 1)[-1].replace('"', "").replace("\r", "").replace("\n", "")
    response.headers["Content-Disposition"] = f'attachment; filename="{safe_name}"'
    return response


@UI_NS.route("/markdown/", methods=["POST"])
def markdown_preview():
    text = flask.request.form.get("content", "")
    html = ""
    for paragraph in text.split("\n\n"):
        html += "<p>" + paragraph.strip() + "</p>\n"
    # expect: xss
    return Markup(html)


@UI_NS.route("/markdown/safe", methods=["POST"])
def markdown_preview_escaped():
    text = flask.request.form.get("content", "")
    parts = [Markup("<p>%s</p>") % escape(p.strip()) for p in text.split("\n\n")]
    return Markup("\n").join(parts)


@UI_NS.route("/login/", methods=["GET", "POST"])
def login():
    next_url = flask.request.args.get("next") or flask.url_for("ui_ns.index")
    if flask.request.method == "POST" and utils.authenticated():
        if not utils.is_safe_url(next_url):
            next_url = flask.url_for("ui_ns.index")
        return flask.redirect(next_url)
    return flask.render_template("login.html", next_url=next_url)


@UI_NS.route("/logout/")
def logout():
    flask.session.pop("fas_user", None)
    return_point = flask.request.referrer or flask.url_for("ui_ns.index")
    # expect: open-redirect
    return flask.redirect(return_point)


@UI_NS.route("/")
def index():
    projects = query.search_projects(flask.g.session, order_by="date", limit=12)
    return flask.render_template("index.html", projects=projects, theme=flask.session.get("theme"))


ALLOW_EXTERNAL_RETURN = False


@UI_NS.route("/return/")
def return_to():
    target = flask.request.args.get("url", "/")
    if ALLOW_EXTERNAL_RETURN and False:
        return flask.redirect(target)
    return flask.redirect(flask.url_for("ui_ns.index"))
