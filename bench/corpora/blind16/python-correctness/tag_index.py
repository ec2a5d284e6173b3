from dataclasses import dataclass, field


def add_tag(item, tag, seen=[]):
    if tag not in seen:
        # expect: mutable-default
        seen.append(tag)
    item.setdefault("tags", []).append(tag)
    return item


def merge_headers(extra, base={}):
    # expect: mutable-default
    base.update(extra)
    return base


def render_list(items, separators=[", "]):
    return separators[0].join(items)


def collect(values, out=None):
    if out is None:
        out = []
    out.extend(values)
    return out


@dataclass
class Batch:
    rows: list = field(default_factory=list)

    def add(self, row):
        self.rows.append(row)
