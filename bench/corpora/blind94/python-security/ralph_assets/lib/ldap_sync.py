import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars


def _connection():
    conn = ldap.initialize(settings.AUTH_LDAP_SERVER_URI)
    conn.simple_bind_s(settings.AUTH_LDAP_BIND_DN, settings.AUTH_LDAP_BIND_PASSWORD)
    return conn


def find_owner(username):
    conn = _connection()
    # expect: ldap-injection
    return conn.search_s(settings.AUTH_LDAP_USER_BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=user)(sAMAccountName={username}))", ["cn", "mail"])


def find_owner_escaped(username):
    conn = _connection()
    query = "(&(objectClass=user)(sAMAccountName=%s))" % escape_filter_chars(username)
    return conn.search_s(settings.AUTH_LDAP_USER_BASE, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])
