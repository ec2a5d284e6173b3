"""GitHub issue exporter."""
import os

import requests

API = "https://api.github.com"


class GitHubExporter:
    def __init__(self, repo):
        self.repo = repo
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
            "Accept": "application/vnd.github+json",
        })

    def issues(self, state="open"):
        # expect: no-timeout
        resp = self.session.get(f"{API}/repos/{self.repo}/issues", params={"state": state})
        resp.raise_for_status()
        return resp.json()

    def comments(self, number):
        # safe: timeout set
        resp = self.session.get(f"{API}/repos/{self.repo}/issues/{number}/comments", timeout=15)
        resp.raise_for_status()
        return resp.json()

    def label(self, number, labels):
        # expect: no-timeout
        return self.session.post(f"{API}/repos/{self.repo}/issues/{number}/labels", json={"labels": labels}, timeout=None)


def rate_limit():
    # expect: no-timeout
    with requests.get(f"{API}/rate_limit", stream=True) as resp:
        return resp.json()["resources"]["core"]["remaining"]


def download_archive(repo, dest):
    # safe: timeout set
    with requests.get(f"{API}/repos/{repo}/tarball", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)


def meta():
    # safe: timeout passed through an inline kwargs dict
    return requests.get(f"{API}/meta", **{"timeout": 5}).json()
