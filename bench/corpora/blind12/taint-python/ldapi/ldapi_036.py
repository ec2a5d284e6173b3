# library: Flask + ldap3 search_filter=
"""ldap3 search_filter=: value from request (cookies)."""
from flask import Flask, request
from ldap3 import ALL_ATTRIBUTES, Connection, Server


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/directory")
def directory_18():
    param = request.cookies.get("mail", "")
    switch_target = "C"
    match switch_target:
        case "A":
            bar = "jdoe"
        case "B":
            bar = param
        case _:
            bar = "bwong"
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=person)(mail=%s))" % bar
    conn.search(search_base=BASE_DN, search_filter=search_filter, attributes=ALL_ATTRIBUTES)
    return {"count": len(conn.entries)}
