# library: requests (Session) / click
"""CLI that mirrors tickets from the vendor API."""
import json
import os

import click
import requests

API = "https://vendor.example.com/api"


def vendor_session(insecure: bool = False) -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Token {os.environ['VENDOR_TOKEN']}"})
    if insecure:
        # expect: tls-verify-off
        s.verify = False
    return s


def legacy_session() -> requests.Session:
    s = requests.Session()
    # expect: hardcoded-secret
    s.auth = ("sync-bot", "V3ndor-Sync-Pass!")
    return s


@click.command()
@click.option("--since", required=True)
@click.option("--out", type=click.Path(), default="tickets.json")
def main(since: str, out: str) -> None:
    s = vendor_session()
    # expect: no-timeout
    page = s.get(f"{API}/tickets", params={"since": since})
    page.raise_for_status()
    tickets = page.json()["items"]
    for t in tickets:
        detail = s.get(f"{API}/tickets/{t['id']}", timeout=15)
        t["detail"] = detail.json()
    # expect: no-timeout
    requests.post(f"{API}/sync-log", json={"count": len(tickets)}, headers=s.headers)
    with open(out, "w") as fh:
        json.dump(tickets, fh, indent=2)
    click.echo(f"wrote {len(tickets)} tickets to {out}")


if __name__ == "__main__":
    main()
