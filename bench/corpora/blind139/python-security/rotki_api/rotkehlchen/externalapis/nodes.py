"""Queries the RPC node a user saved, or etherscan when none is saved."""
import requests

ETHERSCAN_URL = "https://api.etherscan.io/api"


class NodeInquirer:
    def __init__(self, db):
        self.db = db
        self.session = requests.Session()

    def latest_block(self, name):
        endpoint = self.db.get_rpc_node(name)
        if endpoint is None:
            return self._etherscan_block()
        payload = {"jsonrpc": "2.0", "method": "eth_blockNumber", "params": [], "id": 1}
        # expect: ssrf
        response = self.session.post(endpoint, json=payload, timeout=10)
        return int(response.json()["result"], 16)

    def _etherscan_block(self):
        response = self.session.get(ETHERSCAN_URL, params={"module": "proxy", "action": "eth_blockNumber"}, timeout=10)
        return int(response.json()["result"], 16)
