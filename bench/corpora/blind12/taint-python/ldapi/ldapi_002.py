# library: Flask + ldap3
"""ldap3: value from request (cookies)."""
from flask import Blueprint, request
from ldap3 import Connection, Server


bp = Blueprint("ldapi_people_1", __name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@bp.route("/people")
def people_1():
    param = request.cookies.get("uid", "")
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "asmith"
    else:
        bar = "bwong"
    conn = Connection(SERVER, auto_bind=True)
    conn.search(BASE_DN, f"(uid={bar})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
