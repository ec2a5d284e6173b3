// Vue: innerHTML through render functions (Vue 3 h(), Vue 2 domProps) and v-html in string templates
import { h, defineComponent } from 'vue';
import DOMPurify from 'dompurify';

export const MessageV3 = defineComponent({
  props: { message: { type: String, required: true } },
  render() {
    // expect: xss
    return h('div', { class: 'msg', innerHTML: this.message });
  },
});

export const MessageV2 = {
  props: ['rawHtml'],
  render(createElement) {
    // expect: xss
    return createElement('div', { domProps: { innerHTML: this.rawHtml } });
  },
};

export const CommentList = {
  props: ['comments'],
  // expect: xss
  template: '<ul><li v-for="c in comments" :key="c.id" v-html="c.body"></li></ul>',
};

export const SafeMessage = defineComponent({
  props: { message: { type: String, required: true } },
  render() {
    return h('div', { class: 'msg' }, this.message);
  },
});

export const SanitizedMessage = defineComponent({
  props: { message: { type: String, required: true } },
  computed: {
    clean() {
      return DOMPurify.sanitize(this.message);
    },
  },
  render() {
    return h('div', { innerHTML: this.clean });
  },
});

export const PlainList = {
  props: ['comments'],
  template: '<ul><li v-for="c in comments" :key="c.id" v-text="c.body"></li></ul>',
};
