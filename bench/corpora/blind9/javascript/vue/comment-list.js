// library: Vue 3 (options API with string templates, v-html)
import DOMPurify from 'dompurify';
import { defineComponent } from 'vue';

export const CommentBody = defineComponent({
  name: 'CommentBody',
  props: { html: { type: String, required: true } },
  // expect: xss
  template: '<div class="comment-body" v-html="html"></div>',
});

export const CleanCommentBody = defineComponent({
  name: 'CleanCommentBody',
  props: { html: { type: String, required: true } },
  computed: {
    cleaned() {
      return DOMPurify.sanitize(this.html);
    },
  },
  template: '<div class="comment-body" v-html="cleaned"></div>',
});

export const CommentAuthor = defineComponent({
  name: 'CommentAuthor',
  props: { author: { type: Object, required: true } },
  template: '<span class="author">{{ author.name }}</span>',
});

export const SearchHeading = defineComponent({
  name: 'SearchHeading',
  data() {
    return { q: new URLSearchParams(window.location.search).get('q') || '' };
  },
  // expect: xss
  template: '<h2 v-html="\'Results for \' + q"></h2>',
});

export const StaticHelp = defineComponent({
  name: 'StaticHelp',
  data() {
    return { help: '<p>Press <kbd>?</kbd> for shortcuts.</p>' };
  },
  template: '<div v-html="help"></div>',
});
