// Vue 3 components registered without SFCs.
import { h, defineComponent } from 'vue';
import DOMPurify from 'dompurify';

export const Bio = defineComponent({
  props: { bio: String },
  // expect: xss
  template: '<div class="bio" v-html="bio"></div>',
});

export const SafeBio = defineComponent({
  props: { bio: String },
  computed: { clean() { return DOMPurify.sanitize(this.bio); } },
  template: '<div class="bio" v-html="clean"></div>',
});

export const Comment = defineComponent({
  props: { body: String },
  setup(props) {
    // expect: xss
    return () => h('div', { class: 'comment', innerHTML: props.body });
  },
});

export const PlainComment = defineComponent({
  props: { body: String },
  setup(props) {
    return () => h('div', { class: 'comment' }, props.body);
  },
});
