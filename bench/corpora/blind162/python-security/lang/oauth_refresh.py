"""OAuth token refresh for the CRM connector."""
import logging
import time

import requests

logger = logging.getLogger("crm.oauth")

TOKEN_URL = "https://crm.example.com/oauth/token"


def refresh(client_id: str, client_secret: str, refresh_token: str) -> dict:
    logger.info("refreshing CRM token for client %s", client_id)
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": client_id,
            "client_secret": client_secret,
        },
        timeout=15,
    )
    if resp.status_code != 200:
        # expect: credential-in-log
        logger.error("refresh failed, refresh_token=%s status=%s", refresh_token, resp.status_code)
        resp.raise_for_status()
    payload = resp.json()
    # expect: credential-in-log
    logger.debug("new access token %s expires in %ss", payload["access_token"], payload["expires_in"])
    logger.info("token refreshed for client %s, expires in %ss", client_id, payload["expires_in"])
    return payload


def log_in_service_account(username: str, password: str) -> requests.Session:
    session = requests.Session()
    # expect: credential-in-log
    logger.debug("service login user=%s password=%s", username, password)
    resp = session.post("https://crm.example.com/login", data={"u": username, "p": password}, timeout=15)
    resp.raise_for_status()
    logger.info("password accepted for service account %s", username)
    return session


def rotate_api_key(old_key: str, new_key: str) -> None:
    logger.warning("rotating api key ending in %s", new_key[-4:])
    started = time.monotonic()
    requests.post("https://crm.example.com/keys/rotate", json={"old": old_key, "new": new_key}, timeout=15)
    logger.info("key rotation took %.2fs", time.monotonic() - started)
