# library: ldap3 (search filters)
from ldap3 import SUBTREE, Connection
from ldap3.utils.conv import escape_filter_chars

BASE_DN = "ou=people,dc=example,dc=com"


def find_user(conn: Connection, username: str):
    # expect: ldap-injection
    conn.search(BASE_DN, f"(&(objectClass=person)(uid={username}))", SUBTREE, attributes=["cn", "mail"])
    return conn.entries


def check_group(conn: Connection, username: str, group: str):
    flt = "(&(objectClass=groupOfNames)(cn=" + group + ")(member=uid=" + username + "," + BASE_DN + "))"
    # expect: ldap-injection
    conn.search("ou=groups,dc=example,dc=com", flt, SUBTREE)
    return bool(conn.entries)


def find_user_safe(conn: Connection, username: str):
    safe = escape_filter_chars(username)
    conn.search(BASE_DN, f"(&(objectClass=person)(uid={safe}))", SUBTREE, attributes=["cn", "mail"])
    return conn.entries


def list_admins(conn: Connection):
    conn.search(BASE_DN, "(&(objectClass=person)(memberOf=cn=admins,ou=groups,dc=example,dc=com))", SUBTREE)
    return conn.entries
