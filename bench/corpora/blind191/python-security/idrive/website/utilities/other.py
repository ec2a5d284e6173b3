"""Shared helpers: permissions, share tokens, websocket events, zip names."""
import os
import time
import unicodedata

import jwt
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings

from .errors import ResourcePermissionError


def check_resource_perms(request, resource):
    if resource.owner_id != request.user.id:
        raise ResourcePermissionError("You have no access to this resource!")
    if resource.inTrash:
        raise ResourcePermissionError("Resource is in trash")


def create_share_token(link, ttl=7 * 24 * 3600):
    payload = {"link_id": str(link.id), "exp": int(time.time()) + ttl}
    return jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")


def safe_zip_name(name):
    name = unicodedata.normalize("NFKC", name).replace("\\", "/")
    name = os.path.basename(name)
    return name or "file"


def send_event(user_id, op_code, message):
    channel_layer = get_channel_layer()
    async_to_sync(channel_layer.group_send)(
        f"user_{user_id}",
        {"type": "send_message", "op_code": op_code, "message": message},
    )


def is_subitem(item, parent):
    node = item.parent
    while node is not None:
        if node.id == parent.id:
            return True
        node = node.parent
    return False
