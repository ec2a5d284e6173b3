# library: Flask + python-ldap
"""python-ldap: value from request (view_args)."""
import ldap
from flask import Blueprint, request


bp = Blueprint("ldapi_staff_19", __name__)

LDAP_URI = "ldap://ldap.example.com"
BASE_DN = "ou=staff,dc=example,dc=com"

ALLOWED = {"jdoe", "asmith", "bwong"}


@bp.get("/staff/<member>")
def staff_19(member):
    param = request.view_args["member"]
    if param not in ALLOWED:
        return {"error": "value not allowed"}, 400
    bar = param
    client = ldap.initialize(LDAP_URI)
    results = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(cn=" + bar + "))", ["mail"])
    return {"mail": [attrs.get("mail") for _, attrs in results]}
