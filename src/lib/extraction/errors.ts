/** A bad setting: the message is shown as is in the UI and on the command line. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}
