"""Logging in the login and token-refresh paths."""
import hashlib
import logging

import structlog

log = logging.getLogger("auth")
slog = structlog.get_logger()


def _fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def on_login(username: str, password: str, ok: bool) -> None:
    if ok:
        log.info("login ok for %s", username)
    else:
        # expect: cleartext-logging
        log.warning("login failed for %s with password %s", username, password)


def on_refresh(user_id: int, refresh_token: str) -> None:
    log.debug("refresh for user=%s token=%s", user_id, _fingerprint(refresh_token))


def on_refresh_verbose(user_id: int, refresh_token: str) -> None:
    # expect: cleartext-logging
    log.debug(f"refresh for user={user_id} token={refresh_token}")


def on_api_call(api_key: str, path: str) -> None:
    # expect: cleartext-logging
    slog.info("api_call", path=path, api_key=api_key)


def on_api_call_masked(api_key: str, path: str) -> None:
    slog.info("api_call", path=path, key_prefix=api_key[:4] + "…")


def on_password_reset(email: str, reset_link: str) -> None:
    log.info("password reset requested for %s", email)
    # expect: cleartext-logging
    print(f"[reset] send to {email}: {reset_link}")


def on_config_loaded(config: dict) -> None:
    redacted = {k: ("***" if "secret" in k or "password" in k else v) for k, v in config.items()}
    log.info("config loaded: %s", redacted)


def on_db_connect(dsn: str, password: str) -> None:
    log.info("connecting to %s", dsn)
    # expect: cleartext-logging
    logging.info("db credentials: user=app password=%s", password)


def on_login_error(username: str, exc: Exception) -> None:
    log.exception("login error for %s: %s", username, exc)
