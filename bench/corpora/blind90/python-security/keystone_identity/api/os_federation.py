import html

import flask

from keystone_identity.server.flask_common import ResourceBase

TEMPLATE = '<form id="sso" action="%s" method="post"><input type="hidden" name="token" value="%s"/></form>'


def _get_sso_origin_host():
    origin = flask.request.args.get("origin")
    if not origin:
        flask.abort(400, "origin is required")
    return origin


class AuthFederationWebSSOResource(ResourceBase):
    def get(self, protocol_id):
        origin = _get_sso_origin_host()
        trusted = flask.current_app.config["TRUSTED_DASHBOARDS"]
        token_id = flask.request.environ.get("keystone.token_id", "")
        if origin in trusted:
            return flask.Response(TEMPLATE % (html.escape(origin), html.escape(token_id)), mimetype="text/html")
        # expect: xss
        return flask.Response(TEMPLATE % (origin, token_id), mimetype="text/html")


class AuthFederationLogoutResource(ResourceBase):
    def get(self):
        came_from = flask.request.args.get("came_from", "/")
        trusted = flask.current_app.config["TRUSTED_DASHBOARDS"]
        if flask.request.args.get("strict") and came_from not in trusted:
            return flask.redirect("/")
        # expect: open-redirect
        return flask.redirect(came_from)
