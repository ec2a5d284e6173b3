"""Builds the monthly KPI report."""
import csv
import io
import statistics


def build_report(rows, currency="EUR"):
    # expect: unused-inner-function
    def _fmt_money(value):
        return f"{value:,.2f} {currency}"

    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0) + row["amount"]
    return {region: round(total, 2) for region, total in totals.items()}


class KpiExporter:
    def __init__(self, rows):
        self.rows = rows

    def to_csv(self):
        # expect: unused-inner-function
        def escape_cell(value):
            text = str(value)
            return "'" + text if text[:1] in ("=", "+", "-", "@") else text

        buf = io.StringIO()
        writer = csv.writer(buf)
        for row in self.rows:
            writer.writerow([row["region"], row["amount"]])
        return buf.getvalue()

    def median(self):
        # expect: unused-inner-function
        def _only_positive(values):
            return [v for v in values if v > 0]

        return statistics.median(r["amount"] for r in self.rows)


async def fetch_all(client, ids):
    results = []
    for i in ids:
        results.append(await client.get(i))

    # expect: unused-inner-function
    async def _fetch_one(i):
        return await client.get(i)

    return results


def sorted_regions(rows):
    def by_total(item):
        return -item[1]

    totals = {}
    for row in rows:
        totals[row["region"]] = totals.get(row["region"], 0) + row["amount"]
    return sorted(totals.items(), key=by_total)


def make_formatter(currency):
    def fmt(value):
        return f"{value:,.2f} {currency}"

    return fmt


def retrying(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            for _ in range(times - 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError:
                    continue
            return fn(*args, **kwargs)

        return wrapper

    return decorator
