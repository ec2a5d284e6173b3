"""Send generated labels to a printer.

Called by the warehouse web app's job runner with arguments taken from
the print request form.
"""
import argparse
import os
import sys

LP = "/usr/bin/lp"


def print_shell(printer, path, copies):
    # expect: command-injection
    return os.spawnlp(os.P_WAIT, "sh", "sh", "-c", f"lp -d {printer} -n {copies} {path}")


def print_direct(printer, path, copies):
    return os.spawnv(os.P_WAIT, LP, ["lp", "-d", printer, "-n", str(int(copies)), "--", path])


def convert_then_print(printer, path):
    # expect: command-injection
    return os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", "pdftops " + path + " - | lp -d " + printer])


def announce():
    station = os.environ.get("STATION_NAME", "dock-1")
    return os.spawnlp(os.P_NOWAIT, "logger", "logger", "-t", "labels", f"printing at {station}")


def cleanup_spool():
    return os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "rm -f /var/spool/labels/*.tmp")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="print-label")
    parser.add_argument("--printer", required=True)
    parser.add_argument("--copies", default="1")
    parser.add_argument("--convert", action="store_true")
    parser.add_argument("--shell", action="store_true")
    parser.add_argument("path")
    args = parser.parse_args(argv)
    announce()
    if args.convert:
        rc = convert_then_print(args.printer, args.path)
    elif args.shell:
        rc = print_shell(args.printer, args.path, args.copies)
    else:
        rc = print_direct(args.printer, args.path, args.copies)
    cleanup_spool()
    return rc


if __name__ == "__main__":
    sys.exit(main())
