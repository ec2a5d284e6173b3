"""Request handlers behind the Crawl4AI server routes (``deploy/docker/api.py``)."""
import base64
import os
from pathlib import Path
from urllib.parse import urlparse

from crawl4ai import BrowserConfig, CrawlerRunConfig

from crawler_pool import get_crawler
from hook_manager import attach_user_hooks
from utils import load_local_or_raw


def _require_web_url(url: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        raise ValueError("only http(s) URLs can be crawled")
    return url


async def handle_crawl_request(urls, browser_config, crawler_config, hooks, config):
    crawler = await get_crawler(BrowserConfig.load(browser_config))
    if hooks:
        attach_user_hooks(crawler, hooks, timeout=config["hooks"]["timeout"])
    run_config = CrawlerRunConfig.load(crawler_config)
    results = []
    for url in urls:
        result = await crawler.arun(url=_require_web_url(url), config=run_config)
        results.append(result.model_dump())
    return {"success": True, "results": results}


async def handle_markdown_request(url: str, filter_type: str, query, config) -> str:
    if url.startswith(("file://", "raw:")):
        return load_local_or_raw(url)
    crawler = await get_crawler(BrowserConfig())
    result = await crawler.arun(url=_require_web_url(url), config=CrawlerRunConfig())
    return result.markdown.fit_markdown if filter_type == "fit" else result.markdown.raw_markdown


async def handle_screenshot(url: str, wait_for: float, output_path, config) -> dict:
    crawler = await get_crawler(BrowserConfig())
    result = await crawler.arun(url=_require_web_url(url), config=CrawlerRunConfig(screenshot=True, screenshot_wait_for=wait_for))
    data = base64.b64decode(result.screenshot)
    if output_path:
        target = os.path.abspath(output_path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        # expect: path-traversal
        with open(target, "wb") as f:
            f.write(data)
        return {"success": True, "path": target}
    return {"success": True, "screenshot": result.screenshot}


async def handle_pdf(url: str, target: Path, config) -> None:
    crawler = await get_crawler(BrowserConfig())
    result = await crawler.arun(url=_require_web_url(url), config=CrawlerRunConfig(pdf=True))
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as f:
        f.write(result.pdf)
