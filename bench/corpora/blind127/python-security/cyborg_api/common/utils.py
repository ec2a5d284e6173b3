"""Small helpers of the Cyborg-shaped service."""
import re
import uuid

PCI_ADDRESS = re.compile(r"^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$")


def is_uuid_like(value):
    try:
        uuid.UUID(str(value))
    except (TypeError, ValueError):
        return False
    return True


def is_pci_address(value):
    return bool(PCI_ADDRESS.match(value or ""))
