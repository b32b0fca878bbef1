// Source URI model (hail-and-store.md 7.1). `ref`, `path`, `project` and `remote` are stored decoded;
// hashes are stored lowercase.

import { OpenSessionError } from '../errors';

export interface LocalSourceUri {
  kind: 'local';
  sha256: string;
}

export interface GhSourceUri {
  kind: 'gh';
  owner: string;
  repo: string;
  ref: string;
  path: string;
}

export interface GlSourceUri {
  kind: 'gl';
  project: string;
  ref: string;
  path: string;
}

export interface GitSourceUri {
  kind: 'git';
  remote: string;
  ref: string;
  path: string;
}

export interface ArtifactUri {
  kind: 'artifact';
  sha256: string;
}

export type SourceUri = LocalSourceUri | GhSourceUri | GlSourceUri | GitSourceUri | ArtifactUri;

/** The remote forms (gh/gl/git): the ones that have a web route. */
export type RemoteSourceUri = GhSourceUri | GlSourceUri | GitSourceUri;

export type UriErrorKind =
  | 'InvalidScheme'
  | 'UnsupportedKind'
  | 'InvalidStructure'
  | 'InvalidHash'
  | 'InvalidRefEncoding'
  | 'InvalidPathEncoding'
  | 'InvalidBase64';

/** A source-URI error (hail-and-store.md 7.3). `message` is the spec text; `kind` classifies it. */
export class UriError extends OpenSessionError {
  readonly kind: UriErrorKind;
  constructor(kind: UriErrorKind, message: string) {
    super(message);
    this.name = 'UriError';
    this.kind = kind;
  }
}
