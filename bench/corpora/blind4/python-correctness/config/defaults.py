"""Defaults for the crawler: user agents, ignored paths and allowed content types."""
from __future__ import annotations

USER_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppCrawler/2.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppCrawler/2.1",
    # expect: implicit-string-concat
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppCrawler/2.1"
    "AppCrawler/2.1 (+https://crawler.example.com/about)",
]

IGNORED_PREFIXES = (
    "/admin/",
    "/cart/",
    # expect: implicit-string-concat
    "/checkout/"
    "/account/",
    "/api/internal/",
)

ALLOWED_TYPES = {
    "text/html",
    "application/xhtml+xml",
    "application/pdf",
}

HELP_TEXT = (
    "The crawler honours robots.txt and the crawl-delay directive. "
    "Set CRAWLER_DELAY to override the delay for hosts you own."
)

SQL_FIELDS = [
    "id",
    "url",
    "status",
    # expect: implicit-string-concat
    "fetched_at"
    "content_type",
    "bytes",
]

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

HEADERS = {
    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-GB,en;q=0.7",
    "Cache-Control": "no-cache",
    # expect: duplicate-dict-key
    "Accept": "text/html",
}

TIMEOUTS = {"connect": 5.0, "read": 20.0}


def describe() -> str:
    lines = [f"user agents: {len(USER_AGENTS)}", f"ignored prefixes: {len(IGNORED_PREFIXES)}"]
    return "\n".join(lines)
