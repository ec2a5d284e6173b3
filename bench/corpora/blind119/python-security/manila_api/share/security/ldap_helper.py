"""Security service lookups in the configured LDAP server (ldap3)."""
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=users,dc=example,dc=org"


class LDAPHelper:
    def __init__(self, security_service):
        self.server = Server(security_service["server"])
        self.conn = Connection(self.server, user=security_service["user"], password=security_service["password"], auto_bind=True)

    def user_exists(self, username):
        self.conn.search(BASE_DN, f"(uid={escape_filter_chars(username)})", attributes=["uid"])
        return bool(self.conn.entries)

    def group_members(self, group):
        # expect: ldap-injection
        self.conn.search(BASE_DN, f"(&(objectClass=posixAccount)(memberOf=cn={group},ou=groups,dc=example,dc=org))", attributes=["uid"])
        return [str(e.uid) for e in self.conn.entries]
