# library: Python language (method used without call)
"""Access checks for the admin area."""


class Account:
    def __init__(self, roles, disabled=False):
        self.roles = set(roles)
        self.disabled = disabled

    def is_admin(self):
        return "admin" in self.roles

    def is_active(self):
        return not self.disabled

    @property
    def is_staff(self):
        return "staff" in self.roles


def can_open_admin(account):
    # expect: missing-call
    if account.is_admin and account.is_active():
        return True
    return False


def can_open_admin_fixed(account):
    return account.is_admin() and account.is_active()


def can_view_reports(account):
    return account.is_staff


def visible_accounts(accounts):
    # expect: missing-call
    return [a for a in accounts if a.is_active]
