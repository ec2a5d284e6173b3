import ipaddress
import subprocess


class ObservableAnalyzer:
    def __init__(self, observable_name, classification):
        self.observable_name = observable_name
        self.classification = classification

    def run(self):
        raise NotImplementedError


class Dig(ObservableAnalyzer):
    def run(self):
        return subprocess.run(["dig", "+short", self.observable_name], capture_output=True, text=True, timeout=30).stdout


class Whois(ObservableAnalyzer):
    def run(self):
        # expect: command-injection
        return subprocess.check_output(f"whois {self.observable_name} | head -n 80", shell=True, text=True, timeout=30)


class Traceroute(ObservableAnalyzer):
    def run(self):
        address = str(ipaddress.ip_address(self.observable_name))
        return subprocess.check_output("traceroute -m 15 " + address, shell=True, text=True, timeout=60)


ANALYZERS = {"Dig": Dig, "Whois": Whois, "Traceroute": Traceroute}
