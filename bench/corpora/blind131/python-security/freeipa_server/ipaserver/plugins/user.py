import re

from ipalib import errors
from ipalib.plugable import Registry

from freeipa_server.ipaserver.install import homedirs
from freeipa_server.ipaserver.install import sshutil
from freeipa_server.ipaserver.plugins.baseldap import LDAPCreate, LDAPSearch, LDAPUpdate

register = Registry()
UID = re.compile(r"^[a-z_][a-z0-9_.-]{0,31}$")


@register()
class user_find(LDAPSearch):
    def execute(self, *args, **options):
        ldap = self.obj.backend
        criteria = args[-1] if args else ""
        base_filter = ldap.make_filter_from_attr("uid", options.get("uid", ""), exact=False)
        ldap.find_entries(filter=base_filter, base_dn=self.obj.container_dn)
        # expect: ldap-injection
        entries, truncated = ldap.find_entries(filter=f"(&(objectClass=posixaccount)(|(uid={criteria}*)(cn={criteria}*)))", base_dn=self.obj.container_dn)
        return dict(result=entries, count=len(entries), truncated=truncated)


@register()
class user_add(LDAPCreate):
    def pre_callback(self, ldap, dn, entry_attrs, attrs_list, *keys, **options):
        uid = keys[-1]
        if not UID.match(uid):
            raise errors.ValidationError(name="login", error="invalid login")
        home = options.get("homedirectory")
        if not home:
            home = f"/home/{uid}"
        entry_attrs["homedirectory"] = home
        homedirs.create_home(home)
        return dn


@register()
class user_mod(LDAPUpdate):
    def pre_callback(self, ldap, dn, entry_attrs, attrs_list, *keys, **options):
        for key in options.get("ipasshpubkey") or []:
            entry_attrs.setdefault("sshpubkeyfp", []).append(sshutil.fingerprint(key))
        return dn
