from sqlalchemy import create_engine, text

engine = create_engine("postgresql://st2@localhost/st2")
SORT_FIELDS = {"start_timestamp": "start_timestamp", "end_timestamp": "end_timestamp", "status": "status"}


class Action:
    def __init__(self, ref, runner_type, entry_point, pack):
        self.ref, self.runner_type, self.entry_point, self.pack = ref, runner_type, entry_point, pack

    @classmethod
    def get_by_ref(cls, ref):
        with engine.connect() as conn:
            row = conn.execute(text("SELECT ref, runner_type, entry_point, pack FROM action WHERE ref = :r"), {"r": ref}).one()
        return cls(*row)


class ActionExecution:
    @staticmethod
    def create(action_ref, parameters, context):
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO execution (action, parameters, context) VALUES (:a, :p, :c)"),
                         {"a": action_ref, "p": str(parameters), "c": str(context)})

    @staticmethod
    def get_by_id(id):
        with engine.connect() as conn:
            return conn.execute(text("SELECT * FROM execution WHERE id = :id"), {"id": id}).first()

    @staticmethod
    def query(action=None, order_by="start_timestamp"):
        column = SORT_FIELDS.get(order_by, "start_timestamp")
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT * FROM execution WHERE action = :a ORDER BY {column} DESC"), {"a": action}).all()


class KeyValuePair:
    @staticmethod
    def get_by_scope_and_name(scope, name):
        with engine.connect() as conn:
            # expect: sql-injection
            return conn.execute(text(f"SELECT value FROM kvp WHERE scope = '{scope}' AND name = :n"), {"n": name}).first()
