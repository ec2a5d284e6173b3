"""Repository and archive services for the reports API."""
import asyncio
import os
import shlex
from pathlib import Path

METRICS = {"revenue": "SUM(amount)", "orders": "COUNT(*)", "average": "AVG(amount)"}
ARCHIVE_ROOT = Path("/var/lib/reports/archive")


class ReportRepository:
    def __init__(self, db, tenant):
        self.db = db
        self.tenant = tenant

    def summary(self, metric):
        expr = METRICS.get(metric, metric)
        # expect: sql-injection
        return self.db.execute(f"SELECT region, {expr} FROM sales WHERE tenant = ? GROUP BY region", (self.tenant.name,)).fetchall()

    def summary_checked(self, metric):
        expr = METRICS.get(metric, METRICS["revenue"])
        return self.db.execute(f"SELECT region, {expr} FROM sales WHERE tenant = ? GROUP BY region", (self.tenant.name,)).fetchall()

    def by_region(self):
        region = self.tenant.region
        # expect: sql-injection
        return self.db.execute("SELECT * FROM sales WHERE region = '%s'" % region).fetchall()


class Archiver:
    def __init__(self, root=ARCHIVE_ROOT):
        self.root = root

    async def pack(self, report_id, folder):
        target = f"{self.root}/{folder}/report-{report_id}.tar.gz"
        # expect: command-injection
        proc = await asyncio.create_subprocess_shell(f"tar czf {target} /var/lib/reports/out/{report_id}")
        return await proc.wait()

    async def pack_quoted(self, report_id, folder):
        target = shlex.quote(f"{self.root}/{folder}/report-{int(report_id)}.tar.gz")
        proc = await asyncio.create_subprocess_shell(f"tar czf {target} /var/lib/reports/out/{int(report_id)}")
        return await proc.wait()

    def resolve(self, folder, name):
        base = self.root.resolve()
        candidate = (base / folder / name).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(name)
        return candidate

    def resolve_loose(self, folder, name):
        return os.path.join(str(self.root), folder, name)
