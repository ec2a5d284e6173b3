"""Feature flag checks sprinkled through the request pipeline."""


def show_beta_banner(user, flags):
    # expect: string-as-bool
    if "beta" and user.is_staff:
        return True
    return False


def can_edit(user):
    # expect: string-as-bool
    if "admin" or user.role == "owner":
        return True
    return False


def log_level(settings):
    if settings.get("verbose"):
        return "INFO"
    # expect: string-as-bool
    elif "DEBUG":
        return "DEBUG"
    return "WARNING"


def active_users(users):
    # expect: string-as-bool
    return [u for u in users if "active" and u.verified]


def show_beta_banner_fixed(user, flags):
    if "beta" in flags and user.is_staff:
        return True
    return False


def greeting(name):
    if name:
        return "Hello " + name
    return "Hello"
