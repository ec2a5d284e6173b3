// vue 3: comment list and announcement components (v-html, innerHTML in render functions)
import { defineComponent, h, ref, computed, onMounted } from 'vue';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export const CommentItem = defineComponent({
  name: 'CommentItem',
  props: { comment: { type: Object, required: true } },
  // expect: xss
  template: `<li class="comment"><strong>{{ comment.author }}</strong><div v-html="comment.bodyHtml"></div></li>`,
});

export const SafeCommentItem = defineComponent({
  name: 'SafeCommentItem',
  props: { comment: { type: Object, required: true } },
  computed: {
    clean() {
      return DOMPurify.sanitize(this.comment.bodyHtml);
    },
  },
  template: `<li class="comment"><strong>{{ comment.author }}</strong><div v-html="clean"></div></li>`,
});

export const PlainCommentItem = defineComponent({
  props: { comment: { type: Object, required: true } },
  template: `<li class="comment"><strong>{{ comment.author }}</strong><p>{{ comment.body }}</p></li>`,
});

export const Announcement = defineComponent({
  props: { markdown: { type: String, default: '' } },
  setup(props) {
    const html = computed(() => marked.parse(props.markdown));
    // expect: xss
    return () => h('section', { class: 'announcement', innerHTML: html.value });
  },
});

export const SafeAnnouncement = defineComponent({
  props: { markdown: { type: String, default: '' } },
  setup(props) {
    const html = computed(() => DOMPurify.sanitize(marked.parse(props.markdown)));
    return () => h('section', { class: 'announcement', innerHTML: html.value });
  },
});

export const SearchBanner = defineComponent({
  setup() {
    const q = ref('');
    onMounted(() => {
      q.value = new URLSearchParams(window.location.search).get('q') || '';
    });
    // expect: xss
    return () => h('div', { class: 'banner', innerHTML: `Showing results for <b>${q.value}</b>` });
  },
});

export const SafeSearchBanner = defineComponent({
  setup() {
    const q = ref(new URLSearchParams(window.location.search).get('q') || '');
    return () => h('div', { class: 'banner' }, [h('span', 'Showing results for '), h('b', q.value)]);
  },
});

export const FooterLinks = defineComponent({
  template: `<footer v-html="'<a href=&quot;/about&quot;>About</a> · <a href=&quot;/privacy&quot;>Privacy</a>'"></footer>`,
});
