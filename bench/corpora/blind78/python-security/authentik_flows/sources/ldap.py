"""LDAP source: find a directory entry for a user identifier and check a password."""
import logging

from django.conf import settings
from ldap3 import ALL_ATTRIBUTES, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars

LOGGER = logging.getLogger("authentik.sources.ldap")


class LDAPSource:
    def __init__(self, server_uri: str, bind_cn: str, bind_password: str, base_dn: str):
        self.server = Server(server_uri, get_info="NO_INFO")
        self.bind_cn = bind_cn
        self.bind_password = bind_password
        self.base_dn = base_dn
        self.user_object_filter = "(objectClass=person)"

    @classmethod
    def from_settings(cls) -> "LDAPSource":
        return cls(settings.LDAP_SERVER_URI, settings.LDAP_BIND_CN, settings.LDAP_BIND_PASSWORD, settings.LDAP_BASE_DN)

    def connection(self) -> Connection:
        return Connection(self.server, self.bind_cn, self.bind_password, auto_bind=True, raise_exceptions=True)

    def find_user(self, identifier: str):
        """Entries whose uid or mail is ``identifier``."""
        search_filter = f"(&{self.user_object_filter}(|(uid={identifier})(mail={identifier})))"
        conn = self.connection()
        # expect: ldap-injection
        conn.search(self.base_dn, search_filter, attributes=ALL_ATTRIBUTES)
        return conn.entries

    def find_user_escaped(self, identifier: str):
        value = escape_filter_chars(identifier)
        conn = self.connection()
        conn.search(self.base_dn, f"(&{self.user_object_filter}(|(uid={value})(mail={value})))", attributes=["uid", "mail"])
        return conn.entries

    def check_password(self, user_dn: str, password: str) -> bool:
        try:
            Connection(self.server, user_dn, password, auto_bind=True, raise_exceptions=True).unbind()
        except LDAPException:
            return False
        return True
