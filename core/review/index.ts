// Session review: discovery, digest and comment rendering (ci-automation.md §6–§9).
export * from './ids';
export * from './markdown';
export * from './range';
export * from './discover';
export * from './qa';
export * from './render';
export * from './build';
export * from './session-detail';
export * from './share';
export { createGitRunner, firstLine } from './git';
export type { GitRunner, GitResult } from './git';
