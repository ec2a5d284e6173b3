# library: attrs (attrs.define / attrs.field)
"""User profile records for the preferences service."""
import attrs


@attrs.define
class Preferences:
    user_id: int
    # expect: mutable-default
    muted_channels: list = attrs.field(default=[])
    digest: str = "weekly"
    quiet_hours: tuple = (22, 7)


@attrs.define
class Profile:
    user_id: int
    display_name: str = ""
    # expect: mutable-default
    links: dict = attrs.field(default={})
    badges: list = attrs.field(factory=list)
    settings: dict = attrs.field(factory=dict)


@attrs.frozen
class Snapshot:
    user_id: int
    taken_at: float
    roles: frozenset = frozenset()
    history: tuple = attrs.field(default=())
