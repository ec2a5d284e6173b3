// library: next.js (getServerSideProps redirects)
const SAFE_PATH = /^\/(?!\/)[\w\-/]*$/;

export async function getServerSideProps({ query, req }) {
  if (!req.cookies.session) {
    return { redirect: { destination: `/login?next=${encodeURIComponent(req.url)}`, permanent: false } };
  }
  if (query.returnTo) {
    // expect: open-redirect
    return { redirect: { destination: query.returnTo, permanent: false } };
  }
  const next = typeof query.next === 'string' ? query.next : '/';
  if (SAFE_PATH.test(next)) {
    return { redirect: { destination: next, permanent: false } };
  }
  return { props: {} };
}

export async function legacyProps({ query }) {
  const target = query.to || '/';
  // expect: open-redirect
  return { redirect: { destination: `${target}`, permanent: true } };
}

export async function docsProps() {
  return { redirect: { destination: 'https://docs.example.com/start', permanent: true } };
}
