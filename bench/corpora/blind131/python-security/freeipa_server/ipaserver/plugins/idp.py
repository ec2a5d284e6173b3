from ipalib.plugable import Registry

from freeipa_server.ipaserver.plugins.baseldap import LDAPCreate

register = Registry()

TEMPLATES = {
    "google": {"ipaidpdevauthendpoint": "https://oauth2.googleapis.com/device/code"},
    "github": {"ipaidpdevauthendpoint": "https://github.com/login/device/code"},
}


@register()
class idp_add(LDAPCreate):
    def pre_callback(self, ldap, dn, entry_attrs, attrs_list, *keys, **options):
        provider = options.get("ipaidpprovider")
        if provider in TEMPLATES:
            entry_attrs.update(TEMPLATES[provider])
        else:
            entry_attrs["ipaidpdevauthendpoint"] = options.get("ipaidpdevauthendpoint")
        return dn
