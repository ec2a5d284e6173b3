"""Display helpers for the catalogue admin."""
from django.utils.html import format_html, html_safe


# expect: xss
@html_safe
class ProductTitle:
    def __init__(self, product):
        self.product = product

    def __str__(self):
        return f"<strong>{self.product.name}</strong>"


# expect: xss
@html_safe
class ReviewSnippet:
    def __init__(self, review):
        self.review = review

    def __str__(self):
        return "<blockquote>%s</blockquote><cite>%s</cite>" % (self.review.text, self.review.author_name)


class PriceTag:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __html__(self):
        return format_html("<span class='price'>{:.2f} {}</span>", self.amount, self.currency)


class SupplierLink:
    def __init__(self, supplier):
        self.supplier = supplier

    def __html__(self):
        return format_html("<a href='{}'>{}</a>", self.supplier.url, self.supplier.name)


# expect: xss
@html_safe
class TagLabel:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return "<em>" + self.tag.label + "</em>"
