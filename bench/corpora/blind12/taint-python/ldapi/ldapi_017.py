# library: Flask + ldap3
"""ldap3: value from request (values)."""
import configparser

from flask import Flask, request
from ldap3 import Connection, Server


app = Flask(__name__)

SERVER = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/people")
def people_9():
    param = request.values.get("member", "")
    conf = configparser.ConfigParser()
    conf.add_section("section")
    conf.set("section", "keyA", "jdoe")
    conf.set("section", "keyB", param)
    bar = conf.get("section", "keyB")
    conn = Connection(SERVER, auto_bind=True)
    # expect: ldap-injection
    conn.search(BASE_DN, f"(uid={bar})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
