"""Merges the rotated access logs of a day into one sorted file."""
import gzip
import heapq
import os


def _lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from fh


def merge_day(log_dir, day, out_path):
    parts = sorted(p for p in os.listdir(log_dir) if p.startswith(f"access-{day}"))
    with open(out_path, "w", encoding="utf-8") as out:
        for line in heapq.merge(*(_lines(os.path.join(log_dir, p)) for p in parts)):
            out.write(line)
    return out_path


def split_by_status(src, ok_path, err_path):
    fh = open(ok_path, "w", encoding="utf-8")
    count_ok = 0
    for line in open(src, encoding="utf-8"):
        if " 200 " in line or " 304 " in line:
            fh.write(line)
            count_ok += 1
    # expect: resource-leak
    fh = open(err_path, "w", encoding="utf-8")
    for line in open(src, encoding="utf-8"):
        if " 5" in line:
            fh.write(line)
    fh.close()
    return count_ok


def head_and_tail(path, n=20):
    f = open(path, encoding="utf-8")
    head = [next(f, "") for _ in range(n)]
    f.close()
    f = open(path, encoding="utf-8")
    tail = f.readlines()[-n:]
    f.close()
    return head, tail


def copy_headers(src, dst):
    out = open(dst, "w", encoding="utf-8")
    out.write("# merged access log\n")
    # expect: resource-leak
    out = open(dst + ".idx", "w", encoding="utf-8")
    with open(src, encoding="utf-8") as fh:
        for i, _ in enumerate(fh):
            if i % 1000 == 0:
                out.write(f"{i}\n")
    out.close()
