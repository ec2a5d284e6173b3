# library: Flask + python-ldap
"""python-ldap: value from request (files[..].filename)."""
import ldap
from flask import Flask, request


app = Flask(__name__)

LDAP_URI = "ldap://ldap.example.com"
BASE_DN = "ou=staff,dc=example,dc=com"

ALLOWED = {"jdoe", "asmith", "bwong"}


@app.post("/staff")
def staff_7():
    upload = request.files["file"]
    param = upload.filename or ""
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    client = ldap.initialize(LDAP_URI)
    # expect: ldap-injection
    results = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(cn=" + bar + "))", ["mail"])
    return {"mail": [attrs.get("mail") for _, attrs in results]}
