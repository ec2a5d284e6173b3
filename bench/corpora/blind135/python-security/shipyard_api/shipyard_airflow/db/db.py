"""Module singletons for the databases."""
from shipyard_airflow.conf import config
from shipyard_airflow.db.shipyard_db import ShipyardDbAccess

SHIPYARD_DB = ShipyardDbAccess(config.base.postgresql_db)
