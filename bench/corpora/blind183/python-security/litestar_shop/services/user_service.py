"""User business logic: hashing, profile updates and avatars."""
import hashlib
import ipaddress
import os
import socket
import uuid
from urllib.parse import urlparse

import httpx
from argon2 import PasswordHasher

from repositories.user_repository import UserRepository
from schemas.user import UserCreate, UserUpdate

AVATAR_DIR = os.getenv("AVATAR_DIR", "/var/lib/shop/avatars")
GRAVATAR = "https://www.gravatar.com/avatar/"
hasher = PasswordHasher()


def _is_public_host(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, 443)}
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(a).is_global for a in addresses)


class UserService:
    def __init__(self, user_repository: UserRepository):
        self.repo = user_repository

    async def create(self, data: UserCreate):
        return await self.repo.add(email=data.email.lower(), password_hash=hasher.hash(data.password))

    async def get(self, user_id: int):
        return await self.repo.get(user_id)

    async def update(self, user_id: int, data: UserUpdate):
        return await self.repo.update(user_id, **data.model_dump(exclude_unset=True))

    async def gravatar(self, user_id: int) -> bytes:
        user = await self.repo.get(user_id)
        digest = hashlib.md5(user.email.strip().lower().encode()).hexdigest()
        async with httpx.AsyncClient(timeout=5) as client:
            resp = await client.get(GRAVATAR + digest, params={"s": 128, "d": "identicon"})
        return resp.content

    async def import_avatar(self, user_id: int, url: str):
        async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
            # expect: ssrf
            resp = await client.get(url)
        resp.raise_for_status()
        name = f"{uuid.uuid4().hex}.img"
        with open(os.path.join(AVATAR_DIR, name), "wb") as f:
            f.write(resp.content[: 2 * 1024 * 1024])
        return await self.repo.update(user_id, avatar=name)

    async def import_banner(self, user_id: int, url: str):
        if not _is_public_host(url):
            raise ValueError("banner must be a public https URL")
        async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
            resp = await client.get(url)
        resp.raise_for_status()
        return await self.repo.update(user_id, banner_bytes=len(resp.content))
