"""Lease and host routes, shaped on Blazar's v1_0 modules."""
import flask

from blazar_api.api.v1 import utils as api_utils
from blazar_api.api.v1.leases import service

rest = api_utils.Rest("v1_0", __name__, url_prefix="/v1")
_api = service.API()


@rest.get("/leases", query=True)
def leases_list(query):
    return api_utils.render(leases=_api.get_leases(query))


@rest.post("/leases")
def leases_create(data):
    return api_utils.render(lease=_api.create_lease(data))


@rest.get("/leases/<lease_id>/report", query=True)
def leases_report(lease_id, query):
    return flask.Response(_api.lease_report(lease_id, query.get("format")), mimetype="text/plain")


@rest.post("/os-hosts")
def hosts_create(data):
    return api_utils.render(host=_api.create_computehost(data))
