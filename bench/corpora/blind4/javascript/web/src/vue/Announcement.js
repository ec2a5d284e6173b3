import { defineComponent, h, ref, onMounted } from 'vue';
import DOMPurify from 'dompurify';

export default defineComponent({
  name: 'Announcement',
  props: { endpoint: { type: String, required: true } },
  setup(props) {
    const html = ref('');
    const title = ref('');
    onMounted(async () => {
      const res = await fetch(props.endpoint);
      const data = await res.json();
      title.value = data.title;
      html.value = data.html;
    });
    return () =>
      h('section', { class: 'announcement' }, [
        h('h2', title.value),
        // expect: vue-inner-html
        h('div', { innerHTML: html.value }),
      ]);
  },
});

export const SanitizedAnnouncement = defineComponent({
  name: 'SanitizedAnnouncement',
  props: { html: { type: String, default: '' } },
  setup(props) {
    return () => h('div', { innerHTML: DOMPurify.sanitize(props.html) });
  },
});
