"""Authentication backends: the LDAP backend looks users up by uid."""
import logging

import ldap
from django.conf import settings
from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.models import User
from ldap.filter import escape_filter_chars

logger = logging.getLogger(__name__)


class LDAPBackend(BaseBackend):
    name = "LDAP"

    def _connect(self):
        conn = ldap.initialize(settings.LDAP_URI)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        if settings.LDAP_TLS:
            conn.start_tls_s()
        conn.simple_bind_s(settings.LDAP_ANON_BIND_UID, settings.LDAP_ANON_BIND_PASSWD)
        return conn

    def authenticate(self, request, username=None, password=None, **kwargs):
        username = (username or "").strip()
        if not username or not password:
            return None
        conn = self._connect()
        search_filter = settings.LDAP_UID_MASK % escape_filter_chars(username)
        results = conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["mail", "givenName", "sn"])
        if not results:
            return None
        user_dn = results[0][0]
        try:
            conn.simple_bind_s(user_dn, password)
        except ldap.INVALID_CREDENTIALS:
            return None
        user, _ = User.objects.get_or_create(username=username)
        return user

    def search_users(self, request, query: str):
        """Auto-complete: users whose uid or name starts with ``query``."""
        conn = self._connect()
        search_filter = "(|(uid=%s*)(cn=%s*))" % (query, query)
        # expect: ldap-injection
        results = conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["uid", "cn", "mail"])
        return [{"username": attrs["uid"][0].decode(), "fullname": attrs.get("cn", [b""])[0].decode()} for _, attrs in results if attrs]

    def get_user(self, user_id):
        try:
            return User.objects.get(pk=user_id)
        except User.DoesNotExist:
            return None
