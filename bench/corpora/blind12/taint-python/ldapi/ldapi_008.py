# library: Flask + python-ldap search_ext
"""python-ldap search_ext: value from request (get_data)."""
import ldap
import ldap.filter
from flask import Blueprint, request


bp = Blueprint("ldapi_groups_4", __name__)

LDAP_URI = "ldap://ldap.example.com"
GROUPS_DN = "ou=groups,dc=example,dc=com"


@bp.post("/groups")
def groups_4():
    param = request.get_data(as_text=True)
    values = []
    values.append("jdoe")
    values.append(param)
    values.append("asmith")
    values.pop(0)
    bar = values[0]
    client = ldap.initialize(LDAP_URI)
    flt = "(memberUid={})".format(ldap.filter.escape_filter_chars(bar))
    msgid = client.search_ext(GROUPS_DN, ldap.SCOPE_ONELEVEL, flt, ["cn"])
    _, results = client.result(msgid)
    return {"groups": [dn for dn, _ in results]}
