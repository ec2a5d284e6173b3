import os


class BaseConfig:
    SECRET_KEY = os.environ.get("DASH_SECRET_KEY", "")
    DATABASE_PATH = os.environ.get("DASH_DB", "/var/lib/dashboard/reports.db")
    EXPORT_DIR = os.environ.get("DASH_EXPORT_DIR", "/var/lib/dashboard/exports")
    WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")
    LOG_LEVEL = "INFO"
    DEFAULT_RANGE_DAYS = 30
    MAX_ROWS = 5000


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(BaseConfig):
    LOG_LEVEL = "DEBUG"
    DATABASE_PATH = "dev-reports.db"
    EXPORT_DIR = "exports"


CONFIGS = {
    "production": ProductionConfig,
    "development": DevelopmentConfig,
}


def load_config(name):
    return CONFIGS.get(name, ProductionConfig)
