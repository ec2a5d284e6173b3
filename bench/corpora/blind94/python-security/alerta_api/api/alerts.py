from flask import Blueprint, jsonify, request

from alerta_api.auth.utils import permission
from alerta_api.database.query import QueryBuilder
from alerta_api.models.alert import Alert
from alerta_api.utils.api import add_remote_ip, jsonp, jsonp_checked, process_alert

api = Blueprint("api", __name__)


@api.route("/alert", methods=["POST"])
@permission("write:alerts")
@jsonp
def receive():
    try:
        incoming = Alert.parse(request.json)
    except ValueError as e:
        return jsonify(status="error", message=str(e)), 400
    add_remote_ip(request, incoming)
    alert = process_alert(incoming)
    return jsonify(status="ok", id=alert.id), 201


@api.route("/alerts", methods=["GET"])
@permission("read:alerts")
@jsonp_checked
def search_alerts():
    query = QueryBuilder(request.args)
    return jsonify(status="ok", alerts=[list(r) for r in query.alerts()])


@api.route("/alerts/count", methods=["GET"])
@permission("read:alerts")
@jsonp_checked
def count_alerts():
    query = QueryBuilder(request.args)
    return jsonify(status="ok", counts=dict(query.counts()))
