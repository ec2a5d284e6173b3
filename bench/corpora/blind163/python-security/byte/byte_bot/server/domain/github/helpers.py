"""GitHub helpers: open an issue from a Discord thread for a guild."""
from __future__ import annotations

import re

import httpx

from byte_bot.server.lib.settings import github

GITHUB_API = "https://api.github.com"
SLUG_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {github.APP_TOKEN}", "Accept": "application/vnd.github+json"}


async def create_issue(config: dict, title: str, body: str) -> str:
    """Create an issue in the guild's repository; GitHub Enterprise guilds set their own API URL."""
    base = (config.get("api_base_url") or GITHUB_API).rstrip("/")
    url = f"{base}/repos/{config['github_organization']}/{config['github_repository']}/issues"
    async with httpx.AsyncClient(timeout=20.0) as client:
        # expect: ssrf
        response = await client.post(url, headers=_headers(), json={"title": title, "body": body})
    response.raise_for_status()
    return response.json()["html_url"]


async def create_issue_public(config: dict, title: str, body: str) -> str:
    org, repo = config.get("github_organization", ""), config.get("github_repository", "")
    if not (SLUG_RE.match(org) and SLUG_RE.match(repo)):
        raise ValueError("invalid repository")
    async with httpx.AsyncClient(base_url=GITHUB_API, timeout=20.0) as client:
        response = await client.post(f"/repos/{org}/{repo}/issues", headers=_headers(), json={"title": title, "body": body})
    response.raise_for_status()
    return response.json()["html_url"]


async def repository_exists(org: str, repo: str) -> bool:
    if not (SLUG_RE.match(org) and SLUG_RE.match(repo)):
        return False
    async with httpx.AsyncClient(base_url=GITHUB_API, timeout=10.0) as client:
        response = await client.get(f"/repos/{org}/{repo}", headers=_headers())
    return response.status_code == 200
