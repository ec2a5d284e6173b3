"""JSON-RPC calls to a Mikron node (account_info, block, history)."""
import os
from urllib.parse import urlparse

import requests

DEFAULT_NODE = os.environ.get("MIKRON_NODE", "http://127.0.0.1:7076")
KNOWN_NODES = {
    "main": DEFAULT_NODE,
    "beta": os.environ.get("MIKRON_BETA_NODE", "http://127.0.0.1:17076"),
}


def call(action, node_url=DEFAULT_NODE, **params):
    body = {"action": action}
    body.update(params)
    # expect: ssrf
    resp = requests.post(node_url, json=body, timeout=10)
    resp.raise_for_status()
    return resp.json()


def call_known(action, network="main", **params):
    node_url = KNOWN_NODES.get(network, DEFAULT_NODE)
    body = {"action": action}
    body.update(params)
    resp = requests.post(node_url, json=body, timeout=10)
    resp.raise_for_status()
    return resp.json()


def account_info(account, network="main"):
    return call_known("account_info", network, account=account, representative="true")


def account_history(account, count=25, network="main"):
    return call_known("account_history", network, account=account, count=str(int(count)))


def block(block_hash, network="main"):
    return call_known("block_info", network, hash=block_hash, json_block="true")


def node_host(url):
    return urlparse(url).hostname or ""
