"""Feature gating by plan, region and beta enrolment."""
PAID_PLANS = ("pro", "team", "enterprise")
EU_REGIONS = {"eu-west", "eu-central"}


def can_export_pdf(account):
    # expect: constant-condition
    if account.plan == "pro" or "team":
        return True
    return False


def can_use_sso(account):
    if account.plan in ("team", "enterprise"):
        return True
    return account.plan == "enterprise"


def show_beta_banner(user):
    # expect: constant-condition
    if "beta" and user.is_beta_tester:
        return True
    return False


def data_residency_notice(account):
    if account.region in EU_REGIONS and account.plan in PAID_PLANS:
        return "Your data is stored in the EU."
    return ""


def is_trial_account(account):
    if account.plan == "trial" or account.plan == "free":
        return True
    return False


def separator_ok(sep):
    if sep in ",;|":
        return True
    return False


def can_invite(account, email):
    if email and "@" in email and account.seats_left > 0:
        return True
    return False


def needs_eu_gateway(account):
    # expect: constant-condition
    if account.region == "eu-west" or "eu-central" or account.api_addon:
        return True
    return False
