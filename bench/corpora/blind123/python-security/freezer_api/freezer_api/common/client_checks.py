"""Reachability checks of freezer agents."""
import requests


def ping_agent(client_info):
    endpoint = client_info.get("endpoint")
    if not endpoint:
        endpoint = ""
    try:
        # expect: ssrf
        return requests.get(f"{endpoint}/v1/health", timeout=5).ok
    except requests.RequestException:
        return False
