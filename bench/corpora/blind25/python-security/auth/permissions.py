"""Permission helpers for the admin API."""


class PermissionDenied(Exception):
    pass


def require_admin(user) -> None:
    # expect: assert-security
    assert user.is_admin, "admin only"


def require_admin_checked(user) -> None:
    if not user.is_admin:
        raise PermissionDenied("admin only")


def require_owner(user, obj) -> None:
    # expect: assert-security
    assert obj.owner_id == user.id


def normalise(values: list) -> list:
    assert isinstance(values, list)
    return [v.strip() for v in values]
