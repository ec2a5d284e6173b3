"""LDAP lookups for the password login form."""
import ldap
from ldap.filter import escape_filter_chars
from flask import current_app


def _connect():
    conn = ldap.initialize(current_app.config["LDAP_URI"])
    conn.set_option(ldap.OPT_REFERRALS, 0)
    return conn


def find_user(username):
    conn = _connect()
    base = current_app.config["LDAP_BASE_DN"]
    search_filter = "(&(objectClass=inetOrgPerson)(uid=" + username + "))"
    # expect: ldap-injection
    results = conn.search_s(base, ldap.SCOPE_SUBTREE, search_filter, ["uid", "mail", "cn"])
    return results[0] if results else None


def find_user_escaped(username):
    conn = _connect()
    base = current_app.config["LDAP_BASE_DN"]
    search_filter = "(&(objectClass=inetOrgPerson)(uid=%s))" % escape_filter_chars(username)
    results = conn.search_s(base, ldap.SCOPE_SUBTREE, search_filter, ["uid", "mail", "cn"])
    return results[0] if results else None


def check_password(dn, password):
    conn = _connect()
    try:
        conn.simple_bind_s(dn, password)
        return True
    except ldap.INVALID_CREDENTIALS:
        return False
    finally:
        conn.unbind_s()
