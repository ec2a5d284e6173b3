import ldap
from ldap.filter import escape_filter_chars

from .setting import Setting


class User:
    def __init__(self, username=None, password=None, id=None):
        self.username = username
        self.password = password
        self.id = id

    def ldap_init_conn(self):
        conn = ldap.initialize(Setting().get("ldap_uri"))
        conn.set_option(ldap.OPT_REFERRALS, ldap.OPT_OFF)
        return conn

    def ldap_search(self, searchFilter, baseDN):
        conn = self.ldap_init_conn()
        conn.simple_bind_s(Setting().get("ldap_admin_username"), Setting().get("ldap_admin_password"))
        return conn.search_s(baseDN, ldap.SCOPE_SUBTREE, searchFilter, ["cn", "memberOf"])

    def is_validate(self, method):
        if method == "LOCAL":
            return self.check_password_hash()
        base_dn = Setting().get("ldap_base_dn")
        filter_username = Setting().get("ldap_filter_username")
        filter_basic = Setting().get("ldap_filter_basic")
        # expect: ldap-injection
        result = self.ldap_search(f"(&({filter_username}={self.username}){filter_basic})", base_dn)
        return bool(result)

    def is_member(self, group_dn):
        base_dn = Setting().get("ldap_base_dn")
        safe_name = escape_filter_chars(self.username)
        result = self.ldap_search(f"(&(uid={safe_name})(memberOf={escape_filter_chars(group_dn)}))", base_dn)
        return bool(result)

    def check_password_hash(self):
        return False
