import base64
import hashlib
import subprocess


def fingerprint(key):
    # expect: command-injection
    out = subprocess.run(f"echo '{key}' | ssh-keygen -l -f /dev/stdin", shell=True, capture_output=True, text=True)
    if out.returncode == 0:
        return out.stdout.split()[1]
    blob = base64.b64decode(key.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def fingerprint_stdin(key):
    return subprocess.run(["ssh-keygen", "-l", "-f", "/dev/stdin"], input=key, capture_output=True,
                          text=True).stdout.split()[1]
