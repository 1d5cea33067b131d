// Public surface of the evidence model (pure TypeScript: safe for app, tests and scripts).
export * from './types';
export * from './canonical';
export * from './hash';
export * from './chain';
export * from './mask';
export * from './format';
export * from './errors';
export * from './repository';
export * from './anchor';
export * from './validate';
export * from './sha256';
