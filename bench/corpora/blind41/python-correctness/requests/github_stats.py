"""Pull repository statistics from the GitHub REST API."""
import json

import requests

API = "https://api.github.com"


def repo_info(owner, repo):
    resp = requests.get(f"{API}/repos/{owner}/{repo}", timeout=10)
    resp.raise_for_status()
    # expect: use-json-shortcut
    return json.loads(resp.text)


def contributors(owner, repo):
    r = requests.get(
        f"{API}/repos/{owner}/{repo}/contributors",
        params={"per_page": 100},
        timeout=10,
    )
    # expect: use-json-shortcut
    return [c["login"] for c in json.loads(r.text)]


def create_issue(owner, repo, title, token):
    response = requests.post(f"{API}/repos/{owner}/{repo}/issues", json={"title": title}, headers={"Authorization": f"token {token}"}, timeout=10)
    # expect: use-json-shortcut
    issue = json.loads(response.text)
    return issue["number"]


def releases(owner, repo):
    resp = requests.get(f"{API}/repos/{owner}/{repo}/releases", timeout=10)
    return resp.json()


def cached_info(path):
    with open(path) as fh:
        return json.loads(fh.read())
