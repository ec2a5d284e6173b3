"""Domain records for the playlist service (attrs, dataclasses, pydantic)."""
from dataclasses import dataclass, field
from typing import Optional

import attr
from attrs import define, field as afield
from pydantic import BaseModel


@attr.s
class Playlist:
    name = attr.ib()
    # expect: mutable-default
    tracks = attr.ib(default=[])
    owner = attr.ib(default=None)

    def add(self, track: str) -> None:
        self.tracks.append(track)


@attr.s
class PlaylistFixed:
    name = attr.ib()
    tracks = attr.ib(factory=list)
    tags = attr.ib(default=attr.Factory(set))


@attr.s(frozen=True)
class Range:
    start = attr.ib(default=0)
    stop = attr.ib(default=None)
    kinds = attr.ib(default=("audio", "video"))


@define
class Queue:
    device: str
    # expect: mutable-default
    pending: dict = afield(default={})
    history: list = afield(factory=list)

    def push(self, track_id: str, pos: int) -> None:
        self.pending[track_id] = pos


@dataclass
class Listener:
    user_id: int
    follows: list[int] = field(default_factory=list)
    settings: dict = field(default_factory=lambda: {"autoplay": True})
    region: Optional[str] = None
    formats: tuple = ("mp3", "ogg")


class TrackIn(BaseModel):
    title: str
    artists: list[str] = []
    meta: dict[str, str] = {}


def playlist_from_row(row: dict) -> Playlist:
    return Playlist(name=row["name"], tracks=list(row.get("tracks", [])), owner=row.get("owner"))
