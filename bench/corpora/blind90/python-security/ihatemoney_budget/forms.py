from flask_wtf import FlaskForm
from wtforms import DecimalField, SelectField, StringField, TextAreaField
from wtforms.fields import URLField
from wtforms.validators import DataRequired, Optional, URL


class BillForm(FlaskForm):
    what = StringField("What?", validators=[DataRequired()])
    payer = SelectField("Who paid?", coerce=int, validators=[DataRequired()])
    amount = DecimalField("Amount paid", validators=[DataRequired()])
    external_link = URLField("External link", validators=[Optional(), URL()])


class InviteForm(FlaskForm):
    emails = StringField("People to notify")
    message = TextAreaField("Message", default="Hi, join {{ project.name }} on I Hate Money!")


class ExportForm(FlaskForm):
    export_format = SelectField("Format", choices=[("json", "JSON"), ("csv", "CSV")])
