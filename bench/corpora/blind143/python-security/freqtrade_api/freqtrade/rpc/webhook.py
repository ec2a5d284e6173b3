"""Webhook and Telegram senders of RPC messages."""
import requests

TELEGRAM_API = "https://api.telegram.org"


class Webhook:
    def __init__(self, config):
        self._config = config

    def send_msg(self, msg):
        conf = self._config.get("webhook", {})
        if not conf.get("enabled"):
            return None
        payload = {"data": msg} if conf.get("format") == "form" else {"json": msg}
        # expect: ssrf
        return requests.post(conf["url"], timeout=10, **payload)


class Telegram:
    def __init__(self, config):
        self._token = config["telegram"]["token"]
        self._chat_id = config["telegram"]["chat_id"]

    def send_msg(self, text):
        return requests.post(f"{TELEGRAM_API}/bot{self._token}/sendMessage", json={"chat_id": self._chat_id, "text": text}, timeout=10)
