"""Key download handlers: profile archives, single files and the key page."""
import logging

import flask
from markupsafe import escape

from pritunl import app, auth, organization, settings, utils
from pritunl.user import KeyFiles

logger = logging.getLogger("pritunl.handlers.key")


def _key_files(org_id, user_id):
    org = organization.get_by_id(org_id)
    if not org:
        flask.abort(404)
    user = org.get_user(user_id)
    if not user:
        flask.abort(404)
    return KeyFiles(org=org, user=user)


@app.app.route("/key/<org_id>/<user_id>.tar", methods=["GET"])
@auth.session_auth
def user_key_tar_archive_get(org_id, user_id):
    files = _key_files(org_id, user_id)
    data = files.build_archive()
    response = flask.Response(response=data, mimetype="application/octet-stream")
    response.headers.add("Content-Disposition", 'attachment; filename="%s.tar"' % files.user.id)
    return response


@app.app.route("/key/<org_id>/<user_id>/<path:file_name>", methods=["GET"])
@auth.session_auth
def user_key_file_get(org_id, user_id, file_name):
    files = _key_files(org_id, user_id)
    return flask.Response(response=files.read_profile(file_name), mimetype="text/plain")


@app.app.route("/key/<org_id>/<user_id>/conf/<file_name>", methods=["GET"])
@auth.session_auth
def user_key_conf_get(org_id, user_id, file_name):
    files = _key_files(org_id, user_id)
    return flask.Response(response=files.read_conf(file_name), mimetype="text/plain")


@app.app.route("/k/<short_code>", methods=["GET"])
def user_linked_key_page_get(short_code):
    files = KeyFiles.from_short_code(short_code)
    if not files:
        return flask.abort(404)
    title = flask.request.args.get("title") or settings.app.theme_title
    body = "<h1>%s</h1><p>Profiles for %s</p>" % (title, escape(files.user.name))
    # expect: xss
    return flask.Response(response=body, mimetype="text/html")


@app.app.route("/k/<short_code>/safe", methods=["GET"])
def user_linked_key_page_safe_get(short_code):
    files = KeyFiles.from_short_code(short_code)
    if not files:
        return flask.abort(404)
    title = flask.request.args.get("title") or settings.app.theme_title
    body = "<h1>%s</h1><p>Profiles for %s</p>" % (escape(title), escape(files.user.name))
    return flask.Response(response=body, mimetype="text/html")


@app.app.route("/key/link/done", methods=["GET"])
def user_key_link_done_get():
    target = flask.request.args.get("redirect_uri", "/")
    if not utils.is_local_redirect(target):
        target = "/"
    logger.info("Key link complete, returning to %s", target)
    return flask.redirect(target)


@app.app.route("/sso/callback", methods=["GET"])
def sso_callback_get():
    state = flask.request.args.get("state", "")
    return_to = flask.request.args.get("return_to")
    if not return_to:
        return_to = settings.app.sso_return_default
    logger.info("SSO callback for state %s", state[:8])
    # expect: open-redirect
    return flask.redirect(return_to)
