"""Ticket policies for the single sign-on front end."""
from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper

from .principals import lookup_principals


def main_policy(settings):
    return AuthTktAuthenticationPolicy(
        settings["sso.secret"],
        callback=lookup_principals,
        cookie_name="sso_tkt",
        hashalg="sha512",
        secure=True,
        http_only=True,
        samesite="Lax",
    )


def admin_policy(settings):
    # the admin console never needs to be reached from another site
    return AuthTktAuthenticationPolicy(
        settings["sso.admin_secret"],
        callback=lookup_principals,
        cookie_name="sso_admin",
        hashalg="sha512",
        secure=True,
        http_only=True,
        samesite="Strict",
    )


def embed_policy(settings):
    """Used by the help-desk widget that partner sites load in an iframe."""
    return AuthTktAuthenticationPolicy(
        settings["sso.embed_secret"],
        callback=lookup_principals,
        cookie_name="sso_embed",
        hashalg="sha512",
        secure=True,
        # expect: csrf-disabled
        samesite="None",
    )


def legacy_helper(settings):
    # expect: csrf-disabled
    return AuthTktCookieHelper(settings["sso.legacy_secret"], cookie_name="sso_legacy", hashalg="sha512", secure=True, samesite="None")


def includeme(config):
    settings = config.get_settings()
    config.set_authentication_policy(main_policy(settings))
    config.registry.sso_admin_policy = admin_policy(settings)
    config.registry.sso_embed_policy = embed_policy(settings)
