"""Forward accepted crash reports to another collector (staging mirrors, partner builds)."""
import logging

import requests

logger = logging.getLogger(__name__)


class CrashForwarder:
    def __init__(self, default_url=None, timeout=10):
        self.default_url = default_url
        self.timeout = timeout
        self.session = requests.Session()

    def _multipart(self, raw_crash, dumps):
        files = {name: (name, data, "application/octet-stream") for name, data in dumps.items()}
        fields = {k: str(v) for k, v in raw_crash.items() if k != "ServerURL"}
        return fields, files

    def forward_to_default(self, raw_crash, dumps):
        """Mirror every crash to the configured collector, if there is one."""
        if not self.default_url:
            return None
        fields, files = self._multipart(raw_crash, dumps)
        resp = self.session.post(self.default_url, data=fields, files=files, timeout=self.timeout)
        return resp.status_code

    def forward_to_origin(self, raw_crash, dumps):
        """Partner builds set ServerURL in their annotations; send a copy back to their collector."""
        server_url = raw_crash.get("ServerURL")
        if not server_url or not server_url.startswith(("http://", "https://")):
            return None
        fields, files = self._multipart(raw_crash, dumps)
        try:
            # expect: ssrf
            resp = self.session.post(server_url, data=fields, files=files, timeout=self.timeout)
        except requests.RequestException:
            logger.warning("forwarding to %s failed", server_url)
            return None
        return resp.status_code
