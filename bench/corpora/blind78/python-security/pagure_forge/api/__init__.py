"""API namespace: the blueprint, the error decorator and request helpers."""
import functools
import logging

import flask

from pagure_forge.lib import query

_log = logging.getLogger(__name__)

API = flask.Blueprint("api_ns", __name__, url_prefix="/api/0")


class APIError(Exception):
    def __init__(self, status_code, error):
        super().__init__(error)
        self.status_code = status_code
        self.error = error


def api_method(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            result = function(*args, **kwargs)
        except APIError as e:
            response = flask.jsonify({"error": e.error})
            response.status_code = e.status_code
            return response
        return result

    return wrapper


def get_request_data():
    """Return the JSON body when there is one, the form otherwise."""
    return flask.request.get_json(silent=True) or flask.request.form


def get_authorized_api_project(repo, username=None, namespace=None):
    project = query.get_authorized_project(flask.g.session, repo, user=username, namespace=namespace)
    if project is None:
        raise APIError(404, "Project not found")
    flask.g.repo = project
    flask.g.repo_path = project.path
    return project


def get_page():
    try:
        page = int(flask.request.args.get("page", 1))
    except ValueError:
        raise APIError(400, "Invalid page")
    return max(page, 1)


from pagure_forge.api import project  # noqa: E402,F401
