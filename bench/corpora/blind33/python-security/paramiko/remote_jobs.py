"""Runs maintenance commands on the app hosts for the ops dashboard."""
import shlex

import paramiko
from flask import Blueprint, jsonify, request

from .hosts import host_key_file, open_client

bp = Blueprint("remote", __name__)


def _client(host):
    client = paramiko.SSHClient()
    client.load_host_keys(host_key_file())
    client.connect(host, username="deploy")
    return client


@bp.route("/hosts/<host>/logs")
def tail_logs(host):
    client = _client(host)
    lines = request.args.get("lines", "100")
    logfile = request.args.get("file", "/var/log/app/app.log")
    # expect: command-injection
    _, stdout, _ = client.exec_command(f"tail -n {lines} {logfile}")
    return stdout.read().decode()


@bp.route("/hosts/<host>/restart", methods=["POST"])
def restart(host):
    service = request.json["service"]
    cmd = "sudo systemctl restart " + service
    ssh = _client(host)
    # expect: command-injection
    stdin, stdout, stderr = ssh.exec_command(cmd, timeout=30, get_pty=True)
    return jsonify(rc=stdout.channel.recv_exit_status())


class RemoteShell:
    def __init__(self, host):
        self.client = open_client(host)

    def disk_usage(self, path):
        # expect: command-injection
        _, out, _ = self.client.exec_command("du -sh %s" % path)
        return out.read().decode()

    def run_script(self, script_name, args):
        transport = self.client.get_transport()
        channel = transport.open_session()
        # expect: command-injection
        channel.exec_command(" ".join([f"/opt/scripts/{script_name}", *args]))
        return channel.recv_exit_status()


@bp.route("/hosts/<host>/uptime")
def uptime(host):
    _, stdout, _ = _client(host).exec_command("uptime")
    return stdout.read().decode()


@bp.route("/hosts/<host>/logs-safe")
def tail_logs_safe(host):
    lines = int(request.args.get("lines", "100"))
    logfile = request.args.get("file", "/var/log/app/app.log")
    _, stdout, _ = _client(host).exec_command(f"tail -n {lines} -- {shlex.quote(logfile)}")
    return stdout.read().decode()
