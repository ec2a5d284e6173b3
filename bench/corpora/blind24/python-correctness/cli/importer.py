"""CSV importer used by the `shopctl import` command."""
import csv
import sys


def read_rows(path, required=("sku", "price")):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        # expect: assert-tuple
        assert (row.get("sku"), "row without sku")
    return rows


def parse_price(text):
    try:
        return float(text)
    except ValueError:
        return None


def load(path, filter=None):
    # expect: shadowed-builtin
    list = read_rows(path)
    return [r for r in list if filter is None or filter(r)]


def validate(rows):
    if not rows:
        # expect: sys-exit-library
        sys.exit("no rows")
    return rows


def dedupe(rows):
    seen = set()
    for row in rows:
        if row["sku"] in seen:
            # expect: mutate-while-iterating
            rows.remove(row)
        seen.add(row["sku"])
    return rows


def dedupe_safe(rows):
    seen, out = set(), []
    for row in rows:
        if row["sku"] not in seen:
            out.append(row)
            seen.add(row["sku"])
    return out
