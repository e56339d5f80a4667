/**
 * How many entities a pass hands to its loop at a time. A loop that carries a sum from one entity to
 * the next, run once over a national city, is compiled while it runs (on-stack replacement), and that
 * code keeps the sum boxed, one heap object an entity; carried in a typed array instead, every addition
 * waits on a store and a load. Called once per chunk, the loop's function is compiled as a whole after
 * a few calls and keeps its sums in registers: it takes them from the caller's typed array at the start
 * and puts them back at the end, so the additions are the same, in the same order.
 */
export const CHUNK = 1024;
