"""Shell helpers the ops handlers call."""
import os
import subprocess

RECORD_TYPES = ("A", "AAAA", "MX", "TXT", "NS")
SERVICES = ("nginx", "postgresql", "redis-server", "worker")
# The shell path was for hosts without argv-safe dig wrappers; kept off.
_USE_SHELL = False


class CommandRunner:
    def __init__(self, timeout=10):
        self.timeout = timeout
        self.history = []

    def dig(self, name, record_type="A"):
        self.history.append(name)
        line = "dig +short " + record_type + " " + self.history[-1]
        # expect: command-injection
        return os.popen(line).read()

    def dig_argv(self, name, record_type="A"):
        if record_type not in RECORD_TYPES:
            record_type = "A"
        if _USE_SHELL:
            return os.popen("dig +short " + record_type + " " + name).read()
        out = subprocess.run(["dig", "+short", record_type, name], capture_output=True, text=True, timeout=self.timeout)
        return out.stdout

    def service_status(self, service):
        match service:
            case "web":
                unit = "nginx"
            case "db":
                unit = "postgresql"
            case "cache":
                unit = "redis-server"
            case _:
                unit = "worker"
        return subprocess.run(f"systemctl is-active {unit}", shell=True, capture_output=True, text=True).stdout

    def journal(self, service, lines):
        unit = service if service in SERVICES else "worker"
        return subprocess.run(f"journalctl -u {unit} -n {int(lines)} --no-pager", shell=True, capture_output=True, text=True).stdout
