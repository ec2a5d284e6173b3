"""Staff directory lookup, escaped filter value."""
import ldap
from flask import Flask, request
from ldap.filter import filter_format

app = Flask(__name__)
BASE = "ou=staff,dc=example,dc=org"


@app.get("/staff")
def staff():
    surname = request.args.get("sn", "")
    conn = ldap.initialize("ldaps://ldap.example.org")
    query = filter_format("(&(objectClass=inetOrgPerson)(sn=%s))", [surname])
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])
    return {"people": [dn for dn, _ in results]}
