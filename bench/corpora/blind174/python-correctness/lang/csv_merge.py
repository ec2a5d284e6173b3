"""Merges the nightly CSV exports of each region into one file."""
import csv
import glob
import os

HEADER = ["region", "date", "orders", "revenue"]


def merge_regions(src_dir, out_path):
    out = open(out_path, "w", newline="")
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for path in sorted(glob.glob(os.path.join(src_dir, "*.csv"))):
        src = open(path, newline="")
        rows = csv.reader(src)
        next(rows, None)
        writer.writerows(rows)
        src.close()
    out.close()


def split_by_region(in_path, out_dir):
    handle = open(in_path, newline="")
    reader = csv.DictReader(handle)
    first = next(reader)
    # expect: resource-leak
    handle = open(os.path.join(out_dir, f"{first['region']}.csv"), "w", newline="")
    csv.DictWriter(handle, fieldnames=HEADER).writerow(first)
    handle.close()


def copy_with_summary(in_path, summary_path):
    with open(in_path, newline="") as src:
        total = sum(float(r["revenue"]) for r in csv.DictReader(src))
    with open(summary_path, "w") as dst:
        dst.write(f"total,{total:.2f}\n")
    return total


def rotate_log(path):
    log = open(path, "a")
    log.write("rotated\n")
    log.close()
    log = open(path + ".1", "a")
    log.write("started\n")
    log.close()


def read_pair(left_path, right_path):
    f = open(left_path)
    left = f.read()
    # expect: resource-leak
    f = open(right_path)
    right = f.read()
    f.close()
    return left, right
