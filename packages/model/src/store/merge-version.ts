/**
 * The version of what merges meetings and people (src/merge, person-key, and the store's
 * incremental merging). A store records the version that derived it; a writable open of a store
 * derived by another version derives it again. A test pins the digest of that code: when it fails,
 * bump this and update the digest there. (A digest taken at run time would differ between the
 * sources and the built files, and re-derive the store whenever both open it.)
 */
export const MERGE_VERSION = 2;
