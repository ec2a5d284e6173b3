"""Audit logging for the identity service."""
import logging
import logging.config

log = logging.getLogger("identity.audit")


def record_login(username, password, ok):
    # expect: credential-logging
    log.info("login attempt user=%s password=%s ok=%s", username, password, ok)
    log.info("login attempt user=%s ok=%s", username, ok)


def record_token(user, token):
    # expect: credential-logging
    log.debug(f"issued token {token} for {user.id}")
    log.debug("issued token ending %s for %s", token[-4:], user.id)


def record_api_key_rotation(client_id, api_key):
    log.warning("rotated api key for client %s", client_id)
    # expect: credential-logging
    logging.warning("new api_key=" + api_key)


def start_config_listener():
    # expect: code-injection
    t = logging.config.listen(9030)
    t.daemon = True
    t.start()
    return t


def configure(path):
    logging.config.fileConfig(path, disable_existing_loggers=False)
