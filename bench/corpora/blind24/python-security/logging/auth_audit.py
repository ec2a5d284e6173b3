"""Audit logging around sign-in and API key rotation."""
import logging

logger = logging.getLogger("auth")


def on_login(username: str, password: str, ok: bool) -> None:
    if ok:
        logger.info("login ok user=%s", username)
    else:
        # expect: secret-in-log
        logger.warning("login failed user=%s password=%s", username, password)


def on_key_rotated(user_id: int, new_key: str) -> None:
    logger.info("api key rotated for user=%d (suffix %s)", user_id, new_key[-4:])


def on_token_issued(user_id: int, token: str) -> None:
    # expect: secret-in-log
    logger.debug(f"issued token {token} for {user_id}")


def on_reset(email: str, reset_token: str) -> None:
    # expect: secret-in-log
    logging.info("password reset requested for %s with token %s", email, reset_token)


def on_config_loaded(config: dict) -> None:
    logger.info("config loaded: %s", {k: ("***" if "secret" in k or "password" in k else v) for k, v in config.items()})
