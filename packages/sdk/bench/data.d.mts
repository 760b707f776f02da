// Types of data.mjs, for the sdk tests that assess the benchmark's country (test/golden).
import type { Measure, Observation, OrganizationRegistry } from '../src/index.js';

export function rng(seed: number): () => number;
export const YEARS: number[];
export function makeMeasures(): Measure[];
export function makeRegistry(): OrganizationRegistry;
export function makeObservations(measures: readonly Measure[]): Observation[];
