"""LDAP external auth backend."""
import ldap
from ldap.filter import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=org"


def auth(conn, username, password):
    # expect: ldap-injection
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=%s))" % username)
    if not results:
        return False
    dn = results[0][0]
    conn.simple_bind_s(dn, password)
    return True


def groups(conn, username):
    safe = escape_filter_chars(username)
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(memberUid=%s)" % safe, ["cn"])
