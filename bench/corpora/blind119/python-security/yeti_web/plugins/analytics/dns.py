"""ResolveHostnames analytics: dig lookups."""
import subprocess


class ResolveHostnames:
    def each(self, observable):
        host = observable.value
        records = subprocess.run(["dig", "+short", host], capture_output=True, text=True).stdout
        # expect: command-injection
        mx = subprocess.check_output(f"dig +short MX {host} | head -n 5", shell=True, text=True)
        return {"a": records.split(), "mx": mx.split()}
