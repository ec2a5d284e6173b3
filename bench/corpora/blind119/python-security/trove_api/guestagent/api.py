"""Guest agent API (RPC stand-in) calling the MySQL guest service directly."""
from trove_api.guestagent.mysql_service import MySqlAdmin, MySqlApp


class API:
    def __init__(self, instance_id):
        self.id = instance_id
        self.admin = MySqlAdmin()
        self.app = MySqlApp(instance_id)

    def prepare(self, databases):
        for db in databases:
            self.admin.create_database(db["name"], charset=db["character_set"])

    def guest_log_read(self, log_name, lines=100):
        return self.app.read_log(log_name, lines)

    def create_backup(self, name):
        return self.app.run_backup(name)
