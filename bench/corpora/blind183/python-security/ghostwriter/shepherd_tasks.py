"""Background jobs of Ghostwriter's shepherd app (queued with django-q)."""
import ipaddress
import logging
import shlex
import subprocess

import requests
from django.conf import settings

from ghostwriter.shepherd.models import Domain, StaticServer, TransientServer

logger = logging.getLogger(__name__)


def check_domain_health(domain_id: int) -> dict:
    domain = Domain.objects.get(pk=domain_id)
    resp = requests.get(
        "https://www.virustotal.com/api/v3/domains/" + domain.name,
        headers={"x-apikey": settings.VIRUSTOTAL_API_KEY},
        timeout=15,
    )
    resp.raise_for_status()
    stats = resp.json()["data"]["attributes"]["last_analysis_stats"]
    domain.health_dns = "Healthy" if stats.get("malicious", 0) == 0 else "Burned"
    domain.save(update_fields=["health_dns"])
    return stats


def scan_static_server(server_id: int) -> str:
    server = StaticServer.objects.get(pk=server_id)
    address = str(ipaddress.ip_address(server.ip_address))
    result = subprocess.run(
        ["nmap", "-Pn", "--top-ports", "100", "-oX", "-", address],
        capture_output=True, text=True, timeout=600, check=False,
    )
    server.last_scan = result.stdout
    server.save(update_fields=["last_scan"])
    return result.stdout


def probe_transient_server(server_id: int) -> str:
    """Operators type the cloud host's name or address when they log a transient server."""
    server = TransientServer.objects.get(pk=server_id)
    # expect: command-injection
    out = subprocess.run(f"nmap -sV -p 22,80,443 {server.aux_address}", shell=True, capture_output=True, text=True, timeout=600)
    server.note = (server.note or "") + "\n" + out.stdout[-2000:]
    server.save(update_fields=["note"])
    return out.stdout


def whois_domain(domain_id: int) -> str:
    domain = Domain.objects.get(pk=domain_id)
    out = subprocess.run(f"whois {shlex.quote(domain.name)} | head -n 40", shell=True,
                         capture_output=True, text=True, timeout=60)
    logger.info("whois for %s returned %d bytes", domain.name, len(out.stdout))
    return out.stdout
