"""GnuPG plugin commands: import keys from URLs, search key servers."""
import re
import subprocess
from urllib.parse import quote
from urllib.request import urlopen

from mailpile_web.mailpile import command_base as base

KEYSERVER = "https://keys.openpgp.org"
FINGERPRINT = re.compile(r"^[0-9A-Fa-f]{16,40}$")


class GPGKeyImport(base.Command):
    def command(self):
        url = self._one("url")
        fingerprint = self._one("fingerprint")
        if fingerprint and FINGERPRINT.match(fingerprint):
            key = urlopen(f"{KEYSERVER}/vks/v1/by-fingerprint/{fingerprint.upper()}", timeout=20).read()
        else:
            # expect: ssrf
            key = urlopen(url, timeout=20).read()
        return subprocess.run(["gpg", "--batch", "--import"], input=key, capture_output=True).stderr.decode()


class GPGKeySearch(base.Command):
    def command(self):
        term = self._one("q", "")
        listing = urlopen(f"{KEYSERVER}/pks/lookup?op=index&search={quote(term)}", timeout=20).read()
        # expect: command-injection
        local = subprocess.run(f"gpg --batch --list-keys --with-colons '{term}'", shell=True, capture_output=True).stdout
        return listing.decode() + local.decode()
