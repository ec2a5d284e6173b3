# library: Flask + ldap3 search_filter=
"""ldap3 search_filter=: value from request (view_args)."""
from flask import Flask, request
from ldap3 import ALL_ATTRIBUTES, Connection, Server
from ldap3.utils.conv import escape_filter_chars


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"

DEFAULT_VALUE = "jdoe"


@app.get("/directory/<user>")
def directory_2(user):
    param = request.view_args["user"]
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=person)(mail=%s))" % escape_filter_chars(bar)
    conn.search(search_base=BASE_DN, search_filter=search_filter, attributes=ALL_ATTRIBUTES)
    return {"count": len(conn.entries)}
