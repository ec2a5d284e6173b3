import flask

from keystone_identity.identity.backends.ldap import UserApi
from keystone_identity.server.flask_common import ResourceBase


class UserResource(ResourceBase):
    collection_key = "users"
    member_key = "user"

    def get(self, user_id=None):
        hints = ResourceBase.build_driver_hints(["name", "domain_id", "enabled"])
        identity = flask.current_app.config["IDENTITY_DRIVER"]
        if flask.request.args.get("legacy_text_filter"):
            return self.wrap_collection([dict(r._mapping) for r in identity.list_users_text(hints)])
        return self.wrap_collection([u.id for u in identity.list_users(hints)])


class LdapUserLookup(ResourceBase):
    member_key = "user"

    def post(self):
        body = self.request_body_json
        name = body.get("user", {}).get("name", "")
        api = UserApi(flask.current_app.config["LDAP"])
        if body.get("escape", True):
            return self.wrap_member(api.get_by_name_escaped(name))
        return self.wrap_member(api.get_by_name(name))
