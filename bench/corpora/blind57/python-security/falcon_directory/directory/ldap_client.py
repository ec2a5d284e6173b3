"""Thin wrapper over python-ldap for the people directory."""
import os

import ldap
from ldap.filter import escape_filter_chars, filter_format

BASE_DN = os.environ.get("DIRECTORY_BASE_DN", "ou=people,dc=example,dc=com")
GROUP_DN = os.environ.get("DIRECTORY_GROUP_DN", "ou=groups,dc=example,dc=com")
ATTRS = ["uid", "cn", "mail", "title"]


def _conn():
    conn = ldap.initialize(os.environ.get("DIRECTORY_URL", "ldaps://ldap.example.com"))
    conn.simple_bind_s(os.environ["DIRECTORY_BIND_DN"], os.environ["DIRECTORY_BIND_PW"])
    return conn


def find_people(uid, department=""):
    flt = f"(uid={uid})"
    if department:
        flt = f"(&{flt}(departmentNumber={department}))"
    # expect: ldap-injection
    return _conn().search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ATTRS)


def find_people_escaped(uid, department=""):
    flt = "(uid=%s)" % escape_filter_chars(uid)
    if department:
        flt = "(&" + flt + "(departmentNumber=" + escape_filter_chars(department) + "))"
    return _conn().search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ATTRS)


def group_members(group):
    flt = filter_format("(&(objectClass=groupOfNames)(cn=%s))", [group])
    return _conn().search_s(GROUP_DN, ldap.SCOPE_SUBTREE, flt, ["member"])
