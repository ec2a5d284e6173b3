"""Machine snapshot queries over raw SQL."""
from django.db import connection

SOURCES = {"osquery": 1, "munki": 2, "santa": 3}


class MSQuery:
    def __init__(self, query_params):
        self.serial_number = query_params.get("serial_number", "")
        self.source = query_params.get("source", "osquery")

    def mac_addresses(self):
        source_id = SOURCES.get(self.source, 1)
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT ni.mac FROM inventory_networkinterface ni JOIN inventory_machinesnapshot ms ON ms.id = ni.machine_snapshot_id WHERE ms.serial_number = '{self.serial_number}' AND ms.source_id = {source_id}")
            return [row[0] for row in cursor.fetchall()]

    def machine_count(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM inventory_machinesnapshot WHERE serial_number = %s", [self.serial_number])
            return cursor.fetchone()[0]
