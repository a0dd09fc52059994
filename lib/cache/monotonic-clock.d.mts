export declare const monotonicNow: () => number;
