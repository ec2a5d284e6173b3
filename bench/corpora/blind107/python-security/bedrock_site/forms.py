from django import forms

NEWSLETTER_CHOICES = [("mozilla-and-you", "Firefox News"), ("mozilla-foundation", "Mozilla News")]


class NewsletterFooterForm(forms.Form):
    email = forms.EmailField()
    newsletters = forms.MultipleChoiceField(choices=NEWSLETTER_CHOICES)
    lang = forms.CharField(max_length=8, required=False)
    source_url = forms.CharField(required=False)

    def __init__(self, locale, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lang"].initial = locale
