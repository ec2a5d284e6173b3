// library: DOM (iframe.srcdoc / Range.createContextualFragment / outerHTML)
import DOMPurify from 'dompurify';

export function previewEmail(frame, email) {
  // expect: xss
  frame.srcdoc = email.htmlBody;
}

export function appendWidget(container, widgetHtml) {
  const range = document.createRange();
  // expect: xss
  container.appendChild(range.createContextualFragment(widgetHtml));
}

export function previewEmailSandboxed(frame, email) {
  frame.setAttribute('sandbox', '');
  frame.srcdoc = DOMPurify.sanitize(email.htmlBody);
}

export function appendWidgetSafe(container, widgetHtml) {
  const range = document.createRange();
  container.appendChild(range.createContextualFragment(DOMPurify.sanitize(widgetHtml)));
}

export function showLoading(frame) {
  frame.srcdoc = '<p style="font-family:sans-serif">Loading…</p>';
}
