# library: Flask + python-ldap search_ext
"""python-ldap search_ext: value from request (args[...])."""
import ldap
import ldap.filter
from flask import Flask, request


app = Flask(__name__)

LDAP_URI = "ldap://ldap.example.com"
GROUPS_DN = "ou=groups,dc=example,dc=com"


@app.get("/groups")
def groups_20():
    param = request.args["cn"]
    num = 86
    bar = param if 7 * 18 + num > 200 else "jdoe"
    client = ldap.initialize(LDAP_URI)
    flt = "(memberUid={})".format(ldap.filter.escape_filter_chars(bar))
    msgid = client.search_ext(GROUPS_DN, ldap.SCOPE_ONELEVEL, flt, ["cn"])
    _, results = client.result(msgid)
    return {"groups": [dn for dn, _ in results]}
