"""Merge rotated log files into one stream."""
import gzip


def merge_two(first, second, out_path):
    # expect: file-leak
    src = open(first, encoding="utf-8")
    lines = src.readlines()
    src = open(second, encoding="utf-8")
    lines += src.readlines()
    src.close()
    with open(out_path, "w", encoding="utf-8") as out:
        out.writelines(sorted(lines))


def header_of_each(paths):
    headers = []
    # expect: file-leak
    fh = open(paths[0], encoding="utf-8")
    headers.append(fh.readline())
    fh = open(paths[1], encoding="utf-8")
    headers.append(fh.readline())
    fh.close()
    return headers


def copy_with_closing(a, b):
    f = open(a, encoding="utf-8")
    data = f.read()
    f.close()
    f = open(b, "w", encoding="utf-8")
    f.write(data)
    f.close()


def tail_pair(current, rotated):
    # expect: file-leak
    log = open(rotated, "rb")
    old = log.read()[-4096:]
    log = open(current, "rb")
    new = log.read()[-4096:]
    log.close()
    return old + new


def read_all(paths):
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            out.extend(fh)
    return out


def read_gz(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read()
