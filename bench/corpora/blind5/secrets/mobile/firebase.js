// Firebase web config: the apiKey here identifies the project and is public by design
// (access is enforced by security rules), so it is not a secret.
import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: 'AIzatUfeBVzzeeW9MtKa3gA55V9uGB7ZcNj9lhx',
  authDomain: 'acme-mobile.firebaseapp.com',
  projectId: 'acme-mobile',
  storageBucket: 'acme-mobile.appspot.com',
  messagingSenderId: '812734659012',
  appId: '1:812734659012:web:4f8b2c1d9e7a6b5c',
};

export const app = initializeApp(firebaseConfig);

// legacy server-side FCM key, pasted here while debugging push notifications
// expect: firebase-server-key
export const FCM_SERVER_KEY = 'AAAAj9mEYVs:APA91byqCSl1F_uHdV2uWskZw4Gg6GvS_Jq6xtuGDz0JWzsEGt_Uh8s3vwoSZAA8Kv82DAH1qT7SHmfEoaIVcEgMRMg6DaHp8R4Scwv-iKfSSwWEum6zv-387qhjO8idwUqCHKAcVAHu';
