import { object, string } from 'zod';

export const authAuthenticationSchema = object({
  username: string(),
  password: string(),
});
