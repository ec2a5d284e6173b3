package main

import "net/http"

// expect: secret
const botToken = "6919548338:AAiYC-hTLXFDh8n568-8dtClqW1GSRJRWpn"

// expect: secret
var discordToken = "NjM1MzYxNTUzOTY4MjM1MDQw.8ino2q.E6CwOPjmeqpNAGJxh0tq6snFMNgMjtZzAwNI1P"

const webhookPath = "/telegram/webhook"
const checksum = "sha256:94208abe573837d3896443d8b221f6d173f3b57357b77b8b55b4528463f9e9e3"

func handler(w http.ResponseWriter, r *http.Request) {}
