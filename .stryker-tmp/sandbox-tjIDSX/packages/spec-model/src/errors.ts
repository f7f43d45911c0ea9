/** What every reader of the spec throws when the document lacks or breaks something: the message names where. */
// @ts-nocheck

export class SpecError extends Error {
  override name = 'SpecError';
}
