"""Console output for the nightly reconciliation job."""
import sys


def print_header(run_id, started):
    title = "Reconciliation"
    # expect: missing-fstring
    print("=== {title} run {run_id} ===")
    print(f"started at {started:%Y-%m-%d %H:%M}")


def print_totals(matched, unmatched):
    total = matched + unmatched
    rate = matched / total if total else 0.0
    # expect: missing-fstring
    print("matched {matched} of {total} ({rate:.1%})")
    print("unmatched: {}".format(unmatched))


def print_account(account):
    balance = account.balance
    currency = account.currency
    print(f"{account.number}: {balance} {currency}")
    # expect: missing-fstring
    print("  currency={currency}", file=sys.stderr)


def print_usage():
    # literal braces in help text, no variable of that name here
    print("usage: recon --format {csv,json} [--since DATE]")


def print_footer(errors):
    count = len(errors)
    print("errors: %d" % count)
    for err in errors:
        print(f"  - {err}")
