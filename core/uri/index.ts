// Source URIs (hail-and-store.md section 7).

export * from './types';
export * from './encoding';
export * from './parse';
export * from './remote';
