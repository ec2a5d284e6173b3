import base64

import ldap
from ldap.filter import escape_filter_chars

LDAP_URI = "ldap://ldap.internal:389"
LDAP_BASE = "ou=people,dc=example,dc=org"
LDAP_FILTER = "(&(objectClass=person)(uid={0}))"


def credentials_from(environ):
    header = environ.get("HTTP_AUTHORIZATION", "")
    if not header.lower().startswith("basic "):
        return "", ""
    login, _, password = base64.b64decode(header[6:].encode()).decode("utf-8").partition(":")
    return login, password


class LdapAuth:
    def __init__(self, uri=LDAP_URI):
        self._conn = ldap.initialize(uri)

    def login(self, login, password):
        entries = self._conn.search_s(LDAP_BASE, ldap.SCOPE_ONELEVEL, LDAP_FILTER.format(escape_filter_chars(login)), ["uid"])
        if len(entries) != 1:
            return ""
        self._conn.simple_bind_s(entries[0][0], password)
        return login

    def lookup_display_name(self, login):
        # expect: ldap-injection
        entries = self._conn.search_s(LDAP_BASE, ldap.SCOPE_ONELEVEL, "(&(objectClass=person)(uid=" + login + "))", ["cn"])
        return entries[0][1]["cn"][0].decode() if entries else login
