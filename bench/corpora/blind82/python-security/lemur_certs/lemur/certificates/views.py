import ldap
from flask import Blueprint, request
from flask_restful import Api, Resource

from ..auth.ldap import LdapPrincipal
from ..common.schema import validate_schema
from ..plugins.openssl_export import OpenSSLExportPlugin
from . import service
from .schemas import CertificateExportInputSchema, CertificateFilterSchema

mod = Blueprint("certificates", __name__)
api = Api(mod)
PLUGINS = {OpenSSLExportPlugin.slug: OpenSSLExportPlugin()}


class CertificatesList(Resource):
    @validate_schema(CertificateFilterSchema(), None)
    def get(self, data):
        rows = service.render(data)
        owner = request.args.get("owner")
        if owner is not None:
            rows = service.search_by_owner(owner)
        return {"items": [dict(r._mapping) for r in rows]}


class CertificateExport(Resource):
    @validate_schema(CertificateExportInputSchema(), None)
    def post(self, certificate_id, data):
        cert = service.get(certificate_id)
        plugin = PLUGINS.get(data["plugin_slug"])
        if plugin is None:
            return {"message": "unknown plugin"}, 400
        options = {"passphrase": data["passphrase"], "alias": data["alias"], "legacy": request.args.get("legacy") == "1"}
        return {"data": plugin.export(cert.body, cert.chain, cert.private_key, options).hex()}


class LdapLogin(Resource):
    def post(self):
        conn = ldap.initialize("ldaps://ldap.example.com")
        principal = LdapPrincipal(conn, request.get_json(force=True))
        user, groups = principal.authenticate()
        return {"ok": bool(user), "groups": len(groups)}


api.add_resource(CertificatesList, "/certificates")
api.add_resource(CertificateExport, "/certificates/<int:certificate_id>/export")
api.add_resource(LdapLogin, "/auth/ldap")
