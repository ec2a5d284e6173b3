"""Merge the daily partner CSV exports into one ledger file."""
import csv
import sys
from pathlib import Path

HEADER = ["date", "partner", "sku", "quantity", "amount"]


def count_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return sum(1 for _ in fh) - 1


def merge(inputs, output):
    out = open(output, "w", newline="", encoding="utf-8")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    src = open(inputs[0], newline="", encoding="utf-8")
    for row in csv.DictReader(src):
        writer.writerow([row[h] for h in HEADER])
    # expect: unclosed-file
    src = open(inputs[1], newline="", encoding="utf-8")
    for row in csv.DictReader(src):
        writer.writerow([row[h] for h in HEADER])
    src.close()
    out.close()


def split_by_partner(ledger, outdir):
    log = open(Path(outdir) / "split.log", "a", encoding="utf-8")
    log.write(f"splitting {ledger}\n")
    # expect: unclosed-file
    log = open(Path(outdir) / "split-errors.log", "a", encoding="utf-8")
    with open(ledger, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["partner"]:
                log.write(f"row without partner: {row}\n")
    log.close()


def tail_reports(first, second):
    fh = open(first, encoding="utf-8")
    head = fh.readline()
    fh.close()
    fh = open(second, encoding="utf-8")
    body = fh.read()
    fh.close()
    return head + body


def compare(a, b):
    left = open(a, "rb")
    left_bytes = left.read()
    # expect: unclosed-file
    left = open(b, "rb")
    same = left_bytes == left.read()
    left.close()
    return same


def main():
    out = sys.argv[1]
    parts = sys.argv[2:]
    merge(parts, out)
    print(f"{count_rows(out)} rows merged into {out}")


if __name__ == "__main__":
    main()
