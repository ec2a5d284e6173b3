"""OAuth client for the corporate single sign-on provider."""
import logging

import requests

logger = logging.getLogger(__name__)
log = logging.getLogger("sso.audit")


def mask(value, keep=4):
    return "*" * max(len(value) - keep, 0) + value[-keep:]


class SSOClient:
    def __init__(self, base_url, client_id, client_secret, api_key):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.api_key = api_key
        self.logger = logging.getLogger("sso.client")

    def exchange_code(self, code, redirect_uri):
        # expect: secret-in-log
        self.logger.debug("exchanging code with client_secret=%s", self.client_secret)
        resp = requests.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        tokens = resp.json()
        # expect: secret-in-log
        logger.info("received access token %s for client %s", tokens["access_token"], self.client_id)
        return tokens

    def refresh(self, refresh_token):
        resp = requests.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        if resp.status_code == 400:
            # expect: secret-in-log
            logger.warning("refresh token %s was rejected", refresh_token)
            return None
        log.info("token refreshed for client %s", self.client_id)
        return resp.json()

    def directory_lookup(self, email):
        resp = requests.get(
            f"{self.base_url}/directory/users",
            params={"email": email},
            headers={"X-Api-Key": self.api_key},
            timeout=10,
        )
        if resp.status_code == 401:
            # expect: secret-in-log
            log.error("directory rejected API key %s (status %s)", self.api_key, resp.status_code)
        logger.info("directory lookup for %s using key ending %s", email, mask(self.api_key))
        return resp.json()

    def change_password(self, user_id, new_password):
        # expect: secret-in-log
        logger.debug("setting password %s for user %s", new_password, user_id)
        resp = requests.put(
            f"{self.base_url}/users/{user_id}/password",
            json={"password": new_password},
            headers={"X-Api-Key": self.api_key},
            timeout=10,
        )
        logger.info("password changed for user %s", user_id)
        return resp.ok
