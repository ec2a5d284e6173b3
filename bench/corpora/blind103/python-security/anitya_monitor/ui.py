from urllib.parse import urljoin, urlparse

import flask
from flask import Blueprint, Markup, redirect, render_template, render_template_string, request
from markupsafe import escape

from .check_service import Checker
from .forms import ProjectForm
from .models import Project

ui_blueprint = Blueprint("anitya_ui", __name__)


def is_safe_url(target):
    ref_url = urlparse(request.host_url)
    test_url = urlparse(urljoin(request.host_url, target))
    return test_url.scheme in ("http", "https") and ref_url.netloc == test_url.netloc


@ui_blueprint.route("/project/new", methods=["GET", "POST"])
def new_project():
    form = ProjectForm()
    if form.validate_on_submit():
        project = Project(name=form.name.data, homepage=form.homepage.data, backend=form.backend.data, version_url=form.version_url.data)
        flask.g.db.add(project)
        flask.g.db.commit()
        flask.current_app.checker.enqueue(project.id)
        flask.flash(Markup("Project created: <b>%s</b>") % project.name)
        return redirect(flask.url_for("anitya_ui.project", project_id=project.id))
    return render_template("project_new.html", form=form)


@ui_blueprint.route("/projects/search/")
def projects_search():
    pattern = request.args.get("pattern", "*")
    distro = request.args.get("distro")
    exact = Project.search(flask.g.db, pattern)
    raw = Project.search_raw(flask.g.db, pattern, distro)
    return render_template("search.html", projects=exact + raw, pattern=pattern)


@ui_blueprint.route("/projects/search/title")
def search_title():
    pattern = request.args.get("pattern", "")
    # expect: template-injection
    return render_template_string("<h1>Results for " + pattern + "</h1>")


@ui_blueprint.route("/projects/search/title2")
def search_title_safe():
    return render_template_string("<h1>Results for {{ pattern }}</h1>", pattern=escape(request.args.get("pattern", "")))


@ui_blueprint.route("/login/done")
def login_done():
    next_url = request.args.get("next") or flask.url_for("anitya_ui.index")
    if not is_safe_url(next_url):
        next_url = flask.url_for("anitya_ui.index")
    return redirect(next_url)


@ui_blueprint.route("/logout")
def logout():
    next_url = request.args.get("next", "/")
    # expect: open-redirect
    return redirect(next_url)
