"""Value objects that templates can render directly."""
from django.utils.html import conditional_escape, format_html


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __html__(self):
        return format_html('<span class="money">{} <small>{}</small></span>', f"{self.amount:.2f}", self.currency)


class UserBadge:
    """Shown next to comments; display_name is chosen by the user."""

    def __init__(self, user):
        self.user = user

    def __str__(self):
        return self.user.display_name

    # expect: xss
    def __html__(self):
        return f'<span class="badge">{self.user.display_name}</span>'


class Highlight:
    """Search hit with the matched words in <mark>."""

    def __init__(self, text, words):
        self.text = text
        self.words = words

    # expect: xss
    def __html__(self):
        out = self.text
        for word in self.words:
            out = out.replace(word, f"<mark>{word}</mark>")
        return out


class EscapedHighlight(Highlight):
    def __html__(self):
        out = str(conditional_escape(self.text))
        for word in self.words:
            safe_word = str(conditional_escape(word))
            out = out.replace(safe_word, f"<mark>{safe_word}</mark>")
        return out
