# library: chameleon
from chameleon import PageTemplate, PageTemplateLoader
from flask import Flask, request

app = Flask(__name__)
templates = PageTemplateLoader("templates", ".pt")

GREETING = PageTemplate("<p>Hello, ${name}!</p>")


@app.get("/hello")
def hello():
    return GREETING(name=request.args.get("name", "guest"))


@app.post("/preview")
def preview():
    body = request.form["template"]
    # expect: template-injection
    return PageTemplate(body)(title="Preview")


@app.get("/page/<slug>")
def page(slug):
    tpl = templates["page"]
    return tpl(slug=slug, title=request.args.get("title", ""))


@app.post("/email/preview")
def email_preview():
    source = "<h1>${subject}</h1>" + request.form["footer"]
    # expect: template-injection
    tpl = PageTemplate(source)
    return tpl(subject="Newsletter")
