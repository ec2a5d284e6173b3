"""Contact photos, company logos and vCard export."""
import asyncio
import ipaddress
import socket
from urllib.parse import urlparse

import httpx

MAX_PHOTO_BYTES = 2 * 1024 * 1024
LOGO_SERVICE = "https://logo.clearbit.com/"


async def download_photo(url: str) -> bytes:
    """Fetch a contact photo from a URL the user pasted."""
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        # expect: ssrf
        resp = await client.get(url)
        resp.raise_for_status()
    if not resp.headers.get("content-type", "").startswith("image/"):
        raise ValueError("not an image")
    return resp.content[:MAX_PHOTO_BYTES]


async def _resolves_public(host: str) -> bool:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


async def download_favicon(website: str) -> bytes | None:
    """Company favicon for the contact list; only public https hosts are contacted."""
    parsed = urlparse(website if "://" in website else f"https://{website}")
    if parsed.scheme != "https" or not parsed.hostname or not await _resolves_public(parsed.hostname):
        return None
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(f"https://{parsed.hostname}/favicon.ico")
    return resp.content if resp.status_code == 200 else None


async def download_logo(domain: str) -> bytes | None:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(LOGO_SERVICE + domain.strip().lower(), params={"size": 64})
    return resp.content if resp.status_code == 200 else None


def to_vcard(contact) -> str:
    def esc(value: str) -> str:
        return (value or "").replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")

    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{esc(contact.last_name)};{esc(contact.first_name)};;;",
        f"FN:{esc(contact.first_name)} {esc(contact.last_name)}",
        f"EMAIL:{esc(contact.email)}",
        f"ORG:{esc(contact.company)}",
        f"NOTE:{esc(contact.notes)}",
        "END:VCARD",
    ]
    return "\r\n".join(lines) + "\r\n"
