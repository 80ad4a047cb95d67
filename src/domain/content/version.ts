// Owns the content version recorded with every answer, so later rewording can be traced.
// Bump it when a statement's meaning changes; ids never change.
export const CONTENT_VERSION = 1;
