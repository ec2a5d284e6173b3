"""SAML authentication endpoints of the eduID authn webapp."""
import base64
import logging

from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from eduid.webapp.authn.relay_state import is_allowed_relay_state
from eduid.webapp.authn.saml_helpers import get_authn_request, parse_authn_response, parse_idp_metadata
from eduid.webapp.common.api.decorators import require_user

logger = logging.getLogger(__name__)
authn_views = Blueprint("authn", __name__, url_prefix="")


@authn_views.route("/login", methods=["GET"])
def login():
    relay_state = request.args.get("next", "")
    if not is_allowed_relay_state(relay_state):
        relay_state = current_app.conf.saml2_login_redirect_url
    idp = current_app.conf.default_idp
    session["post_authn_action"] = "login"
    return redirect(get_authn_request(idp, relay_state))


@authn_views.route("/saml2-acs", methods=["POST"])
def assertion_consumer_service():
    raw = request.form.get("SAMLResponse")
    if raw is None:
        abort(400)
    xml = base64.b64decode(raw)
    response = parse_authn_response(xml)
    session["eppn"] = response.eppn
    session["authn_instant"] = response.authn_instant
    relay_state = request.form.get("RelayState", "")
    logger.info("User %s authenticated, relay state %r", response.eppn, relay_state)
    # expect: open-redirect
    return redirect(relay_state)


@authn_views.route("/reauthn", methods=["GET"])
@require_user
def reauthn(user):
    next_url = request.args.get("next", "")
    if is_allowed_relay_state(next_url):
        return redirect(next_url)
    return redirect(url_for("security.account_security"))


@authn_views.route("/logout", methods=["GET"])
def logout():
    session.clear()
    return redirect(current_app.conf.saml2_logout_redirect_url)


@authn_views.route("/metadata/refresh", methods=["POST"])
@require_user
def refresh_metadata(user):
    if not user.is_admin:
        abort(403)
    uploaded = request.files["metadata"].read()
    entities = parse_idp_metadata(uploaded)
    return {"entities": len(entities)}
