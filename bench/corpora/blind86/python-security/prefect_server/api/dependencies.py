from prefect_server.models.database import PrefectDBInterface

_db = PrefectDBInterface("postgresql+asyncpg://prefect@localhost/prefect")


def provide_database_interface():
    return _db
