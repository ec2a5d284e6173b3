# This Source Code Form is subject to the terms of the Mozilla Public
# License, v. 2.0. If a copy of the MPL was not distributed with this
# file, You can obtain one at https://mozilla.org/MPL/2.0/.

from urllib.parse import urlparse

from django import forms
from django.conf import settings


class UploadByDownloadRemoteError(Exception):
    """The remote URL failed in a transient way (connection error, 5xx)."""


class UploadByDownloadForm(forms.Form):
    url = forms.URLField()

    def clean_url(self):
        url = self.cleaned_data["url"]
        parsed = urlparse(url)
        if parsed.scheme != "https":
            raise forms.ValidationError("Insecure URL")
        netloc_wo_port = parsed.netloc.split(":")[0]
        if netloc_wo_port not in settings.ALLOW_UPLOAD_BY_DOWNLOAD_DOMAINS:
            raise forms.ValidationError(
                f"Not an allowed domain ({netloc_wo_port!r}) to download from."
            )
        return url


class UploadForm(forms.Form):
    file = forms.FileField(required=False)
    try_symbols = forms.BooleanField(required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError("Must be a .zip file")
        return upload
