"""Power management through fence agents, fed by the stored system record."""
import subprocess

POWER_OPERATIONS = ("on", "off", "status", "reboot")


class PowerManager:
    def __init__(self, record):
        self.address = record.get("power_address", "")
        self.user = record.get("power_user") or "admin"
        self.agent = "fence_ipmilan"

    def power(self, operation):
        # expect: command-injection
        return subprocess.run(f"{self.agent} -a {self.address} -l {self.user} -o {operation}", shell=True, capture_output=True)

    def power_checked(self, operation):
        if operation not in POWER_OPERATIONS:
            raise ValueError(operation)
        return subprocess.run([self.agent, "-a", self.address, "-l", self.user, "-o", operation], capture_output=True)
