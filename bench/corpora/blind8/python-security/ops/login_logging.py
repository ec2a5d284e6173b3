# library: logging
"""Login audit for the SSO bridge."""
import logging

import requests

log = logging.getLogger("sso")


def login(username: str, password: str, otp: str | None = None) -> dict:
    log.info("login attempt for %s", username)
    # expect: sensitive-logging
    log.debug("login payload user=%s password=%s", username, password)
    resp = requests.post(
        "https://sso.example.com/oauth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=10,
    )
    if resp.status_code != 200:
        log.warning("login failed for %s: %s", username, resp.status_code)
        return {}
    token = resp.json()["access_token"]
    # expect: sensitive-logging
    log.info("issued access token %s for %s", token, username)
    log.info("issued access token ending %s for %s", token[-4:], username)
    return {"token": token}


def rotate_client_secret(client_id: str, new_secret: str) -> None:
    log.info("rotating secret for client %s", client_id)
    # expect: sensitive-logging
    logging.warning(f"new client secret for {client_id}: {new_secret}")


def log_headers(headers: dict) -> None:
    redacted = {k: ("***" if k.lower() in {"authorization", "cookie"} else v) for k, v in headers.items()}
    log.debug("request headers: %s", redacted)
