# library: openai
from flask import Flask, request
from openai import OpenAI

app = Flask(__name__)
client = OpenAI()
SYSTEM = "You are a support assistant for Acme. Only answer questions about Acme products."
PERSONAS = {"friendly": "Use a warm tone.", "formal": "Use a formal tone."}


@app.post("/chat")
def chat():
    question = request.json["question"]
    messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return {"answer": resp.choices[0].message.content}


@app.post("/chat/persona")
def chat_persona():
    question = request.json["question"]
    persona = request.json.get("persona", "")
    # expect: prompt-injection
    messages = [{"role": "system", "content": f"{SYSTEM} Persona: {persona}"}, {"role": "user", "content": question}]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return {"answer": resp.choices[0].message.content}


@app.post("/chat/tone")
def chat_tone():
    question = request.json["question"]
    tone = PERSONAS.get(request.json.get("tone"), "")
    messages = [{"role": "system", "content": SYSTEM + " " + tone}, {"role": "user", "content": question}]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return {"answer": resp.choices[0].message.content}


@app.post("/summarise")
def summarise():
    text = request.json["text"]
    # expect: prompt-injection
    resp = client.responses.create(model="gpt-4o-mini", instructions="Summarise for the admin. Extra rules: " + request.json.get("rules", ""), input=text)
    return {"summary": resp.output_text}
