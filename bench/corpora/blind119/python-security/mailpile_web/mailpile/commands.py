"""Command registry, shaped on the COMMANDS table of mailpile.commands."""
from mailpile_web.mailpile.plugins import exporter, crypto_gnupg, html_view

COMMANDS = {
    "export": exporter.ExportMail,
    "crypto/gpg/importkey": crypto_gnupg.GPGKeyImport,
    "crypto/gpg/searchkey": crypto_gnupg.GPGKeySearch,
    "message/view": html_view.ViewMessage,
    "logout": html_view.Logout,
}
