# library: Flask + python-ldap
"""python-ldap: value from request (get_json)."""
import ldap
from flask import Blueprint, request


bp = Blueprint("ldapi_staff_11", __name__)

LDAP_URI = "ldap://ldap.example.com"
BASE_DN = "ou=staff,dc=example,dc=com"


@bp.route("/staff", methods=["POST"])
def staff_11():
    payload = request.get_json(silent=True) or {}
    param = payload.get("uid", "")
    mapping = {}
    mapping["keyA"] = "jdoe"
    mapping["keyB"] = param
    mapping["keyC"] = "asmith"
    bar = mapping["keyB"]
    client = ldap.initialize(LDAP_URI)
    # expect: ldap-injection
    results = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(cn=" + bar + "))", ["mail"])
    return {"mail": [attrs.get("mail") for _, attrs in results]}
