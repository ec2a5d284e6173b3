# -*- coding: utf-8 -*-
"""Caliopen message REST API (Cornice resources)."""
import logging

from cornice.resource import resource, view
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.response import FileResponse

from caliopen_api.base import Api
from caliopen_api.base.exception import ResourceNotFound
from caliopen_main.message.attachment import attachment_path, attachment_path_checked
from caliopen_main.message.store import MessageStore

log = logging.getLogger(__name__)


@resource(collection_path="/messages", path="/messages/{message_id}")
class Message(Api):
    def __init__(self, request, context=None):
        self.request = request
        self.user = request.authenticated_userid

    @view(renderer="json", permission="authenticated")
    def collection_get(self):
        tag = self.request.params.get("tag")
        limit = int(self.request.params.get("limit", 50))
        store = MessageStore(self.user.user_id)
        messages = store.by_tag(tag) if tag else store.latest(limit=min(limit, 200))
        return {"messages": messages, "total": len(messages)}

    @view(renderer="json", permission="authenticated")
    def get(self):
        message_id = self.request.swagger_data["message_id"]
        message = MessageStore(self.user.user_id).get(message_id)
        if message is None:
            raise ResourceNotFound("No such message")
        return message


@resource(path="/messages/{message_id}/attachments/download")
class Attachment(Api):
    def __init__(self, request, context=None):
        self.request = request
        self.user = request.authenticated_userid

    @view(permission="authenticated")
    def get(self):
        message_id = self.request.matchdict["message_id"]
        name = self.request.params.get("name")
        if not name:
            raise HTTPBadRequest("name is required")
        path = attachment_path(self.user.user_id, message_id, name)
        # expect: path-traversal
        return FileResponse(path, request=self.request, content_type="application/octet-stream")


@resource(path="/messages/{message_id}/attachments/{index}")
class AttachmentByIndex(Api):
    def __init__(self, request, context=None):
        self.request = request
        self.user = request.authenticated_userid

    @view(permission="authenticated")
    def get(self):
        message_id = self.request.matchdict["message_id"]
        name = self.request.params.get("name", "")
        try:
            path = attachment_path_checked(self.user.user_id, message_id, name)
        except ValueError:
            raise HTTPNotFound()
        return FileResponse(path, request=self.request, content_type="application/octet-stream")
