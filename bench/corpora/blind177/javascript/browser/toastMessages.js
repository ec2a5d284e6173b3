// Toast notifications for the collaboration app (toastify-js).
import Toastify from 'toastify-js';
import 'toastify-js/src/toastify.css';

const BASE = {
  duration: 4000,
  gravity: 'bottom',
  position: 'right',
  close: true,
  stopOnFocus: true,
};

export function info(text) {
  // Default options escape the text.
  Toastify({ ...BASE, text }).showToast();
}

export function error(text) {
  Toastify({ ...BASE, text, className: 'toast-error', duration: 8000 }).showToast();
}

export function releaseNotes() {
  // Our own fixed markup.
  const options = { ...BASE, text: '<strong>New:</strong> keyboard shortcuts. Press <kbd>?</kbd>.' };
  options.escapeMarkup = false;
  Toastify(options).showToast();
}

// Someone mentioned the current user in a comment; show who and a snippet of the comment.
export function mention(event) {
  const options = {
    ...BASE,
    text: `<b>${event.authorName}</b> mentioned you: <q>${event.snippet}</q>`,
    destination: `/docs/${encodeURIComponent(event.docId)}#comment-${encodeURIComponent(event.commentId)}`,
  };
  // expect: xss
  options.escapeMarkup = false;
  Toastify(options).showToast();
}

export function shared(event) {
  const node = document.createElement('span');
  const who = document.createElement('b');
  who.textContent = event.sharedBy;
  node.append(who, ' shared ', event.docTitle, ' with you');
  Toastify({ ...BASE, node }).showToast();
}

export function wire(socket) {
  socket.on('mention', mention);
  socket.on('share', shared);
  socket.on('error', (e) => error(e.message));
}
