"""LDAP login for enterprise installs."""
import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars


class LDAPBackend:
    def __init__(self):
        self.conn = ldap.initialize(settings.LDAP_URL)
        self.conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)

    def find_user(self, username):
        # expect: ldap-injection
        return self.conn.search_s(settings.LDAP_SEARCH_BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={username}))")

    def find_group_member(self, username):
        flt = f"(&(objectClass=groupOfNames)(member=uid={escape_filter_chars(username)},{settings.LDAP_SEARCH_BASE}))"
        return self.conn.search_s(settings.LDAP_GROUP_BASE, ldap.SCOPE_SUBTREE, flt)


backend = LDAPBackend
