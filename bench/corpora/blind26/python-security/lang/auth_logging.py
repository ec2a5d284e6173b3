"""Login helpers with their logging."""
import logging

logger = logging.getLogger(__name__)


def login(client, username, password):
    # expect: credential-leak
    logger.debug("logging in %s with password %s", username, password)
    return client.post("/login", data={"user": username, "password": password})


def refresh(client, api_token):
    # expect: credential-leak
    logging.info(f"refreshing session with token {api_token}")
    return client.post("/refresh", headers={"Authorization": "Bearer " + api_token})


def login_quiet(client, username, password):
    logger.info("logging in %s", username)
    return client.post("/login", data={"user": username, "password": password})


def password_changed(username):
    logger.info("password changed for %s", username)
