/**
 * Observations in Open SDG's tidy layout (bố cục dữ liệu gọn): writing it (`csv.ts`), reading
 * its header (`layout.ts`) and figures (`numbers.ts`), checking its rows against a plan
 * (`rules.ts`, `import-check.ts`) and saying what is wrong (`problems.ts`). Pure: the server's
 * import (which adds the storage) and the mocks run the same code.
 */
export * from './csv.js';
export * from './import-check.js';
export * from './layout.js';
export * from './numbers.js';
export * from './problems.js';
export * from './rules.js';
export * from './time-cell.js';
