from marshmallow import Schema, fields


class HistoryExportSchema(Schema):
    directory_path = fields.String(required=True)


class AssetsSearchSchema(Schema):
    value = fields.String(required=True)
    order_by = fields.String(load_default=None)
    limit = fields.Integer(load_default=50)


class NodeSettingsSchema(Schema):
    name = fields.String(required=True)
    endpoint = fields.String(required=True)


class DataImportSchema(Schema):
    source = fields.String(required=True)
    filepath = fields.String(required=True)
    strict = fields.Boolean(load_default=False)
