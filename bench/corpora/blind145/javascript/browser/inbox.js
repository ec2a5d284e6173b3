import DOMPurify from 'dompurify';
import { api } from './api.js';

const list = document.getElementById('inbox');
const preview = document.getElementById('preview');
const banner = document.getElementById('banner');

function clear(el) {
  el.innerHTML = '';
}

function renderRow(msg) {
  const li = document.createElement('li');
  li.textContent = msg.subject;
  li.dataset.id = msg.id;
  return li;
}

export async function loadInbox() {
  clear(list);
  const messages = await api.get('/messages');
  messages.forEach((m) => list.appendChild(renderRow(m)));
}

export async function openMessage(id) {
  const msg = await api.get(`/messages/${encodeURIComponent(id)}`);
  // expect: xss
  preview.innerHTML = msg.bodyHtml;
}

export async function openSanitized(id) {
  const msg = await api.get(`/messages/${encodeURIComponent(id)}`);
  preview.innerHTML = DOMPurify.sanitize(msg.bodyHtml);
}

export function showBanner() {
  const text = new URLSearchParams(location.search).get('notice');
  if (text) {
    // expect: xss
    banner.innerHTML = '<strong>' + text + '</strong>';
  }
}

export function showLoading() {
  banner.innerHTML = '<span class="spinner"></span> Loading…';
}

export function printMessage(msg) {
  const w = window.open('', '_blank');
  // expect: xss
  w.document.write('<html><body><h1>' + msg.subject + '</h1>' + msg.bodyHtml + '</body></html>');
  w.document.close();
}

export function printHelp() {
  const w = window.open('', '_blank');
  w.document.write('<p>Use Ctrl+P to print.</p>');
}
