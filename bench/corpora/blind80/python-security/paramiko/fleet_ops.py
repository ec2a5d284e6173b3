"""Run maintenance commands on the build fleet over SSH."""
import argparse
import shlex

import paramiko
from paramiko.client import AutoAddPolicy, SSHClient

HOSTS_FILE = "/etc/fleet/hosts"


def connect(host, user="ops"):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(AutoAddPolicy())
    client.connect(host, username=user, timeout=10)
    return client


def disk_report(host):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", timeout=10)
    _, stdout, _ = client.exec_command("df -h /var/lib/builds")
    return stdout.read().decode()


def tail_log(host, service, lines):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", timeout=10)
    # expect: command-injection
    _, stdout, _ = client.exec_command(f"journalctl -u {service} -n {lines} --no-pager")
    return stdout.read().decode()


def clean_workspace(host, job_name):
    ssh = paramiko.client.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(host, username="ops", timeout=10)
    cmd = "rm -rf /var/lib/builds/" + job_name
    # expect: command-injection
    ssh.exec_command(cmd)
    ssh.close()


def restart(host, unit):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", timeout=10)
    safe_unit = shlex.quote(unit)
    _, out, err = client.exec_command("sudo systemctl restart %s" % safe_unit)
    return out.channel.recv_exit_status()


def run_adhoc(host, command, timeout=60):
    client = paramiko.client.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="ops", timeout=10)
    # expect: command-injection
    stdin, stdout, stderr = client.exec_command(
        command, timeout=timeout, get_pty=True
    )
    return stdout.read().decode(), stderr.read().decode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("--service", default="buildd")
    parser.add_argument("--lines", default="200")
    parser.add_argument("--exec", dest="command")
    args = parser.parse_args()
    print(disk_report(args.host))
    print(tail_log(args.host, args.service, args.lines))
    if args.command:
        print(run_adhoc(args.host, args.command)[0])


if __name__ == "__main__":
    main()
