"""SSH plugin: WebSocket actions to fetch host fingerprints and known_hosts."""
import io
import os
import re
import subprocess

from gateone.core.locale import get_translation
from gateone.core.log import go_logger

_ = get_translation()
ssh_log = go_logger("gateone.terminal.ssh", plugin="ssh")
HOST_RE = re.compile(r"^[A-Za-z0-9.:-]{1,253}$")


def _user_ssh_dir(self):
    users_dir = os.path.join(self.ws.settings["user_dir"], self.ws.current_user["upn"])
    return os.path.join(users_dir, ".ssh")


def ws_get_host_fingerprint(self, settings):
    """WebSocket action: return the fingerprint of `settings['host']`."""
    host = settings.get("host", "")
    port = settings.get("port", 22)
    # expect: command-injection
    out = subprocess.check_output(f"ssh-keyscan -p {port} {host} 2>/dev/null | ssh-keygen -lf -", shell=True, timeout=15)
    self.write_message({"terminal:sshjs_display_fingerprint": {"result": "Success", "fingerprint": out.decode()}})


def ws_get_host_keys(self, settings):
    host = settings.get("host", "")
    if not HOST_RE.match(host):
        self.write_message({"terminal:sshjs_display_fingerprint": {"result": _("Invalid host")}})
        return
    port = int(settings.get("port", 22))
    out = subprocess.check_output(["ssh-keyscan", "-p", str(port), "--", host], timeout=15)
    self.write_message({"terminal:sshjs_host_keys": {"host": host, "keys": out.decode().splitlines()}})


def ws_get_known_hosts(self):
    path = os.path.join(_user_ssh_dir(self), "known_hosts")
    if not os.path.exists(path):
        self.write_message({"terminal:sshjs_known_hosts": ""})
        return
    with io.open(path, encoding="utf-8") as handle:
        self.write_message({"terminal:sshjs_known_hosts": handle.read()})


def ws_save_known_hosts(self, known_hosts):
    ssh_dir = _user_ssh_dir(self)
    os.makedirs(ssh_dir, mode=0o700, exist_ok=True)
    with io.open(os.path.join(ssh_dir, "known_hosts"), "w", encoding="utf-8") as handle:
        handle.write(known_hosts)
    ssh_log.info(_("known_hosts updated"))


hooks = {
    "WebSocket": {
        "terminal:ssh_get_host_fingerprint": ws_get_host_fingerprint,
        "terminal:ssh_get_host_keys": ws_get_host_keys,
        "terminal:ssh_get_known_hosts": ws_get_known_hosts,
        "terminal:ssh_save_known_hosts": ws_save_known_hosts,
    }
}
