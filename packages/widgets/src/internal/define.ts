/**
 * Registers `tag` unless it is registered already. A portal may load the script-tag bundle
 * and an npm build on the same page, or two portlets may each load the bundle: the second
 * `customElements.define` would throw and break the rest of that bundle.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
