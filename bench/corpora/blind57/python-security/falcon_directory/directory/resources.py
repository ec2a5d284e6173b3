from urllib.parse import urlparse

import falcon

from . import ldap_client, xml_import

HOME_HOSTS = {"intranet.example.com", "portal.example.com"}


class PeopleResource:
    def on_get(self, req, resp):
        uid = req.get_param("uid", required=True)
        entries = ldap_client.find_people(uid, req.context.department)
        resp.media = [attrs.get("mail", [b""])[0].decode() for _dn, attrs in entries]


class PeopleResourceV2:
    def on_get(self, req, resp):
        uid = req.get_param("uid", required=True)
        entries = ldap_client.find_people_escaped(uid, req.context.department)
        resp.media = [attrs.get("mail", [b""])[0].decode() for _dn, attrs in entries]


class GroupResource:
    def on_get(self, req, resp, group):
        resp.media = {"members": [m for _dn, attrs in ldap_client.group_members(group) for m in attrs.get("member", [])]}


class ProfileImport:
    def on_post(self, req, resp):
        blob = req.bounded_stream.read()
        trusted = req.get_header("X-Feed-Trusted") == "yes"
        resp.media = {"profiles": xml_import.parse_profiles(blob, trusted_feed=trusted)}

    def on_put(self, req, resp):
        resp.media = {"profiles": xml_import.parse_profiles_strict(req.bounded_stream.read())}


class LoginRedirect:
    def on_get(self, req, resp):
        target = req.get_param("return_to") or "/"
        if req.get_param("strict"):
            parsed = urlparse(target)
            if "\\" in target or parsed.scheme != "https" or parsed.netloc not in HOME_HOSTS:
                raise falcon.HTTPBadRequest(title="bad return_to")
            raise falcon.HTTPFound(target)
        # expect: open-redirect
        raise falcon.HTTPFound(target)
