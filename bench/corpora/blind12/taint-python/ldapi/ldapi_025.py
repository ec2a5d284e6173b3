# library: Flask + ldap3
"""ldap3: value from request (form[...])."""
from flask import Flask, request
from ldap3 import Connection, Server


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/people", methods=["POST"])
def people_13():
    param = request.form["mail"]
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "asmith"
    else:
        bar = "bwong"
    conn = Connection(SERVER, auto_bind=True)
    # expect: ldap-injection
    conn.search(BASE_DN, f"(uid={bar})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
