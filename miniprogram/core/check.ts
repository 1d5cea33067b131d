// Public entry of the checker.
export { checkNotice, validateText, allRules, InputError, MAX_CHECK_CHARS } from './engine/check';
