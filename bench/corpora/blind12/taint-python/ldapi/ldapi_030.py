# library: Flask + python-ldap
"""python-ldap: value from request (args.get default)."""
import ldap
from flask import Blueprint, request


bp = Blueprint("ldapi_staff_15", __name__)

LDAP_URI = "ldap://ldap.example.com"
BASE_DN = "ou=staff,dc=example,dc=com"


@bp.get("/staff")
def staff_15():
    param = request.args.get("cn", "")
    num = 12
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "jdoe"
    client = ldap.initialize(LDAP_URI)
    results = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(cn=" + bar + "))", ["mail"])
    return {"mail": [attrs.get("mail") for _, attrs in results]}
