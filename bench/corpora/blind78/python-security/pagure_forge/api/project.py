"""Project endpoints of the API."""
import logging

import flask

from pagure_forge.api import API, APIError, api_method, get_authorized_api_project, get_page, get_request_data
from pagure_forge.config import config as pagure_config
from pagure_forge.lib import git as pagure_git
from pagure_forge.lib import query

_log = logging.getLogger(__name__)


@API.route("/<repo>/git/tags")
@API.route("/<namespace>/<repo>/git/tags")
@api_method
def api_git_tags(repo, namespace=None):
    project = get_authorized_api_project(repo, namespace=namespace)
    pattern = flask.request.args.get("pattern") or "*"
    tags = pagure_git.get_git_tags(project.path, pattern)
    return flask.jsonify({"total_tags": len(tags), "tags": tags})


@API.route("/<repo>/git/branch", methods=["POST"])
@API.route("/<namespace>/<repo>/git/branch", methods=["POST"])
@api_method
def api_new_branch(repo, namespace=None):
    get_authorized_api_project(repo, namespace=namespace)
    data = get_request_data()
    branch = data.get("branch")
    from_commit = data.get("from_commit") or data.get("from_branch") or "HEAD"
    if not branch:
        raise APIError(400, "branch is required")
    pagure_git.new_git_branch(flask.g.repo_path, branch, from_commit)
    return flask.jsonify({"message": "Project branch was created"})


@API.route("/<repo>/git/branch/<path:branch>", methods=["DELETE"])
@api_method
def api_delete_branch(repo, branch):
    project = get_authorized_api_project(repo)
    pagure_git.delete_branch(project.path, branch)
    return flask.jsonify({"message": "Branch deleted"})


@API.route("/<repo>/c/<commit>/stats")
@api_method
def api_commit_stats(repo, commit):
    project = get_authorized_api_project(repo)
    if not all(c in "0123456789abcdef" for c in commit.lower()):
        raise APIError(400, "Invalid commit hash")
    stats = pagure_git.get_diff_stats(project.path, commit, flask.g.diff_context)
    return flask.jsonify({"stats": stats})


@API.route("/projects")
@api_method
def api_projects():
    pattern = flask.request.args.get("pattern")
    namespace = flask.request.args.get("namespace")
    if namespace and namespace not in pagure_config["ALLOWED_PREFIX"]:
        raise APIError(400, "Unknown namespace")
    per_page = pagure_config["ITEMS_PER_PAGE"]
    start = (get_page() - 1) * per_page
    projects = query.search_projects(flask.g.session, pattern=pattern, namespace=namespace, start=start, limit=per_page)
    return flask.jsonify({"projects": [p.fullname for p in projects]})


@API.route("/<repo>/issues")
@api_method
def api_view_issues(repo):
    project = get_authorized_api_project(repo)
    issues = query.search_issues(
        flask.g.session,
        project,
        status=flask.request.args.get("status", "Open"),
        tags=flask.request.args.getlist("tags"),
        assignee=flask.request.args.get("assignee"),
    )
    return flask.jsonify({"issues": [dict(i._mapping) for i in issues]})
