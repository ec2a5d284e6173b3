"""LDAP lookups for the admin console."""
import ldap
from ldap.filter import escape_filter_chars

LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def _conn():
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    return conn


def find_user(uid):
    conn = _conn()
    query = "(&(objectClass=person)(uid=" + uid + "))"
    # expect: ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])


def find_user_escaped(uid):
    conn = _conn()
    query = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])


def find_group_members(group):
    conn = _conn()
    filt = f"(&(objectClass=groupOfNames)(cn={group}))"
    # expect: ldap-injection
    return conn.search_s("ou=groups,dc=corp,dc=example,dc=com", ldap.SCOPE_SUBTREE, filt, ["member"])
