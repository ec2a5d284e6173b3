"""Small helpers the ETL jobs use to collect rows and tags."""
import copy
from typing import Iterable, List, Optional


# expect: mutable-default
def collect_errors(row, errors=[]):
    if not row.get("id"):
        errors.append("missing id")
    if row.get("amount", 0) < 0:
        errors.append("negative amount")
    return errors


# expect: mutable-default
def merge_batches(new_rows: Iterable[dict], into: List[dict] = []) -> List[dict]:
    into.extend(r for r in new_rows if r)
    return into


class TagIndex:
    def __init__(self):
        self.by_tag = {}

    # expect: mutable-default
    def with_priority(self, tag, order=[]):
        order.insert(0, tag)
        return order


# expect: mutable-default
async def gather_pages(client, url, *, pages=[]):
    while url:
        resp = await client.get(url)
        pages.append(resp.json())
        url = resp.links.get("next", {}).get("url")
    return pages


def collect_warnings(row, warnings=None):
    if warnings is None:
        warnings = []
    if row.get("currency") not in ("EUR", "USD"):
        warnings.append("unknown currency")
    return warnings


def extend_copy(rows, base=[]):
    base = list(base)
    base.extend(rows)
    return base


def append_deep(rows: Optional[list] = None, template=[]):
    template = copy.deepcopy(template)
    template.append(rows or [])
    return template
