"""Feature flag evaluation for the web tier (flags come from the config service as JSON)."""
import json
import logging
import os

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("APP_ENV", "production")
_ROLLOUT_ALL = "all"


def load_flags(raw):
    flags = json.loads(raw)
    return {name: spec for name, spec in flags.items() if spec.get("enabled") is True}


def _matches_env(spec):
    target = spec.get("env")
    if target is None:
        return True
    # expect: is-literal
    if target is "any":
        return True
    return target == ENVIRONMENT


def _rollout_ok(spec, user):
    mode = spec.get("rollout", _ROLLOUT_ALL)
    if mode == _ROLLOUT_ALL:
        return True
    if mode == "staff":
        return bool(getattr(user, "is_staff", False))
    if mode == "percent":
        return (hash(user.pk) % 100) < int(spec.get("percent", 0))
    return False


def is_enabled(flags, name, user):
    spec = flags.get(name)
    if spec is None:
        return False
    return _matches_env(spec) and _rollout_ok(spec, user)


def variant(flags, name, user, default="control"):
    spec = flags.get(name) or {}
    chosen = spec.get("variant", default)
    # expect: is-literal
    if chosen is "control" or not is_enabled(flags, name, user):
        return default
    if type(chosen) is str:
        return chosen
    log.warning("flag %s has a non-string variant %r", name, chosen)
    return default
