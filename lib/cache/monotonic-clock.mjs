// The clock Next stamps its "use cache" entries with: the process's monotonic clock, in epoch
// milliseconds. Whatever is compared with those stamps must be on it too (lib/http/page-renders.ts).
// Plain JavaScript, for the page cache handler that Node loads as it is.
export const monotonicNow = () => performance.timeOrigin + performance.now();
