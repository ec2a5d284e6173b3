# library: argparse / configparser
"""Command-line entry point for the exporter."""
import argparse
import configparser
import logging
import sys

log = logging.getLogger("exporter")

DEFAULTS = {"format": "csv", "batch": "500"}


def parse_args(argv=None, extra_flags=[]):
    p = argparse.ArgumentParser(prog="exporter")
    p.add_argument("--config", default="exporter.ini")
    p.add_argument("--type", default="full", choices=["full", "delta"])
    for flag in extra_flags:
        p.add_argument(flag, action="store_true")
    return p.parse_args(argv)


def load_config(path, overrides={}):
    cfg = configparser.ConfigParser()
    cfg.read_dict({"export": DEFAULTS})
    cfg.read(path)
    # expect: mutable-default
    overrides.setdefault("loaded_from", path)
    for k, v in overrides.items():
        cfg.set("export", k, str(v))
    return cfg


def batch_size(cfg):
    try:
        return cfg.getint("export", "batch")
    except ValueError:
        log.warning("invalid batch size; using 500")
        return 500


def main(argv=None):
    args = parse_args(argv)
    try:
        cfg = load_config(args.config)
    # expect: bare-except
    except:
        sys.exit(2)
    # expect: is-literal
    if args.type is "delta":
        log.info("delta export")
    return batch_size(cfg)
