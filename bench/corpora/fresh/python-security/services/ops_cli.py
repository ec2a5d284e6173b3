#!/usr/bin/env python3
"""ops: small helpers for the on-call engineer."""
import argparse
import getpass
import hashlib
import http.client
import os
import paramiko
import shlex
import ssl
import subprocess as sp
import sys
import urllib.request

import requests


def cmd_curl(args):
    # expect: insecure-transport
    conn = http.client.HTTPConnection(args.host, 80, timeout=10)
    conn.request("GET", args.path)
    print(conn.getresponse().read().decode())


def cmd_curl_tls(args):
    conn = http.client.HTTPSConnection(args.host, 443, timeout=10, context=ssl.create_default_context())
    conn.request("GET", args.path)
    print(conn.getresponse().read().decode())


def cmd_curl_noverify(args):
    # expect: tls-verify-off
    ctx = ssl._create_unverified_context()
    print(urllib.request.urlopen(f"https://{args.host}{args.path}", context=ctx, timeout=10).read().decode())


def cmd_ssh(args):
    client = paramiko.SSHClient()
    # expect: tls-verify-off
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(args.host, username=getpass.getuser(), timeout=10)
    _, out, _ = client.exec_command("uptime")
    print(out.read().decode())


def cmd_ssh_known(args):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(args.host, username=getpass.getuser(), timeout=10)


def cmd_grep(args):
    sp.run(["grep", "-rn", "--", args.pattern, "/var/log/app"], check=False)


def cmd_grep_shell(args):
    sp.run("grep -rn " + shlex.quote(args.pattern) + " /var/log/app | tail -50", shell=True, check=False)


def cmd_exec_remote(args):
    # expect: command-injection
    sp.run(f"ssh {args.host} {args.command}", shell=True, check=False)


def cmd_hashpw(args):
    pw = getpass.getpass()
    # expect: weak-hash
    print(hashlib.sha1(pw.encode()).hexdigest())


def cmd_fingerprint(args):
    with open(args.file, "rb") as fh:
        print(hashlib.md5(fh.read()).hexdigest())


def cmd_post_incident(args):
    body = {"title": args.title, "sev": args.sev}
    # expect: tls-verify-off
    requests.post("https://incidents.internal.example.com/api", json=body, timeout=10, verify=False)


def cmd_post_incident_ca(args):
    body = {"title": args.title, "sev": args.sev}
    requests.post("https://incidents.internal.example.com/api", json=body, timeout=10, verify="/etc/ssl/internal-ca.pem")


def main(argv=None):
    p = argparse.ArgumentParser(prog="ops")
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("curl", "curl_tls", "curl_noverify"):
        s = sub.add_parser(name)
        s.add_argument("host")
        s.add_argument("path", default="/")
    s = sub.add_parser("exec_remote")
    s.add_argument("host")
    s.add_argument("command")
    args = p.parse_args(argv)
    globals()["cmd_" + args.cmd](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
