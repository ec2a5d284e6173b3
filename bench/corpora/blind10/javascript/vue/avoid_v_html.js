// library: Vue 3 (v-html / text interpolation)
import { defineComponent, computed } from 'vue';
import DOMPurify from 'dompurify';

export const CommentItem = defineComponent({
  props: { comment: { type: Object, required: true } },
  // expect: xss
  template: `<li class="comment"><strong>{{ comment.author }}</strong><div v-html="comment.body"></div></li>`,
});

export const CommentItemSafe = defineComponent({
  props: { comment: { type: Object, required: true } },
  setup(props) {
    const clean = computed(() => DOMPurify.sanitize(props.comment.body));
    return { clean };
  },
  template: `<li class="comment"><div v-html="clean"></div></li>`,
});

export const Bio = defineComponent({
  props: { bio: String },
  // expect: xss
  template: `<section v-html="bio"></section>`,
});

export const Plain = defineComponent({
  props: { text: String },
  template: `<p>{{ text }}</p>`,
});
