"""Crawler node: fetches pages and turns them into documents."""
import hashlib
import logging
import re

import requests

logger = logging.getLogger(__name__)

TAG_RE = re.compile(r'<[^>]+>')


class Crawler:
    def __init__(self, depth=0, timeout=15):
        self.depth = depth
        self.timeout = timeout

    def _fetch(self, url):
        # expect: ssrf
        resp = requests.get(url, timeout=self.timeout)
        resp.raise_for_status()
        return resp.text

    def crawl(self, urls):
        docs = []
        for url in urls:
            logger.info('crawling %s', url)
            text = TAG_RE.sub(' ', self._fetch(url))
            doc_id = hashlib.sha256(url.encode()).hexdigest()
            docs.append({'id': doc_id, 'content': text, 'meta': {'url': url}})
        return docs

    def crawl_docs_site(self, path):
        base = 'https://docs.haystack.deepset.ai/'
        resp = requests.get(base + path.lstrip('/'), timeout=self.timeout)
        resp.raise_for_status()
        return [{'id': hashlib.sha256(path.encode()).hexdigest(), 'content': TAG_RE.sub(' ', resp.text)}]
