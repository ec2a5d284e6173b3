"""attrs models for the job scheduler."""
import attr
from attrs import define, field


@attr.s
class Job:
    name = attr.ib()
    # expect: mutable-default
    args = attr.ib(default=[])
    env = attr.ib(factory=dict)
    retries = attr.ib(default=3)


@define
class Schedule:
    cron: str
    # expect: mutable-default
    jobs: list = field(default=[])
    tags: list = field(factory=list)
    timezone: str = "UTC"


@attr.s(auto_attribs=True)
class Queue:
    name: str
    # expect: mutable-default
    pending: dict = attr.ib(default={})
    limits: tuple = (10, 100)


@attr.s(frozen=True)
class Window:
    start = attr.ib()
    end = attr.ib()
    weekdays = attr.ib(default=(0, 1, 2, 3, 4))
    holidays = attr.ib(factory=frozenset)
