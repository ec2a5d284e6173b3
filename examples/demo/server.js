// An Express handler with XSS, command injection and weak randomness.
const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/greet", (req, res) => {
  const name = req.query.name;
  res.send(`<h1>Hello ${name}</h1>`);
});

app.get("/convert", (req, res) => {
  exec(`convert ${req.query.file} out.png`, (err, stdout) => {
    res.send(stdout);
  });
});

function renderComment(el, comment) {
  el.innerHTML = comment.body;
}

function newSessionToken() {
  const token = Math.random().toString(36).slice(2);
  return token;
}

const agentOptions = { rejectUnauthorized: false };

module.exports = { app, renderComment, newSessionToken, agentOptions };
