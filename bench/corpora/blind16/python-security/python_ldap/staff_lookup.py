# library: python-ldap
import ldap
from ldap.filter import escape_filter_chars, filter_format
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=corp,dc=example"


def conn():
    c = ldap.initialize("ldaps://dc01.corp.example")
    c.simple_bind_s("cn=reader,dc=corp,dc=example", open("/run/secrets/ldap").read().strip())
    return c


@app.get("/staff")
def staff():
    uid = request.args["uid"]
    # expect: ldap-injection
    res = conn().search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={uid})", ["cn", "mail"])
    return {"n": len(res)}


@app.get("/staff-safe")
def staff_safe():
    uid = request.args["uid"]
    res = conn().search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid), ["cn", "mail"])
    return {"n": len(res)}


@app.get("/staff/team")
def team():
    team = request.args["team"]
    res = conn().search_s(BASE, ldap.SCOPE_SUBTREE, filter_format("(&(objectClass=person)(department=%s))", [team]), ["cn"])
    return {"n": len(res)}


@app.get("/staff/mail")
def by_mail():
    mail = request.args["mail"]
    # expect: ldap-injection
    res = conn().search_s(BASE, ldap.SCOPE_SUBTREE, "(|(mail=" + mail + ")(proxyAddresses=smtp:" + mail + "))", ["cn"])
    return {"n": len(res)}
