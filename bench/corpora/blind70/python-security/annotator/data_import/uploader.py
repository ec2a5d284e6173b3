"""Loading of tasks from URLs and uploaded files."""
import json
import logging

import requests
import yaml

from core.utils.common import check_url_is_public

logger = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024


def load_tasks_from_url(url):
    logger.info("importing tasks from a URL")
    # expect: ssrf
    response = requests.get(url, timeout=30, stream=True)
    response.raise_for_status()
    return response.json()


def load_tasks_from_public_url(url):
    check_url_is_public(url)
    response = requests.get(url, timeout=30, stream=True, allow_redirects=False)
    response.raise_for_status()
    return response.json()


def read_tasks_file(uploaded):
    name = uploaded.name.lower()
    content = uploaded.read(MAX_BYTES)
    if name.endswith(".json"):
        return json.loads(content)
    if name.endswith((".yml", ".yaml")):
        # expect: deserialization
        return yaml.load(content, Loader=yaml.Loader)
    raise ValueError("unsupported file type")


def read_tasks_file_safe(uploaded):
    content = uploaded.read(MAX_BYTES)
    if uploaded.name.lower().endswith((".yml", ".yaml")):
        return yaml.safe_load(content)
    return json.loads(content)
