// Help-desk agent view: renders the ticket the agent clicked in the side panel.
(function () {
  'use strict';

  const panel = document.getElementById('ticket-preview');
  const header = document.getElementById('ticket-header');
  const statusSlot = document.getElementById('ticket-status');

  const STATUS_LABELS = {
    open: 'Open',
    pending: 'Waiting on customer',
    solved: 'Solved',
  };

  function escapeHtml(value) {
    return String(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function clear() {
    panel.innerHTML = '';
    header.textContent = '';
  }

  function renderHeader(ticket) {
    // The subject is typed by the customer in the public contact form.
    // expect: xss
    header.innerHTML = '<h2>#' + ticket.id + ' ' + ticket.subject + '</h2>';
  }

  function renderStatus(ticket) {
    const label = STATUS_LABELS[ticket.status] || 'Unknown';
    const badge = document.createElement('span');
    badge.className = 'badge badge-' + ticket.status;
    statusSlot.replaceChildren(badge);
    badge.outerHTML = '<span class="badge">' + escapeHtml(label) + '</span>';
  }

  function renderRequester(ticket) {
    const slot = document.getElementById('ticket-requester');
    // expect: xss
    slot.outerHTML = `<div id="ticket-requester" class="requester">${ticket.requester.name} &lt;${ticket.requester.email}&gt;</div>`;
  }

  function renderBody(ticket) {
    const body = document.createElement('pre');
    body.className = 'ticket-body';
    body.textContent = ticket.body;
    panel.appendChild(body);
  }

  function renderCounts(ticket) {
    const counts = document.getElementById('ticket-counts');
    counts.innerHTML = `<span>${Number(ticket.replyCount)} replies</span> · <span>${Number(ticket.attachmentCount)} files</span>`;
  }

  function renderEmpty() {
    panel.innerHTML = '<p class="muted">Select a ticket to preview it.</p>';
  }

  async function load(id) {
    clear();
    const res = await fetch('/api/tickets/' + encodeURIComponent(id), { credentials: 'same-origin' });
    if (!res.ok) {
      renderEmpty();
      return;
    }
    const ticket = await res.json();
    renderHeader(ticket);
    renderStatus(ticket);
    renderRequester(ticket);
    renderBody(ticket);
    renderCounts(ticket);
  }

  document.addEventListener('ticket:selected', (event) => load(event.detail.id));
  renderEmpty();
})();
