"""Shell helpers for reachability checks."""
import subprocess

PING_TIMEOUT = 5


def ping_host(address, count=1):
    # expect: command-injection
    return subprocess.run(f"ping -c {count} -W {PING_TIMEOUT} {address}", shell=True, capture_output=True, text=True)


def traceroute_host(address, max_hops=15):
    return subprocess.run(
        ["traceroute", "-m", str(max_hops), str(address)], capture_output=True, text=True, timeout=60
    )
