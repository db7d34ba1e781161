/**
 * The image labs' errors. A bad setting is the extraction simulator's SettingsError (one kind of
 * message for every lab); a damaged data or weights file is a DataError, whose message says which
 * file and what is wrong, so a learner or an author knows to regenerate it.
 */
export { SettingsError } from '../extraction/errors';

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
