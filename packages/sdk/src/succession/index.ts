export { chooseSuccessor, type SuccessorChoice } from './choose-successor.js';
export { assertIsoDate, UnknownEntityError } from './errors.js';
export { predecessorsOf } from './predecessors.js';
export { indexRegistry, type RegistryIndex } from './registry-index.js';
export {
  type Resolution,
  type ResolveAgencyOptions,
  resolveAgency,
  resolveUnit,
  type SuccessionStep,
} from './resolve.js';
