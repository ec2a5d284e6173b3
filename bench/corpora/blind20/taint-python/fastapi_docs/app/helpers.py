"""Dependencies and helpers shared by the document API routes."""
import asyncio
from pathlib import Path
from typing import Annotated

import asyncpg
from fastapi import Depends, Query, Request

DOCS_ROOT = Path("/srv/docs")


async def get_pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


def doc_name(name: Annotated[str, Query(min_length=1)]) -> str:
    return name


class Filters:
    def __init__(self, owner: str = "", tag: str = "", order: str = "updated_at") -> None:
        self.owner = owner
        self.tag = tag
        self.order = order

    def where(self) -> str:
        parts = []
        if self.owner:
            parts.append(f"owner = '{self.owner}'")
        if self.tag:
            parts.append(f"'{self.tag}' = ANY(tags)")
        return " AND ".join(parts) or "true"


async def run_pandoc(src: Path, fmt: str) -> bytes:
    proc = await asyncio.create_subprocess_exec("pandoc", str(src), "-t", fmt, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out


def doc_path(name: str) -> Path:
    return DOCS_ROOT / name


PoolDep = Annotated[asyncpg.Pool, Depends(get_pool)]
FiltersDep = Annotated[Filters, Depends()]
