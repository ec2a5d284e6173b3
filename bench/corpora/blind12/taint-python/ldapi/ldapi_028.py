# library: Flask + ldap3 search_filter=
"""ldap3 search_filter=: value from request (route param)."""
from flask import Flask, request
from ldap3 import ALL_ATTRIBUTES, Connection, Server


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"

DEFAULT_VALUE = "jdoe"


@app.get("/directory/<member>")
def directory_14(member):
    param = member
    bar = param.strip()
    bar = DEFAULT_VALUE
    conn = Connection(SERVER, auto_bind=True)
    search_filter = "(&(objectClass=person)(mail=%s))" % bar
    conn.search(search_base=BASE_DN, search_filter=search_filter, attributes=ALL_ATTRIBUTES)
    return {"count": len(conn.entries)}
