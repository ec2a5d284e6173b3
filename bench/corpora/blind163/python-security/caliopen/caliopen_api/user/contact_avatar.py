# -*- coding: utf-8 -*-
"""Cornice resource that sets a contact's avatar from a URL."""
import colander
from cornice.resource import resource, view
from pyramid.httpexceptions import HTTPBadRequest

from caliopen_api.base import Api
from caliopen_main.contact.avatar import avatar_storage_path, fetch_avatar, fetch_avatar_public, fetch_gravatar
from caliopen_main.contact.core import Contact


class AvatarSchema(colander.MappingSchema):
    url = colander.SchemaNode(colander.String(), validator=colander.url)


@resource(path="/contacts/{contact_id}/avatar")
class ContactAvatar(Api):
    def __init__(self, request, context=None):
        self.request = request
        self.user = request.authenticated_userid

    @view(renderer="json", permission="authenticated")
    def put(self):
        contact = Contact.get(self.user, self.request.matchdict["contact_id"])
        data = self.request.json
        try:
            data = AvatarSchema().deserialize(data)
        except colander.Invalid as exc:
            raise HTTPBadRequest(str(exc))
        picture = fetch_avatar(data["url"])
        with open(avatar_storage_path(contact.contact_id), "wb") as out:
            out.write(picture)
        return {"avatar": "/contacts/{}/avatar".format(contact.contact_id)}

    @view(renderer="json", permission="authenticated")
    def post(self):
        contact = Contact.get(self.user, self.request.matchdict["contact_id"])
        url = self.request.json.get("url")
        picture = fetch_avatar_public(url) if url else fetch_gravatar(contact.emails[0].address)
        if picture is None:
            raise HTTPBadRequest("no avatar found")
        with open(avatar_storage_path(contact.contact_id), "wb") as out:
            out.write(picture)
        return {"avatar": "/contacts/{}/avatar".format(contact.contact_id)}
