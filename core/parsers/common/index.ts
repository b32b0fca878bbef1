// Shared parser helpers (parsers.md section 2 and 9). Parser modules import from here.
export * from './rules';
export * from './time';
export * from './tools';
export * from './lines';
export * from './json';
export * from './jsondoc';
export * from './builder';
export * from './fs';
