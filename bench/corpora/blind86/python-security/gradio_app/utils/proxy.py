from urllib.parse import urlparse

import httpx
from fastapi import HTTPException
from fastapi.responses import Response


async def forward(url):
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        r = await client.get(url)
    return Response(r.content, status_code=r.status_code)


async def forward_checked(url, proxy_urls, headers):
    parsed = urlparse(url)
    if f"{parsed.scheme}://{parsed.netloc}" not in proxy_urls:
        raise HTTPException(403, f"Proxy URL not allowed: {url}")
    async with httpx.AsyncClient() as client:
        r = await client.get(url, headers={"Authorization": headers.get("x-proxy-auth", "")})
    return Response(r.content, status_code=r.status_code)
