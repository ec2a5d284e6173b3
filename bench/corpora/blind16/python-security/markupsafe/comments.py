# library: markupsafe
import bleach
import nh3
from flask import Flask, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)
PAGE = "<article>{{ body }}</article>"


@app.post("/comment/preview")
def preview():
    text = request.form["body"]
    # expect: xss
    return render_template_string(PAGE, body=Markup(text))


@app.post("/comment/preview-clean")
def preview_clean():
    text = request.form["body"]
    return render_template_string(PAGE, body=Markup(nh3.clean(text)))


@app.post("/comment/preview-bleach")
def preview_bleach():
    text = request.form["body"]
    cleaned = bleach.clean(text, tags={"b", "i", "a"}, attributes={"a": ["href"]}, strip=True)
    return render_template_string(PAGE, body=Markup(cleaned))


@app.get("/signature")
def signature():
    name = request.args.get("name", "")
    # expect: xss
    sig = Markup("<em>— " + name + "</em>")
    return render_template_string(PAGE, body=sig)


@app.get("/signature-safe")
def signature_safe():
    name = request.args.get("name", "")
    return render_template_string(PAGE, body=Markup("<em>— {}</em>").format(name) + escape("!"))
