// File reading with the strictness the spec asks for (strict UTF-8, OS error texts).
import { promises as fs } from 'node:fs';

/** The error text for an fs error, in this project's words (amendments A14), else its message. */
export function systemErrorText(err: unknown): string {
  return plainErrorText(err);
}

export class InvalidUtf8Error extends Error {
  constructor() {
    super('file is not valid UTF-8');
    this.name = 'InvalidUtf8Error';
  }
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as strict UTF-8 (a BOM is kept for the HAIL reader to remove). */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new InvalidUtf8Error();
  }
}

/** Reads a whole file as strict UTF-8; throws the fs error or InvalidUtf8Error. */
export async function readUtf8Strict(file: string): Promise<string> {
  return decodeUtf8Strict(await fs.readFile(file));
}

const PLAIN_ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
};

/** A file error in this project's words (amendments A14): `no such file`, never `(os error 2)`. */
export function plainErrorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && PLAIN_ERRNO_TEXT[e.code]) return PLAIN_ERRNO_TEXT[e.code];
  return e instanceof Error ? e.message : String(err);
}
