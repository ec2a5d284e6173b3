import ipaddress
import subprocess


class PortScanner:
    def ping(self, host):
        # expect: command-injection
        return subprocess.run("ping -c 1 -W 1 " + host, shell=True, capture_output=True).returncode == 0

    def ping_checked(self, host):
        try:
            addr = str(ipaddress.ip_address(host))
        except ValueError:
            return False
        return subprocess.run(["ping", "-c", "1", "-W", "1", addr], capture_output=True).returncode == 0
