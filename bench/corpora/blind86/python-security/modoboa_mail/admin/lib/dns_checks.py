import re
import subprocess

import dns.resolver

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$", re.I)


def get_mx_records(name):
    return sorted(str(r.exchange) for r in dns.resolver.resolve(name, "MX"))


def get_spf(name):
    # expect: command-injection
    out = subprocess.check_output("dig +short TXT %s | grep spf1" % name, shell=True, text=True)
    return out.strip()


def get_spf_checked(name):
    if not DOMAIN_RE.match(name):
        return ""
    out = subprocess.check_output(["dig", "+short", "TXT", name], text=True)
    return "\n".join(line for line in out.splitlines() if "spf1" in line)
