"""Company directory lookups (LDAP) for the intranet."""

from __future__ import annotations

import ldap
from ldap.filter import escape_filter_chars
from ldap3 import Connection, Server, Tls
import ssl

BASE_DN = "ou=people,dc=acme,dc=example"
LDAP_URL = "ldaps://ldap.acme.example:636"


def _conn():
    conn = ldap.initialize(LDAP_URL)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.simple_bind_s()
    return conn


def find_user(uid: str) -> list:
    conn = _conn()
    # expect: ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid, ["cn", "mail"])


def find_user_safe(uid: str) -> list:
    conn = _conn()
    flt = "(uid=%s)" % escape_filter_chars(uid)
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])


def find_by_mail(mail: str) -> list:
    server = Server("ldap.acme.example", use_ssl=True, tls=Tls(validate=ssl.CERT_REQUIRED))
    with Connection(server, auto_bind=True) as c:
        # expect: ldap-injection
        c.search(BASE_DN, f"(mail={mail})", attributes=["uid", "cn"])
        return list(c.entries)


def legacy_server() -> Server:
    # expect: tls-verify-off
    return Server("ldap.acme.example", use_ssl=True, tls=Tls(validate=ssl.CERT_NONE))


def group_members(group: str) -> list:
    conn = _conn()
    return conn.search_s("ou=groups,dc=acme,dc=example", ldap.SCOPE_ONELEVEL, "(cn=engineering)", ["member"])
