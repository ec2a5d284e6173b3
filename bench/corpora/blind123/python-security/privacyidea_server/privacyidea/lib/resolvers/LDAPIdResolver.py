"""Resolver finding users in LDAP directories."""
import ldap3
from ldap3.utils.conv import escape_filter_chars


class IdResolver(object):

    def __init__(self, config):
        self.uri = config["LDAPURI"]
        self.basedn = config["LDAPBASE"]
        self.searchfilter = config.get("LDAPSEARCHFILTER", "(objectClass=person)")
        self.userinfo = {"username": "uid", "email": "mail", "givenname": "givenName", "surname": "sn"}
        self.l = ldap3.Connection(ldap3.Server(self.uri), auto_bind=True)

    def getUserList(self, searchDict):
        filters = []
        for key, value in searchDict.items():
            attr = self.userinfo.get(key)
            if attr:
                filters.append(f"({attr}={value})")
        search_filter = "(&" + self.searchfilter + "".join(filters) + ")"
        # expect: ldap-injection
        self.l.search(search_base=self.basedn, search_filter=search_filter, attributes=list(self.userinfo.values()))
        return [entry.entry_attributes_as_dict for entry in self.l.entries]

    def getUserId(self, login_name):
        search_filter = f"(&{self.searchfilter}(uid={escape_filter_chars(login_name)}))"
        self.l.search(search_base=self.basedn, search_filter=search_filter, attributes=["entryUUID"])
        return self.l.entries[0].entryUUID.value if self.l.entries else ""
