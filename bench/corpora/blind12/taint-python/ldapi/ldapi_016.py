# library: Flask + python-ldap search_ext
"""python-ldap search_ext: value from request (form.get or)."""
import ldap
from flask import Flask, request


app = Flask(__name__)

LDAP_URI = "ldap://ldap.example.com"
GROUPS_DN = "ou=groups,dc=example,dc=com"


@app.route("/groups", methods=["POST"])
def groups_8():
    param = request.form.get("mail") or ""
    num = 12
    bar = param if 7 * 18 + num > 200 else "jdoe"
    client = ldap.initialize(LDAP_URI)
    flt = "(memberUid={})".format(bar)
    msgid = client.search_ext(GROUPS_DN, ldap.SCOPE_ONELEVEL, flt, ["cn"])
    _, results = client.result(msgid)
    return {"groups": [dn for dn, _ in results]}
