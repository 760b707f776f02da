/** Size of the random set of the golden digests: 10 seeds × 10 options × 300 series. */
export const RANDOM_SEEDS = 10;
export const RANDOM_PER_CASE = 300;
