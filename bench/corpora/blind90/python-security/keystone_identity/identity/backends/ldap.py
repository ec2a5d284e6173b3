import ldap
import ldap.filter


class UserApi:
    DEFAULT_OBJECTCLASS = "inetOrgPerson"
    DEFAULT_ID_ATTR = "cn"

    def __init__(self, conf):
        self.tree_dn = conf.get("user_tree_dn", "ou=Users,dc=example,dc=org")
        self.name_attr = conf.get("user_name_attribute") or "sn"
        self.conn = ldap.initialize(conf.get("url", "ldap://localhost"))

    def get_by_name(self, user_name):
        query = "(&(objectClass=%s)(%s=%s))" % (self.DEFAULT_OBJECTCLASS, self.name_attr, user_name)
        # expect: ldap-injection
        return self.conn.search_s(self.tree_dn, ldap.SCOPE_ONELEVEL, query)

    def get_by_name_escaped(self, user_name):
        query = "(&(objectClass=%s)(%s=%s))" % (self.DEFAULT_OBJECTCLASS, self.name_attr, ldap.filter.escape_filter_chars(user_name))
        return self.conn.search_s(self.tree_dn, ldap.SCOPE_ONELEVEL, query)
