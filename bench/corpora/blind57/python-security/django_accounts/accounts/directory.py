"""LDAP lookups with ldap3."""
from django.conf import settings
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars


def _connection():
    server = Server(settings.ACCOUNTS_LDAP_URL, get_info=ALL, use_ssl=True)
    return Connection(server, settings.ACCOUNTS_LDAP_BIND_DN, settings.ACCOUNTS_LDAP_BIND_PASSWORD, auto_bind=True)


class DirectoryClient:
    base = "ou=staff,dc=example,dc=org"

    def __init__(self):
        self.conn = _connection()

    def lookup_by_mail(self, email):
        search_filter = "(&(objectClass=person)(mail=" + email + "))"
        # expect: ldap-injection
        self.conn.search(self.base, search_filter, attributes=["cn", "memberOf"])
        return self.conn.entries

    def lookup_by_mail_escaped(self, email):
        search_filter = "(&(objectClass=person)(mail=%s))" % escape_filter_chars(email)
        self.conn.search(self.base, search_filter, attributes=["cn", "memberOf"])
        return self.conn.entries
