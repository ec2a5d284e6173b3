# library: Flask + ldap3
"""ldap3: value from request (helper get_json_field)."""
from flask import Flask, request
from ldap3 import Connection, Server

from .helpers.params import get_json_field


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/people", methods=["POST"])
def people_17():
    param = get_json_field(request, "user")
    bar = param.strip()
    conn = Connection(SERVER, auto_bind=True)
    # expect: ldap-injection
    conn.search(BASE_DN, f"(uid={bar})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
