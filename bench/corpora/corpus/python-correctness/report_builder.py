"""Builds weekly KPI reports from raw event rows."""
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Iterable, Optional

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Report:
    def __init__(self, title: str, rows: Optional[list] = None):
        self.title = title
        self.rows = rows if rows is not None else []
        self.id = f"{title}-{date.today():%Y%W}"
        self.type = "weekly"

    # expect: mutable-default
    def add_section(self, name, lines=[]):
        lines.append(f"## {name}")
        self.rows.extend(lines)
        return lines

    def add_table(self, name: str, header: tuple = ("metric", "value")) -> None:
        self.rows.append(" | ".join(header))


def week_range(start: date) -> list[date]:
    return [start + timedelta(days=i) for i in range(7)]


def group_by_day(events: Iterable[dict]) -> dict:
    # expect: shadowed-builtin
    dict = defaultdict(list)
    for e in events:
        dict[e["day"]].append(e)
    return dict


def count_kinds(events: Iterable[dict]) -> Counter:
    return Counter(e["kind"] for e in events)


def filter_valid(events: list[dict]) -> list[dict]:
    # expect: shadowed-builtin
    filter = [e for e in events if e.get("user")]
    return filter


def summarize(events: list[dict], kind: str) -> dict:
    # expect: is-literal
    if kind is "signup":
        label = "New users"
    else:
        label = kind.title()
    values = [e["value"] for e in events if e["kind"] == kind]
    return {"label": label, "max": max(values, default=0), "n": len(values)}


def ratio(a: int, b: int) -> Optional[float]:
    if b == 0:
        return None
    return a / b


def delta(current: Optional[float], previous: Optional[float]) -> Optional[float]:
    # expect: eq-none
    if current == None or previous is None:
        return None
    return current - previous


def format_row(metric: str, value, unit: str = "") -> str:
    # expect: eq-none
    if value != None:
        return f"{metric}: {value}{unit}"
    return f"{metric}: n/a"


def weekday_name(d: date) -> str:
    return WEEKDAYS[d.weekday()]


def render(report: Report) -> str:
    out = [f"# {report.title}"]
    out.extend(str(r) for r in report.rows)
    return "\n".join(out)
    # expect: unreachable
    print("rendered", report.title)


def validate(report: Report) -> None:
    # expect: assert-tuple
    assert (len(report.rows) > 0, "empty report")
    assert report.title, "report needs a title"


def top_n(counter: Counter, n: int = 5) -> list:
    items = counter.most_common(n)
    if not items:
        return []
    return [k for k, _ in items]
