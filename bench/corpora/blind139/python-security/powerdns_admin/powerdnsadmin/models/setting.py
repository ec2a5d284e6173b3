class Setting:
    defaults = {
        "ldap_enabled": False,
        "ldap_uri": "ldaps://ldap.example.org:636",
        "ldap_base_dn": "dc=example,dc=org",
        "ldap_filter_username": "uid",
        "ldap_filter_basic": "(objectClass=inetOrgPerson)",
        "ldap_admin_username": "cn=admin,dc=example,dc=org",
        "ldap_admin_password": "",
    }

    def get(self, name):
        return self.defaults.get(name)
