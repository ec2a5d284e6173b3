from functools import lru_cache

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    version: str = "1.4.2"
    database_url: str = "postgresql+asyncpg://billing@localhost/billing"
    pdf_dir: str = "/srv/billing/pdf"
    payments_api: str = "https://api.payments.example.com"
    # Set by operators, never by clients.
    archive_command: str = "/usr/local/bin/billing-archive --all"

    model_config = {"env_prefix": "BILLING_"}


@lru_cache
def get_settings() -> Settings:
    return Settings()
