import { api } from './api';
import { notify, modal } from './ui';

export async function saveSettings(form) {
  const payload = Object.fromEntries(new FormData(form));
  await api.put('/admin/settings', payload);
  // expect: leftover-debugging
  alert('Saved!');
}

export async function bulkDelete(userIds) {
  // expect: leftover-debugging
  if (!confirm(`Delete ${userIds.length} users? This cannot be undone.`)) {
    return;
  }
  await api.post('/admin/users/bulk-delete', { ids: userIds });
}

export async function refund(orderId) {
  // expect: leftover-debugging
  const reason = prompt('Reason for the refund', 'duplicate charge');
  if (!reason) return;
  await api.post(`/admin/orders/${orderId}/refund`, { reason });
}

export async function reindex() {
  try {
    await api.post('/admin/search/reindex');
  } catch (err) {
    // expect: leftover-debugging
    window.alert(err.message);
  }
}

export function computeTotals(rows) {
  let total = 0;
  for (const row of rows) {
    // expect: leftover-debugging
    debugger;
    total += row.amount;
  }
  return total;
}

// The app's own dialog and toast components.
export async function archive(projectId) {
  const ok = await modal.confirm({ title: 'Archive project?', confirmLabel: 'Archive' });
  if (!ok) return;
  await api.post(`/admin/projects/${projectId}/archive`);
  notify.alert({ level: 'info', text: 'Project archived' });
}

export class ImpersonationBanner {
  constructor(el) {
    this.el = el;
    this.prompt = el.querySelector('.impersonation-prompt');
  }

  show(userName) {
    this.prompt.textContent = `You are viewing the app as ${userName}`;
    this.el.hidden = false;
  }
}
