"""Builds the monthly usage report rows."""
import logging

log = logging.getLogger(__name__)


def format_bytes(n):
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"
    # expect: unreachable-code
    log.debug("value above a petabyte: %s", n)


def row_for(account, usage):
    if not usage:
        return None
    total = sum(u.bytes for u in usage)
    return {"account": account.name, "total": format_bytes(total)}
    # expect: unreachable-code
    account.last_report_total = total


class ReportBuilder:
    def __init__(self, accounts, usage_repo):
        self.accounts = accounts
        self.usage_repo = usage_repo
        self.skipped = []

    def rows(self, month):
        rows = []
        for account in self.accounts:
            row = row_for(account, self.usage_repo.for_month(account.id, month))
            if row is None:
                self.skipped.append(account.id)
                continue
            rows.append(row)
        return rows

    def find(self, name):
        for account in self.accounts:
            if account.name == name:
                return account
                # expect: unreachable-code
                break
        return None

    def title(self, month):
        if month.month == 12:
            return f"Usage report {month.year} (year end)"
        return f"Usage report {month:%B %Y}"

    def close(self):
        try:
            return self.usage_repo.close()
        finally:
            self.skipped.clear()

    async def publish(self, sink, month):
        rows = self.rows(month)
        await sink.write(self.title(month), rows)
        return len(rows)
        # expect: unreachable-code
        await sink.flush()
