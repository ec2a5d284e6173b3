# -*- coding: utf-8 -*-
"""Optional LDAP authentication for pip and the web login."""

import logging

import ldap
from ldap.filter import escape_filter_chars

log = logging.getLogger(__name__)


class LDAPAuth:

    def __init__(self, settings):
        self.url = settings["pyshop.ldap.url"]
        self.base_dn = settings["pyshop.ldap.base_dn"]
        self.bind_dn = settings.get("pyshop.ldap.bind_dn")
        self.bind_password = settings.get("pyshop.ldap.bind_password")
        self.attr = settings.get("pyshop.ldap.login_attr", "uid")

    def _connect(self):
        conn = ldap.initialize(self.url)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        conn.start_tls_s()
        if self.bind_dn:
            conn.simple_bind_s(self.bind_dn, self.bind_password)
        return conn

    def authenticate(self, login, password):
        if not login or not password:
            return None
        conn = self._connect()
        search = "(%s=%s)" % (self.attr, escape_filter_chars(login))
        results = conn.search_s(self.base_dn, ldap.SCOPE_SUBTREE, search, ["mail", "cn"])
        if len(results) != 1:
            return None
        user_dn, attrs = results[0]
        try:
            conn.simple_bind_s(user_dn, password)
        except ldap.INVALID_CREDENTIALS:
            log.info("bad password for %s", login)
            return None
        return {"login": login, "email": attrs.get("mail", [b""])[0].decode()}
