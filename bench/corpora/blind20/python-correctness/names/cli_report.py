"""Prints usage reports for the billing CLI."""
import argparse
import json


def parse(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--type", dest="type", default="monthly")
    parser.add_argument("--id", type=int)
    return parser.parse_args(argv)


def summarize(rows):
    # expect: shadowed-builtin
    sum = 0
    for row in rows:
        sum += row["amount"]
    return sum


def summarize_fixed(rows):
    total = 0
    for row in rows:
        total += row["amount"]
    return total


def render(rows, format="table"):
    if format == "json":
        return json.dumps(rows)
    return "\n".join(f"{r['id']:>6} {r['amount']:>10}" for r in rows)


def by_customer(rows):
    # expect: shadowed-builtin
    dict = {}
    for row in rows:
        dict.setdefault(row["customer"], []).append(row)
    return dict


def main(argv=None):
    args = parse(argv)
    rows = load(args.type, args.id)
    # expect: shadowed-builtin
    input = render(rows, args.format)
    print(input)
    return 0


def load(kind, customer_id):
    with open(f"reports/{kind}.json") as fh:
        # expect: shadowed-builtin
        all = json.load(fh)
    return [r for r in all if customer_id is None or r["customer"] == customer_id]


def fields(row, id=None):
    return {k: v for k, v in row.items() if id is None or k != "id"}
