"""LDAP authentication source (ldap3), used when AUTHENTICATION_SOURCES has 'ldap'."""
import logging

from flask import Blueprint, current_app, request, session
from ldap3 import ALL, SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

from ..utils.ajax import bad_request, make_json_response

log = logging.getLogger("pgadmin.ldap")
blueprint = Blueprint("ldap_auth", __name__, url_prefix="/authenticate")


class LDAPAuthentication:
    def __init__(self, config):
        self.uri = config["LDAP_SERVER_URI"]
        self.base_dn = config["LDAP_BASE_DN"]
        self.username_attr = config.get("LDAP_USERNAME_ATTRIBUTE", "uid")
        self.search_filter = config.get("LDAP_SEARCH_FILTER", "(objectclass=*)")
        self.bind_user = config.get("LDAP_BIND_USER")
        self.bind_pass = config.get("LDAP_BIND_PASSWORD")

    def _connect(self):
        server = Server(self.uri, get_info=ALL, connect_timeout=10)
        return Connection(server, user=self.bind_user, password=self.bind_pass, auto_bind=True)

    def search_user(self, username):
        conn = self._connect()
        search_filter = "(&({0}={1}){2})".format(self.username_attr, username, self.search_filter)
        # expect: ldap-injection
        conn.search(search_base=self.base_dn, search_filter=search_filter, search_scope=SUBTREE, attributes=["mail", "cn"])
        return conn.entries

    def search_user_escaped(self, username):
        conn = self._connect()
        search_filter = "(&({0}={1}){2})".format(self.username_attr, escape_filter_chars(username), self.search_filter)
        conn.search(search_base=self.base_dn, search_filter=search_filter, search_scope=SUBTREE, attributes=["mail"])
        return conn.entries


@blueprint.route("/ldap/lookup", methods=["POST"])
def ldap_lookup():
    username = request.form.get("email") or request.form.get("username", "")
    if not username:
        return bad_request("username required")
    auth = LDAPAuthentication(current_app.config)
    escaped = request.form.get("strict", "1") == "1"
    entries = auth.search_user_escaped(username) if escaped else auth.search_user(username)
    session["auth_source_manager"] = {"current_source": "ldap"}
    return make_json_response(data={"found": len(entries)})
