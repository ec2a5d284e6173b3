"""CSV import command for the CRM."""
import csv
import sys
from collections import Counter


def read_contacts(path):
    with open(path, newline="") as fh:
        # expect: shadowed-builtin
        list = [row for row in csv.DictReader(fh)]
    return list


def dedupe(contacts):
    # expect: shadowed-builtin
    dict = {}
    for c in contacts:
        dict[c["email"].lower()] = c
    return dict.values()


def summarise(contacts):
    counts = Counter(c["country"] for c in contacts)
    # expect: shadowed-builtin
    max = counts.most_common(1)[0] if counts else None
    return counts, max


def tag_all(contacts):
    # expect: shadowed-builtin
    for type in ("lead", "customer"):
        for c in contacts:
            c.setdefault("tags", []).append(type)
    return contacts


def lookup(contacts, email):
    # expect: shadowed-builtin
    id = next((c["id"] for c in contacts if c["email"] == email), None)
    return id


def main(argv=None):
    args = argv or sys.argv[1:]
    # safe: dict keys named like builtins
    contacts = read_contacts(args[0])
    result = {"type": "import", "id": args[1] if len(args) > 1 else None}
    print(sorted(result), len(list(dedupe(contacts))))
    return 0
