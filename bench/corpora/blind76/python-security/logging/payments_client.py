"""Client for the payments provider, with verbose logging for support cases."""
import logging

import requests

logger = logging.getLogger(__name__)
log = logging.getLogger("payments.audit")
_LOGGER = logging.getLogger("payments.oauth")

BASE_URL = "https://api.payments.example.com"


class PaymentsClient:
    def __init__(self, api_key, client_secret):
        self.api_key = api_key
        self.client_secret = client_secret
        self.logger = logging.getLogger("payments.client")
        # expect: secret-in-log
        self.logger.debug("initialised payments client with api_key=%s", api_key)

    def fetch_token(self):
        resp = requests.post(BASE_URL + "/oauth/token", data={"client_secret": self.client_secret}, timeout=10)
        resp.raise_for_status()
        token = resp.json()["access_token"]
        # expect: secret-in-log
        _LOGGER.info("obtained access token %s (expires in %s s)", token, resp.json()["expires_in"])
        return token

    def charge(self, customer_id, amount_cents):
        logger.info("charging customer %s amount %s", customer_id, amount_cents)
        resp = requests.post(BASE_URL + "/charges", json={"customer": customer_id, "amount": amount_cents},
                             headers={"Authorization": "Bearer " + self.api_key}, timeout=10)
        if resp.status_code == 401:
            # expect: secret-in-log
            logger.error("charge rejected, Authorization used secret %s", self.api_key)
        resp.raise_for_status()
        return resp.json()


def login_portal(username, password):
    resp = requests.post(BASE_URL + "/portal/login", data={"u": username, "p": password}, timeout=10)
    if not resp.ok:
        # expect: secret-in-log
        log.warning("portal login failed for %s with password %s", username, password)
    return resp.ok


def rotate_credentials(store, name):
    creds = store.rotate(name)
    logger.info("rotated credentials for %s", name)
    logger.debug("password reset link sent to %s", creds.owner_email)
    log.info("token refresh scheduled for account %s", creds.account_id)
    return creds
