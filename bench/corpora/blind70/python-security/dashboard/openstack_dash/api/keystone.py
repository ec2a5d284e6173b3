"""Identity API wrappers; users live in the corporate directory."""
import logging

import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars

LOG = logging.getLogger(__name__)

USER_TREE = getattr(settings, "LDAP_USER_TREE", "ou=people,dc=example,dc=org")


def _connect():
    conn = ldap.initialize(settings.LDAP_URL)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return conn


def user_find(request, name, attribute="uid"):
    conn = _connect()
    try:
        query = "(&(objectClass=inetOrgPerson)(" + attribute + "=" + name + "*))"
        # expect: ldap-injection
        return conn.search_s(USER_TREE, ldap.SCOPE_SUBTREE, query, ["uid", "cn", "mail"])
    finally:
        conn.unbind_s()


def user_find_escaped(request, name):
    conn = _connect()
    try:
        query = "(&(objectClass=inetOrgPerson)(uid=%s*))" % escape_filter_chars(name)
        return conn.search_s(USER_TREE, ldap.SCOPE_SUBTREE, query, ["uid", "cn", "mail"])
    finally:
        conn.unbind_s()
