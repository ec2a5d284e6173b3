import aiohttp

from mautrix_bridge.db import database

STATUS_ENDPOINT = "https://bridge-status.mau.dev/v1/status"


class Portal:
    def __init__(self, mxid, relay_webhook=None):
        self.mxid = mxid
        self.relay_webhook = relay_webhook
        self.http = aiohttp.ClientSession()

    @classmethod
    async def get_by_mxid(cls, mxid):
        row = await database.get().fetchrow("SELECT mxid, relay_webhook FROM portal WHERE mxid = $1", mxid)
        return cls(row["mxid"], row["relay_webhook"])

    async def set_relay(self, user, webhook=None):
        self.relay_webhook = webhook
        await database.get().execute("UPDATE portal SET relay_webhook = $1 WHERE mxid = $2", webhook, self.mxid)

    async def handle_matrix_message(self, sender, text):
        await self.http.post(STATUS_ENDPOINT, json={"room": self.mxid})
        if self.relay_webhook:
            # expect: ssrf
            await self.http.post(self.relay_webhook, json={"sender": sender, "text": text})
