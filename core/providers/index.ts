export * from './types';
export * from './sticky';
export * from './github';
export * from './gitlab';
