from marshmallow import Schema, fields, validate


class CertificateExportInputSchema(Schema):
    plugin_slug = fields.String(required=True)
    passphrase = fields.String(load_default="")
    alias = fields.String(load_default="lemur")
    type = fields.String(validate=validate.OneOf(["PKCS12", "JKS"]), load_default="PKCS12")


class CertificateFilterSchema(Schema):
    filter = fields.String(load_default="")
    sort_by = fields.String(load_default="id")
    sort_dir = fields.String(load_default="asc")
