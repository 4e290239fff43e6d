/** Where case files live, relative to the project root; CASEBOOK_CASES_DIR points builds and scripts elsewhere (fixtures, benchmarks). */
export const casesDir = process.env.CASEBOOK_CASES_DIR ?? 'content/cases';
