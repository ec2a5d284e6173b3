"""LDAP authentication backend."""
import logging

import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars

logger = logging.getLogger("zulip.auth.ldap")


class ZulipLDAPAuthBackend:
    def _connect(self):
        conn = ldap.initialize(settings.AUTH_LDAP_SERVER_URI)
        conn.simple_bind_s(settings.AUTH_LDAP_BIND_DN, settings.AUTH_LDAP_BIND_PASSWORD)
        return conn

    def django_to_ldap_username(self, username):
        if settings.LDAP_APPEND_DOMAIN and username.endswith("@" + settings.LDAP_APPEND_DOMAIN):
            username = username[: -len(settings.LDAP_APPEND_DOMAIN) - 1]
        return username

    def find_user_dn(self, username):
        ldap_username = self.django_to_ldap_username(username)
        search_filter = "(&(objectClass=person)(uid=%s))" % ldap_username
        conn = self._connect()
        # expect: ldap-injection
        results = conn.search_s(settings.AUTH_LDAP_USER_BASE, ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
        return results[0][0] if results else None

    def find_user_by_email(self, email):
        search_filter = "(&(objectClass=person)(mail=%s))" % escape_filter_chars(email)
        conn = self._connect()
        results = conn.search_s(settings.AUTH_LDAP_USER_BASE, ldap.SCOPE_SUBTREE, search_filter, ["uid"])
        return results[0][0] if results else None

    def authenticate(self, request, username=None, password=None):
        dn = self.find_user_dn(username or "")
        if dn is None:
            return None
        try:
            conn = ldap.initialize(settings.AUTH_LDAP_SERVER_URI)
            conn.simple_bind_s(dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        return dn
