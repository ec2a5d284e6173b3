# library: builtins (open modes)
"""Report file helpers."""


def append_line(path, line):
    with open(path, "r") as fh:
        # expect: file-mode
        fh.write(line + "\n")


def append_line_safe(path, line):
    with open(path, "a") as fh:
        fh.write(line + "\n")


def rewrite_header(path, header):
    fh = open(path)
    # expect: file-mode
    fh.writelines([header + "\n"])
    fh.close()


def update_in_place(path, header):
    with open(path, "r+") as fh:
        body = fh.read()
        fh.seek(0)
        fh.write(header + "\n" + body)


def read_all(path):
    with open(path, "r", encoding="utf-8") as fh:
        return fh.read()
