"""Price updates from the web page: runs bean-price against the ledger."""
import re
import shlex
import subprocess

SOURCE_RE = re.compile(r"^[A-Z]{3}:[a-z_.]+/[A-Za-z0-9^.:_-]+$")


def fetch_latest_prices(ledger_filename: str, source: str) -> str:
    """Fetch prices for the ledger's commodities, optionally from one extra source spec."""
    if not source:
        proc = subprocess.run(
            ["bean-price", "--update", ledger_filename],
            capture_output=True, text=True, timeout=120,
        )
        return proc.stdout + proc.stderr
    # expect: command-injection
    proc = subprocess.run(f"bean-price -e {source} --update {shlex.quote(ledger_filename)}", shell=True, capture_output=True, text=True, timeout=120)
    return proc.stdout + proc.stderr


def fetch_checked_source(ledger_filename: str, source: str) -> str:
    """Same as above for the command-line helper, where the spec is checked first."""
    if not SOURCE_RE.match(source):
        raise ValueError(f"not a price source spec: {source!r}")
    proc = subprocess.run(
        f"bean-price -e {shlex.quote(source)} --update {shlex.quote(ledger_filename)}",
        shell=True, capture_output=True, text=True, timeout=120,
    )
    return proc.stdout + proc.stderr


def list_price_sources() -> list[str]:
    proc = subprocess.run(["bean-price", "--help"], capture_output=True, text=True, timeout=30)
    return [line.strip() for line in proc.stdout.splitlines() if line.strip().startswith("beanprice.")]
