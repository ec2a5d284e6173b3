"""Private registry checks done before a pull."""
import requests

DOCKER_HUB = "https://registry-1.docker.io"


def check_registry(registry):
    url = registry.get("url") if isinstance(registry, dict) else registry
    # expect: ssrf
    resp = requests.get(f"{url}/v2/", timeout=10)
    return resp.status_code in (200, 401)


def check_hub_repository(repo):
    resp = requests.get(f"{DOCKER_HUB}/v2/{repo}/tags/list", timeout=10)
    return resp.ok
