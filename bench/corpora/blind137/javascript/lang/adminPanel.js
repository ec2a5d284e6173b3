// Admin panel page script.

function showToast(message) {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.classList.add('visible');
  setTimeout(() => el.classList.remove('visible'), 3000);
}

async function saveUser(form) {
  const payload = Object.fromEntries(new FormData(form));
  // expect: debug-enabled
  debugger;
  const res = await fetch('/admin/api/users', { method: 'POST', body: JSON.stringify(payload), headers: { 'Content-Type': 'application/json' } });
  const body = await res.json();
  // expect: debug-enabled
  alert(JSON.stringify(body));
  showToast('Saved');
}

async function deleteUser(id) {
  if (!window.confirm('Delete this user?')) {
    return;
  }
  await fetch('/admin/api/users/' + encodeURIComponent(id), { method: 'DELETE' });
  showToast('Deleted');
}

function refreshTable(rows) {
  const tbody = document.querySelector('#users tbody');
  tbody.replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    tr.textContent = r.email;
    return tr;
  }));
  // expect: debug-enabled
  alert('refreshTable done ' + rows.length);
}

function traceIfEnabled(...args) {
  if (window.ADMIN_DEBUG) {
    console.debug('[admin]', ...args);
  }
}

window.adminPanel = { saveUser, deleteUser, refreshTable, traceIfEnabled };
