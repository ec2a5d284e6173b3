// Vue (TS): a custom directive and a mounted hook writing innerHTML
import { createApp, type Directive } from 'vue';
import DOMPurify from 'dompurify';

const vRich: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    // expect: xss
    el.innerHTML = binding.value;
  },
  updated(el, binding) {
    // expect: xss
    el.innerHTML = binding.value;
  },
};

const vSafeRich: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    el.innerHTML = DOMPurify.sanitize(binding.value);
  },
};

const vText: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    el.textContent = binding.value;
  },
};

const app = createApp({
  data: () => ({ note: new URLSearchParams(location.search).get('note') ?? '' }),
  mounted() {
    const box = this.$el.querySelector('.note') as HTMLElement;
    // expect: xss
    box.insertAdjacentHTML('afterbegin', this.note);
  },
});

app.directive('rich', vRich);
app.directive('safe-rich', vSafeRich);
app.directive('text', vText);
app.mount('#app');
