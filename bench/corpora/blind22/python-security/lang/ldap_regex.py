"""Directory lookups and input validation for the helpdesk bot."""
import re

import ldap
from ldap.filter import escape_filter_chars

USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def find_user(conn, username):
    # expect: ldap-injection
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + username + ")")


def find_user_escaped(conn, username):
    flt = "(uid=%s)" % escape_filter_chars(username)
    return conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)


def find_group(conn, group):
    flt = f"(&(objectClass=groupOfNames)(cn={group}))"
    # expect: ldap-injection
    return conn.search_s("ou=groups,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)


def valid_username(name):
    return bool(USERNAME.match(name))


def matches_user_pattern(pattern, text):
    # expect: regex-dos
    return re.search(pattern, text) is not None


def matches_literal(needle, text):
    return re.search(re.escape(needle), text) is not None
