const HOME_LOCATION = process.env.HOME_LOCATION ?? 'https://www.freecodecamp.org';
const ALLOWED_ORIGINS = [HOME_LOCATION, 'https://www.freecodecamp.org', 'https://chinese.freecodecamp.org'];

export function getRedirectParams(returnTo?: string): { returnTo: string; origin: string } {
  let url: URL;
  try {
    url = new URL(returnTo ?? HOME_LOCATION);
  } catch {
    return { returnTo: `${HOME_LOCATION}/learn`, origin: HOME_LOCATION };
  }
  const origin = ALLOWED_ORIGINS.includes(url.origin) ? url.origin : HOME_LOCATION;
  const path = origin === url.origin ? url.pathname : '/learn';
  return { returnTo: `${origin}${path}`, origin };
}
