// Outside a Next.js server, `cacheTag` and `cacheLife` throw; queries are tested here for what
// they read, and their caching is tested end to end against `next start`.
export function cacheTag(): void {}
export function cacheLife(): void {}
