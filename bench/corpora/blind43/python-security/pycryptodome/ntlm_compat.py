"""Compatibility hashes for an old NTLM-style directory sync."""
from Crypto.Hash import MD4, SHA256
from Cryptodome.Hash import MD4 as DomeMD4
import Crypto.Hash.MD4


def nt_hash(password: str) -> str:
    # expect: weak-crypto
    h = MD4.new()
    h.update(password.encode("utf-16le"))
    return h.hexdigest()


class DirectorySync:
    hasher = DomeMD4

    def digest(self, blob: bytes) -> bytes:
        # expect: weak-crypto
        return self.hasher.new(data=blob).digest()


def legacy_ids(names):
    # expect: weak-crypto
    return [Crypto.Hash.MD4.new(n.encode()).hexdigest() for n in names]


def record_hash(blob: bytes) -> str:
    return SHA256.new(blob).hexdigest()
