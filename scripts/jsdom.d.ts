// The one part of jsdom's API scripts/critical-css.ts uses (jsdom ships no types; @types/jsdom is not a
// dependency): a document parsed from HTML, with the DOM's own types.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
