# library: logging (credentials written to logs)
"""Login and API-key flows for the admin console."""
import logging

logger = logging.getLogger("admin.auth")


def login(username, password, backend):
    # expect: credential-leak
    logger.info("login attempt user=%s password=%s", username, password)
    ok = backend.check(username, password)
    logger.info("login %s for user=%s", "ok" if ok else "failed", username)
    return ok


def rotate_key(client, api_key):
    # expect: credential-leak
    logger.debug(f"rotating key for {client.name}: {api_key}")
    client.rotate(api_key)
    logger.debug("rotated key for %s (suffix %s)", client.name, api_key[-4:])


def connect(dsn, token):
    # expect: credential-leak
    logging.warning("connecting with token %s", token)
    logging.warning("connecting to %s", dsn.split("@")[-1])


def reset_password(user):
    logger.info("password reset requested for %s", user.email)
