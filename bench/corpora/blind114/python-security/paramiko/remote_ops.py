"""Remote maintenance actions triggered from the ops dashboard."""
import shlex

import paramiko

KNOWN_HOSTS = "/etc/opsdash/known_hosts"


def connect(host, username, key_filename):
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, key_filename=key_filename, timeout=10)
    return client


def restart_service(host, user, key, service):
    client = connect(host, user, key)
    # expect: command-injection
    _stdin, stdout, _stderr = client.exec_command(f"sudo systemctl restart {service}")
    return stdout.channel.recv_exit_status()


def tail_log(host, user, key, path, lines=100):
    ssh = connect(host, user, key)
    # expect: command-injection
    stdin, stdout, stderr = ssh.exec_command("tail -n %d %s" % (lines, path))
    return stdout.read().decode()


def disk_usage(host, user, key, mount):
    client = connect(host, user, key)
    # expect: command-injection
    _, stdout, _ = client.exec_command("df -h " + mount)
    return stdout.read().decode()


def uptime(host, user, key):
    client = connect(host, user, key)
    _, stdout, _ = client.exec_command("uptime")
    return stdout.read().decode()


def tail_log_quoted(host, user, key, path, lines=100):
    client = connect(host, user, key)
    _, stdout, _ = client.exec_command(f"tail -n {int(lines)} {shlex.quote(path)}")
    return stdout.read().decode()


class RemoteShell:
    def __init__(self, host, user, key):
        self.client = connect(host, user, key)

    def journal(self, unit, since):
        # expect: command-injection
        _, stdout, stderr = self.client.exec_command(f"journalctl -u {unit} --since '{since}' --no-pager")
        return stdout.read().decode(), stderr.read().decode()

    def close(self):
        self.client.close()
