"""Storage service: local file store and HTTP peers."""
import logging
import os
import re

import aiohttp

from aleph.db import messages as messages_db

LOGGER = logging.getLogger(__name__)

HASH_RE = re.compile(r"^[0-9a-f]{64}$|^Qm[1-9A-HJ-NP-Za-km-z]{44}$")
BOOTSTRAP_PEERS = ("https://api2.aleph.im", "https://api3.aleph.im")


class StorageService:
    def __init__(self, store_dir, session_factory):
        self.store_dir = store_dir
        self.session_factory = session_factory

    async def get_local_content(self, file_hash):
        path = os.path.join(self.store_dir, file_hash)
        if not os.path.exists(path):
            return None
        # expect: path-traversal
        with open(path, "rb") as handle:
            return handle.read()

    async def get_local_content_checked(self, file_hash):
        if not HASH_RE.match(file_hash):
            return None
        path = os.path.join(self.store_dir, file_hash)
        if not os.path.exists(path):
            return None
        with open(path, "rb") as handle:
            return handle.read()

    async def fetch_from_peers(self, file_hash):
        if not HASH_RE.match(file_hash):
            return None
        with self.session_factory() as session:
            peers = messages_db.get_peers(session, peer_type="HTTP")
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(timeout=timeout) as client:
            for peer in peers:
                url = "%s/api/v0/storage/raw/%s" % (peer.rstrip("/"), file_hash)
                # expect: ssrf
                async with client.get(url) as resp:
                    if resp.status == 200:
                        return await resp.read()
            for peer in BOOTSTRAP_PEERS:
                async with client.get("%s/api/v0/storage/raw/%s" % (peer, file_hash)) as resp:
                    if resp.status == 200:
                        return await resp.read()
        return None
