from morepath import App as MorepathApp


class OrgApp(MorepathApp):
    """The organisation application; views are registered on it with @OrgApp.view/.form/.path."""

    depot_storage_path = "/var/lib/onegov/depot"
    session = None
