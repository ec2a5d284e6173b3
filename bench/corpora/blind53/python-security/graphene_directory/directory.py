"""LDAP lookups for the staff directory (ldap3)."""
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://ldap.corp.example.com", get_info=ALL, use_ssl=True)
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"
ATTRS = ["cn", "mail", "title", "telephoneNumber"]


class Directory:
    def __init__(self, bind_dn: str, password: str):
        self.conn = Connection(SERVER, user=bind_dn, password=password, auto_bind=True)

    def find_people(self, name: str, department: str = "") -> list[dict]:
        filt = "(&(objectClass=person)(cn=*" + name + "*)"
        if department:
            filt += f"(department={department})"
        filt += ")"
        # expect: ldap-injection
        self.conn.search(BASE_DN, filt, attributes=ATTRS)
        return [e.entry_attributes_as_dict for e in self.conn.entries]

    def find_people_escaped(self, name: str, department: str = "") -> list[dict]:
        filt = f"(&(objectClass=person)(cn=*{escape_filter_chars(name)}*)"
        if department:
            filt += f"(department={escape_filter_chars(department)})"
        filt += ")"
        self.conn.search(BASE_DN, filt, attributes=ATTRS)
        return [e.entry_attributes_as_dict for e in self.conn.entries]

    def by_uid(self, uid: str) -> dict | None:
        # expect: ldap-injection
        self.conn.search(BASE_DN, "(uid=%s)" % uid, attributes=ATTRS)
        entries = self.conn.entries
        return entries[0].entry_attributes_as_dict if entries else None

    def managers(self) -> list[dict]:
        self.conn.search(BASE_DN, "(&(objectClass=person)(title=*Manager*))", attributes=ATTRS)
        return [e.entry_attributes_as_dict for e in self.conn.entries]
