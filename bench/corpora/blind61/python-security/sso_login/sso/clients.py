"""Relying parties registered with this login service."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Client:
    client_id: str
    name: str
    redirect_uris: tuple = field(default_factory=tuple)


REGISTERED = {
    "wiki": Client("wiki", "Team wiki", ("https://wiki.example.com/auth/callback",)),
    "grafana": Client("grafana", "Grafana", ("https://grafana.example.com/login/generic_oauth",)),
    "ci": Client("ci", "CI", ("https://ci.example.com/securityRealm/finishLogin",)),
}


def get_client(client_id):
    return REGISTERED.get(client_id)
