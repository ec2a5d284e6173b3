# library: Flask + ldap3 search_filter=
"""ldap3 search_filter=: value from request (headers)."""
from flask import Blueprint, request
from ldap3 import ALL_ATTRIBUTES, Connection, Server


bp = Blueprint("ldapi_directory_6", __name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@bp.route("/directory")
def directory_6():
    param = request.headers.get("X-Uid", "")
    switch_target = "B"
    match switch_target:
        case "A":
            bar = "jdoe"
        case "B":
            bar = param
        case _:
            bar = "bwong"
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=person)(mail=%s))" % bar
    # expect: ldap-injection
    conn.search(search_base=BASE_DN, search_filter=search_filter, attributes=ALL_ATTRIBUTES)
    return {"count": len(conn.entries)}
