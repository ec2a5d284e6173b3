from fastapi import Query, Request


def raw_query(request: Request, name: str, default: str = "") -> str:
    return request.query_params.get(name, default)


class Filters:
    def __init__(self, fmt: str = Query("csv"), columns: str = Query("")):
        self.fmt = fmt
        self.columns = columns

    def safe_format(self) -> str:
        return self.fmt if self.fmt in {"csv", "json", "parquet"} else "csv"
