"""Prints a short report at the end of a deployment run."""
import sys
from datetime import datetime, timezone

SUMMARY_TEMPLATE = "{service}: {old} -> {new}"


def report(service, old_version, new_version, hosts, failed):
    started = datetime.now(timezone.utc)
    print(f"Deployment of {service} finished at {started:%H:%M} UTC")
    print(SUMMARY_TEMPLATE.format(service=service, old=old_version, new=new_version))
    ok = len(hosts) - len(failed)
    # expect: missing-fstring
    print("{ok} of {len(hosts)} hosts updated")
    for host in failed:
        print("  failed:", host)
    if failed:
        first = failed[0]
        # expect: missing-fstring
        print("Rollback advised; start with {first}", file=sys.stderr)
    print("Done. Use {version} placeholders in release notes as usual.")
    return ok


def changelog_header(version, date):
    title = "Release {}".format(version)
    print(title)
    print("=" * len(title))
    print(f"Released {date:%Y-%m-%d}")


def canary_summary(canaries):
    healthy = sum(1 for c in canaries if c.healthy)
    total = len(canaries)
    # expect: missing-fstring
    print("canaries healthy: {healthy}/{total}")
    return healthy == total
