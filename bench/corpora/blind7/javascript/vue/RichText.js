import { defineComponent, h, computed } from 'vue';
import DOMPurify from 'dompurify';

export const RichText = defineComponent({
  name: 'RichText',
  props: {
    html: { type: String, default: '' },
    sanitize: { type: Boolean, default: true },
  },
  setup(props) {
    const safe = computed(() => DOMPurify.sanitize(props.html));
    return () =>
      props.sanitize
        ? h('div', { class: 'rich-text', innerHTML: safe.value })
        // expect: xss
        : h('div', { class: 'rich-text', innerHTML: props.html });
  },
});

export const Highlight = defineComponent({
  props: { text: String, term: String },
  render() {
    const pattern = this.term ? this.text.split(this.term).join(`<mark>${this.term}</mark>`) : this.text;
    // expect: xss
    return h('span', { innerHTML: pattern });
  },
});

export const PlainLabel = defineComponent({
  props: { label: String },
  render() {
    return h('span', { class: 'label' }, this.label);
  },
});

export const LegacyCell = {
  props: ['row', 'column'],
  render(createElement) {
    return createElement('td', {
      domProps: {
        // expect: xss
        innerHTML: this.row[this.column.key],
      },
    });
  },
};

export const IconCell = {
  props: ['name'],
  render(createElement) {
    return createElement('i', { class: ['icon', `icon-${this.name}`], domProps: { textContent: '' } });
  },
};
