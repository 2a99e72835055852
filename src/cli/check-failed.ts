/** Ends a command with exit code 1 and no message: the command has already said what failed (a summary line). */
export class CheckFailed extends Error {
  readonly exitCode = 1;
  constructor() {
    super('check failed');
    this.name = 'CheckFailed';
  }
}
