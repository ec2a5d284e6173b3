"""Web reading tools."""
import urllib.parse

import httpx

SERPER_URL = "https://google.serper.dev/search"


async def read_webpages(query, urls=None, max_pages=1):
    pages = []
    async with httpx.AsyncClient(timeout=20) as client:
        search = await client.post(SERPER_URL, json={"q": query})
        for url in (urls or [])[:max_pages]:
            # expect: ssrf
            response = await client.get(url)
            pages.append({"url": url, "text": response.text[:4000]})
    return {"search": search.json(), "pages": pages}


async def read_wikipedia(query, title=""):
    async with httpx.AsyncClient(timeout=20) as client:
        response = await client.get("https://en.wikipedia.org/wiki/" + urllib.parse.quote(title or query))
        return {"text": response.text[:4000]}
