/**
 * Raised when a pattern cannot be evaluated: an invalid constant (section 9.4: such a pattern "MUST NOT match any
 * Observations"), a non-timestamp where a timestamp is compared, or a search too large to finish.
 */
export class PatternMatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternMatchError';
  }
}
