"""Server handlers: create servers, add routes, set the SSO metadata source."""
import ipaddress
import logging

import flask

from pritunl import app, auth, settings, utils
from pritunl.server_instance import ServerInstance, fetch_sso_metadata

logger = logging.getLogger("pritunl.handlers.server")


@app.app.route("/server/<server_id>/route", methods=["POST"])
@auth.session_auth
def server_route_post(server_id):
    network = flask.request.json.get("network")
    via = flask.request.json.get("via_gateway") or None
    instance = ServerInstance.load(server_id)
    instance.add_route(network=network, via=via)
    return utils.jsonify({"network": network})


@app.app.route("/server/<server_id>/route/checked", methods=["POST"])
@auth.session_auth
def server_route_checked_post(server_id):
    try:
        network = str(ipaddress.ip_network(flask.request.json.get("network", ""), strict=False))
    except ValueError:
        return utils.jsonify({"error": "network_invalid"}, 400)
    instance = ServerInstance.load(server_id)
    instance.add_route_checked(network=network)
    return utils.jsonify({"network": network})


@app.app.route("/server/<server_id>/interface", methods=["PUT"])
@auth.session_auth
def server_interface_put(server_id):
    iface = flask.request.json.get("interface", "")
    instance = ServerInstance.load(server_id)
    instance.doc["interface"] = iface
    instance.commit()
    return utils.jsonify({"interface": iface})


@app.app.route("/server/<server_id>/restart", methods=["PUT"])
@auth.session_auth
def server_restart_put(server_id):
    instance = ServerInstance.load(server_id)
    instance.bring_up_interface()
    return utils.jsonify({"status": "restarting"})


@app.app.route("/settings/sso", methods=["PUT"])
@auth.session_auth
def settings_sso_put():
    url = flask.request.json.get("sso_saml_metadata_url")
    if url:
        settings.app.sso_saml_metadata_url = url
        settings.commit()
    metadata = fetch_sso_metadata()
    return utils.jsonify({"entity": metadata.get("entity_id")})
