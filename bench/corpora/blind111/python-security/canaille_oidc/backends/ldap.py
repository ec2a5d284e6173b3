"""LDAP object layer: a LDAPObject base with a query classmethod and filter helpers."""
import ldap
import ldap.filter
from flask import current_app, g


def connection():
    if "ldap" not in g:
        conn = ldap.initialize(current_app.config["LDAP"]["URI"])
        conn.simple_bind_s(current_app.config["LDAP"]["BIND_DN"], current_app.config["LDAP"]["BIND_PW"])
        g.ldap = conn
    return g.ldap


class LDAPObject:
    base = None
    object_class = ["top"]

    def __init__(self, dn=None, **attrs):
        self.dn = dn
        self.attrs = attrs

    @classmethod
    def query(cls, filter=None, **kwargs):
        flt = "".join(f"({k}={ldap.filter.escape_filter_chars(str(v))})" for k, v in kwargs.items())
        if filter:
            flt += filter
        base = f"{cls.base},{current_app.config['LDAP']['ROOT_DN']}"
        classes = "".join(f"(objectClass={c})" for c in cls.object_class)
        # expect: ldap-injection
        result = connection().search_s(base, ldap.SCOPE_SUBTREE, f"(&{classes}{flt})")
        return [cls(dn=dn, **attrs) for dn, attrs in result]


class User(LDAPObject):
    base = "ou=users"
    object_class = ["inetOrgPerson"]

    @classmethod
    def get(cls, login=None):
        login_attrs = current_app.config.get("LOGIN_ATTRIBUTES", ["uid", "mail"])
        filter = "(|" + "".join(f"({attr}={login})" for attr in login_attrs) + ")"
        users = cls.query(filter=filter)
        return users[0] if users else None

    @classmethod
    def get_by_mail(cls, mail):
        users = cls.query(mail=mail)
        return users[0] if users else None


class Client(LDAPObject):
    base = "ou=clients"
    object_class = ["oauthClient"]

    @property
    def redirect_uris(self):
        return [v.decode() for v in self.attrs.get("oauthRedirectURI", [])]

    @property
    def post_logout_redirect_uris(self):
        return [v.decode() for v in self.attrs.get("oauthPostLogoutRedirectURI", [])]

    @property
    def jwks_uri(self):
        values = self.attrs.get("oauthJWKURI", [b""])
        return values[0].decode()
