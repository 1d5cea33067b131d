// Public API of the official-channel directory (pure: runs in the mini program and in Node).
export type {
  Confidence,
  DirectoryEntry,
  Hotline,
  InstitutionKind,
  LookupAnswer,
  WrongNumber,
} from './types';
export { allEntries, directoryJson, entryById } from './registry';
export type { NormalizedNumber } from './numbers';
export {
  foldDigits,
  isOfficialNumber,
  lookupNumber,
  normalizeNumber,
  officialNumberOwner,
  officialNumbers,
} from './numbers';
export type { ParsedLink } from './domains';
export {
  isOfficialDomain,
  lookupLink,
  officialDomainOwner,
  parseLink,
  registrableDomain,
  skeleton,
} from './domains';
export type { InstitutionMention } from './names';
export { entryByName, findInstitutionMentions, lookupName } from './names';
export type { QueryKind } from './lookup';
export { detectQueryKind, lookup } from './lookup';
export { punycodeDecode, decodeLabel } from './punycode';
export { editDistance, toHalfWidth } from './chars';
