"""Runs the selected modules for each target in a background process."""
import ipaddress
import multiprocessing
import re
import shlex
import subprocess

from core.report import write_report
from database import db

HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*$")
PORT_LIST = re.compile(r"^[0-9,\-]{1,200}$")


def is_valid_target(target):
    try:
        ipaddress.ip_network(target, strict=False)
        return True
    except ValueError:
        return bool(HOSTNAME.match(target))


def port_scan(scan_id, target, ports):
    """The port module drives nmap with an argument list."""
    if not is_valid_target(target):
        return
    command = ["nmap", "-Pn", "-oX", "-", target]
    if ports and PORT_LIST.match(ports):
        command[1:1] = ["-p", ports]
    output = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    db.save_event(scan_id, target, "port_scan", ports, output.stdout[:20000])


def whois_lookup(scan_id, target):
    """The whois module shells out; the target is quoted for the shell."""
    output = subprocess.run(
        f"whois {shlex.quote(target)} | head -n 60", shell=True, capture_output=True, text=True, timeout=60
    )
    db.save_event(scan_id, target, "whois", "", output.stdout)


def traceroute(scan_id, target, ports):
    """Traceroute towards the first requested port."""
    first_port = ports.split(",")[0] if ports else "80"
    # expect: command-injection
    output = subprocess.run(f"traceroute -T -p {first_port} {target}", shell=True, capture_output=True, text=True, timeout=120)
    db.save_event(scan_id, target, "traceroute", first_port, output.stdout)


MODULES = {"port_scan", "whois", "traceroute"}


def run_scan(scan_id, options):
    for target in options["targets"]:
        for module in options["selected_modules"]:
            if module not in MODULES:
                continue
            if module == "port_scan":
                port_scan(scan_id, target, options["ports"])
            elif module == "whois":
                whois_lookup(scan_id, target)
            else:
                traceroute(scan_id, target, options["ports"])
    write_report(scan_id, options["report_path_filename"])


def start_scan_process(scan_id, options):
    process = multiprocessing.Process(target=run_scan, args=(scan_id, options), daemon=True)
    process.start()
    return process.pid
