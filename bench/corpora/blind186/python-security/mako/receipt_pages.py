"""Receipt pages and mails for the donation site (Mako templates)."""
from mako.lookup import TemplateLookup
from mako.template import Template
from markupsafe import escape

lookup = TemplateLookup(directories=["templates"], default_filters=["h"], input_encoding="utf-8")

# expect: xss
THANK_YOU_PAGE = Template("""<html><body>
<h1>Thank you, ${donor_name}!</h1>
<p>Your message: ${message}</p>
<p>Amount: ${amount}</p>
</body></html>""")

SAFE_RECEIPT = Template("""<html><body>
<h1>Receipt ${receipt_no}</h1>
<p>Donor: ${donor_name}</p>
</body></html>""", default_filters=["h"])

PLAIN_MAIL = Template("""Dear ${donor_name},

thank you for your gift of ${amount}. Your receipt number is ${receipt_no}.
""")

ESCAPED_BANNER = Template("<div class='banner'>${text | h}</div>")


def thank_you(donation) -> str:
    return THANK_YOU_PAGE.render(
        donor_name=donation.donor_name, message=donation.message, amount=donation.amount_display
    )


def receipt(donation) -> str:
    return SAFE_RECEIPT.render(receipt_no=donation.receipt_no, donor_name=donation.donor_name)


def mail_body(donation) -> str:
    return PLAIN_MAIL.render(
        donor_name=donation.donor_name, amount=donation.amount_display, receipt_no=donation.receipt_no
    )


def banner(text: str) -> str:
    return ESCAPED_BANNER.render(text=text)


def campaign_page(campaign) -> str:
    return lookup.get_template("campaign.mako").render(campaign=campaign)


def wall_entry(donation) -> str:
    """Public donor wall: one card per donor, shown to every visitor."""
    # expect: xss
    card = Template("<li class='donor'><b>${name}</b> <q>${note}</q></li>")
    return card.render(name=donation.donor_name, note=donation.message)


def legacy_wall_entry(donation) -> str:
    card = Template("<li class='donor'><b>${name}</b></li>", default_filters=["h"])
    return card.render(name=escape(donation.donor_name))
