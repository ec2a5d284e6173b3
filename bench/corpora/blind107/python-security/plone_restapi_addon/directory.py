"""An LDAP user directory used by the @directory-search service."""
import ldap
from ldap.filter import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=org"


class LDAPDirectory:
    def __init__(self, uri, bind_dn, password):
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s(bind_dn, password)

    @classmethod
    def from_registry(cls):
        return cls("ldaps://ldap.example.org", "cn=plone,ou=services,dc=example,dc=org", open("/run/secrets/ldap").read().strip())

    def search(self, term):
        query = "(&(objectClass=person)(|(uid=%s*)(cn=%s*)))" % (term, term)
        # expect: ldap-injection
        return [dn for dn, _ in self.conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["uid", "cn"])]

    def search_escaped(self, term):
        safe = escape_filter_chars(term)
        query = "(&(objectClass=person)(|(uid=%s*)(cn=%s*)))" % (safe, safe)
        return [dn for dn, _ in self.conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["uid", "cn"])]
