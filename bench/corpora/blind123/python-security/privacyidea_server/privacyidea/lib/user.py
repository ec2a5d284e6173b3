"""Finds users in the resolvers of a realm."""
from privacyidea.lib.resolvers.LDAPIdResolver import IdResolver as LDAPResolver
from privacyidea.lib.resolvers.SQLIdResolver import IdResolver as SQLResolver
from privacyidea.lib.config import get_realm_resolvers


def get_user_list(realm, search):
    users = []
    for resolver_config in get_realm_resolvers(realm):
        if resolver_config["type"] == "ldapresolver":
            resolver = LDAPResolver(resolver_config)
        else:
            resolver = SQLResolver(resolver_config)
        users.extend(resolver.getUserList(search))
    return users
