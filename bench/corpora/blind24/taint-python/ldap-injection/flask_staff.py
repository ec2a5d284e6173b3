"""Staff directory lookup."""
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=staff,dc=example,dc=org"


@app.get("/staff")
def staff():
    surname = request.args.get("sn", "")
    conn = ldap.initialize("ldaps://ldap.example.org")
    query = "(&(objectClass=inetOrgPerson)(sn=" + surname + "))"
    # expect: ldap-injection
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, query, ["cn", "mail"])
    return {"people": [dn for dn, _ in results]}
