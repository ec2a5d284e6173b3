// Render functions for the markdown preview (Vue 3, no template compiler).
import { h, computed, defineComponent } from 'vue';
import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

const md = new MarkdownIt({ html: false, linkify: true });
const mdUnsafe = new MarkdownIt({ html: true });

export const SafePreview = defineComponent({
  props: { source: { type: String, required: true } },
  setup(props) {
    const html = computed(() => DOMPurify.sanitize(md.render(props.source)));
    return () => h('div', { class: 'md', innerHTML: html.value });
  },
});

export const RawPreview = defineComponent({
  props: { source: { type: String, required: true } },
  setup(props) {
    // expect: xss
    return () => h('div', { class: 'md', innerHTML: mdUnsafe.render(props.source) });
  },
});

export const Text = defineComponent({
  props: { value: String },
  setup(props) {
    return () => h('span', props.value);
  },
});

export const Link = defineComponent({
  props: { href: String, label: String },
  setup(props) {
    const safe = computed(() => (/^(https?:|mailto:|\/)/.test(props.href || '') ? props.href : '#'));
    return () => h('a', { href: safe.value, rel: 'noopener' }, props.label);
  },
});
