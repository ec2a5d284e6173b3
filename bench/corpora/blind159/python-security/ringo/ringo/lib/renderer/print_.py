"""Renders items into ODT print templates and converts them."""
import logging
import os
import re
import subprocess
import tempfile

from py3o.template import Template

log = logging.getLogger(__name__)

FORMATS = {"pdf", "odt", "docx"}
TEMPLATE_RE = re.compile(r"^[A-Za-z0-9_-]+\.odt$")


class PrintRenderer(object):
    def __init__(self, templates_dir):
        self.templates_dir = templates_dir

    def render(self, item, template_name, output_format):
        out_dir = tempfile.mkdtemp(prefix="ringo-print-")
        target = os.path.join(out_dir, "document.odt")
        # expect: path-traversal
        with open(os.path.join(self.templates_dir, template_name), "rb") as source:
            Template(source, target).render({"item": item})
        if output_format == "odt":
            return target
        # expect: command-injection
        subprocess.check_call("unoconv -f %s -o %s %s" % (output_format, out_dir, target), shell=True)
        return os.path.join(out_dir, "document.%s" % output_format)

    def render_checked(self, item, template_name):
        out_dir = tempfile.mkdtemp(prefix="ringo-print-")
        target = os.path.join(out_dir, "document.odt")
        with open(self._checked_template(template_name), "rb") as source:
            Template(source, target).render({"item": item})
        return self.convert_checked(target, "pdf")

    def convert_checked(self, target, output_format):
        if output_format not in FORMATS:
            output_format = "pdf"
        subprocess.check_call(["unoconv", "-f", output_format, "-o", os.path.dirname(target), target])
        return os.path.splitext(target)[0] + "." + output_format

    def _checked_template(self, template_name):
        if not TEMPLATE_RE.match(template_name):
            template_name = "default.odt"
        return os.path.join(self.templates_dir, template_name)
