"""Host blueprint: network diagnostics the helpdesk runs for a member's device."""
import ipaddress
import re
import shlex
import subprocess

from flask import Blueprint, abort, jsonify, request

from pycroft.model import session
from pycroft.model.host import Host
from web.blueprints.access import BlueprintAccess

bp = Blueprint("host", __name__)
access = BlueprintAccess(bp, required_properties=["hosts_show"])

MAC_RE = re.compile(r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$")


@bp.route("/<int:host_id>/ping")
@access.require("hosts_show")
def ping_host(host_id):
    """Ping one of the host's addresses; the address is checked to be an IP."""
    host = session.session.get(Host, host_id)
    if host is None:
        abort(404)
    try:
        address = ipaddress.ip_address(request.args.get("ip", ""))
    except ValueError:
        abort(400)
    proc = subprocess.run(
        ["ping", "-c", "3", "-W", "1", str(address)],
        capture_output=True, text=True, timeout=10,
    )
    return jsonify(ok=proc.returncode == 0, output=proc.stdout)


@bp.route("/<int:host_id>/traceroute")
@access.require("hosts_show")
def traceroute_host(host_id):
    """Traceroute to whatever target the helpdesk typed (hostname or address)."""
    target = request.args.get("target", "")
    max_hops = request.args.get("hops", 15, type=int)
    # expect: command-injection
    proc = subprocess.run(f"traceroute -m {max_hops} {target}", shell=True, capture_output=True, text=True, timeout=60)
    return jsonify(output=proc.stdout)


@bp.route("/<int:host_id>/arp")
@access.require("hosts_show")
def arp_lookup(host_id):
    """Look the MAC up in the router's ARP table; only well-formed MACs get through."""
    mac = request.args.get("mac", "").lower()
    if not MAC_RE.match(mac):
        abort(400)
    proc = subprocess.run(
        f"ip neigh show | grep -i {shlex.quote(mac)}",
        shell=True, capture_output=True, text=True, timeout=10,
    )
    return jsonify(output=proc.stdout)


@bp.route("/<int:host_id>/dhcp-leases")
@access.require("hosts_show")
def dhcp_leases(host_id):
    proc = subprocess.run(
        ["dhcp-lease-list", "--parsable"], capture_output=True, text=True, timeout=10
    )
    return jsonify(output=proc.stdout)
