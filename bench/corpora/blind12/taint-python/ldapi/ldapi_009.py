# library: Flask + ldap3
"""ldap3: value from request (args.getlist)."""
from flask import Flask, request
from ldap3 import Connection, Server


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/people")
def people_5():
    values = request.args.getlist("cn")
    param = values[0] if values else ""
    bar = param.strip()
    conn = Connection(SERVER, auto_bind=True)
    # expect: ldap-injection
    conn.search(BASE_DN, f"(uid={bar})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
