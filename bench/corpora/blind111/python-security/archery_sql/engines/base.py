class ResultSet:
    def __init__(self, rows=None, error=None):
        self.rows = rows or []
        self.error = error


class EngineBase:
    name = "Base"

    def __init__(self, instance=None):
        self.instance = instance
        self.host = instance.host
        self.port = int(instance.port)
        self.user = instance.user
        self.password = instance.password


def get_engine(instance):
    from .mysql import MysqlEngine

    engines = {"mysql": MysqlEngine}
    return engines[instance.db_type](instance=instance)
