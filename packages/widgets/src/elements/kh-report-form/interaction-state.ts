/**
 * Interaction state per field path, after Lion's InteractionStateMixin: `touched` once the
 * field lost focus, `dirty` once its value changed, `submitted` after the first save or submit.
 * Feedback shows when the officer can act on it: after leaving a field they changed, or after
 * a submit; never on the first keystroke of an untouched field.
 */
export class InteractionState {
  touched = new Set<string>();
  dirty = new Set<string>();
  submitted = false;

  /** Whether feedback (errors, warnings) for `path` is shown. */
  shows(path: string): boolean {
    return this.submitted || (this.touched.has(path) && this.dirty.has(path));
  }
}
