"""Dispatch a validated query to the driver its device uses."""
import ipaddress
import logging

from hyperglass.execution.drivers.local import LocalShellDriver

log = logging.getLogger("hyperglass.execution")

COMMANDS = {
    "ping": "ping -c 5 -I {source} {target}",
    "traceroute": "traceroute -w 1 -q 1 -s {source} {target}",
    "bgp_route": "birdc show route for {target} all",
}


def build_command(query, device):
    template = COMMANDS[query.query_type]
    source = query.query_source
    if not source:
        source = device.source_address
    return template.format(source=source, target=query.query_target)


def build_argv(query, device):
    target = str(ipaddress.ip_address(query.query_target))
    if query.query_type == "ping":
        return ["ping", "-c", "5", "-I", device.source_address, target]
    return ["traceroute", "-w", "1", "-q", "1", "-s", device.source_address, target]


async def execute(query, device):
    driver = LocalShellDriver(device=device, timeout=device.timeout)
    if query.query_type not in COMMANDS:
        raise ValueError("unsupported query type")
    if device.strict_targets:
        return await driver.run_argv(build_argv(query, device))
    return await driver.run_shell(build_command(query, device))
