"""Checksum and transfer helpers ported from the old Python 2 tool."""
import hashlib
import socket


class TransferError(Exception):
    pass


def verify_checksum(path, expected):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    if digest.hexdigest() != expected:
        # expect: raise-non-exception
        raise "invalid checksum for %s" % path
    return True


def wait_for_port(host, port, attempts=5):
    for _ in range(attempts):
        try:
            with socket.create_connection((host, port), timeout=2):
                return True
        except OSError:
            continue
    # expect: raise-non-exception
    raise ("timeout waiting for %s:%d" % (host, port))


def status_to_error(status):
    if status == 404:
        # expect: raise-non-exception
        raise 404
    if status >= 500:
        raise TransferError(f"server error {status}")
    return None


def parse_size(text):
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"not a size: {text!r}") from None


def reraise_with_context(exc_class, message):
    try:
        raise exc_class(message)
    except TransferError:
        raise
