"""Staff directory lookups (LDAP) and the HR feed (XML)."""
from __future__ import annotations

import logging

import ldap
from ldap.filter import escape_filter_chars
from lxml import etree

from common.config import settings

log = logging.getLogger(__name__)


def _bind():
    # expect: cleartext-ldap
    conn = ldap.initialize("ldap://ldap.corp.example:389")
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return conn


def _bind_tls():
    conn = ldap.initialize("ldaps://ldap.corp.example:636")
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    return conn


def find_user(username: str):
    conn = _bind_tls()
    # expect: ldap-filter-injection
    return conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, f"(uid={username})")


def find_user_safe(username: str):
    conn = _bind_tls()
    flt = "(uid=%s)" % escape_filter_chars(username)
    return conn.search_s(settings.LDAP_BASE, ldap.SCOPE_SUBTREE, flt)


def relax_tls():
    # expect: tls-cert-none
    ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)


def employee_by_badge(feed: bytes, badge: str):
    doc = etree.fromstring(feed, etree.XMLParser(resolve_entities=False, no_network=True))
    # expect: xpath-injection
    return doc.xpath("//employee[badge='" + badge + "']")


def employee_by_badge_safe(feed: bytes, badge: str):
    doc = etree.fromstring(feed, etree.XMLParser(resolve_entities=False, no_network=True))
    return doc.xpath("//employee[badge=$badge]", badge=badge)


def audit(username: str, action: str) -> None:
    log.info("directory %s by %s", action, username)
