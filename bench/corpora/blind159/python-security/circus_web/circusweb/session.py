import base64
import json
import logging
import pickle

logger = logging.getLogger("circusweb")


class SessionMixin(object):
    _session = None

    @property
    def session(self):
        if self._session is None:
            self._session = self._load_session()
        return self._session

    def _load_session(self):
        signed = self.get_secure_cookie("circus_session")
        if signed:
            return json.loads(signed)
        legacy = self.get_cookie("circus_prefs")
        if legacy:
            try:
                # expect: deserialization
                return pickle.loads(base64.b64decode(legacy))
            except Exception:
                logger.warning("dropping unreadable legacy session cookie")
        return {}

    def save_session(self):
        self.set_secure_cookie("circus_session", json.dumps(self._session or {}), httponly=True)
        self.clear_cookie("circus_prefs")
