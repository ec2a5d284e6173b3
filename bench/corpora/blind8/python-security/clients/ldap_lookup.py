# library: ldap3
"""Directory lookups for the intranet."""
import os

from ldap3 import ALL, Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars
import ssl

SERVER = Server("ldaps://ldap.corp.example.com", use_ssl=True, get_info=ALL, tls=Tls(validate=ssl.CERT_REQUIRED))


def bind() -> Connection:
    return Connection(SERVER, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"], auto_bind=True)


def legacy_bind() -> Connection:
    # expect: tls-verify-off
    insecure = Server("ldap.corp.example.com", use_ssl=True, tls=Tls(validate=ssl.CERT_NONE))
    # expect: hardcoded-secret
    return Connection(insecure, user="cn=svc-intranet,dc=corp,dc=example,dc=com", password="Intr4net!Svc", auto_bind=True)


def find_user(conn: Connection, username: str):
    conn.search("dc=corp,dc=example,dc=com", f"(uid={escape_filter_chars(username)})", attributes=["cn", "mail"])
    return conn.entries


def find_user_fast(conn: Connection, username: str):
    # expect: ldap-injection
    conn.search("dc=corp,dc=example,dc=com", "(&(objectClass=person)(uid=" + username + "))", attributes=["cn"])
    return conn.entries
