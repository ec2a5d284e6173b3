// Support chat window embedded on the help centre. Messages arrive over the
// socket from agents and from the visitor's own earlier messages.

import { escapeHtml } from '../lib/escapeHtml.js';

const list = document.getElementById('chat-messages');
const typing = document.getElementById('chat-typing');
const header = document.getElementById('chat-header');

export function clearChat() {
  list.innerHTML = '';
}

export function showConnecting() {
  header.innerHTML = '<span class="dot dot--grey"></span> Connecting…';
}

export function showAgent(agent) {
  const avatar = `<img class="avatar" src="/avatars/${Number(agent.id)}.png" alt="">`;
  header.innerHTML = avatar + '<span class="name">' + escapeHtml(agent.name) + '</span>';
}

export function appendMessage(message) {
  const item = document.createElement('li');
  item.className = message.fromAgent ? 'msg msg--agent' : 'msg msg--visitor';
  // message.text is what the other party typed
  // expect: xss
  item.innerHTML = '<p>' + message.text + '</p><time>' + new Date(message.sentAt).toLocaleTimeString() + '</time>';
  list.appendChild(item);
  list.scrollTop = list.scrollHeight;
}

export function showTyping(name) {
  // expect: xss
  typing.innerHTML = `<em>${name} is typing…</em>`;
}

export function hideTyping() {
  typing.textContent = '';
}

export function appendSystemNote(text) {
  const item = document.createElement('li');
  item.className = 'msg msg--system';
  item.textContent = text;
  list.appendChild(item);
}

export function renderRating(container, stars) {
  const n = Math.max(0, Math.min(5, Math.round(Number(stars) || 0)));
  container.innerHTML = '★'.repeat(n) + '☆'.repeat(5 - n);
}
