# library: attrs (attr.ib / attrs.field defaults)
"""Value objects for the scheduling service."""
import attr
import attrs


@attr.s
class Job:
    name = attr.ib()
    # expect: mutable-default
    tags = attr.ib(default=[])
    retries = attr.ib(default=3)
    env = attr.ib(factory=dict)


@attr.s(auto_attribs=True)
class Window:
    start: int
    end: int
    # expect: mutable-default
    exclusions: dict = attr.ib(default={})
    labels: list = attr.Factory(list)


@attrs.define
class Schedule:
    jobs: list = attrs.field(factory=list)
    # expect: mutable-default
    owners: set = attrs.field(default=set())
    timezone: str = attrs.field(default="UTC")
    holidays: tuple = attrs.field(default=())
