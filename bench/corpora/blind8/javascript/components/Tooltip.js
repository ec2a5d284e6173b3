// library: Vue 3 (render functions) / DOMPurify
import { defineComponent, h } from 'vue';
import DOMPurify from 'dompurify';

export const Tooltip = defineComponent({
  props: { html: { type: String, default: '' }, label: { type: String, default: '' } },
  setup(props) {
    // expect: xss
    return () => h('div', { class: 'tooltip', innerHTML: props.html });
  },
});

export const SafeTooltip = defineComponent({
  props: { html: { type: String, default: '' } },
  setup(props) {
    return () => h('div', { class: 'tooltip', innerHTML: DOMPurify.sanitize(props.html) });
  },
});

export const Label = defineComponent({
  props: { label: { type: String, default: '' } },
  setup(props) {
    return () => h('span', { class: 'label' }, props.label);
  },
});

export const Icon = defineComponent({
  props: { name: { type: String, required: true } },
  setup(props) {
    const icons = { check: '<svg viewBox="0 0 8 8"><path d="M1 4l2 2 4-4"/></svg>' };
    return () => h('i', { innerHTML: icons[props.name] || '' });
  },
});
