// Optimised code holds the hidden classes ("shapes") it was compiled for only weakly. When a garbage collection
// finds no object of a class alive (between two files, say), V8 drops the shape and throws away every optimised
// function that used it, to compile them all again on the next file. One instance kept here per class that
// lives and dies with each file or article keeps its shape, and the optimised code, for the life of the process.
const kept: object[] = [];

/** Keeps `instance` (and with it its class's shape) alive for the life of the process. */
export function keepShapeOf(instance: object): void {
  kept.push(instance);
}
