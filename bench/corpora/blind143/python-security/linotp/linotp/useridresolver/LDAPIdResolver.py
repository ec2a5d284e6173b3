"""LDAP user id resolver."""
import ldap
from ldap.filter import escape_filter_chars

from linotp.flap import config


class IdResolver:
    def __init__(self):
        self.l_obj = ldap.initialize(config["ldap.uri"])
        self.base = config["ldap.base"]
        self.searchfilter = config.get("ldap.searchfilter", "(objectClass=inetOrgPerson)")
        self.loginattr = config.get("ldap.loginattr", "uid")

    def getUserId(self, loginName):
        # expect: ldap-injection
        result = self.l_obj.search_s(self.base, ldap.SCOPE_SUBTREE, f"(&({self.loginattr}={loginName}){self.searchfilter})", ["entryUUID"])
        return result[0][1]["entryUUID"][0].decode() if result else ""

    def getUserList(self, searchDict):
        value = escape_filter_chars(searchDict.get("username", "")).replace("\\2a", "*")
        result = self.l_obj.search_s(self.base, ldap.SCOPE_SUBTREE, f"(&({self.loginattr}={value}){self.searchfilter})", [self.loginattr])
        return [dn for dn, _ in result]
