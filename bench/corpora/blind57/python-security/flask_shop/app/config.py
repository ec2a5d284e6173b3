import os


class Config:
    SECRET_KEY = os.environ.get("SHOP_SECRET_KEY", "dev-only")
    DATABASE = os.environ.get("SHOP_DATABASE", "/var/lib/shop/shop.sqlite3")
    EXPORT_DIR = os.environ.get("SHOP_EXPORT_DIR", "/var/lib/shop/exports")
    STAGING_DIR = os.environ.get("SHOP_STAGING_DIR", "/var/lib/shop/staging")
    HOOKS_BASE_URL = "https://hooks.partner-shop.example.com"
    LOG_LEVEL = os.environ.get("SHOP_LOG_LEVEL", "INFO")
    # Pages a client may be sent back to after checkout.
    ALLOWED_RETURN_PATHS = frozenset({"/", "/catalog/search", "/cart", "/account"})


class TestConfig(Config):
    TESTING = True
    DATABASE = ":memory:"
