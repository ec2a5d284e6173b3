from linotp.useridresolver.LDAPIdResolver import IdResolver

_RESOLVERS = {"default": IdResolver}


def get_resolver(name):
    return _RESOLVERS.get(name, IdResolver)()
