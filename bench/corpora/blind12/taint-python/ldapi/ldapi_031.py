# library: Flask + python-ldap search_ext
"""python-ldap search_ext: value from request (get_json[...])."""
import ldap
from flask import Blueprint, request


bp = Blueprint("ldapi_groups_16", __name__)

LDAP_URI = "ldap://ldap.example.com"
GROUPS_DN = "ou=groups,dc=example,dc=com"


@bp.route("/groups", methods=["POST"])
def groups_16():
    data = request.get_json()
    param = str(data["uid"])
    values = []
    values.append("jdoe")
    values.append(param)
    values.append("asmith")
    values.pop(0)
    bar = values[0]
    client = ldap.initialize(LDAP_URI)
    flt = "(memberUid={})".format(bar)
    # expect: ldap-injection
    msgid = client.search_ext(GROUPS_DN, ldap.SCOPE_ONELEVEL, flt, ["cn"])
    _, results = client.result(msgid)
    return {"groups": [dn for dn, _ in results]}
