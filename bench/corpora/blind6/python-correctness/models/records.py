"""Domain records built with attrs."""
import attr
import attrs


@attr.s
class Playlist:
    name = attr.ib()
    # expect: attrs-mutable-default
    tracks = attr.ib(default=[])
    owner = attr.ib(default=None)


@attr.s(auto_attribs=True)
class Album:
    title: str
    # expect: attrs-mutable-default
    credits: dict = attr.ib(default={})
    year: int = 0


@attr.s(slots=True)
class Listener:
    user_id = attr.ib()
    follows = attr.ib(factory=list)
    settings = attr.ib(default=attr.Factory(dict))
    tags = attr.ib(default=())


@attrs.define
class Queue:
    station: str
    # expect: attrs-mutable-default
    pending: list = attrs.field(default=[])
    played: list = attrs.field(factory=list)


@attr.s
class Genre:
    name = attr.ib(default="unknown")
    # expect: attrs-mutable-default
    aliases = attr.ib(default=set())
    parent = attr.ib(default=None, validator=attr.validators.optional(attr.validators.instance_of(str)))


@attrs.frozen
class Chart:
    week: int
    entries: tuple = ()
    meta: dict = attrs.field(factory=dict)
