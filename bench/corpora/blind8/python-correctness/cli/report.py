# library: standard library (csv, statistics)
"""Builds the weekly summary report."""
import csv
import statistics
from collections import defaultdict


class Report:
    def __init__(self, title, rows=None):
        self.title = title
        self.rows = list(rows or [])

    def add(self, row, seen_ids=set()):
        if row["id"] in seen_ids:
            return False
        # expect: mutable-default
        seen_ids.add(row["id"])
        self.rows.append(row)
        return True

    def by_region(self):
        out = defaultdict(list)
        for r in self.rows:
            out[r["region"]].append(r["amount"])
        return {k: statistics.mean(v) for k, v in out.items()}

    def write(self, path):
        with open(path, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["id", "region", "amount"])
            w.writeheader()
            w.writerows(self.rows)

    def top(self, n=10):
        ranked = sorted(self.rows, key=lambda r: r["amount"], reverse=True)
        return ranked[:n]

    def normalise(self):
        for r in self.rows:
            # expect: unused-result
            r["region"].upper()
        return self

    def summary(self):
        # expect: shadowed-builtin
        max = 0
        for r in self.rows:
            if r["amount"] > max:
                max = r["amount"]
        return {"title": self.title, "max": max, "count": len(self.rows)}
