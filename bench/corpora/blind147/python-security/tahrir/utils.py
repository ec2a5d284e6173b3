"""Helpers used by the views."""
import logging
import os
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

ALLOWED_IMAGE_EXT = ('.png',)


def safe_came_from(request, came_from):
    """Only same-site relative paths are followed after logout."""
    if not came_from or not came_from.startswith('/') or came_from.startswith('//'):
        return request.route_url('home')
    return came_from


def fetch_badge_png(url):
    log.info('downloading badge image %s', url)
    # expect: ssrf
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.content


def fetch_fedora_avatar(openid):
    resp = requests.get('https://seccdn.libravatar.org/avatar/' + openid, params={'s': 64}, timeout=10)
    resp.raise_for_status()
    return resp.content


def store_png(pngs_dir, filename, data):
    path = os.path.join(pngs_dir, filename)
    # expect: path-traversal
    with open(path, 'wb') as f:
        f.write(data)
    return path


def clean_png_name(filename):
    name = os.path.basename(filename)
    if not name.lower().endswith(ALLOWED_IMAGE_EXT):
        raise ValueError('badge images must be PNG files')
    return name


def image_host(url):
    return urlparse(url).hostname
