// Reading stored sessions for `cat` and `inspect`, with guided errors (hail-and-store.md 8, 10; amendments A14).
import { GuidedError, OpenSessionError } from '../core/errors';
import { parseHail } from '../core/hail';
import type { Session } from '../core/hail';
import { decodeUtf8Strict } from '../core/io';
import { candidateRoots, readLocalObject, type LoadedObject, type StoreSettings } from '../core/store';
import { parseSourceUri, type SourceUri } from '../core/uri';

const REGISTER_STEP = 'store a session first: `opensession register <FILE>` prints its `os://src/local/<sha256>`';

/** Parses a URI argument; a malformed one gets the shape of a good one as its next step. */
export function parseUriArgument(uri: string): SourceUri {
  try {
    return parseSourceUri(uri);
  } catch (err) {
    throw new GuidedError((err as Error).message, [
      'stored sessions are named `os://src/local/<sha256>`, artifacts `os://artifact/<sha256>`',
      REGISTER_STEP,
    ]);
  }
}

/** The spec's `object not found: uri is not a local source object`, with what to use instead. */
export function notLocalError(uri: SourceUri, command: string): GuidedError {
  const steps =
    uri.kind === 'artifact'
      ? [
          `\`${command}\` reads stored sessions; for an artifact run \`opensession handoff artifacts get ${uri.sha256}\``,
        ]
      : [`\`${command}\` reads sessions stored on this machine`, REGISTER_STEP];
  return new GuidedError('object not found: uri is not a local source object', steps);
}

/** Reads a stored object from the candidate roots; a miss names the roots it looked in. */
export async function readStoredObject(sha256: string, settings: StoreSettings): Promise<LoadedObject> {
  const roots = candidateRoots('objects', settings);
  try {
    return await readLocalObject(sha256, settings);
  } catch (err) {
    if (err instanceof OpenSessionError && err.message.startsWith('object not found')) {
      throw new GuidedError(err.message, [`looked in: ${roots.join(', ')}`, REGISTER_STEP]);
    }
    throw err;
  }
}

/** Parses a stored object as HAIL; a damaged object says so and how to replace it. */
export function parseStoredSession(obj: LoadedObject): Session {
  try {
    return parseHail(decodeUtf8Strict(obj.bytes));
  } catch (err) {
    throw new GuidedError(`parse local object as HAIL JSONL: ${(err as Error).message}`, [
      `the stored file is damaged: ${obj.path}`,
      'register the session again from its file: `opensession register <FILE>`',
    ]);
  }
}
