"""Login and token refresh with log lines."""
import logging

logger = logging.getLogger(__name__)
log = logging.getLogger("auth.refresh")


class TokenClient:
    def __init__(self):
        self.logger = logging.getLogger("auth.client")

    def refresh(self, user, token):
        # expect: sensitive-data-in-log
        self.logger.debug("refreshing for %s with token %s", user, token)
        return token[::-1]


def login(username, password):
    # expect: sensitive-data-in-log
    logger.info("login attempt user=%s password=%s", username, password)


def configure(api_key, region):
    # expect: sensitive-data-in-log
    log.warning("using API key %s in region %s", api_key, region)


def rotate(client_secret):
    try:
        raise RuntimeError("rotation failed")
    except RuntimeError:
        # expect: sensitive-data-in-log
        logger.exception("could not rotate client secret %s", client_secret)


def safe_paths(username, token):
    logger.info("login attempt user=%s", username)
    logger.info("token refreshed for %s (len=%d)", username, len(token))
    log.error("password reset requested")
