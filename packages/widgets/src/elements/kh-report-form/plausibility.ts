// The rule lives in the sdk (the reviewer's desk flags the same values): one implementation.
export { implausibleChange } from '@kehoach/sdk';
