// Why a file or folder cannot be read, in words a user acts on. Node's own text repeats the
// absolute path the problem already names and speaks of syscalls ("EISDIR: illegal operation on a
// directory, read"); the code stays in parentheses, for a search.

/** What the path was expected to be. */
export type Expected = 'file' | 'folder';

/** Why reading `error` failed, naming neither the path (the caller does) nor a syscall. */
export function whyUnreadable(error: unknown, expected: Expected): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error.message; // callgen's own (not UTF-8, ...), already in words
  switch (code) {
    case 'ENOENT':
      return `no such ${expected} (ENOENT)`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): the user running callgen may not read this ${expected}`;
    case 'EISDIR':
      return 'it is a folder, where a file was expected (EISDIR)';
    case 'ENOTDIR':
      return expected === 'folder' ? 'it is a file, where a folder was expected (ENOTDIR)' : 'a part of its path is a file, not a folder (ENOTDIR)';
    case 'ELOOP':
      return 'it is a link that leads back to itself (ELOOP)';
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open (${code}): close other programs or raise the limit (ulimit -n), then run again`;
    default:
      return `${plainText(error.message, code)} (${code})`;
  }
}

/** Node's text without its leading code and its trailing syscall and path: "EIO: i/o error, read '/x'" → "i/o error". */
function plainText(message: string, code: string): string {
  const text = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
  return text.replace(/, \w+(?: '[^']*')*$/, '');
}
