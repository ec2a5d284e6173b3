import os

LOGS_DIR = os.environ.get("UNMANIC_LOGS_DIR", "/config/.unmanic/logs")
