"""Elements sent to the UI; their content is read from a path or a URL when not given."""
from dataclasses import dataclass, field
from typing import Optional
import uuid

import httpx

ALLOWED_HOSTS = {"cdn.chainlit.io", "avatars.githubusercontent.com"}


@dataclass
class Element:
    name: str
    type: str = "file"
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    path: Optional[str] = None
    url: Optional[str] = None
    content: Optional[bytes] = None
    display: str = "inline"

    async def load(self):
        if self.content is not None:
            return self.content
        if self.path:
            # expect: path-traversal
            with open(self.path, "rb") as f:
                self.content = f.read()
        elif self.url:
            async with httpx.AsyncClient() as client:
                # expect: ssrf
                response = await client.get(self.url)
                self.content = response.content
        return self.content

    async def load_allowed(self):
        host = httpx.URL(self.url).host
        if host not in ALLOWED_HOSTS:
            raise ValueError("host not allowed")
        async with httpx.AsyncClient() as client:
            response = await client.get(self.url)
        return response.content

    async def send(self, for_id):
        content = await self.load()
        return {"id": self.id, "forId": for_id, "size": len(content or b"")}


def element_from_dict(**kwargs):
    return Element(**{k: v for k, v in kwargs.items() if k in Element.__dataclass_fields__})
