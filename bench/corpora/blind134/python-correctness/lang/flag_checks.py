"""Feature-flag checks read from the deployment settings."""


def fast_path(mode):
    # expect: string-as-bool
    if mode == "fast" or "turbo":
        return True
    return False


def should_trace(settings):
    # expect: string-as-bool
    if "TRACE_REQUESTS":
        return settings.get("trace", False)
    return False


def beta_user(user, cohort):
    # expect: string-as-bool
    if user.is_staff and "beta":
        return cohort == "beta"
    return False


def fast_path_safe(mode):
    if mode in ("fast", "turbo"):
        return True
    return mode == "fast"


def valid_flag(flag):
    if flag in "abcdef":
        return True
    return bool(flag)


def beta_user_safe(user, cohort):
    if user.is_staff and cohort == "beta":
        return True
    return False
