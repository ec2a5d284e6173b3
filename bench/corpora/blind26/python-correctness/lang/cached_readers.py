"""Readers for the reference data files."""
import csv
import functools


# expect: cache-generator
@functools.lru_cache(maxsize=None)
def country_rows(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield row


# expect: cache-generator
@functools.cache
def currency_codes(path):
    with open(path) as fh:
        yield from (line.strip() for line in fh)


@functools.lru_cache(maxsize=None)
def country_table(path):
    with open(path, newline="") as fh:
        return tuple(csv.DictReader(fh))
