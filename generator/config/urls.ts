// callgen reads files and folders only. A URL given where it reads one would be resolved as a
// relative path (`https://x/a.yaml` becomes `https:/x/a.yaml`) and reported as a missing file,
// which hides what is wrong; it is refused first, saying so. No imports: the CLI loads this at start-up.

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

export const FETCHES_NOTHING = 'callgen fetches nothing; download it first and give the path of the copy';

export function isUrl(text: string): boolean {
  return URL_SCHEME.test(text);
}

/** Why `value`, given as `what` (`--openapi`, the page), cannot be read; undefined when it is no URL. */
export function urlRefusal(what: string, value: string): string | undefined {
  return isUrl(value) ? `${what} ${value} is a URL: ${FETCHES_NOTHING}` : undefined;
}
