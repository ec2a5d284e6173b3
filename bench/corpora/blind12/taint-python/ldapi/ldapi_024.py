# library: Flask + python-ldap search_ext
"""python-ldap search_ext: value from request (helper get_param)."""
import ldap
import ldap.filter
from flask import Blueprint, request

from .helpers.params import get_param


bp = Blueprint("ldapi_groups_12", __name__)

LDAP_URI = "ldap://ldap.example.com"
GROUPS_DN = "ou=groups,dc=example,dc=com"

CHOICES = {"a": "jdoe", "b": "asmith", "c": "bwong"}


def pick(value):
    return CHOICES.get(value, value)


@bp.get("/groups")
def groups_12():
    param = get_param(request, "user")
    bar = pick(param)
    client = ldap.initialize(LDAP_URI)
    flt = "(memberUid={})".format(ldap.filter.escape_filter_chars(bar))
    msgid = client.search_ext(GROUPS_DN, ldap.SCOPE_ONELEVEL, flt, ["cn"])
    _, results = client.result(msgid)
    return {"groups": [dn for dn, _ in results]}
