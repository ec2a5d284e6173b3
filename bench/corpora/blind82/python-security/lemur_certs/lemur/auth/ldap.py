import ldap
from ldap.filter import escape_filter_chars

LDAP_BASE_DN = "dc=example,dc=com"


class LdapPrincipal:
    def __init__(self, conn, args):
        self.conn = conn
        self.ldap_principal = args["username"]
        self.ldap_group_filter = args.get("group", "")

    def _bind_user(self):
        user_filter = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(self.ldap_principal)
        return self.conn.search_s(LDAP_BASE_DN, ldap.SCOPE_SUBTREE, user_filter)

    def _groups(self):
        group_filter = "(&(objectClass=groupOfNames)(cn=" + self.ldap_group_filter + "))"
        # expect: ldap-injection
        return self.conn.search_s(LDAP_BASE_DN, ldap.SCOPE_SUBTREE, group_filter)

    def authenticate(self):
        user = self._bind_user()
        return user, self._groups() if self.ldap_group_filter else []
