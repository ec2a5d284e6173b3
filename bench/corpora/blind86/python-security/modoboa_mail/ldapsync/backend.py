"""LDAP synchronisation backend (python-ldap), settings from the parameters app."""
import ldap
from ldap.filter import escape_filter_chars

from django.conf import settings


def _connection():
    conn = ldap.initialize(settings.AUTH_LDAP_SERVER_URI)
    conn.simple_bind_s(settings.AUTH_LDAP_BIND_DN, settings.AUTH_LDAP_BIND_PASSWORD)
    return conn


def account_exists(email):
    conn = _connection()
    search_filter = "(&(objectClass=inetOrgPerson)(mail=%s))" % email
    # expect: ldap-injection
    result = conn.search_s(settings.AUTH_LDAP_BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["uid"])
    return bool(result)


def account_exists_escaped(email):
    conn = _connection()
    search_filter = "(&(objectClass=inetOrgPerson)(mail=%s))" % escape_filter_chars(email)
    return bool(conn.search_s(settings.AUTH_LDAP_BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["uid"]))
