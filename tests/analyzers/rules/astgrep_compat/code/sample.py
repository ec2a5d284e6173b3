import logging
import subprocess

log = logging.getLogger(__name__)


def main():
    print("starting")


def work(items, flag):
    print("items", len(items), flag)
    result = subprocess.run(["ls", "-l"], shell=True)
    data = open("x.txt").read()
    value = eval(input())
    total = 0
    for item in items:
        total += item
    return total


def cleanup(handle):
    handle.close()
    handle.close()


def legacy(a, b):
    if a == None:
        return b
    assert isinstance(b, int)
    return a
