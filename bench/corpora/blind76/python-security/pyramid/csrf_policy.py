"""CSRF configuration for the ticketing app, included from the main factory."""
from pyramid.config import Configurator
from pyramid.csrf import CookieCSRFStoragePolicy, SessionCSRFStoragePolicy
from pyramid.settings import asbool

CHECK_ORIGIN = False
TRUSTED_ORIGINS = ["tickets.example.com", "admin.example.com"]


def includeme(config):
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(secure=True, httponly=True, samesite="Lax"))
    config.set_default_csrf_options(
        require_csrf=True,
        token="csrf_token",
        header="X-CSRF-Token",
        # expect: csrf
        check_origin=False,
    )


def configure_embedded(config: Configurator):
    """The widget is embedded on customer sites, so the Origin header varies."""
    config.set_csrf_storage_policy(CookieCSRFStoragePolicy(samesite="None", secure=True))
    # expect: csrf
    config.set_default_csrf_options(require_csrf=True, check_origin=CHECK_ORIGIN)


class SecuritySetup:
    def __init__(self, config):
        self.config = config

    def apply(self, relaxed=True):
        self.config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
        if relaxed:
            # expect: csrf
            self.config.set_default_csrf_options(require_csrf=True, check_origin=0, allow_no_origin=True)
        else:
            self.config.set_default_csrf_options(require_csrf=True)


def make_config(settings):
    config = Configurator(settings=settings)
    config.set_csrf_storage_policy(SessionCSRFStoragePolicy())
    config.set_default_csrf_options(require_csrf=True, check_origin=True)
    settings.setdefault("pyramid.csrf_trusted_origins", " ".join(TRUSTED_ORIGINS))
    return config


def make_config_from_settings(settings):
    config = Configurator(settings=settings)
    config.set_default_csrf_options(
        require_csrf=True,
        check_origin=asbool(settings.get("tickets.check_origin", "true")),
    )
    return config
