"""Default settings for new workspaces."""

DEFAULTS = {
    "timezone": "UTC",
    "locale": "en_US",
    "week_start": "monday",
    # expect: duplicate-key
    "locale": "en_GB",
    "currency": "USD",
}

LIMITS = {"max_members": 50, "max_projects": 20, "max_storage_gb": 10}

NOTIFY = dict(
    [
        ("email", True),
        ("push", False),
    ]
)


def plan_limits(plan):
    if plan == "pro":
        # expect: duplicate-key
        return {"max_members": 500, "max_projects": 200, "max_members": 1000}
    return dict(LIMITS)


def feature_flags(beta):
    # expect: duplicate-key
    flags = {"search_v2": beta, "dark_mode": True, "exports": True, "dark_mode": beta}
    return flags


def merged(overrides):
    return {**DEFAULTS, **overrides}


def palette():
    return {"primary": "#0055ff", "secondary": "#ff5500", "muted": "#999999"}
