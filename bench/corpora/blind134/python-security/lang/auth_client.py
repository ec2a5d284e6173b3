"""OAuth client for the billing provider."""
import logging
import os

import requests

logger = logging.getLogger(__name__)
TOKEN_URL = "https://auth.billing.example.com/oauth/token"


class BillingAuth:
    def __init__(self, client_id, client_secret):
        self.logger = logging.getLogger("billing.auth")
        self.client_id = client_id
        self.client_secret = client_secret

    def fetch_token(self):
        resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}, timeout=10)
        token = resp.json()["access_token"]
        # expect: secret-in-log
        logger.debug("got access token %s", token)
        return token

    def reject(self, api_key):
        # expect: secret-in-log
        self.logger.warning("API key %s was rejected by the provider", api_key)

    def login(self, user, password):
        # expect: secret-in-log
        logger.info("logging in %s with password %s", user, password)
        return requests.post(TOKEN_URL, data={"username": user, "password": password}, timeout=10)

    def refreshed(self, account):
        logger.info("token refreshed for account %s", account)

    def rotated(self, key_id):
        logger.info("rotated signing key id=%s", key_id)
        self.logger.error("refresh failed for client %s", self.client_id)


def from_env():
    return BillingAuth(os.environ["BILLING_CLIENT_ID"], os.environ["BILLING_CLIENT_SECRET"])
