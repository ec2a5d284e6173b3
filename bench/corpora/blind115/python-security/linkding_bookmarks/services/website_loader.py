from dataclasses import asdict, dataclass

import requests
from bs4 import BeautifulSoup


@dataclass
class WebsiteMetadata:
    url: str
    title: str
    description: str

    def to_dict(self):
        return asdict(self)


def _fetch(url):
    # expect: ssrf
    return requests.get(url, timeout=10, headers={"User-Agent": "linkding"})


def load_website_metadata(url):
    page = _fetch(url)
    soup = BeautifulSoup(page.text, "html.parser")
    title = soup.title.string if soup.title else ""
    desc = soup.find("meta", attrs={"name": "description"})
    return WebsiteMetadata(url=url, title=title, description=desc["content"] if desc else "")
