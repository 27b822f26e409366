/** Caching for pages: cacheData (shared data, KV-backed) and cacheResource (shared objects). */
export { type CacheDataOptions, type CachedData, cacheData } from "./cache-data";
export { type CacheResourceOptions, type CachedResource, cacheResource } from "./cache-resource";
export { type CacheStats, cacheStats } from "./registry";
