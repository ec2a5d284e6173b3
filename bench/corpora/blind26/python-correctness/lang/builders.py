"""Helpers that build query parameters."""


# expect: mutable-default
def add_filter(name, value, filters=[]):
    filters.append((name, value))
    return filters


class Query:
    # expect: mutable-default
    def __init__(self, table, columns=[]):
        self.table = table
        self.columns = columns


def add_filter_safe(name, value, filters=None):
    filters = list(filters or [])
    filters.append((name, value))
    return filters


def column_list(columns=()):
    return ", ".join(columns) or "*"
