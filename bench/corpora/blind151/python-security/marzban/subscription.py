"""Renders subscription pages and client configs."""
import html
import logging
import os

logger = logging.getLogger(__name__)

TEMPLATES_DIR = "/var/lib/marzban/templates/subscription"
CLIENT_TEMPLATES = {"clash": "clash.yml", "sing-box": "singbox.json", "v2ray": "v2ray.json"}

INFO_PAGE = "<html><body><h1>{username}</h1><p class='note'>{note}</p><p>{expire}</p></body></html>"


def render_info_page(user):
    # expect: xss
    return INFO_PAGE.format(username=html.escape(user.username), note=user.note or "", expire=user.expire)


def render_info_page_escaped(user):
    return INFO_PAGE.format(username=html.escape(user.username), note=html.escape(user.note or ""), expire=user.expire)


def render_client_config(user, client_type):
    path = os.path.join(TEMPLATES_DIR, client_type)
    # expect: path-traversal
    with open(path) as f:
        template = f.read()
    return template.replace("{{ username }}", user.username)


def render_client_config_checked(user, client_type):
    name = CLIENT_TEMPLATES.get(client_type)
    if name is None:
        raise ValueError("unknown client type")
    with open(os.path.join(TEMPLATES_DIR, name)) as f:
        template = f.read()
    return template.replace("{{ username }}", user.username)
