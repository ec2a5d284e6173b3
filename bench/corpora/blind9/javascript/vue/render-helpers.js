// library: Vue 3 (render functions and custom directives)
import DOMPurify from 'dompurify';
import { h } from 'vue';

export function renderNotice(notice) {
  // expect: xss
  return h('div', { class: 'notice', innerHTML: notice.html });
}

export function renderNoticeSafe(notice) {
  return h('div', { class: 'notice', innerHTML: DOMPurify.sanitize(notice.html) });
}

export function renderTitle(notice) {
  return h('h4', { class: 'notice-title' }, notice.title);
}

export const vTooltip = {
  mounted(el, binding) {
    const tip = document.createElement('span');
    tip.className = 'tooltip';
    // expect: xss
    tip.innerHTML = binding.value;
    el.appendChild(tip);
  },
};

export const vTooltipText = {
  mounted(el, binding) {
    const tip = document.createElement('span');
    tip.className = 'tooltip';
    tip.textContent = binding.value;
    el.appendChild(tip);
  },
};
