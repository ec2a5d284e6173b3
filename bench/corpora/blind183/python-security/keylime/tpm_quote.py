"""Check TPM quotes sent by agents with tpm2-tools (``keylime/tpm/tpm_main.py``)."""
import base64
import os
import subprocess
import tempfile

from keylime import keylime_logging
from keylime.common import algorithms

logger = keylime_logging.init_logging("tpm")


def _write(directory: str, name: str, data: bytes) -> str:
    path = os.path.join(directory, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def check_quote(agent_id: str, quote: str, aikTpmFromRegistrar: str, hash_alg: str) -> bool:
    """``quote`` is ``r<msg>:<sig>:<pcrs>`` as produced by the agent; hash_alg comes with it."""
    msg, sig, pcrs = quote[1:].split(":")
    with tempfile.TemporaryDirectory(prefix="keylime-") as tmp:
        pub = _write(tmp, "ak.pub", base64.b64decode(aikTpmFromRegistrar))
        msg_path = _write(tmp, "quote.msg", base64.b64decode(msg))
        sig_path = _write(tmp, "quote.sig", base64.b64decode(sig))
        pcr_path = _write(tmp, "quote.pcr", base64.b64decode(pcrs))
        # expect: command-injection
        proc = subprocess.run(f"tpm2_checkquote -u {pub} -m {msg_path} -s {sig_path} -f {pcr_path} -g {hash_alg}", shell=True, capture_output=True)
    if proc.returncode != 0:
        logger.warning("quote from %s failed: %s", agent_id, proc.stderr.decode(errors="replace"))
        return False
    return True


def check_ek_certificate(ek_cert_der: bytes, hash_alg: str) -> bool:
    if not algorithms.Hash.is_recognized(hash_alg):
        return False
    with tempfile.NamedTemporaryFile(suffix=".der") as cert:
        cert.write(ek_cert_der)
        cert.flush()
        proc = subprocess.run(["openssl", "x509", "-inform", "der", "-in", cert.name, "-noout", f"-{hash_alg}", "-fingerprint"],
                              capture_output=True, check=False)
    return proc.returncode == 0
