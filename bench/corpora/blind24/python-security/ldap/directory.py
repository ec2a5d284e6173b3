"""Looks up staff in the corporate directory (python-ldap / ldap3)."""
import ldap
from ldap.filter import escape_filter_chars
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars as ldap3_escape

BASE_DN = "ou=people,dc=corp,dc=example"


def find_user(conn, uid: str):
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(uid))


def find_user_raw(conn, uid: str):
    # expect: ldap-injection
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)


def find_by_mail(server: Server, mail: str):
    conn = Connection(server, auto_bind=True)
    # expect: ldap-injection
    conn.search(BASE_DN, f"(&(objectClass=person)(mail={mail}))", attributes=["cn"])
    return conn.entries


def find_by_mail_safe(server: Server, mail: str):
    conn = Connection(server, auto_bind=True)
    conn.search(BASE_DN, f"(&(objectClass=person)(mail={ldap3_escape(mail)}))", attributes=["cn"])
    return conn.entries
